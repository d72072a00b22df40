import type { Db } from '../db/index.ts';
import { findShownTopicLinks } from '../topics/index.ts';
import type { RelatedOverrideKind } from './related.table.ts';

/**
 * The version of an article the related index compares against what it last computed from: the
 * article's own, and how often its topics have changed (they arrive in their own sweep).
 */
export interface ArticleVersion { id: number; status: string; updatedAt: string; publishedAt: string | null; topicsVersion: number | null }

// topic_extractions belongs to the topics slice; read here, in the statements that compare
// versions, because a list must follow its article's topics as it follows the article.
function versionQuery(db: Db) {
  return db.selectFrom('articles as a')
    .leftJoin('topicExtractions as e', 'e.articleId', 'a.id')
    .select(['a.id', 'a.status', 'a.updatedAt', 'a.publishedAt', 'e.topicsVersion']);
}

/** Every article's current version (a few columns, one statement; cheap at 10,000 articles). */
export function findArticleVersions(db: Db): Promise<ArticleVersion[]> {
  return versionQuery(db).execute();
}

/** Articles whose related list was computed from another version of them, or never. */
export function findStaleArticles(db: Db): Promise<ArticleVersion[]> {
  return versionQuery(db)
    .leftJoin('relatedDocuments as d', 'd.articleId', 'a.id')
    .where((eb) => eb.or([
      eb('d.articleId', 'is', null),
      eb('d.sourceUpdatedAt', '<>', eb.ref('a.updatedAt')),
      eb('d.sourceStatus', '<>', eb.ref('a.status')),
      eb(eb.fn.coalesce('d.sourcePublishedAt', eb.val('')), '<>', eb.fn.coalesce('a.publishedAt', eb.val(''))),
      eb(eb.fn.coalesce('d.sourceTopicsVersion', eb.val(-1)), '<>', eb.fn.coalesce('e.topicsVersion', eb.val(-1))),
    ]))
    .execute();
}

export interface ArticleSource { id: number; headline: string; standfirst: string; bodyHtml: string; sectionId: number; publishedAt: string | null; updatedAt: string }

/** What the model reads of these articles, their tags, and their topics that are not hidden. */
export async function findSources(db: Db, ids: number[]): Promise<{
  sources: ArticleSource[]; tags: { articleId: number; tagId: number }[]; topics: { articleId: number; topicId: number }[];
}> {
  if (ids.length === 0) return { sources: [], tags: [], topics: [] };
  const [sources, tags, topics] = await Promise.all([
    db.selectFrom('articles').select(['id', 'headline', 'standfirst', 'bodyHtml', 'sectionId', 'publishedAt', 'updatedAt']).where('id', 'in', ids).execute(),
    db.selectFrom('articleTags').select(['articleId', 'tagId']).where('articleId', 'in', ids).execute(),
    findShownTopicLinks(db, ids),
  ]);
  return { sources, tags, topics };
}

/** Articles whose stored list names any of `ids`. */
export async function findListsNaming(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('relatedLinks').select('articleId').distinct().where('relatedId', 'in', ids).execute();
  return rows.map((r) => r.articleId);
}

/** The stored lists of these articles, as related ids in order. */
export async function findLists(db: Db, ids: number[]): Promise<Map<number, number[]>> {
  const lists = new Map<number, number[]>();
  if (ids.length === 0) return lists;
  const rows = await db.selectFrom('relatedLinks').select(['articleId', 'relatedId']).where('articleId', 'in', ids).orderBy('articleId').orderBy('position').execute();
  for (const row of rows) {
    const list = lists.get(row.articleId) ?? [];
    list.push(row.relatedId);
    lists.set(row.articleId, list);
  }
  return lists;
}

/** Replaces the lists of these articles (an empty list removes one). */
export async function replaceLists(db: Db, lists: Map<number, { id: number; score: number }[]>): Promise<void> {
  const ids = [...lists.keys()];
  if (ids.length === 0) return;
  await db.deleteFrom('relatedLinks').where('articleId', 'in', ids).execute();
  const rows = [...lists].flatMap(([articleId, list]) => list.map((n, position) => ({ articleId, position, relatedId: n.id, score: n.score })));
  // Both drivers cap bound parameters per statement; four columns a row stays far below either cap.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('relatedLinks').values(rows.slice(i, i + 500)).execute();
}

/** Records the versions the lists are now computed from. */
export async function markComputed(db: Db, versions: ArticleVersion[]): Promise<void> {
  for (let i = 0; i < versions.length; i += 500) {
    const rows = versions.slice(i, i + 500).map((v) => ({
      articleId: v.id, sourceUpdatedAt: v.updatedAt, sourceStatus: v.status, sourcePublishedAt: v.publishedAt, sourceTopicsVersion: v.topicsVersion,
    }));
    await db.insertInto('relatedDocuments').values(rows)
      .onConflict((oc) => oc.column('articleId').doUpdateSet((eb) => ({
        sourceUpdatedAt: eb.ref('excluded.sourceUpdatedAt'), sourceStatus: eb.ref('excluded.sourceStatus'),
        sourcePublishedAt: eb.ref('excluded.sourcePublishedAt'), sourceTopicsVersion: eb.ref('excluded.sourceTopicsVersion'),
      })))
      .execute();
  }
}

/** An article's stored list, best first (visibility is checked by the caller's summary lookup). */
export function findStoredList(db: Db, articleId: number): Promise<{ relatedId: number; score: number }[]> {
  return db.selectFrom('relatedLinks').select(['relatedId', 'score']).where('articleId', '=', articleId).orderBy('position').execute();
}

export interface OverrideRow { relatedId: number; kind: RelatedOverrideKind; position: number }

export function findOverrides(db: Db, articleId: number): Promise<OverrideRow[]> {
  return db.selectFrom('relatedOverrides').select(['relatedId', 'kind', 'position']).where('articleId', '=', articleId).orderBy('kind').orderBy('position').execute();
}

export async function replaceOverrides(db: Db, articleId: number, pinned: number[], excluded: number[]): Promise<void> {
  await db.deleteFrom('relatedOverrides').where('articleId', '=', articleId).execute();
  const rows = [
    ...pinned.map((relatedId, position) => ({ articleId, relatedId, kind: 'pin' as const, position })),
    ...excluded.map((relatedId, position) => ({ articleId, relatedId, kind: 'exclude' as const, position })),
  ];
  if (rows.length > 0) await db.insertInto('relatedOverrides').values(rows).execute();
}

/** The newest visible articles of a section: what fills a short related block. */
export async function findSectionRecent(db: Db, sectionId: number, nowIso: string, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('articles')
    .select('id')
    .where('sectionId', '=', sectionId)
    .where('status', '=', 'published')
    .where('publishedAt', '<=', nowIso)
    .orderBy('publishedAt', 'desc').orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
