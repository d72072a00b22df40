import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { STATUSES, type CommentStatus, type QueueFilters } from './comments.api.ts';

/** The queue a moderator lands on: what is waiting for them. */
export const DEFAULT_STATUS: CommentStatus = 'pending';

function isStatus(value: string | null): value is CommentStatus {
  return (STATUSES as readonly (string | null)[]).includes(value);
}

/** Reads the queue's filters from the query string; anything malformed falls back to the default. */
export function filtersFrom(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    status: isStatus(status) ? status : DEFAULT_STATUS,
    article: params.get('article') ?? '',
    email: params.get('email') ?? '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for these filters, defaults left out so addresses stay short and shareable. */
export function searchFor(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_STATUS) params.set('status', filters.status);
  if (filters.article) params.set('article', filters.article);
  if (filters.email) params.set('email', filters.email);
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 1) params.set('page', String(filters.page));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The screen's address for these filters, for links (tabs, "only this article"). */
export function hrefFor(filters: QueueFilters): string {
  return `/comments${searchFor(filters)}`;
}

/**
 * An article as a moderator may give it: its slug, or its address pasted from the site
 * (`https://…/news/the-story/comment-page-2/#comment-4` → `the-story`).
 */
export function articleSlugFrom(input: string): string {
  const trimmed = input.trim();
  if (!trimmed.includes('/')) return trimmed;
  const path = trimmed.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const parts = path.split('/').filter((part) => part !== '' && !/^comment-page-\d+$/.test(part));
  return parts.at(-1) ?? '';
}

/** The filters in the address, and a way to change some of them (a new page of history each time). */
export function useQueueFilters(): [QueueFilters, (change: Partial<QueueFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const update = useCallback((change: Partial<QueueFilters>) => {
    setParams(searchFor({ ...filters, ...change }).replace(/^\?/, ''));
  }, [filters, setParams]);
  return [filters, update];
}
