import { sql, type Insertable, type Selectable } from 'kysely';
import { preparedQuery, type Db } from '../db/index.ts';
import type { CommentSettingsTable, CommentStatus, CommentTable } from './comment.table.ts';

/** A comment as stored. */
export type CommentRow = Selectable<CommentTable>;
export type CommentSettingsRow = Selectable<CommentSettingsTable>;

/** What the comments slice needs to know of an article. */
export interface CommentArticleRow {
  id: number;
  slug: string;
  headline: string;
  sectionSlug: string;
  status: string;
  publishedAt: string | null;
  embargoUntil: string | null;
  commentsOpen: number;
}

/** The columns a reader page shows; email, address and agent stay behind. */
export interface ThreadRow {
  id: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  status: CommentStatus;
  authorName: string;
  authorUrl: string;
  avatarKey: string;
  userId: number | null;
  text: string;
  createdAt: string;
}

const THREAD_COLUMNS = ['c.id', 'c.parentId', 'c.rootId', 'c.depth', 'c.status', 'c.authorName', 'c.authorUrl', 'c.avatarKey', 'c.userId', 'c.text', 'c.createdAt'] as const;

export const DEFAULT_COMMENT_SETTINGS: CommentSettingsRow = {
  id: 1, moderation: 'first-time', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 3, floodSeconds: 15, notifyModerators: 1,
};

export async function findCommentSettings(db: Db): Promise<CommentSettingsRow> {
  return (await db.selectFrom('commentSettings').selectAll().where('id', '=', 1).executeTakeFirst()) ?? DEFAULT_COMMENT_SETTINGS;
}

export async function saveCommentSettings(db: Db, settings: Omit<CommentSettingsRow, 'id'>): Promise<void> {
  await db.insertInto('commentSettings').values({ id: 1, ...settings }).onConflict((oc) => oc.column('id').doUpdateSet(settings)).execute();
}

/** The stored secret called `name`, created from `generate()` by whichever node asks first. */
export async function loadSecret(db: Db, name: string, generate: () => string): Promise<string> {
  await db.insertInto('appSecrets').values({ name, value: generate() }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('appSecrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

const ARTICLE_COLUMNS = ['a.id', 'a.slug', 'a.headline', 's.slug as sectionSlug', 'a.status', 'a.publishedAt', 'a.embargoUntil', 'a.commentsOpen'] as const;

/** The reader page of an article as the comments slice sees it. */
export function commentArticlePath(article: Pick<CommentArticleRow, 'sectionSlug' | 'slug'>): string {
  return `/${article.sectionSlug}/${article.slug}/`;
}

export async function findCommentArticle(db: Db, by: { id: number } | { slug: string }): Promise<CommentArticleRow | undefined> {
  const query = db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.sectionId').select(ARTICLE_COLUMNS);
  return ('id' in by ? query.where('a.id', '=', by.id) : query.where('a.slug', '=', by.slug)).executeTakeFirst();
}

/** Several articles at once, for the moderation queue. */
export async function findCommentArticles(db: Db, ids: number[]): Promise<CommentArticleRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('articles as a').innerJoin('sections as s', 's.id', 'a.sectionId').select(ARTICLE_COLUMNS).where('a.id', 'in', ids).execute();
}

export async function setArticleCommentsOpen(db: Db, articleId: number, open: boolean): Promise<void> {
  await db.updateTable('articles').set({ commentsOpen: open ? 1 : 0 }).where('id', '=', articleId).execute();
}

export async function insertComment(db: Db, row: Insertable<CommentTable>): Promise<number> {
  const { id } = await db.insertInto('comments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findComment(db: Db, id: number): Promise<CommentRow | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findComments(db: Db, ids: number[]): Promise<CommentRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : db.selectFrom('comments').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

/** True when this name and email have had a comment approved before. */
export async function hasApprovedComment(db: Db, name: string, email: string): Promise<boolean> {
  const row = await db.selectFrom('comments').select('id')
    .where('authorEmail', '=', email).where('authorName', '=', name).where('status', '=', 'approved').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Marks `key` as having posted at `now`, unless it already did after `cutoff`; false then.
 * One statement, so two simultaneous posts by the same sender cannot both pass.
 */
export async function claimFloodSlot(db: Db, key: string, now: string, cutoff: string): Promise<boolean> {
  const row = await db.insertInto('commentFlood').values({ key, lastAt: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ lastAt: now }).where('commentFlood.lastAt', '<=', cutoff))
    .returning('key').executeTakeFirst();
  return row !== undefined;
}

/** Forgets the flood marks with these keys (`email:…`, `ip:…`), whatever their age: an erasure request. */
export async function deleteFloodMarks(db: Db, keys: string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('commentFlood').where('key', 'in', keys).execute();
}

/** Forgets flood marks older than `cutoff`: they can no longer refuse anything. */
export async function pruneFloodMarks(db: Db, cutoff: string): Promise<void> {
  await db.deleteFrom('commentFlood').where('lastAt', '<', cutoff).execute();
}

// A thread is shown when its top-level comment is approved or any reply in it is (a removed
// comment with approved replies stays as a placeholder, so the replies keep their context).
function visibleRoots(db: Db, articleId: number) {
  return db.selectFrom('comments as c').where('c.articleId', '=', articleId).where('c.parentId', 'is', null)
    .where((eb) => eb.or([
      eb('c.status', '=', 'approved'),
      eb.exists(eb.selectFrom('comments as r').select('r.id').whereRef('r.rootId', '=', 'c.id').where('r.status', '=', 'approved')),
    ]));
}

export async function countVisibleThreads(db: Db, articleId: number): Promise<number> {
  const row = await visibleRoots(db, articleId).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What the comments part of an article page needs to know before it reads any thread. */
export interface ThreadStats { commentsOpen: number; publishedAt: string | null; approved: number | string; threads: number | string }

// The article's switch and both counts in one statement, built once: it runs on every article render.
const threadStats = preparedQuery((db: Db, articleId: number) => db.selectFrom('articles as a')
  .select((eb) => [
    'a.commentsOpen', 'a.publishedAt',
    eb.selectFrom('comments as c').select(eb.fn.countAll<number | string>().as('n'))
      .where('c.articleId', '=', articleId).where('c.status', '=', 'approved').as('approved'),
    visibleRoots(db, articleId).select(eb.fn.countAll<number | string>().as('n')).as('threads'),
  ])
  .where('a.id', '=', articleId));

/** The article's comment switch and counts, or undefined when there is no such article. */
export async function findThreadStats(db: Db, articleId: number): Promise<ThreadStats | undefined> {
  const [row] = await threadStats(db, articleId);
  return row as ThreadStats | undefined;
}

// A page of threads in one statement: the page's top-level comments and every reply under them.
const threadPage = preparedQuery((db: Db, articleId: number, offset: number, limit: number) => {
  const roots = visibleRoots(db, articleId).select('c.id').orderBy('c.createdAt').orderBy('c.id').limit(limit).offset(offset);
  return db.selectFrom('comments as c').select(THREAD_COLUMNS)
    .where('c.articleId', '=', articleId)
    .where((eb) => eb.or([eb('c.id', 'in', roots), eb('c.rootId', 'in', roots)]))
    .orderBy('c.createdAt').orderBy('c.id');
});

/** One page of threads, oldest first: their top-level comments and every reply in them. */
export function findThreadPageRows(db: Db, articleId: number, offset: number, limit: number): Promise<ThreadRow[]> {
  return threadPage(db, articleId, offset, limit);
}

/** How many visible threads start before this top-level comment (to find its page). */
export async function countThreadsBefore(db: Db, articleId: number, root: { id: number; createdAt: string }): Promise<number> {
  const row = await visibleRoots(db, articleId)
    .where((eb) => eb.or([eb('c.createdAt', '<', root.createdAt), eb.and([eb('c.createdAt', '=', root.createdAt), eb('c.id', '<', root.id)])]))
    .select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What the moderation queue can be narrowed to. */
export interface QueueFilter {
  status?: CommentStatus;
  articleId?: number;
  /** Exact commenter email (lower case). */
  email?: string;
  /** Part of the commenter's name, email, website, address or text. */
  search?: string;
}

function queue(db: Db, filter: QueueFilter) {
  let query = db.selectFrom('comments as c');
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.articleId !== undefined) query = query.where('c.articleId', '=', filter.articleId);
  if (filter.email !== undefined) query = query.where('c.authorEmail', '=', filter.email);
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) => eb.or(['c.authorName', 'c.authorEmail', 'c.authorUrl', 'c.authorIp', 'c.text']
      .map((column) => eb(sql`lower(${sql.ref(column)})`, 'like', sql`lower(${like}) escape '\\'`))));
  }
  return query;
}

/** One page of the moderation queue, newest first. */
export async function findQueuePage(db: Db, filter: QueueFilter, offset: number, limit: number): Promise<{ rows: CommentRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    queue(db, filter).selectAll('c').orderBy('c.createdAt', 'desc').orderBy('c.id', 'desc').limit(limit).offset(offset).execute(),
    queue(db, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** How many comments are in each status. */
export async function countByStatus(db: Db): Promise<Record<CommentStatus, number>> {
  const rows = await db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

export async function updateComment(db: Db, id: number, changes: Partial<Pick<CommentRow, 'status' | 'statusBeforeTrash' | 'heldReason' | 'text' | 'authorName' | 'authorUrl' | 'authorEmail' | 'authorIp' | 'userAgent' | 'avatarKey' | 'fingerprint' | 'updatedAt' | 'parentId' | 'rootId' | 'depth'>>): Promise<void> {
  await db.updateTable('comments').set(changes).where('id', '=', id).execute();
}

/** Every comment of one thread (its top-level comment and replies), for re-parenting. */
export function findThread(db: Db, rootId: number): Promise<CommentRow[]> {
  return db.selectFrom('comments').selectAll().where((eb) => eb.or([eb('id', '=', rootId), eb('rootId', '=', rootId)])).orderBy('id').execute();
}

export async function deleteComment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('comments').where('id', '=', id).execute();
}

/** Every comment left with this email, oldest first (export and erasure requests). */
export function findByEmail(db: Db, email: string): Promise<CommentRow[]> {
  return db.selectFrom('comments').selectAll().where('authorEmail', '=', email).orderBy('createdAt').orderBy('id').execute();
}
