import type { Db } from '../../db/index.ts';

/**
 * Articles readers may see at `nowIso`: published, their time come, out of embargo. The content
 * reader's lists check the first two; machines copy what they fetch (a feed reader keeps an item
 * for ever), so feeds and sitemaps check the embargo again rather than trust the workflow alone.
 */
export function visibleArticles(db: Db, nowIso: string) {
  return db.selectFrom('articles as a')
    .where('a.status', '=', 'published')
    .where('a.publishedAt', '<=', nowIso)
    .where((eb) => eb.or([eb('a.embargoUntil', 'is', null), eb('a.embargoUntil', '<=', nowIso)]));
}

/** The bodies of those of `ids` readers may see now (any order). */
export function findVisibleBodies(db: Db, ids: readonly number[], nowIso: string): Promise<{ id: number; bodyHtml: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return visibleArticles(db, nowIso).select(['a.id', 'a.bodyHtml']).where('a.id', 'in', [...ids]).execute();
}
