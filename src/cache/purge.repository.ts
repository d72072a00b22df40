import { sql } from 'kysely';
import type { Db, Dialect } from '../db/index.ts';

export const PURGE_CHANNEL = 'dateline_purge';

/** Logs a purge inside the writer's transaction; on PostgreSQL, listeners are woken at commit. */
export async function insertPurge(db: Db, dialect: Dialect, tags: string[], nowIso: string): Promise<number> {
  const { id } = await db.insertInto('cachePurges').values({ tags: tags.join(' '), createdAt: nowIso }).returning('id').executeTakeFirstOrThrow();
  if (dialect === 'postgres') await sql`select pg_notify(${PURGE_CHANNEL}, '')`.execute(db);
  return id;
}

/** Purges logged after `afterId`, oldest first. */
export function findPurgesAfter(db: Db, afterId: number) {
  return db.selectFrom('cachePurges').select(['id', 'tags']).where('id', '>', afterId).orderBy('id').limit(1000).execute();
}

export async function findLastPurgeId(db: Db): Promise<number> {
  const row = await db.selectFrom('cachePurges').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Forgets purges older than `beforeIso`; every live process has long since read them. */
export async function deletePurgesBefore(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('cachePurges').where('createdAt', '<', beforeIso).execute();
}
