import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/index.ts';
import type { ArticleTopicSource } from './topic.table.ts';
import type { TopicKind } from './topic-extract.ts';

/** A topic row as the service reads it. */
export interface TopicRow { id: number; slug: string; name: string; kind: TopicKind; hidden: number; confirmed: number; mergedInto: number | null }

const TOPIC_COLUMNS = ['t.id', 't.slug', 't.name', 't.kind', 't.hidden', 't.confirmed', 't.mergedInto'] as const;

/**
 * Readers may see the article now: published, its time come, no embargo running. Articles are
 * read here (not through content/) because the check must sit inside topic queries as a join.
 */
function visible(nowIso: string): Expression<SqlBool> {
  return sql<SqlBool>`(a.status = 'published' and a.published_at <= ${nowIso} and (a.embargo_until is null or a.embargo_until <= ${nowIso}))`;
}

/** Articles never extracted or changed since, oldest change first. */
export function findStaleArticles(db: Db, limit: number) {
  return db.selectFrom('articles as a')
    .leftJoin('topicExtractions as e', 'e.articleId', 'a.id')
    .select(['a.id', 'a.headline', 'a.standfirst', 'a.bodyHtml', 'a.updatedAt'])
    .where((eb) => eb.or([eb('e.articleId', 'is', null), eb('e.sourceUpdatedAt', '<>', eb.ref('a.updatedAt'))]))
    .orderBy('a.updatedAt').orderBy('a.id')
    .limit(limit).execute();
}

/** Articles whose visibility to readers differs from when they were last swept. */
export function findVisibilityChanges(db: Db, nowIso: string) {
  return db.selectFrom('articles as a')
    .innerJoin('topicExtractions as e', 'e.articleId', 'a.id')
    .select(['a.id', sql<number>`case when ${visible(nowIso)} then 1 else 0 end`.as('isVisible')])
    .where(sql<SqlBool>`e.visible <> case when ${visible(nowIso)} then 1 else 0 end`)
    .execute();
}

/** Whether one article is visible now. */
export async function isArticleVisible(db: Db, articleId: number, nowIso: string): Promise<boolean> {
  const row = await db.selectFrom('articles as a').select('a.id').where('a.id', '=', articleId).where(visible(nowIso)).executeTakeFirst();
  return row !== undefined;
}

export async function recordExtraction(db: Db, articleId: number, sourceUpdatedAt: string, isVisible: boolean, nowIso: string): Promise<void> {
  const values = { articleId, sourceUpdatedAt, visible: isVisible ? 1 : 0, extractedAt: nowIso };
  await db.insertInto('topicExtractions').values(values)
    .onConflict((oc) => oc.column('articleId').doUpdateSet((eb) => ({
      sourceUpdatedAt, visible: values.visible, extractedAt: nowIso, topicsVersion: eb('topicExtractions.topicsVersion', '+', 1),
    }))).execute();
}

/**
 * Counts a change of these articles' topics (an editor confirmed, rejected, hid or merged one),
 * so what follows an article's topics — its related list — is recomputed.
 */
export async function touchTopicsOf(db: Db, articleIds: number[]): Promise<void> {
  for (let i = 0; i < articleIds.length; i += 500) {
    await db.updateTable('topicExtractions').set((eb) => ({ topicsVersion: eb('topicsVersion', '+', 1) }))
      .where('articleId', 'in', articleIds.slice(i, i + 500)).execute();
  }
}

/** The topics these articles name or were given, leaving out hidden and merged topics. */
export function findShownTopicLinks(db: Db, articleIds: number[]): Promise<{ articleId: number; topicId: number }[]> {
  if (articleIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('articleTopics as l').innerJoin('topics as t', 't.id', 'l.topicId')
    .select(['l.articleId', 'l.topicId']).where('l.articleId', 'in', articleIds).where('t.hidden', '=', 0).where('t.mergedInto', 'is', null).execute();
}

/** The articles linked to any of these topics. */
export async function findArticlesOfTopics(db: Db, topicIds: number[]): Promise<number[]> {
  if (topicIds.length === 0) return [];
  const rows = await db.selectFrom('articleTopics').select('articleId').distinct().where('topicId', 'in', topicIds).execute();
  return rows.map((r) => r.articleId);
}

export async function setExtractionVisible(db: Db, articleId: number, isVisible: boolean): Promise<void> {
  await db.updateTable('topicExtractions').set({ visible: isVisible ? 1 : 0 }).where('articleId', '=', articleId).execute();
}

/** The topics these name keys lead to (merged topics followed to their successor). */
export async function findTopicsByKeys(db: Db, keys: string[]): Promise<Map<string, TopicRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('topicAliases as k')
    .innerJoin('topics as t0', 't0.id', 'k.topicId')
    .innerJoin('topics as t', (join) => join.on(sql<SqlBool>`t.id = coalesce(t0.merged_into, t0.id)`))
    .select(['k.key', ...TOPIC_COLUMNS])
    .where('k.key', 'in', keys).execute();
  return new Map(rows.map(({ key, ...topic }) => [key, topic]));
}

export function findTopicBySlug(db: Db, slug: string): Promise<TopicRow | undefined> {
  return db.selectFrom('topics as t').select(TOPIC_COLUMNS).where('t.slug', '=', slug).executeTakeFirst();
}

export function findTopicById(db: Db, id: number): Promise<TopicRow | undefined> {
  return db.selectFrom('topics as t').select(TOPIC_COLUMNS).where('t.id', '=', id).executeTakeFirst();
}

/** The topic an old slug of a renamed topic belongs to. */
export async function findRedirectTopicId(db: Db, oldSlug: string): Promise<number | undefined> {
  return (await db.selectFrom('topicRedirects').select('topicId').where('oldSlug', '=', oldSlug).executeTakeFirst())?.topicId;
}

/** True when a slug is a topic's, current or old. */
export async function isSlugUsed(db: Db, slug: string): Promise<boolean> {
  const [topic, old] = await Promise.all([
    db.selectFrom('topics').select('id').where('slug', '=', slug).executeTakeFirst(),
    db.selectFrom('topicRedirects').select('topicId').where('oldSlug', '=', slug).executeTakeFirst(),
  ]);
  return topic !== undefined || old !== undefined;
}

export async function insertTopic(db: Db, topic: { slug: string; name: string; kind: TopicKind; key: string; nowIso: string }): Promise<TopicRow> {
  const row = await db.insertInto('topics')
    .values({ slug: topic.slug, name: topic.name, kind: topic.kind, hidden: 0, confirmed: 0, mergedInto: null, createdAt: topic.nowIso, updatedAt: topic.nowIso })
    .returning(['id']).executeTakeFirstOrThrow();
  // No ON CONFLICT: two nodes creating the same topic at once must fail one of them (its sweep
  // runs again) rather than leave two topics for one name.
  await db.insertInto('topicAliases').values({ key: topic.key, topicId: row.id }).execute();
  return { id: row.id, slug: topic.slug, name: topic.name, kind: topic.kind, hidden: 0, confirmed: 0, mergedInto: null };
}

export async function addAlias(db: Db, key: string, topicId: number): Promise<void> {
  await db.insertInto('topicAliases').values({ key, topicId }).onConflict((oc) => oc.column('key').doNothing()).execute();
}

export async function updateTopic(db: Db, id: number, changes: Partial<Pick<TopicRow, 'slug' | 'name' | 'hidden' | 'confirmed' | 'mergedInto'>>, nowIso: string): Promise<void> {
  await db.updateTable('topics').set({ ...changes, updatedAt: nowIso }).where('id', '=', id).execute();
}

/** Records that `oldSlug` now leads to `topicId`, taking the address over from anyone else. */
export async function addRedirect(db: Db, oldSlug: string, topicId: number): Promise<void> {
  await db.insertInto('topicRedirects').values({ oldSlug, topicId }).onConflict((oc) => oc.column('oldSlug').doUpdateSet({ topicId })).execute();
}

export async function deleteRedirect(db: Db, oldSlug: string): Promise<void> {
  await db.deleteFrom('topicRedirects').where('oldSlug', '=', oldSlug).execute();
}

/** An article's topic links with their topics. */
export function findLinksOfArticle(db: Db, articleId: number) {
  return db.selectFrom('articleTopics as l').innerJoin('topics as t', 't.id', 'l.topicId')
    .select(['l.source', 'l.mentions', ...TOPIC_COLUMNS])
    .where('l.articleId', '=', articleId).orderBy('t.name').execute();
}

/** Topics an editor rejected for an article. */
export function findRejectedOfArticle(db: Db, articleId: number) {
  return db.selectFrom('articleTopicRejections as r').innerJoin('topics as t', 't.id', 'r.topicId')
    .select(TOPIC_COLUMNS).where('r.articleId', '=', articleId).orderBy('t.name').execute();
}

export async function deleteLinks(db: Db, articleId: number, topicIds: number[], source?: ArticleTopicSource): Promise<void> {
  if (topicIds.length === 0) return;
  let query = db.deleteFrom('articleTopics').where('articleId', '=', articleId).where('topicId', 'in', topicIds);
  if (source) query = query.where('source', '=', source);
  await query.execute();
}

export async function upsertLink(db: Db, link: { articleId: number; topicId: number; source: ArticleTopicSource; mentions: number }): Promise<void> {
  const update = link.source === 'editor' ? { source: link.source } : { mentions: link.mentions };
  await db.insertInto('articleTopics').values(link)
    .onConflict((oc) => oc.columns(['articleId', 'topicId']).doUpdateSet(update)).execute();
}

export async function setRejections(db: Db, articleId: number, topicIds: number[]): Promise<void> {
  await db.deleteFrom('articleTopicRejections').where('articleId', '=', articleId).execute();
  if (topicIds.length > 0) await db.insertInto('articleTopicRejections').values(topicIds.map((topicId) => ({ articleId, topicId }))).execute();
}

/** Every topic of these articles' links (for purging their pages). */
export async function findTopicIdsOfArticles(db: Db, articleIds: number[]): Promise<number[]> {
  if (articleIds.length === 0) return [];
  const rows = await db.selectFrom('articleTopics').select('topicId').distinct().where('articleId', 'in', articleIds).execute();
  return rows.map((r) => r.topicId);
}

/** How many visible articles each topic has. */
export async function countVisibleArticles(db: Db, topicIds: number[], nowIso: string): Promise<Map<number, number>> {
  if (topicIds.length === 0) return new Map();
  const rows = await db.selectFrom('articleTopics as l').innerJoin('articles as a', 'a.id', 'l.articleId')
    .select(['l.topicId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('l.topicId', 'in', topicIds).where(visible(nowIso)).groupBy('l.topicId').execute();
  return new Map(rows.map((r) => [r.topicId, Number(r.n)]));
}

/** How many articles in any status each topic is linked to. */
export async function countAllArticles(db: Db, topicIds: number[]): Promise<Map<number, number>> {
  if (topicIds.length === 0) return new Map();
  const rows = await db.selectFrom('articleTopics as l').select(['l.topicId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('l.topicId', 'in', topicIds).groupBy('l.topicId').execute();
  return new Map(rows.map((r) => [r.topicId, Number(r.n)]));
}

/** Ids of a page of a topic's visible articles, newest first, and how many there are. */
export async function findVisibleArticleIds(db: Db, topicId: number, nowIso: string, limit: number, offset: number) {
  const base = db.selectFrom('articleTopics as l').innerJoin('articles as a', 'a.id', 'l.articleId').where('l.topicId', '=', topicId).where(visible(nowIso));
  const [rows, total] = await Promise.all([
    base.select('a.id').orderBy('a.publishedAt', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(total?.n ?? 0) };
}

/** A page of topics (merged ones left out) whose name or slug contains `q`, by name. */
export async function findTopicsPage(db: Db, q: string | undefined, limit: number, offset: number) {
  let base = db.selectFrom('topics as t').where('t.mergedInto', 'is', null);
  if (q) {
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([
      eb(sql`lower(t.name)`, 'like', sql`${pattern} escape '\\'`), eb('t.slug', 'like', sql<string>`${pattern} escape '\\'`),
    ]));
  }
  const [items, total] = await Promise.all([
    base.select(TOPIC_COLUMNS).orderBy('t.name').orderBy('t.id').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/**
 * Moves every link, rejection, alias and redirect of `from` to `into` and marks `from` merged.
 * An article linked to both keeps one link, an editor's if either was.
 */
export async function mergeTopicRows(db: Db, from: number, into: number, nowIso: string): Promise<void> {
  const links = await db.selectFrom('articleTopics').selectAll().where('topicId', '=', from).execute();
  for (const link of links) await upsertLink(db, { ...link, topicId: into });
  await db.deleteFrom('articleTopics').where('topicId', '=', from).execute();
  const rejections = await db.selectFrom('articleTopicRejections').select('articleId').where('topicId', '=', from).execute();
  if (rejections.length > 0) {
    await db.insertInto('articleTopicRejections').values(rejections.map((r) => ({ articleId: r.articleId, topicId: into })))
      .onConflict((oc) => oc.columns(['articleId', 'topicId']).doNothing()).execute();
  }
  await db.deleteFrom('articleTopicRejections').where('topicId', '=', from).execute();
  await db.updateTable('topicAliases').set({ topicId: into }).where('topicId', '=', from).execute();
  await db.updateTable('topicRedirects').set({ topicId: into }).where('topicId', '=', from).execute();
  await db.updateTable('topics').set({ mergedInto: into, updatedAt: nowIso }).where((eb) => eb.or([eb('id', '=', from), eb('mergedInto', '=', from)])).execute();
}

/** The id of the article with this slug, whatever its status. */
export async function findArticleIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** Every topic not hidden or merged, with its visible articles' count and newest publication time. */
export async function findTopicsWithVisibleCounts(db: Db, nowIso: string) {
  const rows = await db.selectFrom('topics as t')
    .leftJoin('articleTopics as l', 'l.topicId', 't.id')
    .leftJoin('articles as a', (join) => join.onRef('a.id', '=', 'l.articleId').on(visible(nowIso)))
    .select(['t.id', 't.slug', 't.name', 't.kind', 't.confirmed'])
    .select((eb) => [eb.fn.count<number>('a.id').as('n'), eb.fn.max('a.publishedAt').as('lastPublishedAt')])
    .where('t.hidden', '=', 0).where('t.mergedInto', 'is', null)
    .groupBy(['t.id', 't.slug', 't.name', 't.kind', 't.confirmed'])
    .orderBy('t.slug').execute();
  return rows.map((r) => ({ ...r, n: Number(r.n), lastPublishedAt: r.lastPublishedAt ?? null }));
}
