import { ARTICLE_STATUSES, type ArticleStatus } from '../editor/article-status.ts';
import { ARTICLE_SORTS, DEFAULT_SORT, type ArticleQuery, type ArticleSort } from './articles.api.ts';

/**
 * The list's filters live in the address (`?status=draft&section=news&page=2`) so a link can be
 * shared and Back restores the previous view. These two functions are the only readers and
 * writers of that address.
 */
export function readQuery(params: URLSearchParams): ArticleQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const status = params.get('status');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    // A mistyped state or order in a shared link falls back to "all" and the default order;
    // a mistyped slug goes to the server, whose refusal names it.
    status: (ARTICLE_STATUSES as readonly string[]).includes(status ?? '') ? status as ArticleStatus : undefined,
    q: text('q'),
    section: text('section'),
    author: text('author'),
    tag: text('tag'),
    sort: (ARTICLE_SORTS as readonly string[]).includes(sort ?? '') ? sort as ArticleSort : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address query for `query`, leaving out what is the default, in a stable order. */
export function writeQuery(query: ArticleQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  if (query.section) params.set('section', query.section);
  if (query.author) params.set('author', query.author);
  if (query.tag) params.set('tag', query.tag);
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** True when anything narrows the list (the order and the page do not). */
export function isFiltered(query: ArticleQuery): boolean {
  return Boolean(query.status || query.q || query.section || query.author || query.tag);
}
