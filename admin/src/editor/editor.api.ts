import { api } from '../api/client.ts';
import type { Page, Ref } from '../api/types.ts';
import type { ArticleStatus } from './article-status.ts';

/** An article's featured image as the Admin API stores it. */
export interface ArticleImage {
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

/** `GET /api/admin/articles/{slug}`: everything the editor shows and sends back. */
export interface EditableArticle {
  id: number;
  slug: string;
  status: ArticleStatus;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  section: Ref;
  authors: Ref[];
  tags: Ref[];
  publishedAt: string | null;
  updatedAt: string;
  language: string;
  /** Sent back as `baseRevision`, so nobody's newer save is overwritten. */
  revision: number;
  embargoUntil: string | null;
  image: ArticleImage | null;
  /** Where the article is (or will be) on the public site. */
  path: string;
  /** For search engines and link previews; empty: the headline and standfirst. */
  seoTitle?: string;
  seoDescription?: string;
}

/** The body of `POST /articles` and (with baseRevision) `PUT /articles/{slug}`. */
export interface ArticleWrite {
  headline: string;
  slug?: string;
  standfirst: string;
  body: string;
  bodyFormat: 'html';
  sectionSlug: string;
  authorSlugs: string[];
  /** Tag names: the server creates the ones it does not know. */
  tags: string[];
  language?: string;
  image: ArticleImage | null;
  seoTitle: string;
  seoDescription: string;
}

export interface Section extends Ref { id: number }
export interface Tag extends Ref { id: number }
export interface Author extends Ref { id: number }

export interface NewPreviewLink { id: number; url: string; expiresAt: string }

/** One changed field of `GET …/revisions/compare`, as runs of kept, removed and added text. */
export interface ComparedField {
  field: string;
  parts: { op: 'same' | 'removed' | 'added'; text: string }[];
}

export interface Comparison { from: number; to: number; fields: ComparedField[] }

export interface RevisionSummary { number: number; at: string; by: { id: number; name: string } | null; changed: string[]; note: string }

const path = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

export const editorApi = {
  article: (slug: string, signal?: AbortSignal) => api<EditableArticle>(path(slug), { signal }),
  create: (body: ArticleWrite) => api<EditableArticle>('/articles', { method: 'POST', body }),
  save: (slug: string, body: ArticleWrite, baseRevision: number) =>
    api<EditableArticle>(path(slug), { method: 'PUT', body: { ...body, baseRevision } }),
  /** Sections fit on one page: a newsroom has a handful, and the API pages at most 100. */
  sections: (signal?: AbortSignal) => api<Page<Section>>('/sections', { query: { limit: 100 }, signal }),
  tags: (q: string, signal?: AbortSignal) => api<Page<Tag>>('/tags', { query: { q, limit: 10 }, signal }),
  authors: (q: string, signal?: AbortSignal, limit = 10) => api<Page<Author>>('/authors', { query: { q, limit }, signal }),
  previewLink: (slug: string) => api<NewPreviewLink>(`${path(slug)}/preview-links`, { method: 'POST', body: {} }),
  revisions: (slug: string) => api<{ items: RevisionSummary[] }>(`${path(slug)}/revisions`),
  compare: (slug: string, from: number, to: number) => api<Comparison>(`${path(slug)}/revisions/compare`, { query: { from, to } }),
};
