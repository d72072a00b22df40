import { createServer, type AddressInfo, type Server } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { createResetMailer } from './password-reset-mail.ts';
import { createPasswordResetService } from './password-reset.service.ts';
import { captureLog, resetTokenIn } from './password-reset.test-support.ts';

const PASSWORD = 'correct horse battery staple';
const NEW = 'a brand new passphrase, 2026';
const LINK_LINE = /^Password reset link for (\S+): (https:\/\/news\.example\.test\/admin\/reset-password\?token=[A-Za-z0-9_-]{43})$/;

describe.each(DIALECTS)('password reset without an SMTP server on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let n = 0;
  const user = async () => {
    const email = `desk${++n}@example.org`;
    return { email, id: await ctx.services.accounts.createUser({ email, name: 'Desk', role: 'editor', password: PASSWORD }) };
  };
  const post = (url: string, payload: InjectOptions['payload'], headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url, payload, headers, remoteAddress: `198.51.100.${++n % 250}` });

  it('writes the link to the log at warn level, one line, and the link works', async () => {
    const { email } = await user();
    const log = captureLog();
    ctx.services.passwordResets.request(email.toUpperCase(), '203.0.113.5', log);
    await ctx.services.passwordResets.settled();

    expect(log.errors).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    const [, loggedEmail, link] = LINK_LINE.exec(log.warnings[0] ?? '') ?? [];
    expect(loggedEmail).toBe(email);
    const done = await post('/api/admin/password-reset/complete', { token: resetTokenIn(link ?? ''), newPassword: NEW });
    expect(done.statusCode).toBe(200);
    expect((await post('/api/admin/session', { email, password: NEW })).statusCode).toBe(200);
  });

  it('logs a refusal instead of a link once over the limit', async () => {
    const { email } = await user();
    const log = captureLog();
    for (let i = 0; i < 4; i++) ctx.services.passwordResets.request(email, `203.0.113.${20 + i}`, log);
    await ctx.services.passwordResets.settled();
    expect(log.warnings.filter((w) => LINK_LINE.test(w))).toHaveLength(3);
    expect(log.warnings.filter((w) => !LINK_LINE.test(w))).toEqual([expect.stringMatching(/not sent: over the limit/)]);
  });

  it('answers 202 through the route and leaves one link for the user', async () => {
    const { email, id } = await user();
    const res = await post('/api/admin/password-reset', { email });
    await ctx.services.passwordResets.settled();
    expect(res.statusCode).toBe(202);
    const links = await ctx.services.handle.db.selectFrom('passwordResets').select('userId').where('userId', '=', id).execute();
    expect(links).toHaveLength(1);
  });

  it('answers bad bodies with a 4xx naming the problem, never a 500', async () => {
    const long = 'x'.repeat(10 * 1024);
    const cases: [string, InjectOptions['payload']][] = [
      ['/api/admin/password-reset', {}],
      ['/api/admin/password-reset', { email: 42 }],
      ['/api/admin/password-reset', { email: ['desk@example.org'] }],
      ['/api/admin/password-reset', { email: null }],
      ['/api/admin/password-reset', { email: `${long}@example.org` }],
      ['/api/admin/password-reset', { email: 'desk\u0000@example.org' }],
      ['/api/admin/password-reset', { email: 'not an address' }],
      ['/api/admin/password-reset', { email: 'desk@example.org', admin: true }],
      ['/api/admin/password-reset', 'email=desk@example.org'],
      ['/api/admin/password-reset/complete', {}],
      ['/api/admin/password-reset/complete', { token: 'abc' }],
      ['/api/admin/password-reset/complete', { newPassword: NEW }],
      ['/api/admin/password-reset/complete', { token: 7, newPassword: NEW }],
      ['/api/admin/password-reset/complete', { token: 'abc', newPassword: { value: NEW } }],
      ['/api/admin/password-reset/complete', { token: long, newPassword: NEW }],
      ['/api/admin/password-reset/complete', { token: 'abc', newPassword: long }],
      ['/api/admin/password-reset/complete', { token: 'ab\u0000c', newPassword: NEW }],
      ['/api/admin/password-reset/complete', { token: 'abc', newPassword: `${NEW}\u0000` }],
      ['/api/admin/password-reset/complete', { token: '', newPassword: NEW }],
    ];
    const wrong: string[] = [];
    for (const [url, payload] of cases) {
      const res = await post(url, payload, typeof payload === 'string' ? { 'content-type': 'text/plain' } : {});
      const error = res.statusCode >= 400 && res.statusCode < 500 ? res.json<{ error?: { code?: string; message?: string } }>().error : undefined;
      if (!error?.code || !error.message) wrong.push(`${url} ${JSON.stringify(payload).slice(0, 60)}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    await ctx.services.passwordResets.settled();
    expect(wrong).toEqual([]);
  });

  it('answers an unknown or malformed token with ACCOUNTS_RESET_LINK_INVALID', async () => {
    for (const token of ['x'.repeat(43), 'not a token at all', '../../etc/passwd', '🔑']) {
      const res = await post('/api/admin/password-reset/complete', { token, newPassword: NEW });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'ACCOUNTS_RESET_LINK_INVALID', property: 'token' } });
    }
  });

  it('lists both routes in the Admin API document as public, with their schemas', async () => {
    const doc = (await ctx.app.inject('/api/admin/openapi.json')).json<{ paths: Record<string, Record<string, { security?: unknown; requestBody?: { content: Record<string, { schema: { required?: string[] } }> }; responses: Record<string, unknown> }>> }>();
    const ask = doc.paths['/api/admin/password-reset']?.post;
    const complete = doc.paths['/api/admin/password-reset/complete']?.post;
    expect(ask?.security).toEqual([]);
    expect(complete?.security).toEqual([]);
    expect(ask?.requestBody?.content['application/json']?.schema.required).toEqual(['email']);
    expect(complete?.requestBody?.content['application/json']?.schema.required).toEqual(['token', 'newPassword']);
    expect(Object.keys(ask?.responses ?? {})).toContain('202');
    expect(Object.keys(complete?.responses ?? {})).toContain('200');
  });
});

describe.each(DIALECTS)('password reset with a failing SMTP server on %s', (dialect) => {
  let refused: number;
  let silent: Server;
  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    refused = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    // Accepts connections and never says a word.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => { await new Promise<void>((resolve) => silent.close(() => resolve())); });
  const ctx = useTestApp(dialect, { get smtpUrl() { return `smtp://127.0.0.1:${refused}`; } });

  it('still answers 202 when the server refuses connections', async () => {
    await ctx.services.accounts.createUser({ email: 'desk@example.org', name: 'Desk', role: 'editor', password: PASSWORD });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/password-reset', payload: { email: 'desk@example.org' } });
    expect(res.statusCode).toBe(202);
    await ctx.services.passwordResets.settled();
  });

  it('logs the failure of a server that never answers, and does not wait for it to answer', async () => {
    const services = await createTestServices(dialect);
    try {
      await services.accounts.createUser({ email: 'slow@example.org', name: 'Slow', role: 'editor', password: PASSWORD });
      const resets = createPasswordResetService({
        db: services.handle.db, clock: services.clock, siteUrl: 'https://news.example.test',
        mailer: createResetMailer(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, 'news@example.test', { timeoutMs: 300 }),
      });
      const log = captureLog();
      const started = Date.now();
      resets.request('slow@example.org', '203.0.113.5', log);
      expect(Date.now() - started).toBeLessThan(50);
      await resets.settled();
      expect(log.errors).toEqual([{ err: expect.objectContaining({ code: expect.stringMatching(/^(ETIMEDOUT|ESOCKET|ECONNECTION)$/) }), message: 'Could not email the password reset link to slow@example.org' }]);
      expect(log.warnings).toEqual([]);
    } finally {
      await services.close();
    }
  });
});
