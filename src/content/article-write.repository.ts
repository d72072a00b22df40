import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/index.ts';
import type { ArticleTable, AuthorTable, FeedContent, SectionTable, TagTable } from './content.table.ts';

export async function insertSection(db: Db, row: Insertable<SectionTable>): Promise<number> {
  const { id } = await db.insertInto('sections').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertAuthor(db: Db, row: Insertable<AuthorTable>): Promise<number> {
  const { id } = await db.insertInto('authors').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertTag(db: Db, row: Insertable<TagTable>): Promise<number> {
  const { id } = await db.insertInto('tags').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertArticle(db: Db, row: Insertable<ArticleTable>): Promise<number> {
  const { id } = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateArticleRow(db: Db, id: number, row: Updateable<ArticleTable>): Promise<void> {
  await db.updateTable('articles').set(row).where('id', '=', id).execute();
}

export async function replaceArticleAuthors(db: Db, articleId: number, authorIds: number[]): Promise<void> {
  await db.deleteFrom('articleAuthors').where('articleId', '=', articleId).execute();
  if (authorIds.length === 0) return;
  await db.insertInto('articleAuthors').values(authorIds.map((authorId, position) => ({ articleId, authorId, position }))).execute();
}

export async function replaceArticleTags(db: Db, articleId: number, tagIds: number[]): Promise<void> {
  await db.deleteFrom('articleTags').where('articleId', '=', articleId).execute();
  if (tagIds.length === 0) return;
  await db.insertInto('articleTags').values([...new Set(tagIds)].map((tagId) => ({ articleId, tagId }))).execute();
}

/** Remembers `path` as a former address of the article; a path reused by a new article stops redirecting. */
export async function rememberOldPath(db: Db, path: string, articleId: number): Promise<void> {
  await db.deleteFrom('slugHistory').where('path', '=', path).execute();
  await db.insertInto('slugHistory').values({ path, articleId }).execute();
}

export async function forgetPath(db: Db, path: string): Promise<void> {
  await db.deleteFrom('slugHistory').where('path', '=', path).execute();
}

export async function findTagIdsBySlugs(db: Db, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.selectFrom('tags').select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

/** Tags whose name is one of `names`, ignoring case (a tag renamed to a new slug keeps its name). */
export async function findTagIdsByNames(db: Db, names: string[]) {
  if (names.length === 0) return [];
  return db.selectFrom('tags').select(['id', 'slug', 'name'])
    .where((eb) => eb(eb.fn('lower', ['name']), 'in', names.map((n) => n.toLowerCase()))).execute();
}

export async function findAuthorIdsBySlugs(db: Db, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.selectFrom('authors').select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

/** Stores the site settings; a `timeZone` or `feedContent` left out keeps the stored one (UTC and full on a first save). */
export async function upsertSiteSettings(db: Db, settings: { title: string; description: string; language: string; timeZone?: string | undefined; feedContent?: FeedContent | undefined }): Promise<void> {
  await db.insertInto('siteSettings').values({ id: 1, ...settings })
    .onConflict((oc) => oc.column('id').doUpdateSet(settings)).execute();
}

/** Deletes every article, tag, author and section (the demo reset). */
export async function deleteAllContent(db: Db): Promise<void> {
  for (const table of ['previewLinks', 'jobs', 'articleEvents', 'articleRevisions', 'slugHistory', 'articleTags', 'articleAuthors', 'articles', 'tags', 'authors', 'sections'] as const) {
    await db.deleteFrom(table).execute();
  }
}

export async function countSections(db: Db): Promise<number> {
  const row = await db.selectFrom('sections').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countArticles(db: Db): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Takes article `id`'s row for the rest of the transaction with a no-op update (the same SQL on
 * both databases; on PostgreSQL a second transaction doing the same waits for this one to end).
 * With `revision`, only when the article is still at that revision. True when the row was taken.
 */
export async function lockArticleRow(db: Db, id: number, revision?: number): Promise<boolean> {
  let lock = db.updateTable('articles').set((eb) => ({ revision: eb.ref('revision') })).where('id', '=', id);
  if (revision !== undefined) lock = lock.where('revision', '=', revision);
  return Number((await lock.executeTakeFirst()).numUpdatedRows) === 1;
}
