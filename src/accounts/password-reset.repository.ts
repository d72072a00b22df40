import { sql, type Insertable } from 'kysely';
import type { Db } from '../db/index.ts';
import type { PasswordResetTable } from './accounts.table.ts';

/** Queries of the "forgot password" links and of the reset requests the rate limit counts. */

export async function insertPasswordReset(db: Db, row: Insertable<PasswordResetTable>): Promise<void> {
  await db.insertInto('passwordResets').values(row).execute();
}

/** The link with this token hash, used or not, expired or not. */
export function findPasswordReset(db: Db, tokenHash: string) {
  return db.selectFrom('passwordResets').select(['id', 'userId', 'expiresAt', 'usedAt']).where('tokenHash', '=', tokenHash).executeTakeFirst();
}

/**
 * Marks the link used if it is still unused and unexpired, in one statement, and returns its
 * user; of two simultaneous uses only one gets a row back.
 */
export function claimPasswordReset(db: Db, tokenHash: string, nowIso: string) {
  return db.updateTable('passwordResets').set({ usedAt: nowIso })
    .where('tokenHash', '=', tokenHash).where('usedAt', 'is', null).where('expiresAt', '>', nowIso)
    .returning('userId').executeTakeFirst();
}

/** Forgets the user's links that were never used (a newer link or a new password replaces them). */
export async function deleteUnusedResetsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('passwordResets').where('userId', '=', userId).where('usedAt', 'is', null).execute();
}

export async function deleteExpiredResets(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('passwordResets').where('expiresAt', '<=', nowIso).execute();
}

/**
 * Counts one more request for `key` in `minute`, in one statement (two requests at once get
 * different numbers), and returns that minute's count.
 */
export async function countResetRequest(db: Db, key: string, minute: string): Promise<number> {
  const row = await db.insertInto('passwordResetRequests').values({ key, minute, requests: 1 })
    .onConflict((oc) => oc.columns(['key', 'minute']).doUpdateSet({ requests: sql<number>`password_reset_requests.requests + 1` }))
    .returning('requests').executeTakeFirstOrThrow();
  return Number(row.requests);
}

/** The requests `key` made in the minutes after `afterMinute` and before `beforeMinute`. */
export async function sumResetRequests(db: Db, key: string, afterMinute: string, beforeMinute: string): Promise<number> {
  const row = await db.selectFrom('passwordResetRequests').select((eb) => eb.fn.sum<number | string | null>('requests').as('n'))
    .where('key', '=', key).where('minute', '>', afterMinute).where('minute', '<', beforeMinute).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteResetRequestsUpTo(db: Db, minute: string): Promise<void> {
  await db.deleteFrom('passwordResetRequests').where('minute', '<=', minute).execute();
}
