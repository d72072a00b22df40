import { api, ApiError } from '../api/client.ts';
import type { Page, Ref } from '../api/types.ts';
import type { ArticleStatus } from '../editor/article-status.ts';

/** One row of `GET /api/admin/articles` (src/content/article.admin.schema.ts NewsroomListJson). */
export interface ArticleRow {
  id: number;
  slug: string;
  headline: string;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  /** When the pending scheduled publication runs; null when none is pending. */
  scheduledFor: string | null;
  embargoUntil: string | null;
  revision: number;
  section: Ref;
  authors: Ref[];
  tags: Ref[];
  /** Null for imports, the demo and the command line. */
  createdBy: { id: number; name: string } | null;
}

/** Orders the list accepts: a bare key is descending (newest first, Z to A), `-key` ascending. */
export const ARTICLE_SORTS = ['updated', '-updated', 'published', '-published', '-headline', 'headline', 'created', '-created'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const DEFAULT_SORT: ArticleSort = 'updated';

/** What the list shows, exactly as the address bar and the API spell it. */
export interface ArticleQuery {
  status?: ArticleStatus | undefined;
  q?: string | undefined;
  section?: string | undefined;
  author?: string | undefined;
  tag?: string | undefined;
  sort: ArticleSort;
  page: number;
}

export const PAGE_SIZE = 20;

export function listArticles(query: ArticleQuery, signal: AbortSignal): Promise<Page<ArticleRow>> {
  const { sort, ...rest } = query;
  return api<Page<ArticleRow>>('/articles', { query: { ...rest, q: rest.q?.trim(), sort: sort === DEFAULT_SORT ? undefined : sort, limit: PAGE_SIZE }, signal });
}

/** The three lists the filters pick from; each answers `{ items: [{ name, slug, … }] }`. */
export type RefKind = 'sections' | 'authors' | 'tags';

/** The largest page the taxonomy lists give; beyond it the filter searches with `q`. */
export const REF_LIMIT = 100;

export function listRefs(kind: RefKind, q: string, signal: AbortSignal): Promise<Page<Ref>> {
  return api<Page<Ref>>(`/${kind}`, { query: { limit: REF_LIMIT, q: q.trim() }, signal });
}

/** What the bulk bar offers; "to-draft" is `unschedule` for scheduled articles, `send-back` for those in review. */
export type BulkAction = 'submit' | 'publish' | 'unpublish' | 'to-draft';

/** The workflow route and body one bulk action takes for one article. */
export function transitionFor(action: BulkAction, article: ArticleRow, note: string): { path: string; body?: { note: string } } {
  const base = `/articles/${encodeURIComponent(article.slug)}`;
  if (action !== 'to-draft') return { path: `${base}/${action}` };
  // Anything else (already a draft, published…) is sent as unschedule, so the server's own refusal is what people read.
  if (article.status === 'in_review') return { path: `${base}/send-back`, body: { note } };
  return { path: `${base}/unschedule` };
}

/** How one article of a bulk action went. */
export interface BulkOutcome {
  article: ArticleRow;
  /** The server's message when it refused; undefined when done. */
  error?: string;
}

/**
 * Applies `action` to each article in turn (one at a time: the outcomes stay in the order shown,
 * and a small server is not flooded). A refusal is recorded and the next article still goes.
 */
export async function applyBulk(action: BulkAction, articles: ArticleRow[], note: string, onProgress: (done: number) => void, networkMessage: string): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const article of articles) {
    const { path, body } = transitionFor(action, article, note);
    try {
      await api(path, { method: 'POST', body: body ?? {} });
      outcomes.push({ article });
    } catch (error) {
      const message = error instanceof ApiError ? (error.status === 0 ? networkMessage : error.message) : String(error);
      outcomes.push({ article, error: message });
    }
    onProgress(outcomes.length);
  }
  return outcomes;
}
