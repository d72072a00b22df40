import { api } from '../api/client.ts';

/** Shapes and calls of the Admin API's comment moderation (src/comments/comment.schema.ts). */
export const STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof STATUSES)[number];

export const ACTIONS = ['approve', 'unapprove', 'spam', 'trash', 'restore', 'delete'] as const;
export type ModerationAction = (typeof ACTIONS)[number];

export interface ModeratedComment {
  id: number;
  status: CommentStatus;
  /** Why the rules held it or took it for spam, e.g. `first-time`; null when let through. */
  heldReason: string | null;
  article: { id: number; slug: string; headline: string; path: string; commentsOpen: boolean } | null;
  parentId: number | null;
  parent: { id: number; authorName: string; status: CommentStatus; excerpt: string } | null;
  depth: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  userAgent: string;
  avatarUrl: string;
  staff: boolean;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface Queue {
  items: ModeratedComment[];
  page: number;
  perPage: number;
  total: number;
  pageCount: number;
  counts: Record<CommentStatus, number>;
}

/** What the queue is narrowed to; it lives in the address's query string. */
export interface QueueFilters {
  status: CommentStatus;
  article: string;
  email: string;
  q: string;
  page: number;
}

export type BulkResult = { id: number; ok: true; status: string } | { id: number; ok: false; error: { code: string; message: string } };

export interface CommentEdit {
  text?: string;
  authorName?: string;
  authorUrl?: string;
}

export const PER_PAGE = 20;

export function fetchQueue(filters: QueueFilters, signal?: AbortSignal): Promise<Queue> {
  const { status, article, email, q, page } = filters;
  return api<Queue>('/comments', { query: { status, article, email, q, page, perPage: PER_PAGE }, signal });
}

/** One action on one comment; `delete` removes it for good. */
export async function moderate(id: number, action: ModerationAction): Promise<void> {
  if (action === 'delete') await api(`/comments/${id}`, { method: 'DELETE' });
  else await api<ModeratedComment>(`/comments/${id}/${action}`, { method: 'POST' });
}

export async function moderateMany(ids: number[], action: ModerationAction): Promise<BulkResult[]> {
  return (await api<{ results: BulkResult[] }>('/comments/bulk', { method: 'POST', body: { action, ids } })).results;
}

export function editComment(id: number, change: CommentEdit): Promise<ModeratedComment> {
  return api<ModeratedComment>(`/comments/${id}`, { method: 'PATCH', body: change });
}

export function replyAsStaff(id: number, text: string): Promise<ModeratedComment> {
  return api<ModeratedComment>(`/comments/${id}/replies`, { method: 'POST', body: { text } });
}

export function setArticleComments(slug: string, open: boolean): Promise<{ slug: string; commentsOpen: boolean }> {
  return api(`/articles/${encodeURIComponent(slug)}/comments`, { method: 'PUT', body: { open } });
}

/** Which one-comment actions a comment in this status can take, in the order they are offered. */
export function actionsFor(status: CommentStatus): ModerationAction[] {
  switch (status) {
    case 'pending': return ['approve', 'spam', 'trash'];
    case 'approved': return ['unapprove', 'spam', 'trash'];
    case 'spam': return ['restore', 'trash', 'delete'];
    case 'trash': return ['restore', 'delete'];
  }
}

/** Staff can answer what readers can see or are about to: not spam or the trash. */
export function canReply(status: CommentStatus): boolean {
  return status === 'pending' || status === 'approved';
}
