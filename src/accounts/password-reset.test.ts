import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { startSmtpInbox, type SmtpInbox } from '../../test/support/smtp-inbox.ts';
import { resetTokenIn } from './password-reset.test-support.ts';

const OLD = 'correct horse battery staple';
const NEW = 'a brand new passphrase, 2026';
const RESET = '/api/admin/password-reset';
const COMPLETE = '/api/admin/password-reset/complete';

describe.each(DIALECTS)('password reset by email on %s', (dialect) => {
  let smtp: SmtpInbox;
  beforeAll(async () => { smtp = await startSmtpInbox(); });
  afterAll(async () => { await smtp.close(); });
  const ctx = useTestApp(dialect, { get smtpUrl() { return `smtp://127.0.0.1:${smtp.port}`; }, mailFrom: 'The Ledger <news@example.test>' });
  beforeEach(() => { smtp.received.length = 0; });

  let n = 0;
  // Each case asks from its own address, so the per-address limit only bites where a case wants it.
  let address = '';
  beforeEach(() => { address = `198.51.100.${++n}`; });

  async function user(role: 'author' | 'editor' = 'author') {
    const email = `reporter${++n}@example.org`;
    const id = await ctx.services.accounts.createUser({ email, name: 'Reporter', role, password: OLD });
    return { id, email };
  }
  async function ask(email: string, from = address): Promise<LightMyRequestResponse> {
    const res = await ctx.app.inject({ method: 'POST', url: RESET, payload: { email }, remoteAddress: from });
    await ctx.services.passwordResets.settled();
    return res;
  }
  const complete = (token: string, newPassword = NEW) => ctx.app.inject({ method: 'POST', url: COMPLETE, payload: { token, newPassword } });
  const signIn = (email: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password }, remoteAddress: address });
  const cookieOf = (res: LightMyRequestResponse) => String(res.headers['set-cookie']).split(';')[0] as string;
  const whoAmI = (cookie: string) => ctx.app.inject({ url: '/api/admin/session', headers: { cookie } });
  /** The token of the link in the one email sent to `email` since the case began. */
  function linkSentTo(email: string): string {
    const mails = smtp.received.filter((m) => m.rcptTo.includes(email));
    expect(mails).toHaveLength(1);
    const token = resetTokenIn(mails[0]?.body ?? '');
    expect(token).not.toBeNull();
    return token as string;
  }
  const errorCode = (res: LightMyRequestResponse) => res.json<{ error: { code: string; property?: string } }>().error;

  it('emails a one-time link that sets a new password, ends old sessions and is refused the second time', async () => {
    const { email } = await user();
    const before = cookieOf(await signIn(email, OLD));

    const asked = await ask(` ${email.toUpperCase()} `);
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ ok: true });
    expect(asked.headers['cache-control']).toBe('no-store');
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.rcptTo).toEqual([email]);
    expect(mail?.mailFrom).toBe('news@example.test');
    expect(mail?.subject).toBe('Reset your Dateline password');
    expect(mail?.body).toContain('60 minutes');
    const token = linkSentTo(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const done = await complete(token);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ ok: true });

    expect((await signIn(email, OLD)).statusCode).toBe(401);
    expect((await whoAmI(before)).statusCode).toBe(401);
    const after = await signIn(email, NEW);
    expect(after.statusCode).toBe(200);
    expect((await whoAmI(cookieOf(after))).statusCode).toBe(200);

    const again = await complete(token, 'yet another passphrase 99');
    expect(again.statusCode).toBe(400);
    expect(errorCode(again).code).toBe('ACCOUNTS_RESET_LINK_INVALID');
    expect((await signIn(email, NEW)).statusCode).toBe(200);
  });

  it('keeps only the SHA-256 of the token', async () => {
    const { id, email } = await user();
    await ask(email);
    const token = linkSentTo(email);
    const rows = await ctx.services.handle.db.selectFrom('passwordResets').selectAll().where('userId', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a link after 60 minutes, and accepts it just before', async () => {
    const late = await user();
    const inTime = await user();
    await ask(late.email);
    await ask(inTime.email);
    const lateToken = linkSentTo(late.email);
    const inTimeToken = linkSentTo(inTime.email);
    ctx.services.clock.advance(59 * 60_000);
    try {
      expect((await complete(inTimeToken)).statusCode).toBe(200);
      ctx.services.clock.advance(60_000);
      const expired = await complete(lateToken);
      expect(expired.statusCode).toBe(400);
      expect(errorCode(expired).code).toBe('ACCOUNTS_RESET_LINK_INVALID');
    } finally {
      ctx.services.clock.advance(-60 * 60_000);
    }
    expect((await signIn(late.email, OLD)).statusCode).toBe(200);
  });

  it('invalidates the earlier link when a new one is asked for', async () => {
    const { email } = await user();
    await ask(email);
    const first = linkSentTo(email);
    smtp.received.length = 0;
    await ask(email);
    const second = linkSentTo(email);
    expect(second).not.toBe(first);
    expect(errorCode(await complete(first)).code).toBe('ACCOUNTS_RESET_LINK_INVALID');
    expect((await complete(second)).statusCode).toBe(200);
  });

  it('answers an unknown address and a disabled user the same 202, and emails neither', async () => {
    const disabled = await user();
    await ctx.services.users.update(disabled.id, { disabled: true });
    const known = await user();
    const answers = [await ask('nobody-here@example.org'), await ask(disabled.email), await ask(known.email)];
    expect(answers.map((r) => [r.statusCode, r.body])).toEqual(Array.from({ length: 3 }, () => [202, '{"ok":true}']));
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([[known.email]]);
    const links = await ctx.services.handle.db.selectFrom('passwordResets').select('userId').where('userId', '=', disabled.id).execute();
    expect(links).toEqual([]);
  });

  it('sends nothing after 3 requests for one email in 15 minutes, and again after that', async () => {
    const { email } = await user();
    for (let i = 1; i <= 5; i++) {
      const res = await ask(email, `203.0.113.${i}`);
      expect(res.statusCode).toBe(202);
      expect(res.body).toBe('{"ok":true}');
    }
    expect(smtp.received).toHaveLength(3);
    ctx.services.clock.advance(15 * 60_000 + 1000);
    try {
      await ask(email, '203.0.113.9');
      expect(smtp.received).toHaveLength(4);
    } finally {
      ctx.services.clock.advance(-(15 * 60_000 + 1000));
    }
  });

  it('sends nothing after 10 requests from one address in 15 minutes, whatever the email', async () => {
    const people = await Promise.all(Array.from({ length: 11 }, () => user()));
    for (const person of people) expect((await ask(person.email, '192.0.2.77')).statusCode).toBe(202);
    expect(smtp.received).toHaveLength(10);
    expect(smtp.received.some((m) => m.rcptTo.includes(people[10]?.email ?? ''))).toBe(false);
  });

  it('lifts the sign-in lock of the account, from every address', async () => {
    const { email } = await user();
    const from = (remoteAddress: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password }, remoteAddress });
    for (const where of ['192.0.2.10', '192.0.2.11']) {
      for (let i = 0; i < 6; i++) await from(where, 'not the password at all');
      expect((await from(where, OLD)).statusCode).toBe(429);
    }
    await ask(email);
    expect((await complete(linkSentTo(email))).statusCode).toBe(200);
    expect((await from('192.0.2.10', NEW)).statusCode).toBe(200);
    expect((await from('192.0.2.11', NEW)).statusCode).toBe(200);
  });

  it('keeps the link usable when the new password is refused', async () => {
    const { email } = await user();
    await ask(email);
    const token = linkSentTo(email);
    for (const weak of ['short', 'password1']) {
      const res = await complete(token, weak);
      expect(res.statusCode).toBe(400);
      expect(errorCode(res)).toMatchObject({ code: 'ACCOUNTS_WEAK_PASSWORD', property: 'newPassword' });
    }
    expect((await signIn(email, OLD)).statusCode).toBe(200);
    expect((await complete(token)).statusCode).toBe(200);
  });

  it('refuses a link of a user disabled after it was sent, and leaves them disabled', async () => {
    const { id, email } = await user();
    await ask(email);
    const token = linkSentTo(email);
    await ctx.services.users.update(id, { disabled: true });
    expect(errorCode(await complete(token)).code).toBe('ACCOUNTS_RESET_LINK_INVALID');
    expect((await signIn(email, NEW)).statusCode).toBe(401);
    expect((await ctx.services.users.list()).find((u) => u.id === id)?.disabled).toBe(true);
  });

  it('sends the link to an address with a comma as one recipient, not two', async () => {
    const email = `desk,chief${++n}@example.org`;
    await ctx.services.accounts.createUser({ email, name: 'Odd Address', role: 'author', password: OLD });
    await ask(email);
    expect(smtp.received).toHaveLength(1);
    // The local part quoted (RFC 5321), as mail servers expect it; not "desk" and "chief…@…".
    expect(smtp.received[0]?.rcptTo).toEqual([`"desk,chief${n}"@example.org`]);
    expect((await complete(resetTokenIn(smtp.received[0]?.body ?? '') ?? '')).statusCode).toBe(200);
  });

  it('refuses both routes from another site', async () => {
    const { email } = await user();
    const origin = { origin: 'https://elsewhere.example' };
    const asked = await ctx.app.inject({ method: 'POST', url: RESET, payload: { email }, headers: origin });
    await ctx.services.passwordResets.settled();
    expect(asked.statusCode).toBe(403);
    expect(errorCode(asked).code).toBe('ACCOUNTS_FORBIDDEN');
    expect(smtp.received).toEqual([]);
    const done = await ctx.app.inject({ method: 'POST', url: COMPLETE, payload: { token: 'x'.repeat(43), newPassword: NEW }, headers: origin });
    expect(errorCode(done).code).toBe('ACCOUNTS_FORBIDDEN');
  });
});
