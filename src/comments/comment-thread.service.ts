import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import type { Database } from '../db/index.ts';
import { MAX_DEPTH } from './comment.input.ts';
import {
  countThreadsBefore, countVisibleThreads, findComment, findThreadPageRows, findThreadStats, type CommentSettingsRow, type ThreadRow,
} from './comment.repository.ts';
import type { CommentSecrets } from './comment-secrets.ts';
import { commentsAreOpen, isModerationHash } from './comment-submit.service.ts';
import { issueFormStamp } from './form-stamp.ts';

/** Top-level comments per page of a thread. */
export const THREADS_PER_PAGE = 50;

/** One comment as readers see it: no email, no address. */
export interface CommentNode {
  id: number;
  authorName: string;
  authorUrl: string;
  /** The keyed hash the avatar is drawn from (never the email or its plain hash). */
  avatarKey: string;
  createdAt: string;
  text: string;
  /** Taken down, but kept as a placeholder because approved replies hang from it. */
  removed: boolean;
  /** Held for moderation: shown only to its sender, through their signed link. */
  awaitingModeration: boolean;
  /** Written by a member of the newsroom. */
  staff: boolean;
  depth: number;
  /** False at the deepest level: replies there would go beside it. */
  canReply: boolean;
  replies: CommentNode[];
}

/** Everything the comments part of an article page shows. */
export interface CommentsView {
  articleId: number;
  open: boolean;
  /** Approved comments in all. */
  count: number;
  page: number;
  pageCount: number;
  threads: CommentNode[];
  /** The signed time this form was drawn (the same for every visitor of a cached page). */
  formStamp: string;
  /** Set when the sender of a held comment came back through their link. */
  held: CommentNode | null;
}

/** A held comment's sender asking to see it: `?unapproved=ID&moderation-hash=HASH`. */
export interface HeldCommentRequest { id: number; hash: string }

/** Reads comment threads for reader pages. */
export function createCommentThreads(deps: { db: Kysely<Database>; clock: Clock; secrets: () => Promise<CommentSecrets>; settings: () => Promise<CommentSettingsRow> }) {
  const { db, clock } = deps;

  return {
    /**
     * One page of an article's threads (page 1 when `page` is past the end is the caller's
     * business: see pageCount). The held comment is included only with a valid signature.
     */
    async view(articleId: number, page: number, heldRequest: HeldCommentRequest | null = null): Promise<CommentsView> {
      const now = clock.now();
      const [secrets, settings, stats] = await Promise.all([deps.secrets(), deps.settings(), findThreadStats(db, articleId)]);
      const count = Number(stats?.approved ?? 0);
      const threadCount = Number(stats?.threads ?? 0);
      const pageCount = Math.max(1, Math.ceil(threadCount / THREADS_PER_PAGE));
      const rows = page <= pageCount && threadCount > 0 ? await findThreadPageRows(db, articleId, (page - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE) : [];
      const threads = buildThreads(rows);
      let held: CommentNode | null = null;
      if (heldRequest && isModerationHash(secrets.moderationView, heldRequest.id, heldRequest.hash)) {
        const row = await findComment(db, heldRequest.id);
        if (row && row.articleId === articleId && (row.status === 'pending' || row.status === 'spam')) {
          held = { ...toNode({ ...row, status: 'approved' }), awaitingModeration: true, canReply: false };
          placeHeld(threads, held, row.parentId);
        }
      }
      return {
        articleId, open: stats ? commentsAreOpen(stats, settings, now) : false, count, page, pageCount, threads,
        formStamp: issueFormStamp(secrets.formStamp, now.getTime()), held,
      };
    },

    /** The page of the thread a comment sits on (1 when its thread is not shown). */
    async pageOf(commentId: number): Promise<number> {
      const row = await findComment(db, commentId);
      if (!row) return 1;
      const root = row.rootId === null ? row : await findComment(db, row.rootId);
      if (!root) return 1;
      const [before, visible] = await Promise.all([countThreadsBefore(db, row.articleId, root), countVisibleThreads(db, row.articleId)]);
      // A held thread is not counted among the visible ones: it is shown at the end of the last page.
      return Math.min(Math.floor(before / THREADS_PER_PAGE) + 1, Math.max(1, Math.ceil(visible / THREADS_PER_PAGE)));
    },
  };
}

function toNode(row: ThreadRow): CommentNode {
  const removed = row.status !== 'approved';
  return {
    id: row.id,
    authorName: removed ? '' : row.authorName,
    authorUrl: removed ? '' : row.authorUrl,
    avatarKey: removed ? '' : row.avatarKey,
    createdAt: row.createdAt,
    text: removed ? '' : row.text,
    removed, awaitingModeration: false, staff: row.userId !== null,
    depth: row.depth, canReply: !removed && row.depth < MAX_DEPTH - 1, replies: [],
  };
}

/**
 * Turns rows (top-level comments first, then replies oldest first) into trees. A comment that
 * is not approved stays only as a placeholder for approved replies below it.
 */
export function buildThreads(rows: ThreadRow[]): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  const roots: CommentNode[] = [];
  for (const row of rows) nodes.set(row.id, toNode(row));
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    if (row.parentId === null) roots.push(node);
    else if (parent) parent.replies.push(node);
  }
  const keep = (node: CommentNode): boolean => {
    node.replies = node.replies.filter(keep);
    return !node.removed || node.replies.length > 0;
  };
  return roots.filter(keep);
}

function placeHeld(threads: CommentNode[], held: CommentNode, parentId: number | null): void {
  const find = (list: CommentNode[]): CommentNode | null => {
    for (const node of list) {
      if (node.id === parentId) return node;
      const inside = find(node.replies);
      if (inside) return inside;
    }
    return null;
  };
  const parent = parentId === null ? null : find(threads);
  if (parent) parent.replies.push(held);
  else threads.push(held);
}

export type CommentThreads = ReturnType<typeof createCommentThreads>;
