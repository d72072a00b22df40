import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { isAppError, type AppError } from '../common/app-error.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const PASSWORD = 'correct horse battery staple 42';
const MINUTE = 60_000;
const DAY = 86_400_000;

const uniqueEmail = (prefix = 'user') => `${prefix}-${randomBytes(4).toString('hex')}@example.test`;
const uniqueAddress = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

/** The AppError `promise` rejects with; fails the test when it resolves or throws something else. */
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${error === null ? 'success' : String(error)}`);
  return error;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe.each(DIALECTS)('accountsService on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  const createUser = (fields: { email?: string; name?: string; role?: string; password?: string } = {}) =>
    s.accounts.createUser({ email: uniqueEmail(), name: 'Dee Reporter', role: 'author', password: PASSWORD, ...fields });
  const storedUser = (id: number) =>
    s.handle.db.selectFrom('users').select(['email', 'passwordHash', 'role']).where('id', '=', id).executeTakeFirstOrThrow();

  describe('accountsService.createUser', () => {
    it('stores the email lower-cased and trimmed', async () => {
      const local = `Mixed.Case-${randomBytes(4).toString('hex')}`;
      const id = await createUser({ email: `  ${local}@Example.TEST ` });
      expect((await storedUser(id)).email).toBe(`${local.toLowerCase()}@example.test`);
    });

    it('refuses an email that is taken, also when it differs only in case', async () => {
      const email = uniqueEmail('dup');
      await createUser({ email });
      for (const again of [email, email.toUpperCase(), ` ${email} `]) {
        const error = await rejection(createUser({ email: again }));
        expect(error.code).toBe('ACCOUNTS_EMAIL_TAKEN');
        expect(error.status).toBe(409);
        expect(error.property).toBe('email');
      }
    });

    it('lets only one of two simultaneous creations with one email succeed', async () => {
      const email = uniqueEmail('race');
      const results = await Promise.allSettled([createUser({ email }), createUser({ email: email.toUpperCase() })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected');
      expect(isAppError(failed?.reason) && failed.reason.code).toBe('ACCOUNTS_EMAIL_TAKEN');
    });

    it('refuses an unknown role', async () => {
      for (const role of ['admin', 'Editor', 'subscriber', '']) {
        const error = await rejection(createUser({ role }));
        expect(error.code).toBe('ACCOUNTS_INVALID_INPUT');
        expect(error.status).toBe(400);
        expect(error.property).toBe('role');
      }
    });

    it('refuses something that is not an email address', async () => {
      for (const email of ['', 'no-at-sign.example.test', 'two@@example.test', 'a@b@example.test', 'spa ce@example.test', '@example.test', 'user@', `${'x'.repeat(65)}@example.test`]) {
        const error = await rejection(createUser({ email }));
        expect(error.code, email).toBe('ACCOUNTS_INVALID_INPUT');
        expect(error.property).toBe('email');
      }
    });

    it('refuses a password shorter than 8 characters, counting characters rather than UTF-16 units', async () => {
      for (const password of ['', 'x', 'Ab3$xY7', '🦄🐙🦊🐢🦉🐝🦋']) {
        const error = await rejection(createUser({ password }));
        expect(error.code, password).toBe('ACCOUNTS_WEAK_PASSWORD');
        expect(error.status).toBe(400);
        expect(error.property).toBe('password');
      }
    });

    it('accepts a password of exactly 8 and of exactly 256 characters', async () => {
      await expect(createUser({ password: 'Vq7#kLz2' })).resolves.toBeTypeOf('number');
      await expect(createUser({ password: `${randomBytes(8).toString('hex')}${'z'.repeat(240)}` })).resolves.toBeTypeOf('number');
    });

    it('refuses a password longer than 256 characters', async () => {
      const error = await rejection(createUser({ password: `${randomBytes(8).toString('hex')}${'z'.repeat(241)}` }));
      expect(error.code).toBe('ACCOUNTS_WEAK_PASSWORD');
      expect(error.property).toBe('password');
    });

    it('measures the upper limit in characters too, as it does the lower one', async () => {
      // 200 characters, 400 UTF-16 code units: within "at most 256 characters".
      await expect(createUser({ password: '🦄'.repeat(100) + '🐙'.repeat(100) })).resolves.toBeTypeOf('number');
    });

    it('refuses the most common passwords, in any letter case', async () => {
      for (const password of ['password123', 'qwertyuiop', 'iloveyou', '12345678', 'trustno1', 'Password123', 'QWERTYUIOP']) {
        const error = await rejection(createUser({ password }));
        expect(error.code, password).toBe('ACCOUNTS_WEAK_PASSWORD');
        expect(error.property).toBe('password');
      }
    });

    it('accepts a 64-character passphrase and an Arabic and emoji one, and they sign in', async () => {
      const long = 'the quick brown fox jumps over the lazy dog and keeps on running';
      expect(long).toHaveLength(64);
      for (const password of [long, 'كلمة مرور طويلة جدا للصحفي 🔐📰✍️']) {
        const email = uniqueEmail();
        await createUser({ email, password });
        const { user } = await s.accounts.signIn(email, password, uniqueAddress());
        expect(user.email).toBe(email);
      }
    });

    it('stores an argon2id PHC hash, never the password', async () => {
      const id = await createUser();
      const { passwordHash } = await storedUser(id);
      expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
      expect(passwordHash).not.toBe(PASSWORD);
      expect(passwordHash).not.toContain(PASSWORD);
    });

    it('salts each hash: one password, two users, two hashes', async () => {
      const a = await storedUser(await createUser());
      const b = await storedUser(await createUser());
      expect(a.passwordHash).not.toBe(b.passwordHash);
    });

    it('creates a user without a password, who cannot sign in', async () => {
      const email = uniqueEmail('invited');
      const id = await createUser({ email, password: undefined });
      expect((await storedUser(id)).passwordHash).toBeNull();
      const error = await rejection(s.accounts.signIn(email, '', uniqueAddress()));
      expect(error.code).toBe('ACCOUNTS_SIGN_IN_FAILED');
    });
  });

  describe('accountsService.signIn', () => {
    it('opens a session for the right password and returns its token and user', async () => {
      const email = uniqueEmail();
      const id = await createUser({ email, name: 'Sam Editor', role: 'editor' });

      const { token, user } = await s.accounts.signIn(email.toUpperCase(), PASSWORD, uniqueAddress());

      expect(user).toEqual({ id, email, name: 'Sam Editor', role: 'editor', authorId: null });
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(await s.accounts.userForSession(token)).toEqual(user);
    });

    it('stores only the SHA-256 of the session token', async () => {
      const email = uniqueEmail();
      const id = await createUser({ email });
      const { token } = await s.accounts.signIn(email, PASSWORD, uniqueAddress());
      const rows = await s.handle.db.selectFrom('sessions').select('idHash').where('userId', '=', id).execute();
      expect(rows).toEqual([{ idHash: createHash('sha256').update(token).digest('hex') }]);
    });

    it('knows no user for a missing, unknown or absurd token', async () => {
      expect(await s.accounts.userForSession(undefined)).toBeNull();
      expect(await s.accounts.userForSession('')).toBeNull();
      expect(await s.accounts.userForSession(randomBytes(32).toString('base64url'))).toBeNull();
      expect(await s.accounts.userForSession('x'.repeat(10_000))).toBeNull();
    });

    it('ends one session on signOut and leaves the others', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const first = await s.accounts.signIn(email, PASSWORD, uniqueAddress());
      const second = await s.accounts.signIn(email, PASSWORD, uniqueAddress());

      await s.accounts.signOut(first.token);

      expect(await s.accounts.userForSession(first.token)).toBeNull();
      expect(await s.accounts.userForSession(second.token)).not.toBeNull();
    });

    it('ends every session of one user on endAllSessions, and nobody else’s', async () => {
      const email = uniqueEmail();
      const other = uniqueEmail();
      const id = await createUser({ email });
      await createUser({ email: other });
      const tokens = [
        (await s.accounts.signIn(email, PASSWORD, uniqueAddress())).token,
        (await s.accounts.signIn(email, PASSWORD, uniqueAddress())).token,
      ];
      const otherToken = (await s.accounts.signIn(other, PASSWORD, uniqueAddress())).token;

      await s.accounts.endAllSessions(id);

      for (const token of tokens) expect(await s.accounts.userForSession(token)).toBeNull();
      expect((await s.accounts.userForSession(otherToken))?.email).toBe(other);
    });

    it('lets a session live 14 days and no longer', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const { token } = await s.accounts.signIn(email, PASSWORD, uniqueAddress());

      s.clock.advance(14 * DAY - 1000);
      expect(await s.accounts.userForSession(token)).not.toBeNull();
      s.clock.advance(2000);
      expect(await s.accounts.userForSession(token)).toBeNull();
    });

    it('fails an unknown email and a wrong password alike', async () => {
      const email = uniqueEmail();
      await createUser({ email });

      const unknown = await rejection(s.accounts.signIn(uniqueEmail('nobody'), PASSWORD, uniqueAddress()));
      const wrong = await rejection(s.accounts.signIn(email, `${PASSWORD}!`, uniqueAddress()));

      expect(unknown.code).toBe('ACCOUNTS_SIGN_IN_FAILED');
      expect(unknown.status).toBe(401);
      expect({ code: wrong.code, status: wrong.status, message: wrong.message, property: wrong.property })
        .toEqual({ code: unknown.code, status: unknown.status, message: unknown.message, property: unknown.property });
    });

    it('locks an email and address after 5 failures, even against the right password', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();

      for (let i = 1; i <= 5; i++) {
        expect((await rejection(s.accounts.signIn(email, `wrong ${i}`, address))).code).toBe('ACCOUNTS_SIGN_IN_FAILED');
      }
      const locked = await rejection(s.accounts.signIn(email, PASSWORD, address));
      expect(locked.code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
      expect(locked.status).toBe(429);
    });

    it('counts failures per email whatever its letter case', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();
      for (let i = 1; i <= 5; i++) {
        await rejection(s.accounts.signIn(i % 2 ? email : email.toUpperCase(), 'wrong password', address));
      }
      expect((await rejection(s.accounts.signIn(email, PASSWORD, address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
    });

    it('locks an unknown email the same way, so the lock reveals nothing', async () => {
      const email = uniqueEmail('nobody');
      const address = uniqueAddress();
      for (let i = 1; i <= 5; i++) {
        expect((await rejection(s.accounts.signIn(email, 'wrong password', address))).code).toBe('ACCOUNTS_SIGN_IN_FAILED');
      }
      expect((await rejection(s.accounts.signIn(email, 'wrong password', address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
    });

    it('does not lock the same email from another address', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();
      for (let i = 1; i <= 5; i++) await rejection(s.accounts.signIn(email, 'wrong password', address));

      const { user } = await s.accounts.signIn(email, PASSWORD, `${address}1`);
      expect(user.email).toBe(email);
    });

    it('lifts the first lock after 10 minutes', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();
      for (let i = 1; i <= 5; i++) await rejection(s.accounts.signIn(email, 'wrong password', address));

      s.clock.advance(10 * MINUTE - 1000);
      expect((await rejection(s.accounts.signIn(email, PASSWORD, address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
      s.clock.advance(2000);
      expect((await s.accounts.signIn(email, PASSWORD, address)).user.email).toBe(email);
    });

    it('makes a second lock last longer than the first: at least 20 minutes', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();
      for (let i = 1; i <= 5; i++) await rejection(s.accounts.signIn(email, 'wrong password', address));
      s.clock.advance(10 * MINUTE + 1000);
      for (let i = 1; i <= 5; i++) {
        expect((await rejection(s.accounts.signIn(email, 'wrong password', address))).code).toBe('ACCOUNTS_SIGN_IN_FAILED');
      }

      s.clock.advance(10 * MINUTE + 1000);
      expect((await rejection(s.accounts.signIn(email, PASSWORD, address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
      s.clock.advance(9 * MINUTE);
      expect((await rejection(s.accounts.signIn(email, PASSWORD, address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
      s.clock.advance(1 * MINUTE);
      expect((await s.accounts.signIn(email, PASSWORD, address)).user.email).toBe(email);
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();
      for (let i = 1; i <= 4; i++) await rejection(s.accounts.signIn(email, 'wrong password', address));
      await s.accounts.signIn(email, PASSWORD, address);
      for (let i = 1; i <= 4; i++) {
        expect((await rejection(s.accounts.signIn(email, 'wrong password', address))).code).toBe('ACCOUNTS_SIGN_IN_FAILED');
      }
      expect((await s.accounts.signIn(email, PASSWORD, address)).user.email).toBe(email);
    });

    it('allows no more than 5 guesses when the guesses arrive all at once', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const address = uniqueAddress();

      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => s.accounts.signIn(email, `guess ${i}`, address)),
      );
      const codes = results.map((r) => (r.status === 'rejected' && isAppError(r.reason) ? r.reason.code : 'OTHER'));

      expect(codes.filter((c) => c === 'ACCOUNTS_SIGN_IN_FAILED').length).toBeLessThanOrEqual(5);
      expect(codes.every((c) => c === 'ACCOUNTS_SIGN_IN_FAILED' || c === 'ACCOUNTS_SIGN_IN_LOCKED')).toBe(true);
      expect((await rejection(s.accounts.signIn(email, PASSWORD, address))).code).toBe('ACCOUNTS_SIGN_IN_LOCKED');
    });

    it('takes about as long for an unknown email as for a wrong password', async () => {
      const email = uniqueEmail();
      await createUser({ email });
      const time = async (attempt: () => Promise<unknown>) => {
        const started = performance.now();
        await attempt().catch(() => undefined);
        return performance.now() - started;
      };

      const unknown: number[] = [];
      const wrong: number[] = [];
      // Interleaved, each from its own address so no lock cuts an attempt short.
      for (let i = 0; i < 10; i++) {
        unknown.push(await time(() => s.accounts.signIn(uniqueEmail('nobody'), 'wrong password', uniqueAddress())));
        wrong.push(await time(() => s.accounts.signIn(email, 'wrong password', uniqueAddress())));
      }

      const ratio = median(unknown) / median(wrong);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });
  });
});
