import type { Db } from '../db/index.ts';

/**
 * Keeps an article's publish job in step with its state: any pending job is cancelled, and a
 * scheduled article gets one at its time. Called in the transaction that changes the article.
 */
export async function syncPublishJob(db: Db, articleId: number, status: string, publishAt: string | null, nowIso: string): Promise<void> {
  await db.updateTable('jobs').set({ state: 'cancelled', finishedAt: nowIso })
    .where('articleId', '=', articleId).where('kind', '=', 'publish-article').where('state', '=', 'pending').execute();
  if (status === 'scheduled' && publishAt !== null) {
    await db.insertInto('jobs').values({ kind: 'publish-article', articleId, runAt: publishAt, state: 'pending', attempts: 0, createdAt: nowIso }).execute();
  }
}

/** Pending jobs whose time has come, oldest first. */
export function findDueJobs(db: Db, nowIso: string, limit: number) {
  return db.selectFrom('jobs').select(['id', 'kind', 'articleId', 'runAt', 'attempts'])
    .where('state', '=', 'pending').where('runAt', '<=', nowIso)
    .orderBy('runAt').orderBy('id').limit(limit).execute();
}

/**
 * Takes a pending job for this transaction. On PostgreSQL a second process making the same
 * update waits for the first transaction and then finds the job no longer pending, so exactly
 * one of them runs it; a rollback leaves it pending for the next try.
 */
export async function claimJob(db: Db, id: number, nowIso: string): Promise<boolean> {
  const result = await db.updateTable('jobs').set({ state: 'done', finishedAt: nowIso })
    .where('id', '=', id).where('state', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a failed attempt; after `maxAttempts` the job is given up as failed. */
export async function recordJobFailure(db: Db, id: number, attempts: number, maxAttempts: number, message: string, nowIso: string): Promise<void> {
  const failed = attempts >= maxAttempts;
  await db.updateTable('jobs').set({ attempts, lastError: message.slice(0, 1000), ...(failed ? { state: 'failed', finishedAt: nowIso } : {}) })
    .where('id', '=', id).where('state', '=', 'pending').execute();
}

/** The jobs of one article, newest first (for the newsroom). */
export function findJobsForArticle(db: Db, articleId: number) {
  return db.selectFrom('jobs').select(['id', 'kind', 'runAt', 'state', 'attempts', 'lastError', 'finishedAt'])
    .where('articleId', '=', articleId).orderBy('id', 'desc').limit(20).execute();
}
