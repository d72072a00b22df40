import type { Db } from '../db/index.ts';

/**
 * Published articles sharing tags with an article, most shared first. Reads the content tables
 * directly: this is the interim related index until related/ keeps its own.
 */
export function findTagNeighbours(db: Db, articleId: number, tagIds: number[], nowIso: string, limit: number) {
  if (tagIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('articleTags as at')
    .innerJoin('articles as a', 'a.id', 'at.articleId')
    .select(['a.id', 'a.sectionId', 'a.publishedAt'])
    .select((eb) => eb.fn.count<number>('at.tagId').as('shared'))
    .where('at.tagId', 'in', tagIds)
    .where('at.articleId', '<>', articleId)
    .where('a.status', '=', 'published')
    .where('a.publishedAt', '<=', nowIso)
    .groupBy(['a.id', 'a.sectionId', 'a.publishedAt'])
    .orderBy('shared', 'desc').orderBy('a.publishedAt', 'desc')
    .limit(limit)
    .execute();
}

/** The newest published articles of a section other than `articleId`. */
export function findSectionNeighbours(db: Db, articleId: number, sectionId: number, nowIso: string, limit: number) {
  return db.selectFrom('articles as a')
    .select(['a.id', 'a.sectionId', 'a.publishedAt'])
    .where('a.sectionId', '=', sectionId)
    .where('a.id', '<>', articleId)
    .where('a.status', '=', 'published')
    .where('a.publishedAt', '<=', nowIso)
    .orderBy('a.publishedAt', 'desc')
    .limit(limit)
    .execute();
}
