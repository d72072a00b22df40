import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';

/** The three lists of the Admin API's taxonomy routes, by their path segment. */
export type TaxonomyKind = 'sections' | 'tags' | 'authors';

/** One section, tag or author as `GET /api/admin/<kind>` lists it. */
export interface TaxonomyItem {
  id: number;
  name: string;
  slug: string;
  /** Articles in any status. */
  articleCount: number;
  /** Sections only. */
  description?: string;
  position?: number;
  /** Authors only. */
  bio?: string;
}

export interface TaxonomyFields {
  name?: string;
  slug?: string;
  description?: string;
  bio?: string;
  position?: number;
}

export interface ListQuery { q?: string; page?: number; limit?: number }

const itemPath = (kind: TaxonomyKind, slug: string) => `/${kind}/${encodeURIComponent(slug)}`;

export function listTaxonomy(kind: TaxonomyKind, query: ListQuery, signal?: AbortSignal): Promise<Page<TaxonomyItem>> {
  return api<Page<TaxonomyItem>>(`/${kind}`, { query: { q: query.q?.trim(), page: query.page, limit: query.limit }, signal });
}

export function createTaxonomy(kind: TaxonomyKind, fields: TaxonomyFields): Promise<TaxonomyItem> {
  return api<TaxonomyItem>(`/${kind}`, { method: 'POST', body: fields });
}

export function updateTaxonomy(kind: TaxonomyKind, slug: string, fields: TaxonomyFields): Promise<TaxonomyItem> {
  return api<TaxonomyItem>(itemPath(kind, slug), { method: 'PATCH', body: fields });
}

/** Sections and authors in use need `reassignTo`; a tag in use needs `force`. */
export function deleteTaxonomy(kind: TaxonomyKind, slug: string, options: { reassignTo?: string; force?: boolean } = {}): Promise<void> {
  return api<void>(itemPath(kind, slug), { method: 'DELETE', query: { reassignTo: options.reassignTo, force: options.force ? 'true' : undefined } });
}

export function mergeTag(slug: string, into: string): Promise<TaxonomyItem> {
  return api<TaxonomyItem>(`${itemPath('tags', slug)}/merge`, { method: 'POST', body: { into } });
}

/** Every section in navigation order (a site has a few dozen at most; pages of 100). */
export async function listAllSections(): Promise<TaxonomyItem[]> {
  const all: TaxonomyItem[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listTaxonomy('sections', { page, limit: 100 });
    all.push(...result.items);
    if (page >= result.pageCount) return all;
  }
}

/** The public address of an item on the reader site. */
export function publicPath(kind: TaxonomyKind, slug: string): string {
  if (kind === 'sections') return `/${slug}/`;
  return kind === 'tags' ? `/tag/${slug}/` : `/author/${slug}/`;
}
