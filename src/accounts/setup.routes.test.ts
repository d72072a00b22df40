import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildApp } from '../server/app.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(DIALECTS)('first-run setup on %s', (dialect) => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeEach(async () => {
    services = await createTestServices(dialect);
    app = await buildApp(services);
  });
  afterEach(async () => {
    await app.close();
    await services.close();
  });

  it('sends /admin/ to the setup form while the site has no users', async () => {
    const admin = await app.inject('/admin/');
    expect(admin.statusCode).toBe(303);
    expect(admin.headers.location).toBe('/admin/setup');
    const page = await app.inject('/admin/setup');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post" action="/admin/setup">');
    for (const name of ['name', 'email', 'password']) expect(page.body).toContain(`name="${name}"`);
  });

  it('creates the first administrator, signs them in, and then disappears', async () => {
    const res = await app.inject({ method: 'POST', url: '/admin/setup', headers: FORM, payload: form({ name: 'Ed Itor', email: 'Ed@Example.org', password: 'correct horse battery staple' }) });
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/dateline_session=[^;]+;.*HttpOnly/);
    const me = await app.inject({ url: '/api/admin/session', headers: { cookie: cookie.split(';')[0] as string } });
    expect(me.json()).toMatchObject({ user: { email: 'ed@example.org', role: 'administrator' } });
    expect((await app.inject('/admin/setup')).statusCode).toBe(404);
    const again = await app.inject({ method: 'POST', url: '/admin/setup', headers: FORM, payload: form({ name: 'Eve', email: 'eve@example.org', password: 'another long passphrase' }) });
    expect(again.statusCode).toBe(404);
    expect(await services.accounts.countUsers()).toBe(1);
  });

  it('lets only one of two simultaneous setups through', async () => {
    const attempt = (email: string) => app.inject({ method: 'POST', url: '/admin/setup', headers: FORM, payload: form({ name: 'Racer', email, password: 'correct horse battery staple' }) });
    const results = await Promise.all([attempt('one@example.org'), attempt('two@example.org')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 404]);
    expect(await services.accounts.countUsers()).toBe(1);
  });

  it('shows the form again with the problem when a field is wrong or missing', async () => {
    const weak = await app.inject({ method: 'POST', url: '/admin/setup', headers: FORM, payload: form({ name: 'Ed', email: 'ed@example.org', password: 'password' }) });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('role="alert"');
    expect(weak.body).toContain('value="ed@example.org"');
    expect(weak.body).not.toContain('value="password"');
    const missing = await app.inject({ method: 'POST', url: '/admin/setup', headers: FORM, payload: form({ email: 'ed@example.org' }) });
    expect(missing.statusCode).toBe(400);
    expect(await services.accounts.countUsers()).toBe(0);
  });

  it('refuses a setup form sent from another site', async () => {
    const res = await app.inject({ method: 'POST', url: '/admin/setup', headers: { ...FORM, origin: 'https://evil.example' }, payload: form({ name: 'Eve', email: 'eve@example.org', password: 'correct horse battery staple' }) });
    expect(res.statusCode).toBe(403);
    expect(await services.accounts.countUsers()).toBe(0);
  });

  it('is not offered once a user exists (added from the command line, say)', async () => {
    await services.accounts.createUser({ email: 'cli@example.org', name: 'CLI', role: 'editor', password: 'correct horse battery staple' });
    const admin = await app.inject('/admin/');
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain('<div id="root">');
    expect((await app.inject('/admin/setup')).statusCode).toBe(404);
  });
});
