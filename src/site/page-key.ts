/**
 * The page-cache key of a reader URL: its path, plus the page number when past the first.
 * Other query parameters (utm_* and the like) do not change the page, so they share its entry.
 * Returns null for a URL whose page parameter is malformed; that request must reach its route.
 */
export function pageCacheKey(url: string): string | null {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const path = url.slice(0, q);
  const params = new URLSearchParams(url.slice(q + 1));
  // A reply form or a held comment is drawn for one reader: never from or into the cache.
  if (params.has('replytocom') || params.has('unapproved')) return null;
  const page = params.getAll('page');
  if (page.length === 0) return path;
  if (page.length > 1 || !/^(?:[1-9]\d{0,4}|100000)$/.test(page[0] ?? '')) return null;
  return page[0] === '1' ? path : `${path}?page=${page[0]}`;
}
