import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildApp } from '../server/app.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const PASSWORD = 'correct horse battery staple 42';
const SITE = 'https://news.example.test';
const HTTP_SITE = 'http://localhost:8080';
const ROUTE = '/api/admin/session';
const COOKIE = 'dateline_session';

// What an editor may do, written from README "Roles" rather than read off permissions.ts.
const EDITOR_PERMISSIONS = [
  'article.create', 'article.edit.own', 'article.edit.any', 'article.publish.own', 'article.publish.any',
  'taxonomy.read', 'taxonomy.manage', 'media.upload', 'comment.moderate',
];

const uniqueEmail = () => `newsroom-${randomBytes(4).toString('hex')}@example.test`;

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)]);
  return [];
}

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json<{ error: { code: string } }>().error.code).toBe(code);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|\.js:\d+|stack/i);
}

/** The one Set-Cookie header for the session cookie, split into its attributes. */
function sessionCookie(res: LightMyRequestResponse): { value: string; attributes: string[] } {
  const raw = res.headers['set-cookie'];
  const all = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const mine = all.filter((c) => c.startsWith(`${COOKIE}=`));
  expect(mine).toHaveLength(1);
  const [pair, ...attributes] = mine[0]!.split(';').map((p) => p.trim());
  return { value: pair!.slice(COOKIE.length + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

describe.each(DIALECTS)('Admin session API on %s', (dialect) => {
  let s: TestServices;
  let app: FastifyInstance;
  let httpServices: TestServices;
  let httpApp: FastifyInstance;
  beforeAll(async () => {
    s = await createTestServices(dialect, { siteUrl: SITE });
    app = await buildApp(s);
    httpServices = await createTestServices(dialect, { siteUrl: HTTP_SITE });
    httpApp = await buildApp(httpServices);
  });
  afterAll(async () => {
    await app?.close();
    await s?.close();
    await httpApp?.close();
    await httpServices?.close();
  });

  const createUser = async (services: TestServices = s, fields: { name?: string; role?: string } = {}) => {
    const email = uniqueEmail();
    const id = await services.accounts.createUser({ email, name: 'Dee Reporter', role: 'editor', password: PASSWORD, ...fields });
    return { id, email };
  };
  const signIn = (body: unknown, extra: Partial<InjectOptions> = {}, target: FastifyInstance = app) =>
    target.inject({ method: 'POST', url: ROUTE, payload: body as InjectOptions['payload'], ...extra });
  const whoAmI = (token?: string) => app.inject({ method: 'GET', url: ROUTE, cookies: token === undefined ? {} : { [COOKIE]: token } });

  describe('POST /api/admin/session', () => {
    it('signs in with the right credentials: the user as JSON and an HttpOnly, SameSite=Lax, Secure cookie', async () => {
      const { id, email } = await createUser(s, { name: 'Sam Editor' });

      const res = await signIn({ email, password: PASSWORD });

      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({ user: { id, email, name: 'Sam Editor', role: 'editor', permissions: EDITOR_PERMISSIONS } });
      expect(keysDeep(res.json()).map((k) => k.toLowerCase())).not.toContain('passwordhash');
      expect(res.body).not.toMatch(/argon2|password/i);

      const cookie = sessionCookie(res);
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(cookie.attributes).toContain('httponly');
      expect(cookie.attributes).toContain('samesite=lax');
      expect(cookie.attributes).toContain('path=/');
      expect(cookie.attributes).toContain('secure');
      expect(cookie.attributes).toContain(`max-age=${14 * 86_400}`);
    });

    it('leaves Secure off the cookie for an http:// site', async () => {
      const { email } = await createUser(httpServices);

      const res = await signIn({ email, password: PASSWORD }, {}, httpApp);

      expect(res.statusCode).toBe(200);
      const cookie = sessionCookie(res);
      expect(cookie.attributes).toContain('httponly');
      expect(cookie.attributes).toContain('samesite=lax');
      expect(cookie.attributes).not.toContain('secure');
    });

    it('answers a wrong password with 401 ACCOUNTS_SIGN_IN_FAILED and no cookie', async () => {
      const { email } = await createUser();

      const res = await signIn({ email, password: 'not the password' });

      expectError(res, 401, 'ACCOUNTS_SIGN_IN_FAILED');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('answers an unknown email exactly as a wrong password', async () => {
      const { email } = await createUser();
      const wrong = await signIn({ email, password: 'not the password' });
      const unknown = await signIn({ email: uniqueEmail(), password: 'not the password' });
      expectError(unknown, 401, 'ACCOUNTS_SIGN_IN_FAILED');
      expect(unknown.body).toBe(wrong.body);
    });

    it('answers the sixth attempt after five failures with 429 ACCOUNTS_SIGN_IN_LOCKED, even with the right password', async () => {
      const { email } = await createUser();
      for (let i = 1; i <= 5; i++) expectError(await signIn({ email, password: `wrong ${i}` }), 401, 'ACCOUNTS_SIGN_IN_FAILED');

      const res = await signIn({ email, password: PASSWORD });

      expectError(res, 429, 'ACCOUNTS_SIGN_IN_LOCKED');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('locks after a burst of simultaneous wrong passwords too', async () => {
      const { email } = await createUser();

      const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn({ email, password: `guess ${i}` })));

      expect(burst.filter((res) => res.statusCode === 401).length).toBeLessThanOrEqual(5);
      expectError(await signIn({ email, password: PASSWORD }), 429, 'ACCOUNTS_SIGN_IN_LOCKED');
    });

    it('keys the lock on the connection address, so X-Forwarded-For cannot escape it', async () => {
      const { email } = await createUser();
      for (let i = 1; i <= 5; i++) await signIn({ email, password: `wrong ${i}` }, { headers: { 'x-forwarded-for': `203.0.113.${i}` } });

      for (const forwarded of ['198.51.100.7', '127.0.0.2', '198.51.100.7, 203.0.113.9']) {
        expectError(await signIn({ email, password: PASSWORD }, { headers: { 'x-forwarded-for': forwarded } }), 429, 'ACCOUNTS_SIGN_IN_LOCKED');
      }
      expectError(await signIn({ email, password: PASSWORD }), 429, 'ACCOUNTS_SIGN_IN_LOCKED');
    });

    it('does not lock the same account for another client address', async () => {
      const { email } = await createUser();
      for (let i = 1; i <= 5; i++) await signIn({ email, password: `wrong ${i}` });

      const res = await signIn({ email, password: PASSWORD }, { remoteAddress: '192.0.2.44' });

      expect(res.statusCode).toBe(200);
    });

    it('refuses a sign-in from another site with 403 ACCOUNTS_FORBIDDEN, without a session', async () => {
      const { email } = await createUser();

      const res = await signIn({ email, password: PASSWORD }, { headers: { origin: 'https://evil.example' } });

      expectError(res, 403, 'ACCOUNTS_FORBIDDEN');
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('refuses origins that only resemble the site', async () => {
      const { email } = await createUser();
      for (const origin of ['null', 'http://news.example.test', 'https://news.example.test.evil.example', 'https://evil.news.example.test', 'https://news.example.test:8443']) {
        expectError(await signIn({ email, password: PASSWORD }, { headers: { origin } }), 403, 'ACCOUNTS_FORBIDDEN');
      }
    });

    it('accepts a sign-in that carries the site’s own origin', async () => {
      const { email } = await createUser();
      expect((await signIn({ email, password: PASSWORD }, { headers: { origin: SITE } })).statusCode).toBe(200);

      const other = await createUser(httpServices);
      expect((await signIn({ email: other.email, password: PASSWORD }, { headers: { origin: HTTP_SITE } }, httpApp)).statusCode).toBe(200);
    });

    it.each([
      ['a missing password', { email: 'someone@example.test' }],
      ['a missing email', { password: PASSWORD }],
      ['an extra field', { email: 'someone@example.test', password: PASSWORD, role: 'administrator' }],
      ['a 10 KB email', { email: `${'a'.repeat(10 * 1024)}@example.test`, password: PASSWORD }],
      ['an empty password', { email: 'someone@example.test', password: '' }],
      ['a password of 1,000 characters', { email: 'someone@example.test', password: 'p'.repeat(1000) }],
      ['an object as password', { email: 'someone@example.test', password: { $ne: '' } }],
      ['an array as email', { email: ['someone@example.test'], password: PASSWORD }],
      ['a JSON array', [{ email: 'someone@example.test', password: PASSWORD }]],
      ['JSON null', null],
      ['a JSON string', 'someone@example.test'],
    ])('answers %s with 400 REQUEST_INVALID', async (_, body) => {
      const res = await app.inject({ method: 'POST', url: ROUTE, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      expectError(res, 400, 'REQUEST_INVALID');
    });

    it.each([
      ['broken JSON', 'application/json', '{"email": "someone@example.test", '],
      ['an empty JSON body', 'application/json', ''],
      ['a form without a password', 'application/x-www-form-urlencoded', 'email=someone%40example.test'],
      ['plain text', 'text/plain', `email=someone@example.test password=${PASSWORD}`],
      ['no body at all', undefined, undefined],
    ])('answers %s with a 4xx REQUEST_INVALID, never a 500', async (_, contentType, payload) => {
      const res = await app.inject({ method: 'POST', url: ROUTE, headers: contentType ? { 'content-type': contentType } : {}, ...(payload === undefined ? {} : { payload }) });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expectError(res, res.statusCode, 'REQUEST_INVALID');
    });
  });

  describe('GET /api/admin/session', () => {
    it('answers the signed-in user for the session cookie', async () => {
      const { id, email } = await createUser(s, { name: 'Sam Editor' });
      const signedIn = await signIn({ email, password: PASSWORD });

      const res = await whoAmI(sessionCookie(signedIn).value);

      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual(signedIn.json());
      expect(res.json()).toEqual({ user: { id, email, name: 'Sam Editor', role: 'editor', permissions: EDITOR_PERMISSIONS } });
      expect(res.body).not.toMatch(/argon2|password/i);
    });

    it("lists the permissions of the user's role, so the newsroom app shows only what they may do", async () => {
      const moderator = await createUser(s, { role: 'moderator' });
      const admin = await createUser(s, { role: 'administrator' });
      const permissionsOf = async (email: string) => (await whoAmI(sessionCookie(await signIn({ email, password: PASSWORD })).value)).json<{ user: { permissions: string[] } }>().user.permissions;

      expect(await permissionsOf(moderator.email)).toEqual(['comment.moderate']);
      expect(await permissionsOf(admin.email)).toEqual(expect.arrayContaining(['user.manage', 'settings.manage', 'token.manage', 'article.publish.any']));
    });

    it('answers 401 ACCOUNTS_NOT_SIGNED_IN without a cookie or with an unknown one', async () => {
      expectError(await whoAmI(), 401, 'ACCOUNTS_NOT_SIGNED_IN');
      expectError(await whoAmI(randomBytes(32).toString('base64url')), 401, 'ACCOUNTS_NOT_SIGNED_IN');
      expectError(await whoAmI(''), 401, 'ACCOUNTS_NOT_SIGNED_IN');
    });
  });

  describe('DELETE /api/admin/session', () => {
    it('signs out with 204, clears the cookie, and the old cookie no longer works', async () => {
      const { email } = await createUser();
      const token = sessionCookie(await signIn({ email, password: PASSWORD })).value;
      expect((await whoAmI(token)).statusCode).toBe(200);

      const res = await app.inject({ method: 'DELETE', url: ROUTE, cookies: { [COOKIE]: token } });

      expect(res.statusCode).toBe(204);
      expect(res.headers['cache-control']).toBe('no-store');
      const cleared = sessionCookie(res);
      expect(cleared.value).toBe('');
      expect(cleared.attributes.some((a) => a === 'max-age=0' || a.startsWith('expires=thu, 01 jan 1970'))).toBe(true);
      expectError(await whoAmI(token), 401, 'ACCOUNTS_NOT_SIGNED_IN');
    });

    it('answers 204 without a session too', async () => {
      const res = await app.inject({ method: 'DELETE', url: ROUTE });
      expect(res.statusCode).toBe(204);
    });

    it('refuses a sign-out from another site and keeps the session', async () => {
      const { email } = await createUser();
      const token = sessionCookie(await signIn({ email, password: PASSWORD })).value;

      const res = await app.inject({ method: 'DELETE', url: ROUTE, cookies: { [COOKIE]: token }, headers: { origin: 'https://evil.example' } });

      expectError(res, 403, 'ACCOUNTS_FORBIDDEN');
      expect((await whoAmI(token)).statusCode).toBe(200);
    });
  });
});
