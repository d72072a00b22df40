import type { Db } from '../db/index.ts';

/** All sections in navigation order. */
export function findSections(db: Db) {
  return db.selectFrom('sections').select(['id', 'name', 'slug', 'description', 'position'])
    .orderBy('position').orderBy('name').execute();
}

/** All authors by name. */
export function findAuthors(db: Db) {
  return db.selectFrom('authors').select(['id', 'name', 'slug', 'bio']).orderBy('name').execute();
}

/** All tags by name, with how many published articles carry each. */
export function findTagsWithCounts(db: Db, nowIso: string) {
  return db.selectFrom('tags as t')
    .leftJoin('articleTags as at', 'at.tagId', 't.id')
    .leftJoin('articles as a', (join) => join.onRef('a.id', '=', 'at.articleId')
      .on('a.status', '=', 'published').on('a.publishedAt', '<=', nowIso))
    .select(['t.id', 't.name', 't.slug'])
    .select((eb) => eb.fn.count<number>('a.id').as('articleCount'))
    .groupBy(['t.id', 't.name', 't.slug'])
    .orderBy('t.name')
    .execute();
}

export function findSectionBySlug(db: Db, slug: string) {
  return db.selectFrom('sections').select(['id', 'name', 'slug', 'description', 'position']).where('slug', '=', slug).executeTakeFirst();
}

export function findAuthorBySlug(db: Db, slug: string) {
  return db.selectFrom('authors').select(['id', 'name', 'slug', 'bio']).where('slug', '=', slug).executeTakeFirst();
}

export function findTagBySlug(db: Db, slug: string) {
  return db.selectFrom('tags').select(['id', 'name', 'slug']).where('slug', '=', slug).executeTakeFirst();
}

export function findSiteSettings(db: Db) {
  return db.selectFrom('siteSettings').select(['title', 'description', 'language', 'timeZone', 'feedContent']).where('id', '=', 1).executeTakeFirst();
}
