import { sql, type QueryCreator, type Selectable } from 'kysely';
import { preparedQuery, type Database, type Db } from '../db/index.ts';
import type { ArticleTable } from './content.table.ts';

/** Which published articles a list shows. */
export interface ArticleFilter {
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Only the article imported with this external id. */
  externalId?: string;
}

/** An article row joined with its section, as lists and pages read it. */
export type ArticleWithSectionRow = Omit<Selectable<ArticleTable>, 'bodyHtml' | 'createdAt' | 'revision' | 'embargoUntil' | 'commentsOpen' | 'seoTitle' | 'seoDescription'> & {
  bodyHtml?: string;
  seoTitle?: string;
  seoDescription?: string;
  sectionName: string;
  sectionSlug: string;
};

/** One article as the newsroom edits it: the row with its body, revision number and embargo. */
export type EditableArticleRow = ArticleWithSectionRow & { bodyHtml: string; revision: number; embargoUntil: string | null; seoTitle: string; seoDescription: string };

/** What one whole article adds to a summary's columns. */
const FULL_COLUMNS = ['a.bodyHtml', 'a.revision', 'a.embargoUntil', 'a.seoTitle', 'a.seoDescription'] as const;

const SUMMARY_COLUMNS = [
  'a.id', 'a.slug', 'a.sectionId', 'a.headline', 'a.standfirst', 'a.status', 'a.language',
  'a.publishedAt', 'a.updatedAt', 'a.imageUrl', 'a.imageAlt', 'a.imageCaption', 'a.imageCredit',
  'a.imageWidth', 'a.imageHeight', 'a.createdBy', 'a.externalId', 's.name as sectionName', 's.slug as sectionSlug',
] as const;

function publishedBase(db: QueryCreator<Database>, nowIso: string) {
  return db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .where('a.status', '=', 'published')
    .where('a.publishedAt', '<=', nowIso);
}

// Tag and author filters join their link table (one row per article, by its primary key), so
// the planner can start from the small set of linked articles instead of scanning every article.
function applyFilter(db: Db, nowIso: string, filter: ArticleFilter) {
  let query = publishedBase(db, nowIso);
  if (filter.sectionId !== undefined) query = query.where('a.sectionId', '=', filter.sectionId);
  if (filter.tagId !== undefined) {
    query = query.innerJoin('articleTags as ft', 'ft.articleId', 'a.id').where('ft.tagId', '=', filter.tagId);
  }
  if (filter.authorId !== undefined) {
    query = query.innerJoin('articleAuthors as fa', 'fa.articleId', 'a.id').where('fa.authorId', '=', filter.authorId);
  }
  if (filter.externalId !== undefined) query = query.where('a.externalId', '=', filter.externalId);
  return query;
}

/** Published articles matching `filter`, newest first. */
export function findPublishedSummaries(db: Db, nowIso: string, filter: ArticleFilter, limit: number, offset: number): Promise<ArticleWithSectionRow[]> {
  return applyFilter(db, nowIso, filter)
    .select(SUMMARY_COLUMNS)
    .orderBy('a.publishedAt', 'desc').orderBy('a.id', 'desc')
    .limit(limit).offset(offset)
    .execute();
}

/** How many published articles match `filter`. */
export async function countPublished(db: Db, nowIso: string, filter: ArticleFilter): Promise<number> {
  const row = await applyFilter(db, nowIso, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Published articles with these ids (any order). */
export function findPublishedByIds(db: Db, nowIso: string, ids: number[]): Promise<ArticleWithSectionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return publishedBase(db, nowIso).select(SUMMARY_COLUMNS).where('a.id', 'in', ids).execute();
}

/** One article by slug, whatever its status, with its body. */
export async function findArticleBySlug(db: Db, slug: string): Promise<EditableArticleRow | undefined> {
  return (await articleBySlug(db, slug))[0];
}

/** One article by id, whatever its status, with its body. */
export async function findArticleById(db: Db, id: number): Promise<EditableArticleRow | undefined> {
  return db.selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .select(SUMMARY_COLUMNS).select(FULL_COLUMNS)
    .where('a.id', '=', id).executeTakeFirst();
}

const articleBySlug = preparedQuery((db: Db, slug: string) => db.selectFrom('articles as a')
  .innerJoin('sections as s', 's.id', 'a.sectionId')
  .select(SUMMARY_COLUMNS).select(FULL_COLUMNS)
  .where('a.slug', '=', slug));

/** One byline or tag of an article, as {@link findPeopleAndTagsFor} returns them. */
export interface ArticleLinkRow { kind: 'author' | 'tag'; articleId: number; id: number; name: string; slug: string; position: number }

/**
 * Authors (in byline order) and tags (by name) of each article in `articleIds`, in one statement:
 * every page that shows an article needs both, and a statement saved is a round trip saved.
 */
export async function findPeopleAndTagsFor(db: Db, articleIds: number[]): Promise<ArticleLinkRow[]> {
  if (articleIds.length === 0) return [];
  const rows = articleIds.length === 1 ? await linksOfOne(db, articleIds[0] as number) : await linksQuery(db, articleIds).execute();
  return rows.sort((x, y) => x.articleId - y.articleId || (x.kind === y.kind ? x.position - y.position || compareText(x.name, y.name) : x.kind === 'author' ? -1 : 1));
}

function linksQuery(db: Db, articleIds: number[]) {
  return db.selectFrom('articleAuthors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.authorId')
    .select([sql<'author' | 'tag'>`'author'`.as('kind'), 'aa.articleId', 'au.id', 'au.name', 'au.slug', 'aa.position'])
    .where('aa.articleId', 'in', articleIds)
    .unionAll(db.selectFrom('articleTags as at')
      .innerJoin('tags as t', 't.id', 'at.tagId')
      .select([sql<'author' | 'tag'>`'tag'`.as('kind'), 'at.articleId', 't.id', 't.name', 't.slug', sql<number>`0`.as('position')])
      .where('at.articleId', 'in', articleIds));
}

const linksOfOne = preparedQuery((db: Db, articleId: number) => linksQuery(db, [articleId]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The article an old `section/slug` path belonged to, if any. */
export async function findArticleIdByOldPath(db: Db, path: string): Promise<number | undefined> {
  const row = await db.selectFrom('slugHistory').select('articleId').where('path', '=', path).executeTakeFirst();
  return row?.articleId;
}

/** Slug of the article with this id. */
export async function findSlugById(db: Db, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirst();
  return row?.slug;
}
