import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/index.ts';

/** One article's search document, its texts already normalised for the index. */
export interface IndexedDocument {
  articleId: number;
  sourceKey: string;
  headline: string;
  standfirst: string;
  body: string;
  tags: string;
  authors: string;
  /** The body as written, for snippets. */
  bodyText: string;
  terms: string[];
}

/** Which published articles a search may return. */
export interface SearchFilters {
  section?: string | undefined;
  /** ISO instants, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

/** One matching article: its id, and how many match in all (the same on every row). */
export interface SearchHit { id: number; total: number }

/** One page of matches, best first, and how many visible articles match in all. */
export interface SearchPage { ids: number[]; total: number }

/** The full-text half of the index, which each database does its own way. */
export interface FullTextStore {
  /** Replaces these documents (document rows included). */
  write(db: Db, documents: IndexedDocument[]): Promise<void>;
  /** Removes these articles' full-text entries (not their document rows). */
  remove(db: Db, articleIds: number[]): Promise<void>;
  /**
   * A page of visible articles holding some of `words` (normalised letters and digits only):
   * those with every word first, then those with only some, each tier by relevance. A partial
   * match never outranks a full one, yet a query with one word no article has still finds the rest.
   */
  find(db: Db, words: string[], filters: SearchFilters, nowIso: string, limit: number, offset: number): Promise<SearchPage>;
  /** Whether some article readers can see now matches `word` (stemmed). */
  matchesVisible(db: Db, word: string, nowIso: string): Promise<boolean>;
}

/**
 * The reader's conditions on `articles as a`: published, its time come, no embargo left (checked
 * here, not at index time, so scheduling and embargoes need no re-index), and the filters.
 */
export function visibleArticle(filters: SearchFilters, nowIso: string): RawBuilder<unknown> {
  const parts = [
    sql`a.status = 'published'`,
    sql`a.published_at <= ${nowIso}`,
    sql`(a.embargo_until is null or a.embargo_until <= ${nowIso})`,
  ];
  if (filters.section !== undefined) parts.push(sql`a.section_id in (select s.id from sections s where s.slug = ${filters.section})`);
  if (filters.from !== undefined) parts.push(sql`a.published_at >= ${filters.from}`);
  if (filters.to !== undefined) parts.push(sql`a.published_at <= ${filters.to}`);
  return sql.join(parts, sql` and `);
}

/** Every article's id and updated time beside its document's source key (null: no document yet). */
export function findArticleVersions(db: Db) {
  return versionQuery(db).execute();
}

/**
 * The articles whose document is missing or was made from another updated time (a source key
 * starts with the updated time it was made from), compared in the database: after most writes
 * a sweep finds one or none, and reading every article's version to learn that was its cost.
 */
export function findChangedVersions(db: Db) {
  return versionQuery(db)
    .where((eb) => eb.or([eb('d.sourceKey', 'is', null), sql<boolean>`substr(d.source_key, 1, length(a.updated_at) + 1) <> a.updated_at || '#'`]))
    .execute();
}

function versionQuery(db: Db) {
  return db.selectFrom('articles as a').leftJoin('searchDocuments as d', 'd.articleId', 'a.id').select(['a.id', 'a.updatedAt', 'd.sourceKey']);
}

/** Documents whose article is gone. */
export async function findOrphanDocuments(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('searchDocuments as d').leftJoin('articles as a', 'a.id', 'd.articleId')
    .select('d.articleId').where('a.id', 'is', null).execute();
  return rows.map((r) => r.articleId);
}

/** Every tag and author name by id: small tables, read each sweep to notice renames and merges. */
export async function findTaxonomyNames(db: Db) {
  const [tags, authors] = await Promise.all([
    db.selectFrom('tags').select(['id', 'name']).orderBy('id').execute(),
    db.selectFrom('authors').select(['id', 'name']).orderBy('id').execute(),
  ]);
  return { tags, authors };
}

/** Tag names and bylines (in order) of these articles, or of every article when `ids` is null. */
export async function findLabels(db: Db, ids: number[] | null) {
  if (ids !== null && ids.length === 0) return { tags: [], authors: [] };
  let tags = db.selectFrom('articleTags as at').innerJoin('tags as t', 't.id', 'at.tagId').select(['at.articleId', 't.name']);
  let authors = db.selectFrom('articleAuthors as aa').innerJoin('authors as au', 'au.id', 'aa.authorId')
    .select(['aa.articleId', 'au.name']).orderBy('aa.articleId').orderBy('aa.position');
  if (ids !== null) {
    tags = tags.where('at.articleId', 'in', ids);
    authors = authors.where('aa.articleId', 'in', ids);
  }
  const [tagRows, authorRows] = await Promise.all([tags.execute(), authors.execute()]);
  return { tags: tagRows, authors: authorRows };
}

/** What indexing reads of these articles. */
export function findArticleTexts(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('articles').select(['id', 'headline', 'standfirst', 'bodyHtml', 'updatedAt']).where('id', 'in', ids).execute();
}

/** The terms and source keys of these documents as stored now (read inside the writing transaction). */
export function findStoredDocuments(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('searchDocuments').select(['articleId', 'sourceKey', 'terms']).where('articleId', 'in', ids).execute();
}

/** Removes document rows. */
export async function deleteDocumentRows(db: Db, ids: number[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('searchDocuments').where('articleId', 'in', ids).execute();
}

/** Adds each delta to its word's document count; words counted down to nothing leave. */
export async function applyTermDeltas(db: Db, deltas: Map<string, number>): Promise<void> {
  const rows = [...deltas].filter(([, delta]) => delta !== 0).map(([term, docCount]) => ({ term, docCount }));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('searchTerms').values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('term').doUpdateSet({ docCount: (eb) => eb('searchTerms.docCount', '+', eb.ref('excluded.docCount')) }))
      .execute();
  }
  if (rows.some((r) => r.docCount < 0)) await db.deleteFrom('searchTerms').where('docCount', '<=', 0).execute();
}

/** The whole vocabulary. */
export function findVocabulary(db: Db) {
  return db.selectFrom('searchTerms').select(['term', 'docCount']).execute();
}

/** The plain body text of these documents. */
export function findBodyTexts(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('searchDocuments').select(['articleId', 'bodyText']).where('articleId', 'in', ids).execute();
}
