import { randomBytes } from 'node:crypto';
import { hashSecretToken, newSecretToken } from '../common/secret-token.ts';
import type { Kysely } from 'kysely';
import { isAppError } from '../common/app-error.ts';
import type { Clock } from '../common/clock.ts';
import { translateDbError, type Database, type Db } from '../db/index.ts';
import { accountsError } from './accounts.errors.ts';
import {
  clearSignInFailures, countUsers, deleteSession, deleteSessionsOfUser, findLiveSession, findSetupClaim, findSignInFailure,
  deleteExpiredSessions, deleteStaleSignInFailures, findUserByEmail, findUserById, insertSession, insertSetupClaim, insertUser,
  lockSignIn, reserveSignInAttempt, updateUser,
} from './accounts.repository.ts';
import { createApiTokenService } from './api-token.service.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';
import { isRole, type Role } from './permissions.ts';

export const SESSION_DAYS = 14;
/** Failed sign-ins (one account, one address) allowed before the lock. */
export const MAX_FAILURES = 5;
/** The first lock; each further lock doubles it. */
export const LOCK_MINUTES = 10;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/** Who is signed in, as routes and permission checks see them. */
export interface SignedInUser { id: number; email: string; name: string; role: Role; authorId: number | null }

export interface NewUser { email: string; name: string; role: string; password?: string }

/**
 * Newsroom accounts: users, passwords (argon2id), server-side sessions and the brute-force lock.
 */
export function createAccountsService(db: Kysely<Database>, clock: Clock) {
  // Hashing a password nobody has lets an unknown email cost the same time as a wrong password.
  let decoyHash: Promise<string> | null = null;
  const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

  return {
    /** API tokens for integrations. */
    tokens: createApiTokenService(db, clock),

    /**
     * Creates a user. @throws ACCOUNTS_INVALID_INPUT, ACCOUNTS_WEAK_PASSWORD, ACCOUNTS_EMAIL_TAKEN
     */
    async createUser(input: NewUser): Promise<number> {
      return insertPrepared(db, await prepareUser(input, clock));
    },

    /** True while the site has no users and first-run setup has never been done. */
    async isSetupDue(): Promise<boolean> {
      return !(await findSetupClaim(db)) && (await countUsers(db)) === 0;
    },

    /**
     * Creates the first administrator, once: the claim and the user are written together, so
     * of two people racing through setup only one succeeds.
     * @throws ACCOUNTS_SETUP_DONE, ACCOUNTS_INVALID_INPUT, ACCOUNTS_WEAK_PASSWORD
     */
    async setUpFirstAdministrator(input: Omit<NewUser, 'role'>): Promise<number> {
      const row = await prepareUser({ ...input, role: 'administrator' }, clock);
      const done = () => accountsError('ACCOUNTS_SETUP_DONE', 'This site is already set up; sign in instead.');
      return db.transaction().execute(async (trx) => {
        if ((await countUsers(trx)) > 0) throw done();
        try {
          await insertSetupClaim(trx, row.createdAt);
        } catch (error) {
          const translated = translateDbError(error);
          throw isAppError(translated) && translated.code === 'DB_CONFLICT' ? done() : translated;
        }
        return insertPrepared(trx, row);
      });
    },

    /** How many users exist (none means the first-run setup is due). */
    countUsers: () => countUsers(db),

    /**
     * Checks an email and password from one client address and opens a session, returning its
     * token. Unknown emails and wrong passwords fail alike; after {@link MAX_FAILURES} failures
     * the pair is locked, growing with each lock, and even a right password is refused then.
     * @throws ACCOUNTS_SIGN_IN_FAILED, ACCOUNTS_SIGN_IN_LOCKED
     */
    async signIn(emailInput: string, password: string, address: string): Promise<{ token: string; user: SignedInUser }> {
      const email = typeof emailInput === 'string' ? emailInput.trim().toLowerCase() : '';
      const key = `${email}|${address}`;
      const now = clock.now();
      const failure = await findSignInFailure(db, key);
      if (failure?.lockedUntil && failure.lockedUntil > now.toISOString()) {
        throw accountsError('ACCOUNTS_SIGN_IN_LOCKED', 'Too many failed sign-ins; try again later.');
      }
      // Counted before the password is checked, in one statement, so a burst of simultaneous
      // guesses cannot all read the same count and slip past the lock.
      const attempt = await reserveSignInAttempt(db, key, now.toISOString());
      if (attempt.failures > MAX_FAILURES || (attempt.lockedUntil && attempt.lockedUntil > now.toISOString())) {
        throw accountsError('ACCOUNTS_SIGN_IN_LOCKED', 'Too many failed sign-ins; try again later.');
      }
      const user = await findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? await decoy(), password.slice(0, 1024));
      if (!user || !user.passwordHash || !ok) {
        if (attempt.failures === MAX_FAILURES) {
          const lockCount = attempt.lockCount + 1;
          await lockSignIn(db, key, lockCount, new Date(now.getTime() + LOCK_MINUTES * 60_000 * 2 ** (lockCount - 1)).toISOString());
        }
        throw accountsError('ACCOUNTS_SIGN_IN_FAILED', 'That email and password do not match an account.');
      }
      await clearSignInFailures(db, key);
      const token = newSecretToken();
      const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
      await insertSession(db, hashSecretToken(token), user.id, now.toISOString(), expires.toISOString());
      return { token, user: { id: user.id, email: user.email, name: user.name, role: user.role, authorId: user.authorId } };
    },

    /** The user a session token belongs to, or null for a missing, unknown or expired one. */
    async userForSession(token: string | undefined): Promise<SignedInUser | null> {
      if (!token || token.length > 100) return null;
      const row = await findLiveSession(db, hashSecretToken(token), clock.now().toISOString());
      return row ? { id: row.userId, email: row.email, name: row.name, role: row.role, authorId: row.authorId } : null;
    },

    /** Ends one session. */
    async signOut(token: string | undefined): Promise<void> {
      if (token) await deleteSession(db, hashSecretToken(token));
    },

    /** Ends every session of a user (after a password change, say). */
    endAllSessions: (userId: number) => deleteSessionsOfUser(db, userId),

    /**
     * Changes a user's password after checking the current one, and ends all their sessions
     * (a stolen session dies with the old password).
     * @throws ACCOUNTS_SIGN_IN_FAILED, ACCOUNTS_WEAK_PASSWORD
     */
    async changePassword(userId: number, currentPassword: string, newPassword: string): Promise<void> {
      const user = await findUserById(db, userId);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword.slice(0, 1024)))) {
        throw accountsError('ACCOUNTS_SIGN_IN_FAILED', 'The current password is not right.', 'currentPassword');
      }
      await checkPasswordPolicy(newPassword, 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await updateUser(trx, userId, { passwordHash, updatedAt: clock.now().toISOString() });
        await deleteSessionsOfUser(trx, userId);
      });
    },

    /** Forgets expired sessions and sign-in failures older than a day that hold no live lock. */
    async prune(): Promise<void> {
      const now = clock.now();
      await deleteExpiredSessions(db, now.toISOString());
      await deleteStaleSignInFailures(db, new Date(now.getTime() - 86_400_000).toISOString(), now.toISOString());
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

/** Validates a new user and hashes the password. */
async function prepareUser(input: NewUser, clock: Clock) {
  const email = normaliseEmail(input.email);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 200) throw accountsError('ACCOUNTS_INVALID_INPUT', 'A name of 1 to 200 characters is needed.', 'name');
  if (!isRole(input.role)) throw accountsError('ACCOUNTS_INVALID_INPUT', `Unknown role "${input.role}".`, 'role');
  if (input.password !== undefined) await checkPasswordPolicy(input.password);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const now = clock.now().toISOString();
  return { email, name, passwordHash, role: input.role, authorId: null, createdAt: now, updatedAt: now };
}

async function insertPrepared(db: Db, row: Awaited<ReturnType<typeof prepareUser>>): Promise<number> {
  const taken = () => accountsError('ACCOUNTS_EMAIL_TAKEN', 'A user with that email exists.', 'email');
  if (await findUserByEmail(db, row.email)) throw taken();
  try {
    return await insertUser(db, row);
  } catch (error) {
    const translated = translateDbError(error);
    throw isAppError(translated) && translated.code === 'DB_CONFLICT' ? taken() : translated;
  }
}


function normaliseEmail(input: string): string {
  const email = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if (!EMAIL.test(email)) throw accountsError('ACCOUNTS_INVALID_INPUT', 'That is not an email address.', 'email');
  return email;
}
