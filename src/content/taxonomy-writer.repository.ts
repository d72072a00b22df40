import { sql, type ExpressionBuilder, type RawBuilder, type SqlBool, type Updateable } from 'kysely';
import { containsText, type Database, type Db } from '../db/index.ts';
import type { AuthorTable, SectionTable, TagTable, TaxonomyKind } from './content.table.ts';

/** The table each kind of taxonomy item lives in. */
export const TAXONOMY_TABLES = { section: 'sections', tag: 'tags', author: 'authors' } as const;

/** Every kind, in the order the Admin API lists them. */
export const TAXONOMY_KINDS: readonly TaxonomyKind[] = ['section', 'tag', 'author'];

/** Sections in navigation order, each with how many articles (in any status) are in it; `search`: part of the name or slug. */
export function findSectionsForAdmin(db: Db, limit: number, offset: number, search?: string) {
  return db.selectFrom('sections as s').$if(Boolean(search), (q) => q.where(nameOrSlugContains('s', search)))
    .select(['s.id', 's.name', 's.slug', 's.description', 's.position'])
    .select((eb) => eb.selectFrom('articles as a').whereRef('a.sectionId', '=', 's.id').select(eb.fn.countAll<number>().as('n')).as('articleCount'))
    .orderBy('s.position').orderBy('s.name').orderBy('s.id').limit(limit).offset(offset).execute();
}

/** Tags by name, each with how many articles (in any status) carry it; `search`: part of the name or slug. */
export function findTagsForAdmin(db: Db, limit: number, offset: number, search?: string) {
  return db.selectFrom('tags as t').$if(Boolean(search), (q) => q.where(nameOrSlugContains('t', search)))
    .select(['t.id', 't.name', 't.slug'])
    .select((eb) => eb.selectFrom('articleTags as at').whereRef('at.tagId', '=', 't.id').select(eb.fn.countAll<number>().as('n')).as('articleCount'))
    .orderBy('t.name').orderBy('t.id').limit(limit).offset(offset).execute();
}

/** Authors by name, each with how many articles (in any status) they are on the byline of; `search`: part of the name or slug. */
export function findAuthorsForAdmin(db: Db, limit: number, offset: number, search?: string) {
  return db.selectFrom('authors as au').$if(Boolean(search), (q) => q.where(nameOrSlugContains('au', search)))
    .select(['au.id', 'au.name', 'au.slug', 'au.bio'])
    .select((eb) => eb.selectFrom('articleAuthors as aa').whereRef('aa.authorId', '=', 'au.id').select(eb.fn.countAll<number>().as('n')).as('articleCount'))
    .orderBy('au.name').orderBy('au.id').limit(limit).offset(offset).execute();
}

/** How many items of `kind` there are, or how many have `search` in their name or slug. */
export async function countTaxonomy(db: Db, kind: TaxonomyKind, search?: string): Promise<number> {
  const row = await db.selectFrom(TAXONOMY_TABLES[kind]).$if(Boolean(search), (q) => q.where(nameOrSlugContains(TAXONOMY_TABLES[kind], search)))
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The item (of the table or alias `from`) has `search` in its name or slug. */
function nameOrSlugContains(from: string, search = ''): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${containsText(`${from}.name`, search)} or ${containsText(`${from}.slug`, search)})`;
}

/** How many articles, in any status, use the item (its section, a tag, a byline). */
export async function countArticlesUsing(db: Db, kind: TaxonomyKind, id: number): Promise<number> {
  const n = (eb: ExpressionBuilder<Database, keyof Database>) => eb.fn.countAll<number>().as('n');
  const row = kind === 'section'
    ? await db.selectFrom('articles').select(n).where('sectionId', '=', id).executeTakeFirst()
    : kind === 'tag'
      ? await db.selectFrom('articleTags').select(n).where('tagId', '=', id).executeTakeFirst()
      : await db.selectFrom('articleAuthors').select(n).where('authorId', '=', id).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Ids of the published articles that use the item: the ones whose pages show it. */
export async function findPublishedArticleIdsUsing(db: Db, kind: TaxonomyKind, id: number): Promise<number[]> {
  const base = db.selectFrom('articles as a').select('a.id').where('a.status', '=', 'published');
  const query = kind === 'section'
    ? base.where('a.sectionId', '=', id)
    : kind === 'tag'
      ? base.innerJoin('articleTags as at', 'at.articleId', 'a.id').where('at.tagId', '=', id)
      : base.innerJoin('articleAuthors as aa', 'aa.articleId', 'a.id').where('aa.authorId', '=', id);
  return (await query.execute()).map((r) => r.id);
}

export async function updateSectionRow(db: Db, id: number, row: Updateable<SectionTable>): Promise<void> {
  await db.updateTable('sections').set(row).where('id', '=', id).execute();
}

export async function updateTagRow(db: Db, id: number, row: Updateable<TagTable>): Promise<void> {
  await db.updateTable('tags').set(row).where('id', '=', id).execute();
}

export async function updateAuthorRow(db: Db, id: number, row: Updateable<AuthorTable>): Promise<void> {
  await db.updateTable('authors').set(row).where('id', '=', id).execute();
}

export async function deleteTaxonomyRow(db: Db, kind: TaxonomyKind, id: number): Promise<void> {
  await db.deleteFrom(TAXONOMY_TABLES[kind]).where('id', '=', id).execute();
}

/** Moves every article of one section into another. */
export async function moveArticlesToSection(db: Db, fromId: number, toId: number): Promise<void> {
  await db.updateTable('articles').set({ sectionId: toId }).where('sectionId', '=', fromId).execute();
}

/** Gives every article tagged `fromId` the tag `toId` instead; an article that had both keeps one link. */
export async function moveTagLinks(db: Db, fromId: number, toId: number): Promise<void> {
  await db.insertInto('articleTags').columns(['articleId', 'tagId'])
    .expression((eb) => eb.selectFrom('articleTags as src')
      .select((inner) => ['src.articleId', inner.val(toId).as('tagId')])
      .where('src.tagId', '=', fromId)
      .where('src.articleId', 'not in', eb.selectFrom('articleTags as dst').select('dst.articleId').where('dst.tagId', '=', toId)))
    .execute();
  await unlinkTag(db, fromId);
}

export async function unlinkTag(db: Db, tagId: number): Promise<void> {
  await db.deleteFrom('articleTags').where('tagId', '=', tagId).execute();
}

/**
 * Puts `toId` on every byline that has `fromId`, in the same place; a byline that already has
 * both simply loses `fromId`.
 */
export async function moveBylines(db: Db, fromId: number, toId: number): Promise<void> {
  await db.deleteFrom('articleAuthors').where('authorId', '=', fromId)
    .where('articleId', 'in', db.selectFrom('articleAuthors').select('articleId').where('authorId', '=', toId))
    .execute();
  await db.updateTable('articleAuthors').set({ authorId: toId }).where('authorId', '=', fromId).execute();
}

/** Where an old slug of this kind leads now, if anywhere. */
export async function findRedirectTarget(db: Db, kind: TaxonomyKind, oldSlug: string): Promise<string | undefined> {
  const row = await db.selectFrom('taxonomyRedirects').select('newSlug').where('kind', '=', kind).where('oldSlug', '=', oldSlug).executeTakeFirst();
  return row?.newSlug;
}

/** Every redirect of a kind, oldest slug first (for the Admin API and tests). */
export function findRedirects(db: Db, kind: TaxonomyKind) {
  return db.selectFrom('taxonomyRedirects').select(['oldSlug', 'newSlug']).where('kind', '=', kind).orderBy('oldSlug').execute();
}

/**
 * Records that `from` now lives at `to`. Redirects that pointed at `from` are rewritten to `to`
 * (chains collapse to one hop), and a redirect from `to` is dropped since `to` is live again.
 */
export async function redirectSlug(db: Db, kind: TaxonomyKind, from: string, to: string, nowIso: string): Promise<void> {
  await forgetRedirect(db, kind, to);
  await db.updateTable('taxonomyRedirects').set({ newSlug: to }).where('kind', '=', kind).where('newSlug', '=', from).execute();
  await forgetRedirect(db, kind, from);
  await db.insertInto('taxonomyRedirects').values({ kind, oldSlug: from, newSlug: to, createdAt: nowIso }).execute();
}

/** Drops the redirect from `oldSlug` (a new item has taken that slug). */
export async function forgetRedirect(db: Db, kind: TaxonomyKind, oldSlug: string): Promise<void> {
  await db.deleteFrom('taxonomyRedirects').where('kind', '=', kind).where('oldSlug', '=', oldSlug).execute();
}

/**
 * Drops every redirect to or from `slug` (the item is gone without a successor). One from it can
 * linger when the slug was taken again outside this module (say, a tag made by saving an article).
 */
export async function forgetRedirectsOf(db: Db, kind: TaxonomyKind, slug: string): Promise<void> {
  await db.deleteFrom('taxonomyRedirects').where('kind', '=', kind)
    .where((eb) => eb.or([eb('newSlug', '=', slug), eb('oldSlug', '=', slug)])).execute();
}
