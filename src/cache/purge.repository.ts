import { sql } from 'kysely';
import type { Db, Dialect } from '../db/index.ts';

export const PURGE_CHANNEL = 'dateline_purge';
const PURGE_LOCK_KEY = 7_340_033;

/** Logs a purge inside the writer's transaction; on PostgreSQL, listeners are woken at commit. */
export async function insertPurge(db: Db, dialect: Dialect, tags: string[], nowIso: string): Promise<number> {
  // PostgreSQL hands out ids at insert but commits in any order; a reader that has seen id N+1
  // would never look back for N. Holding this lock to commit makes ids commit in order.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${PURGE_LOCK_KEY})`.execute(db);
  const { id } = await db.insertInto('cachePurges').values({ tags: tags.join(' '), createdAt: nowIso }).returning('id').executeTakeFirstOrThrow();
  if (dialect === 'postgres') await sql`select pg_notify(${PURGE_CHANNEL}, '')`.execute(db);
  return id;
}

/** Purges logged after `afterId`, oldest first. */
export function findPurgesAfter(db: Db, afterId: number, limit: number) {
  return db.selectFrom('cachePurges').select(['id', 'tags']).where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export async function findLastPurgeId(db: Db): Promise<number> {
  const row = await db.selectFrom('cachePurges').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Forgets purges older than `beforeIso`; every live process has long since read them. */
export async function deletePurgesBefore(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('cachePurges').where('createdAt', '<', beforeIso).execute();
}
