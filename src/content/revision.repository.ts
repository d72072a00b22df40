import type { Db } from '../db/index.ts';

/** Stores revision `number` of an article and makes it the article's current revision. */
export async function insertRevision(db: Db, row: { articleId: number; number: number; userId: number | null; createdAt: string; changed: string[]; snapshot: string; note: string }): Promise<void> {
  await db.insertInto('articleRevisions').values({ ...row, changed: JSON.stringify(row.changed) }).execute();
  await db.updateTable('articles').set({ revision: row.number }).where('id', '=', row.articleId).execute();
}

function revisionsOf(db: Db, articleId: number) {
  return db.selectFrom('articleRevisions as r')
    .leftJoin('users as u', 'u.id', 'r.userId')
    .select(['r.number', 'r.createdAt', 'r.changed', 'r.note', 'r.userId', 'u.name as userName'])
    .where('r.articleId', '=', articleId);
}

/** An article's revisions, newest first, without their snapshots. */
export function findRevisions(db: Db, articleId: number) {
  return revisionsOf(db, articleId).orderBy('r.number', 'desc').execute();
}

/** One revision with its snapshot. */
export function findRevision(db: Db, articleId: number, number: number) {
  return revisionsOf(db, articleId).select('r.snapshot').where('r.number', '=', number).executeTakeFirst();
}

/** The newest revision with its snapshot. */
export function findLatestRevision(db: Db, articleId: number) {
  return revisionsOf(db, articleId).select('r.snapshot').orderBy('r.number', 'desc').limit(1).executeTakeFirst();
}
