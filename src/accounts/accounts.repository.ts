import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../db/index.ts';
import type { UserTable } from './accounts.table.ts';

const USER_COLUMNS = ['id', 'email', 'name', 'passwordHash', 'role', 'authorId', 'createdAt', 'updatedAt'] as const;

export async function insertUser(db: Db, row: Insertable<UserTable>): Promise<number> {
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function updateUser(db: Db, id: number, row: Updateable<UserTable>): Promise<void> {
  await db.updateTable('users').set(row).where('id', '=', id).execute();
}

/** Claims first-run setup; throws a unique violation when it was claimed before. */
export async function insertSetupClaim(db: Db, claimedAt: string): Promise<void> {
  await db.insertInto('setupClaim').values({ id: 1, claimedAt }).execute();
}

export async function findSetupClaim(db: Db) {
  return db.selectFrom('setupClaim').select('claimedAt').where('id', '=', 1).executeTakeFirst();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertSession(db: Db, idHash: string, userId: number, createdAt: string, expiresAt: string): Promise<void> {
  await db.insertInto('sessions').values({ idHash, userId, createdAt, expiresAt }).execute();
}

/** The live session with this token hash, joined with its user. */
export function findLiveSession(db: Db, idHash: string, nowIso: string) {
  return db.selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .select(['s.idHash', 's.expiresAt', 'u.id as userId', 'u.email', 'u.name', 'u.role', 'u.authorId'])
    .where('s.idHash', '=', idHash)
    .where('s.expiresAt', '>', nowIso)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export function findSignInFailure(db: Db, key: string) {
  return db.selectFrom('signInFailures').select(['key', 'failures', 'lockCount', 'lockedUntil']).where('key', '=', key).executeTakeFirst();
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('key', '=', key).execute();
}

/**
 * Counts one more attempt for `key` in a single statement (so simultaneous attempts each get their
 * own number) and returns the row as it now stands. An expired lock starts a fresh count.
 */
export function reserveSignInAttempt(db: Db, key: string, nowIso: string) {
  return db.insertInto('signInFailures').values({ key, failures: 1, lockCount: 0, lockedUntil: null, updatedAt: nowIso })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      failures: sql<number>`case when sign_in_failures.locked_until is not null and sign_in_failures.locked_until <= ${nowIso} then 1 else sign_in_failures.failures + 1 end`,
      lockedUntil: sql<string | null>`case when sign_in_failures.locked_until <= ${nowIso} then null else sign_in_failures.locked_until end`,
      updatedAt: nowIso,
    }))
    .returning(['failures', 'lockCount', 'lockedUntil']).executeTakeFirstOrThrow();
}

export async function lockSignIn(db: Db, key: string, lockCount: number, lockedUntil: string): Promise<void> {
  await db.updateTable('signInFailures').set({ lockCount, lockedUntil }).where('key', '=', key).execute();
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', nowIso).execute();
}

/** Failure rows untouched since `beforeIso` whose lock (if any) has run out. */
export async function deleteStaleSignInFailures(db: Db, beforeIso: string, nowIso: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('updatedAt', '<', beforeIso)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', nowIso)])).execute();
}

/** Forgets every failed sign-in of one account, from whatever address (keys are `email|address`). */
export async function clearSignInFailuresOfEmail(db: Db, email: string): Promise<void> {
  const prefix = `${email}|`;
  // Both databases count substr() in characters (code points), as the spread does here.
  await db.deleteFrom('signInFailures')
    .where((eb) => eb(eb.fn('substr', [eb.ref('key'), eb.val(1), eb.val([...prefix].length)]), '=', prefix)).execute();
}
