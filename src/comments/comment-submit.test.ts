import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import type { CommentSettings } from './comment-privacy.service.ts';
import type { CommentSubmission } from './comment-submit.service.ts';
import { issueFormStamp } from './form-stamp.ts';

const DEFAULT_POLICY: CommentSettings = {
  moderation: 'first-time', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 3, floodSeconds: 15, notifyModerators: true,
};

describe.each(DIALECTS)('commentsService.submit on %s', (dialect) => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let articleId: number;
  let seq = 0;

  beforeAll(async () => {
    services = await createTestServices(dialect);
    articleId = (await buildArticle(services.writer)).id;
  });
  afterAll(async () => { await services?.close(); });
  beforeEach(async () => { await setPolicy({}); });

  const setPolicy = (changes: Partial<CommentSettings>) => services.comments.administration.saveSettings({ ...DEFAULT_POLICY, ...changes });

  /** A fresh sender (own name, email and IP) with a form drawn 5 s ago; `fields` override. */
  async function submission(fields: Partial<CommentSubmission> = {}): Promise<CommentSubmission> {
    const n = ++seq;
    const { formStamp } = await services.comments.secrets();
    return {
      articleId, parentId: null, name: `Reader ${n}`, email: `reader${n}@example.org`, website: '', text: `Comment number ${n}.`,
      honeypot: '', stamp: issueFormStamp(formStamp, services.clock.now().getTime() - 5_000), ip: `10.1.${Math.floor(n / 200)}.${(n % 200) + 1}`, userAgent: 'vitest',
      ...fields,
    };
  }

  const statusOf = async (id: number) => (await services.comments.moderation.get(id)).status;
  const countFrom = async (email: string) => (await services.comments.moderation.list({ email }, 1, 100)).total;

  describe('moderation rules', () => {
    it('holds a first-time commenter, then lets the same name and email straight through once one is approved', async () => {
      const first = await submission();
      const held = await services.comments.submit(first);
      expect(held.visible).toBe(false);
      expect(await statusOf(held.id)).toBe('pending');

      await services.comments.moderation.apply(held.id, 'approve');
      services.clock.advance(16_000);
      const again = await services.comments.submit({ ...first, text: 'A second thought.' });

      expect(again.visible).toBe(true);
      expect(await statusOf(again.id)).toBe('approved');
    });

    it('still holds a known email under a new name', async () => {
      const first = await submission();
      await services.comments.moderation.apply((await services.comments.submit(first)).id, 'approve');
      services.clock.advance(16_000);

      const renamed = await services.comments.submit({ ...first, name: 'Someone Else', text: 'Under another name.' });

      expect(await statusOf(renamed.id)).toBe('pending');
    });

    it("holds even a known commenter when the policy is 'all'", async () => {
      const first = await submission();
      await services.comments.moderation.apply((await services.comments.submit(first)).id, 'approve');
      await setPolicy({ moderation: 'all' });
      services.clock.advance(16_000);

      const again = await services.comments.submit({ ...first, text: 'Held all the same.' });

      expect(again.visible).toBe(false);
      expect(await statusOf(again.id)).toBe('pending');
    });

    it("lets a first-time commenter through when the policy is 'open'", async () => {
      await setPolicy({ moderation: 'open' });

      const outcome = await services.comments.submit(await submission());

      expect(outcome.visible).toBe(true);
      expect(await statusOf(outcome.id)).toBe('approved');
    });

    it('holds a comment with two links and lets one with a single link through', async () => {
      await setPolicy({ moderation: 'open' });

      const two = await services.comments.submit(await submission({ text: 'See https://one.example/a and https://two.example/b' }));
      const one = await services.comments.submit(await submission({ text: 'See https://one.example/a' }));

      expect(await statusOf(two.id)).toBe('pending');
      expect(await statusOf(one.id)).toBe('approved');
    });

    it.each<[string, Partial<CommentSubmission>]>([
      ['the name', { name: 'Viagra Fan' }],
      ['the email', { email: 'cheap-viagra@example.org' }],
      ['the website', { website: 'https://viagra.example.com/' }],
      ['the text', { text: 'Buy viagra here.' }],
      ['the text, split by markup', { text: 'Buy vi<b></b>agra here.' }],
      ['the text, in capitals', { text: 'Buy VIAGRA here.' }],
      ['the IP address', { ip: '203.0.113.7' }],
    ])('holds a comment with a moderation-list entry in %s', async (_where, fields) => {
      await setPolicy({ moderation: 'open', moderationWords: 'viagra\n203.0.113.7' });

      const outcome = await services.comments.submit(await submission(fields));

      expect(outcome.visible).toBe(false);
      expect(await statusOf(outcome.id)).toBe('pending');
    });

    it('lets a comment without any listed word through under the same list', async () => {
      await setPolicy({ moderation: 'open', moderationWords: 'viagra\n203.0.113.7' });

      expect(await statusOf((await services.comments.submit(await submission({ ip: '203.0.113.70' }))).id)).toBe('approved');
    });

    it('sends a comment with a blocked-list word to spam, telling the sender it awaits moderation', async () => {
      await setPolicy({ moderation: 'open', blockedWords: 'casino' });

      const outcome = await services.comments.submit(await submission({ text: 'Best CaSiNo bonuses!' }));

      expect(await statusOf(outcome.id)).toBe('spam');
      expect(outcome.visible).toBe(false);
      expect(outcome.moderationHash).toMatch(/^[\w-]{22}$/);
      expect(outcome.notify).toBeNull();
    });

    it('sends a comment with the honeypot filled to spam, telling the sender it awaits moderation', async () => {
      await setPolicy({ moderation: 'open' });

      const outcome = await services.comments.submit(await submission({ honeypot: 'https://spam.example' }));

      expect(await statusOf(outcome.id)).toBe('spam');
      expect(outcome.visible).toBe(false);
      expect(outcome.moderationHash).toMatch(/^[\w-]{22}$/);
    });

    it('sends a form posted sooner than minFormSeconds after it was drawn to spam', async () => {
      await setPolicy({ moderation: 'open' });
      const { formStamp } = await services.comments.secrets();

      const early = await services.comments.submit(await submission({ stamp: issueFormStamp(formStamp, services.clock.now().getTime() - 2_999) }));
      const inTime = await services.comments.submit(await submission({ stamp: issueFormStamp(formStamp, services.clock.now().getTime() - 3_000) }));

      expect(await statusOf(early.id)).toBe('spam');
      expect(early.visible).toBe(false);
      expect(await statusOf(inTime.id)).toBe('approved');
    });

    it.each<[string, unknown]>([
      ['missing', undefined],
      ['forged', `${(Date.UTC(2026, 0, 1)).toString(36)}.AAAAAAAAAAAAAAAAAAAAAA`],
      ['signed with another key', issueFormStamp('another-site-key', Date.UTC(2026, 0, 1))],
    ])('sends a comment whose form stamp is %s to spam', async (_name, stamp) => {
      await setPolicy({ moderation: 'open' });

      const outcome = await services.comments.submit(await submission({ stamp }));

      expect(await statusOf(outcome.id)).toBe('spam');
      expect(outcome.visible).toBe(false);
    });
  });

  describe('refusals', () => {
    beforeEach(async () => { await setPolicy({ moderation: 'open' }); });

    it('refuses the same comment again with 409 COMMENT_DUPLICATE, even a minute later', async () => {
      const sent = await submission();
      await services.comments.submit(sent);
      services.clock.advance(60_000);

      await expect(services.comments.submit(sent)).rejects.toMatchObject({ code: 'COMMENT_DUPLICATE', status: 409 });
      expect(await countFrom(sent.email)).toBe(1);
    });

    it('takes the same words from the same person as a reply: another parent is no duplicate', async () => {
      const parent = await services.comments.submit(await submission());
      const sent = await submission();
      await services.comments.submit(sent);
      services.clock.advance(16_000);

      const reply = await services.comments.submit({ ...sent, parentId: parent.id });

      expect(reply.shown.parentId).toBe(parent.id);
      expect(await countFrom(sent.email)).toBe(2);
    });

    it('refuses a second comment from the same IP within 15 s with 429 COMMENT_TOO_FAST, and takes it at 15 s', async () => {
      const first = await submission();
      await services.comments.submit(first);
      const second = await submission({ ip: first.ip });

      services.clock.advance(14_999);
      await expect(services.comments.submit(second)).rejects.toMatchObject({ code: 'COMMENT_TOO_FAST', status: 429 });
      expect(await countFrom(second.email)).toBe(0);

      services.clock.advance(1);
      expect((await services.comments.submit(second)).visible).toBe(true);
    });

    it('refuses a second comment from the same email on another IP within 15 s', async () => {
      const first = await submission();
      await services.comments.submit(first);
      services.clock.advance(10_000);

      await expect(services.comments.submit(await submission({ email: first.email.toUpperCase(), name: first.name, text: 'Another thing.' })))
        .rejects.toMatchObject({ code: 'COMMENT_TOO_FAST', status: 429 });

      services.clock.advance(5_000);
      expect((await services.comments.submit(await submission({ email: first.email, name: first.name, text: 'Another thing.' }))).visible).toBe(true);
    });

    it.each<[string, number, Partial<CommentSubmission>]>([
      ['name', 245, { name: 'n'.repeat(245) }],
      ['email', 100, { email: `${'e'.repeat(88)}@example.org` }],
      ['website', 200, { website: `https://example.org/${'w'.repeat(180)}` }],
      ['text', 65_525, { text: 't'.repeat(65_525) }],
    ])('takes a %s of %i characters', async (_field, _length, fields) => {
      const outcome = await services.comments.submit(await submission(fields));
      const stored = await services.comments.moderation.get(outcome.id);
      expect({ name: stored.authorName, email: stored.authorEmail, website: stored.authorUrl, text: stored.text }).toMatchObject(fields);
    });

    it.each<[string, Partial<CommentSubmission>]>([
      ['name', { name: 'n'.repeat(246) }],
      ['email', { email: `${'e'.repeat(89)}@example.org` }],
      ['website', { website: `https://example.org/${'w'.repeat(181)}` }],
      ['text', { text: 't'.repeat(65_526) }],
    ])('refuses a %s one character too long with 400 naming the field', async (property, fields) => {
      const sent = await submission(fields);
      await expect(services.comments.submit(sent)).rejects.toMatchObject({ code: 'COMMENT_INVALID_INPUT', status: 400, property });
      expect(await countFrom(sent.email.toLowerCase())).toBe(0);
    });

    it.each(['javascript:alert(1)', 'ftp://x', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'https://', 'http://exa mple.org'])(
      'refuses the website %s with 400 naming the website',
      async (website) => {
        await expect(services.comments.submit(await submission({ website }))).rejects.toMatchObject({ code: 'COMMENT_INVALID_INPUT', status: 400, property: 'website' });
      },
    );

    it('stores a website typed without a scheme as an http address', async () => {
      const outcome = await services.comments.submit(await submission({ website: 'example.com' }));
      expect((await services.comments.moderation.get(outcome.id)).authorUrl).toBe('http://example.com');
    });

    it.each(['not-an-email', 'reader@localhost', 'two words@example.org', 'a@b@example.org', ''])('refuses the email %j with 400 naming the email', async (email) => {
      await expect(services.comments.submit(await submission({ email }))).rejects.toMatchObject({ code: 'COMMENT_INVALID_INPUT', status: 400, property: 'email' });
    });

    it.each(['', '   ', '\n\n\t \r\n'])('refuses the comment %j with 400 naming the text', async (text) => {
      await expect(services.comments.submit(await submission({ text }))).rejects.toMatchObject({ code: 'COMMENT_INVALID_INPUT', status: 400, property: 'text' });
    });

    it('refuses comments on an article whose comments are closed with 403 COMMENT_CLOSED', async () => {
      const article = await buildArticle(services.writer);
      await services.comments.moderation.setArticleOpen(article.slug, false);

      await expect(services.comments.submit(await submission({ articleId: article.id }))).rejects.toMatchObject({ code: 'COMMENT_CLOSED', status: 403 });

      await services.comments.moderation.setArticleOpen(article.slug, true);
      expect((await services.comments.submit(await submission({ articleId: article.id }))).visible).toBe(true);
    });

    it('refuses comments on an article older than closeAfterDays, and takes them on a younger one', async () => {
      await setPolicy({ moderation: 'open', closeAfterDays: 2 });
      const now = services.clock.now().getTime();
      const old = await buildArticle(services.writer, { publishedAt: new Date(now - 2 * 86_400_000).toISOString() });
      const young = await buildArticle(services.writer, { publishedAt: new Date(now - 2 * 86_400_000 + 60_000).toISOString() });

      await expect(services.comments.submit(await submission({ articleId: old.id }))).rejects.toMatchObject({ code: 'COMMENT_CLOSED', status: 403 });
      expect((await services.comments.submit(await submission({ articleId: young.id }))).visible).toBe(true);
    });

    it.each<[string, Parameters<typeof buildArticle>[1]]>([
      ['a draft', { status: 'draft' }],
      ['a scheduled article', { status: 'scheduled', publishedAt: '2099-01-01T00:00:00.000Z' }],
      ['an embargoed article', { embargoUntil: '2099-01-01T00:00:00.000Z' }],
    ])('refuses comments on %s with 404 COMMENT_ARTICLE_NOT_FOUND', async (_name, fields) => {
      const article = await buildArticle(services.writer, fields);
      const sent = await submission({ articleId: article.id });
      await expect(services.comments.submit(sent)).rejects.toMatchObject({ code: 'COMMENT_ARTICLE_NOT_FOUND', status: 404 });
      expect(await countFrom(sent.email)).toBe(0);
    });

    it('refuses comments on an unknown article with 404 COMMENT_ARTICLE_NOT_FOUND', async () => {
      await expect(services.comments.submit(await submission({ articleId: 987_654 }))).rejects.toMatchObject({ code: 'COMMENT_ARTICLE_NOT_FOUND', status: 404 });
    });
  });
});
