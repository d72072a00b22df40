import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor } from '../../test/support/factories.ts';
import type { Role } from './permissions.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const PASSWORD = 'correct horse battery staple';

describe.each(DIALECTS)('Admin API users on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();
  let n = 0;
  const email = () => `person-${++n}@example.org`;

  const signIn = async (address: string, password = PASSWORD) => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: address, password } });
    return res.statusCode === 200 ? String(res.headers['set-cookie']).split(';')[0] as string : null;
  };
  const as = (cookie: string | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => as(cookies.get('administrator') as string, method, url, payload);
  const whoAmI = (cookie: string) => ctx.app.inject({ url: '/api/admin/session', headers: { cookie } });

  /** Creates a user through the API and returns its id and a signed-in cookie. */
  async function person(role: Role) {
    const address = email();
    const res = await admin('POST', '/api/admin/users', { email: address, name: `Person ${n}`, role, password: PASSWORD });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as number, email: address, cookie: await signIn(address) as string };
  }

  beforeAll(async () => {
    for (const role of ROLES) {
      await ctx.services.accounts.createUser({ email: `${role}@example.org`, name: role, role, password: PASSWORD });
      cookies.set(role, await signIn(`${role}@example.org`) as string);
    }
  });

  it('lets only administrators manage users, and nobody without a session', async () => {
    const target = await person('contributor');
    for (const role of ROLES.filter((r) => r !== 'administrator')) {
      const cookie = cookies.get(role) as string;
      for (const [method, url, payload] of [
        ['GET', '/api/admin/users'], ['POST', '/api/admin/users', { email: email(), name: 'X', role: 'administrator', password: PASSWORD }],
        ['PATCH', `/api/admin/users/${target.id}`, { role: 'administrator' }], ['DELETE', `/api/admin/users/${target.id}`],
      ] as const) {
        const res = await as(cookie, method, url, payload);
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect((await as(null, method, url, payload)).statusCode, `anonymous ${method} ${url}`).toBe(401);
      }
    }
  });

  it('creates a user who can then sign in, with the same password rules as the command line', async () => {
    const address = email();
    const res = await admin('POST', '/api/admin/users', { email: address.toUpperCase(), name: ' New Reporter ', role: 'author', password: PASSWORD });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: address, name: 'New Reporter', role: 'author', author: null, disabled: false });
    expect(await signIn(address)).not.toBeNull();

    const weak = await admin('POST', '/api/admin/users', { email: email(), name: 'W', role: 'author', password: 'password' });
    expect(weak.json()).toMatchObject({ error: { code: 'ACCOUNTS_WEAK_PASSWORD', property: 'password' } });
    const short = await admin('POST', '/api/admin/users', { email: email(), name: 'S', role: 'author', password: 'x7!' });
    expect(short.json()).toMatchObject({ error: { code: 'ACCOUNTS_WEAK_PASSWORD', property: 'password' } });
    const taken = await admin('POST', '/api/admin/users', { email: address, name: 'Again', role: 'author', password: PASSWORD });
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'ACCOUNTS_EMAIL_TAKEN']);
  });

  it('lists users without ever showing a password hash', async () => {
    await person('editor');
    const res = await admin('GET', '/api/admin/users');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/argon2|passwordHash|password/i);
    expect(res.json().items.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining(ROLES.map((r) => `${r}@example.org`)));
  });

  it('renames a user and links and unlinks their author profile', async () => {
    const target = await person('author');
    const slug = await buildAuthor(ctx.services.writer, { name: 'Profile Name' });
    const linked = await admin('PATCH', `/api/admin/users/${target.id}`, { name: 'Renamed', authorSlug: slug });
    expect(linked.json()).toMatchObject({ name: 'Renamed', author: { slug, name: 'Profile Name' } });
    expect((await whoAmI(target.cookie)).statusCode).toBe(200);
    expect((await admin('PATCH', `/api/admin/users/${target.id}`, { authorSlug: null })).json()).toMatchObject({ author: null });
    const missing = await admin('PATCH', `/api/admin/users/${target.id}`, { authorSlug: 'no-such-author' });
    expect(missing.json()).toMatchObject({ error: { code: 'ACCOUNTS_INVALID_INPUT', property: 'authorSlug' } });
  });

  it('ends every session and revokes the API tokens of a user whose role changes', async () => {
    const target = await person('administrator');
    const second = await signIn(target.email) as string;
    const token = (await as(target.cookie, 'POST', '/api/admin/tokens', { name: 'feed', role: 'editor' })).json().token as string;
    expect((await ctx.app.inject({ url: '/api/admin/session', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);

    expect((await admin('PATCH', `/api/admin/users/${target.id}`, { role: 'editor' })).json()).toMatchObject({ role: 'editor' });

    for (const cookie of [target.cookie, second]) expect((await whoAmI(cookie)).statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/admin/session', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const again = await signIn(target.email) as string;
    expect((await whoAmI(again)).json().user.role).toBe('editor');
  });

  it('keeps sessions when only the name changes', async () => {
    const target = await person('editor');
    await admin('PATCH', `/api/admin/users/${target.id}`, { name: 'Just A New Name' });
    expect((await whoAmI(target.cookie)).statusCode).toBe(200);
  });

  it('disables a user (sessions end, sign-in fails) and enables them with a new password', async () => {
    const target = await person('contributor');
    const disabled = await admin('PATCH', `/api/admin/users/${target.id}`, { disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await whoAmI(target.cookie)).statusCode).toBe(401);
    expect(await signIn(target.email)).toBeNull();

    const noPassword = await admin('PATCH', `/api/admin/users/${target.id}`, { disabled: false });
    expect(noPassword.json()).toMatchObject({ error: { code: 'ACCOUNTS_INVALID_INPUT', property: 'password' } });
    const enabled = await admin('PATCH', `/api/admin/users/${target.id}`, { password: 'a brand new passphrase' });
    expect(enabled.json()).toMatchObject({ disabled: false });
    expect(await signIn(target.email, 'a brand new passphrase')).not.toBeNull();
  });

  it('deletes a user, whose sessions stop working', async () => {
    const target = await person('author');
    expect((await admin('DELETE', `/api/admin/users/${target.id}`)).statusCode).toBe(204);
    expect((await whoAmI(target.cookie)).statusCode).toBe(401);
    expect((await admin('GET', '/api/admin/users')).json().items.map((u: { id: number }) => u.id)).not.toContain(target.id);
    expect((await admin('DELETE', `/api/admin/users/${target.id}`)).json()).toMatchObject({ error: { code: 'ACCOUNTS_USER_NOT_FOUND' } });
  });

  it('answers malformed requests with 400 naming the field', async () => {
    const target = await person('contributor');
    const cases: ['POST' | 'PATCH' | 'DELETE', string, unknown, string][] = [
      ['PATCH', '/api/admin/users/abc', { name: 'X' }, 'id'],
      ['PATCH', '/api/admin/users/0', { name: 'X' }, 'id'],
      ['DELETE', '/api/admin/users/99999999999', undefined, 'id'],
      ['PATCH', `/api/admin/users/${target.id}`, { role: 'root' }, 'role'],
      ['PATCH', `/api/admin/users/${target.id}`, { name: '   ' }, 'name'],
      ['PATCH', `/api/admin/users/${target.id}`, { passwordHash: 'x' }, 'passwordHash'],
      ['PATCH', `/api/admin/users/${target.id}`, { disabled: 'perhaps' }, 'disabled'],
      ['PATCH', `/api/admin/users/${target.id}`, { authorSlug: 'Not A Slug' }, 'authorSlug'],
      ['PATCH', `/api/admin/users/${target.id}`, { disabled: true, password: 'another fine passphrase' }, 'password'],
      ['POST', '/api/admin/users', { email: email(), name: 'No Password', role: 'author' }, 'password'],
      ['POST', '/api/admin/users', { email: 'not an email', name: 'X', role: 'author', password: PASSWORD }, 'email'],
      ['POST', '/api/admin/users', { email: email(), name: 'X', role: 'owner', password: PASSWORD }, 'role'],
    ];
    for (const [method, url, payload, property] of cases) {
      const res = await admin(method, url, payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(res.json().error.property, `${method} ${url}`).toBe(property);
    }
    expect((await admin('PATCH', `/api/admin/users/${target.id}`, {})).statusCode).toBe(400);
    expect((await admin('PATCH', '/api/admin/users/99999', { name: 'Nobody' })).json()).toMatchObject({ error: { code: 'ACCOUNTS_USER_NOT_FOUND' } });
  });

  describe('the last administrator', () => {
    const solo = useTestApp(dialect);
    let id: number;
    let cookie: string;

    beforeAll(async () => {
      id = await solo.services.accounts.createUser({ email: 'only@example.org', name: 'Only', role: 'administrator', password: PASSWORD });
      await solo.services.accounts.createUser({ email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD });
      const res = await solo.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'only@example.org', password: PASSWORD } });
      cookie = String(res.headers['set-cookie']).split(';')[0] as string;
    });

    it('can be neither demoted, disabled nor deleted', async () => {
      for (const [method, payload] of [['PATCH', { role: 'editor' }], ['PATCH', { disabled: true }], ['DELETE', undefined]] as const) {
        const res = await solo.app.inject({ method, url: `/api/admin/users/${id}`, headers: { cookie }, ...(payload ? { payload } : {}) });
        expect(res.statusCode, `${method} ${JSON.stringify(payload)}`).toBe(409);
        expect(res.json()).toMatchObject({ error: { code: 'ACCOUNTS_LAST_ADMINISTRATOR' } });
      }
      const session = await solo.app.inject({ url: '/api/admin/session', headers: { cookie } });
      expect(session.json().user.role).toBe('administrator');
    });

    it('lets exactly one of two administrators step down when both try at once', async () => {
      const other = await solo.services.accounts.createUser({ email: 'second@example.org', name: 'Second', role: 'administrator', password: PASSWORD });
      const outcomes = await Promise.allSettled([
        solo.services.users.update(id, { role: 'editor' }),
        solo.services.users.update(other, { role: 'editor' }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'ACCOUNTS_LAST_ADMINISTRATOR' } });
      const admins = (await solo.services.users.list()).filter((u) => u.role === 'administrator' && !u.disabled);
      expect(admins).toHaveLength(1);
    });
  });
});
