import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { submitReaderComment } from '../../test/support/comment-helpers.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { TEST_PASSWORD } from '../../test/support/sign-in.ts';
import { startSmtpInbox, type SmtpInbox } from '../../test/support/smtp-inbox.ts';
import type { Dialect } from '../db/index.ts';
import { buildApp } from '../server/app.ts';
import type { CommentSubmission } from './comment-submit.service.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const POLICY = {
  moderation: 'first-time' as const, closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: 'casino', minFormSeconds: 0, floodSeconds: 0, notifyModerators: true,
};

/** Services with mail going to `smtpUrl`, their app, and a comment poster. */
function useMailingSite(dialect: Dialect, smtpUrl: () => string) {
  const state: { services?: TestServices; app?: FastifyInstance } = {};
  let seq = 0;
  beforeAll(async () => {
    const services = await createTestServices(dialect, { smtpUrl: smtpUrl() });
    state.services = services;
    state.app = await buildApp(services);
    await services.comments.administration.saveSettings(POLICY);
  });
  afterAll(async () => {
    await state.app?.close();
    state.services?.comments.close();
    await state.services?.close();
  });
  const services = () => { if (!state.services) throw new Error('not started'); return state.services; };
  return {
    services,
    app: () => { if (!state.app) throw new Error('not started'); return state.app; },
    async post(articleId: number, fields: Partial<CommentSubmission> = {}) {
      return submitReaderComment(services().comments, ++seq, articleId, fields);
    },
  };
}

describe.each(DIALECTS)('moderators emailed about held comments on %s', (dialect) => {
  let smtp: SmtpInbox;
  beforeAll(async () => { smtp = await startSmtpInbox(); });
  afterAll(async () => { await smtp.close(); });
  const site = useMailingSite(dialect, () => `smtp://127.0.0.1:${smtp.port}`);
  const moderators = ['chief@example.org', 'desk@example.org', 'mod@example.org'];

  beforeAll(async () => {
    const { accounts, users } = site.services();
    const user = (email: string, role: 'administrator' | 'editor' | 'moderator' | 'contributor') => accounts.createUser({ email, name: email.split('@')[0] ?? email, role, password: TEST_PASSWORD });
    await user('chief@example.org', 'administrator');
    await user('desk@example.org', 'editor');
    await user('mod@example.org', 'moderator');
    await user('writer@example.org', 'contributor');
    await users.update(await user('gone@example.org', 'moderator'), { disabled: true });
  });
  beforeEach(() => { smtp.received.length = 0; });

  /** Every message sent so far, once the notices in flight have gone out. */
  const mails = async () => { await site.services().comments.settled(); return smtp.received; };

  it('sends one email to the moderators about a first-time comment, naming the article and the commenter as stored', async () => {
    const a = await buildArticle(site.services().writer, { headline: 'Harbour ferry returns' });
    const { id } = await site.post(a.id, { name: ' Ada  Reader ', email: 'Ada.Reader@Example.test', website: 'ada.example.test', ip: '203.0.113.7', text: 'Is the timetable right?' });

    const sent = await mails();
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail?.rcptTo.sort()).toEqual(moderators);
    expect(mail?.subject).toBe('[Dateline] Please moderate: "Harbour ferry returns"');
    expect(mail?.body.split('\n')).toEqual(expect.arrayContaining([
      'Author:   Ada Reader', 'Email:    ada.reader@example.test', 'Website:  http://ada.example.test', 'IP:       203.0.113.7',
      'Held because: first-time', '> Is the timetable right?', `Article: https://news.example.test/${a.sectionSlug}/${a.slug}/`,
    ]));
    expect(mail?.body).toContain(`(comment ${id})`);
  });

  it('sends nothing about a comment that is shown at once', async () => {
    const a = await buildArticle(site.services().writer);
    const known = { name: 'Known Reader', email: `known-${randomBytes(3).toString('hex')}@example.test` };
    await site.services().comments.moderation.apply((await site.post(a.id, known)).id, 'approve');
    await mails();
    smtp.received.length = 0;

    const shown = await site.post(a.id, { ...known, text: 'A second comment.' });
    expect(shown.visible).toBe(true);
    const held = await site.post(a.id);
    expect((await mails()).map((m) => m.body.includes(`(comment ${held.id})`))).toEqual([true]);
  });

  it.each([
    ['a filled honeypot', { honeypot: 'https://spam.example.test' }], ['a blocked word', { text: 'Best casino odds here.' }], ['no form stamp', { stamp: '' }],
  ])('sends nothing about a comment taken for spam (%s)', async (_, fields) => {
    const a = await buildArticle(site.services().writer);
    const spam = await site.post(a.id, fields);
    expect((await site.services().comments.moderation.get(spam.id)).status).toBe('spam');

    const held = await site.post(a.id);
    expect((await mails()).map((m) => m.body.includes(`(comment ${held.id})`))).toEqual([true]);
  });

  it('sends nothing when the site turned the notices off', async () => {
    const a = await buildArticle(site.services().writer);
    await site.services().comments.administration.saveSettings({ ...POLICY, notifyModerators: false });
    try {
      const { id } = await site.post(a.id);
      expect((await site.services().comments.moderation.get(id)).status).toBe('pending');
      expect(await mails()).toEqual([]);
    } finally {
      await site.services().comments.administration.saveSettings(POLICY);
    }
  });
});

describe.each(DIALECTS)('a held comment when mail fails on %s', (dialect) => {
  let deadPort = 0;
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    deadPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => { await new Promise<void>((resolve) => silent.close(() => resolve())); });

  /** Posts the reader form as site.js does and returns the answer. */
  async function postForm(site: ReturnType<typeof useMailingSite>, remoteAddress: string) {
    const a = await buildArticle(site.services().writer);
    const { formStamp } = await site.services().comments.view(a.id, 1);
    const form = new URLSearchParams({ comment: 'Stored whatever the mail does.', author: 'Mail Less', email: `mailless-${remoteAddress}@example.test`, url: '', contact_website: '', stamp: formStamp, comment_parent: '0' });
    const started = Date.now();
    const res = await site.app().inject({
      method: 'POST', url: `/${a.sectionSlug}/${a.slug}/comments`, remoteAddress, payload: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    return { res, elapsed: Date.now() - started };
  }

  describe('with nothing listening on the SMTP port', () => {
    const site = useMailingSite(dialect, () => `smtp://127.0.0.1:${deadPort}`);
    beforeAll(async () => { await site.services().accounts.createUser({ email: 'mod@example.org', name: 'Mod', role: 'moderator', password: TEST_PASSWORD }); });

    it('stores and acknowledges the comment', async () => {
      const { res } = await postForm(site, '203.0.113.20');
      expect(res.statusCode).toBe(201);
      const { id, status } = res.json() as { id: number; status: string };
      expect(status).toBe('pending');
      await expect(site.services().comments.settled()).resolves.toBeUndefined();
      expect((await site.services().comments.moderation.get(id)).text).toBe('Stored whatever the mail does.');
    });
  });

  describe('with an SMTP server that never answers', () => {
    const site = useMailingSite(dialect, () => `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`);
    // Hooks after this one run first: hang up, so the notice fails now rather than at its timeout.
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await site.services().comments.settled();
    });
    beforeAll(async () => { await site.services().accounts.createUser({ email: 'mod@example.org', name: 'Mod', role: 'moderator', password: TEST_PASSWORD }); });

    it('acknowledges the comment without waiting for the mail', async () => {
      const { res, elapsed } = await postForm(site, '203.0.113.21');
      expect(res.statusCode).toBe(201);
      expect(elapsed).toBeLessThan(3_000);
      expect((await site.services().comments.moderation.get((res.json() as { id: number }).id)).status).toBe('pending');
    });
  });
});
