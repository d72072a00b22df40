import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import { hashSecretToken, newSecretToken } from '../common/secret-token.ts';
import type { Database } from '../db/index.ts';
import { accountsError } from './accounts.errors.ts';
import { clearSignInFailuresOfEmail, deleteSessionsOfUser, findUserByEmail, findUserById, updateUser } from './accounts.repository.ts';
import { resetMessage, type ResetMailer } from './password-reset-mail.ts';
import {
  claimPasswordReset, countResetRequest, deleteExpiredResets, deleteResetRequestsUpTo, deleteUnusedResetsOfUser, findPasswordReset,
  insertPasswordReset, sumResetRequests,
} from './password-reset.repository.ts';
import { checkPasswordPolicy, hashPassword } from './password.ts';

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;
/** Reset requests allowed per email and per client address within {@link RESET_WINDOW_MINUTES}. */
export const RESET_LIMITS = { perEmail: 3, perAddress: 10 } as const;
export const RESET_WINDOW_MINUTES = 15;

/** Where a request's outcome is reported: the request's logger (pino's signatures fit). */
export interface ResetLog {
  warn(message: string): void;
  error(details: { err: unknown }, message: string): void;
}

export interface PasswordResetDeps {
  db: Kysely<Database>;
  clock: Clock;
  siteUrl: string;
  /** null when no SMTP server is configured: the link goes to the log instead. */
  mailer: ResetMailer | null;
}

/**
 * "Forgot password": one-time links by email, valid {@link RESET_LINK_MINUTES} minutes, stored
 * only as a SHA-256. Asking never tells whether the address has an account.
 */
export function createPasswordResetService({ db, clock, siteUrl, mailer }: PasswordResetDeps) {
  const pending = new Set<Promise<void>>();
  const invalid = () => accountsError('ACCOUNTS_RESET_LINK_INVALID', 'This reset link is invalid or has expired. Ask for a new one.', 'token');

  /**
   * Counts this request and says whether it is within both limits; refused requests count too.
   * The window is the last {@link RESET_WINDOW_MINUTES} whole minutes: the earlier minutes are
   * settled, and this minute's count comes from one atomic statement, so a burst of requests at
   * once (on any node) cannot all slip under the limit.
   */
  async function withinLimits(email: string, address: string, now: Date): Promise<boolean> {
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const windowStart = new Date(minute.getTime() - RESET_WINDOW_MINUTES * 60_000).toISOString();
    await deleteResetRequestsUpTo(db, windowStart);
    const within = async (key: string, limit: number) =>
      (await countResetRequest(db, key, minute.toISOString())) + (await sumResetRequests(db, key, windowStart, minute.toISOString())) <= limit;
    const byEmail = await within(`email:${email}`, RESET_LIMITS.perEmail);
    const byAddress = await within(`address:${address}`, RESET_LIMITS.perAddress);
    return byEmail && byAddress;
  }

  async function issue(email: string, address: string, log: ResetLog): Promise<void> {
    const now = clock.now();
    if (!(await withinLimits(email, address, now))) {
      log.warn(`Password reset for ${email} from ${address} not sent: over the limit of ${RESET_LIMITS.perEmail} per email or ${RESET_LIMITS.perAddress} per address in ${RESET_WINDOW_MINUTES} minutes`);
      return;
    }
    const user = await findUserByEmail(db, email);
    // A disabled user (no password) gets no link: a reset must not enable an account.
    if (!user || user.passwordHash === null) return;
    const token = newSecretToken();
    await db.transaction().execute(async (trx) => {
      await deleteExpiredResets(trx, now.toISOString());
      await deleteUnusedResetsOfUser(trx, user.id);
      await insertPasswordReset(trx, {
        userId: user.id, tokenHash: hashSecretToken(token), createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000).toISOString(), usedAt: null,
      });
    });
    const link = `${siteUrl}/admin/reset-password?token=${token}`;
    if (!mailer) {
      log.warn(`Password reset link for ${user.email}: ${link}`);
      return;
    }
    try {
      await mailer.send(user.email, resetMessage(user.email, link, siteUrl, RESET_LINK_MINUTES));
    } catch (error) {
      log.error({ err: error }, `Could not email the password reset link to ${user.email}`);
    }
  }

  return {
    /**
     * Asks for a reset link for `email`, from client `address`, and returns at once: the work
     * (limits, link, email) runs in the background, so the answer takes the same time whether or
     * not the address has an account, and a slow or failing mail server is only logged.
     */
    request(email: string, address: string, log: ResetLog): void {
      const work = issue(email.trim().toLowerCase(), address, log)
        .catch((error: unknown) => log.error({ err: error }, 'A password reset request failed'));
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },

    /**
     * Sets a new password with a reset link's token: the link is used up, every session of the
     * user ends and their sign-in lock is lifted.
     * @throws ACCOUNTS_RESET_LINK_INVALID (unknown, used or expired token), ACCOUNTS_WEAK_PASSWORD
     */
    async complete(token: string, newPassword: string): Promise<void> {
      const tokenHash = hashSecretToken(token);
      const found = await findPasswordReset(db, tokenHash);
      if (!found || found.usedAt !== null || found.expiresAt <= clock.now().toISOString()) throw invalid();
      // The link stays usable when only the password is refused.
      await checkPasswordPolicy(newPassword, 'newPassword');
      const passwordHash = await hashPassword(newPassword);
      const done = await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const claimed = await claimPasswordReset(trx, tokenHash, now);
        const user = claimed ? await findUserById(trx, claimed.userId) : undefined;
        // Disabled since the link was sent: the link is used up, the account stays disabled.
        if (!user || user.passwordHash === null) return false;
        await updateUser(trx, user.id, { passwordHash, updatedAt: now });
        await deleteUnusedResetsOfUser(trx, user.id);
        await deleteSessionsOfUser(trx, user.id);
        await clearSignInFailuresOfEmail(trx, user.email);
        return true;
      });
      if (!done) throw invalid();
    },

    /** Resolves once every request in flight has finished (tests; shutdown). */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
