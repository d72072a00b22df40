import { api } from '../api/client.ts';
import type { Ref } from '../api/types.ts';
import type { ArticleStatus } from './article-status.ts';

/** Shapes and calls of the workflow, revisions, preview-link and correction routes of one article. */

export type WorkflowAction = 'submit' | 'send-back' | 'schedule' | 'publish' | 'unschedule' | 'unpublish';

/** Who did something; null when the scheduler or the command line did. */
export type Actor = { id: number; name: string } | null;

export interface HistoryEvent {
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  note: string;
  at: string;
  by: Actor;
}

export interface HistoryJob {
  kind: string;
  runAt: string;
  state: string;
  attempts: number;
  lastError: string | null;
}

/** `GET …/history`: state changes oldest first, the article's jobs, and (newer servers) the site's time zone. */
export interface History {
  events: HistoryEvent[];
  jobs: HistoryJob[];
  timeZone?: string;
}

/** The fields of `GET /api/admin/articles/{slug}` this panel needs (to save the embargo). */
export interface EditableArticle {
  slug: string;
  status: ArticleStatus;
  headline: string;
  section: Ref;
  authors: Ref[];
  revision: number;
  embargoUntil: string | null;
  path: string;
}

export interface PreviewLink {
  id: number;
  expiresAt: string;
  createdAt: string;
  createdBy: string | null;
}

/** A just-made preview link: its `url` is never shown again. */
export interface NewPreviewLink {
  id: number;
  url: string;
  expiresAt: string;
}

export interface RevisionSummary {
  number: number;
  at: string;
  by: Actor;
  changed: string[];
  note: string;
}

export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export interface Comparison {
  from: number;
  to: number;
  fields: { field: string; parts: DiffPart[] }[];
}

export type CorrectionKind = 'correction' | 'clarification';

export interface Correction {
  id: number;
  kind: CorrectionKind;
  text: string;
  createdAt: string;
  updatedAt: string;
  /** The user who added it; null for imports and the command line. */
  createdBy: number | null;
}

const base = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

export const loadHistory = (slug: string, signal?: AbortSignal) => api<History>(`${base(slug)}/history`, { signal });

export const loadArticle = (slug: string, signal?: AbortSignal) => api<EditableArticle>(base(slug), { signal });

/** Administrators may read the settings; others get 403 and use another source of the zone. */
export const loadSettingsTimeZone = (signal?: AbortSignal) => api<{ timeZone?: string }>('/settings', { signal });

export const transition = (slug: string, action: WorkflowAction, body: { note?: string; publishAt?: string } = {}) =>
  api<EditableArticle>(`${base(slug)}/${action}`, { method: 'POST', body });

/**
 * Sets or lifts the embargo on the saved article: a save of the fields the API requires as they
 * stand on the server, so nothing else changes.
 */
export async function saveEmbargo(slug: string, embargoUntil: string | null): Promise<EditableArticle> {
  const current = await loadArticle(slug);
  return api<EditableArticle>(base(slug), {
    method: 'PUT',
    body: {
      headline: current.headline, sectionSlug: current.section.slug, authorSlugs: current.authors.map((a) => a.slug),
      embargoUntil, baseRevision: current.revision,
    },
  });
}

export const loadPreviewLinks = (slug: string, signal?: AbortSignal) => api<{ items: PreviewLink[] }>(`${base(slug)}/preview-links`, { signal });

export const createPreviewLink = (slug: string, expiresInHours: number) =>
  api<NewPreviewLink>(`${base(slug)}/preview-links`, { method: 'POST', body: { expiresInHours } });

export const revokePreviewLink = (slug: string, id: number) => api<void>(`${base(slug)}/preview-links/${id}`, { method: 'DELETE' });

export const loadRevisions = (slug: string, signal?: AbortSignal) => api<{ items: RevisionSummary[] }>(`${base(slug)}/revisions`, { signal });

export const compareRevisions = (slug: string, from: number, to: number, signal?: AbortSignal) =>
  api<Comparison>(`${base(slug)}/revisions/compare`, { query: { from, to }, signal });

export const restoreRevision = (slug: string, number: number, baseRevision: number) =>
  api<EditableArticle>(`${base(slug)}/revisions/${number}/restore`, { method: 'POST', body: { baseRevision } });

export const loadCorrections = (slug: string, signal?: AbortSignal) => api<{ items: Correction[] }>(`${base(slug)}/corrections`, { signal });

export const addCorrection = (slug: string, body: { kind: CorrectionKind; text: string }) =>
  api<Correction>(`${base(slug)}/corrections`, { method: 'POST', body });

export const rewordCorrection = (slug: string, id: number, body: { kind?: CorrectionKind; text?: string }) =>
  api<Correction>(`${base(slug)}/corrections/${id}`, { method: 'PATCH', body });

export const removeCorrection = (slug: string, id: number) => api<void>(`${base(slug)}/corrections/${id}`, { method: 'DELETE' });
