import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { roleUsers, useSignedIn } from '../../test/support/sign-in.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { useSectionAndAuthor } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const HOUR = 3_600_000;
const ROLES: Role[] = ['editor', 'author', 'contributor'];

interface NewLink { id: number; url: string; expiresAt: string }

describe.each(DIALECTS)('preview links on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const { call } = useSignedIn(ctx, roleUsers(ROLES, (role) => `The ${role}`));
  const filedUnder = useSectionAndAuthor(ctx);
  let counter = 0;

  async function draft(who: Role = 'editor') {
    const n = ++counter;
    const headline = `Embargoed budget leak ${dialect} ${n}`;
    const res = await call(who, 'POST', '/api/admin/articles', {
      headline, slug: `budget-leak-${dialect}-${n}`, ...filedUnder(), body: '<p>The figures, before anyone else.</p>',
    });
    expect(res.statusCode, res.body).toBe(201);
    const article = res.json() as { slug: string; revision: number; headline: string };
    return { ...article, publicPath: `/${filedUnder().sectionSlug}/${article.slug}/` };
  }
  async function link(slug: string, payload: Record<string, unknown> = {}, who: Role = 'editor'): Promise<NewLink> {
    const res = await call(who, 'POST', `/api/admin/articles/${slug}/preview-links`, payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as NewLink;
  }
  /** The path part of a preview link, as a browser would request it. */
  const pathOf = (url: string) => new URL(url).pathname;
  const open = (url: string) => ctx.app.inject({ method: 'GET', url: pathOf(url) });

  async function expectNotFoundPage(url: string) {
    const res = await ctx.app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(404);
    expect(res.headers['content-type'], url).toMatch(/^text\/html/);
    return res.body;
  }

  describe('creating', () => {
    it('makes a link under /preview/ that lasts 48 hours by default', async () => {
      const article = await draft();
      const now = ctx.services.clock.now().getTime();
      const created = await link(article.slug);
      expect(created.url.startsWith('https://news.example.test/preview/')).toBe(true);
      expect(pathOf(created.url)).toMatch(/^\/preview\/[A-Za-z0-9_-]{16,64}$/);
      expect(created.expiresAt).toBe(new Date(now + 48 * HOUR).toISOString());
    });

    it('takes a lifetime from 1 to 720 hours', async () => {
      const article = await draft();
      const now = ctx.services.clock.now().getTime();
      expect((await link(article.slug, { expiresInHours: 1 })).expiresAt).toBe(new Date(now + HOUR).toISOString());
      expect((await link(article.slug, { expiresInHours: 720 })).expiresAt).toBe(new Date(now + 720 * HOUR).toISOString());
    });

    it('makes a default link for a POST without a body', async () => {
      const article = await draft();
      const now = ctx.services.clock.now().getTime();
      const bare = await call('editor', 'POST', `/api/admin/articles/${article.slug}/preview-links`);
      expect(bare.statusCode, bare.body).toBe(201);
      expect(bare.json().expiresAt).toBe(new Date(now + 48 * HOUR).toISOString());
    });

    it.each([[0], [721], [-5], [1.5], ['two days'], [null]])('answers expiresInHours %j with 400 naming it', async (hours) => {
      const article = await draft();
      const res = await call('editor', 'POST', `/api/admin/articles/${article.slug}/preview-links`, { expiresInHours: hours });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'expiresInHours' } });
    });

    it('answers an unknown field with 400 and an unknown article with 404', async () => {
      const article = await draft();
      const extra = await call('editor', 'POST', `/api/admin/articles/${article.slug}/preview-links`, { expiresInHours: 2, token: 'mine' });
      expect(extra.statusCode).toBe(400);
      expect(extra.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'token' } });
      const missing = await call('editor', 'POST', '/api/admin/articles/no-such-story/preview-links', {});
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: { code: 'CONTENT_ARTICLE_NOT_FOUND' } });
    });

    it('lets an author share their own draft but not a contributor', async () => {
      const authors = await draft('author');
      expect((await call('author', 'POST', `/api/admin/articles/${authors.slug}/preview-links`, {})).statusCode).toBe(201);
      const contributors = await draft('contributor');
      const res = await call('contributor', 'POST', `/api/admin/articles/${contributors.slug}/preview-links`, {});
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'ACCOUNTS_FORBIDDEN' } });
      const list = await call('editor', 'GET', `/api/admin/articles/${contributors.slug}/preview-links`);
      expect(list.json()).toEqual({ items: [] });
    });

    it('needs a session', async () => {
      const article = await draft();
      const res = await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${article.slug}/preview-links`, payload: {} });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('opening', () => {
    it('shows the draft to whoever holds the link, privately and never indexed', async () => {
      const article = await draft();
      const created = await link(article.slug);
      const res = await open(created.url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain(article.headline);
      expect(res.body).toContain('The figures, before anyone else.');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(String(res.headers['x-robots-tag'])).toContain('noindex');
      expect(res.headers['surrogate-key']).toBeUndefined();
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
      expect(res.body).not.toContain(pathOf(created.url).slice('/preview/'.length));
    });

    it('shows the latest saved text, not the text when the link was made', async () => {
      const article = await draft();
      const created = await link(article.slug);
      const saved = await call('editor', 'PUT', `/api/admin/articles/${article.slug}`, {
        headline: 'Budget leak: the final figures', ...filedUnder(), baseRevision: article.revision,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const res = await open(created.url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Budget leak: the final figures');
      expect(res.body).not.toContain(article.headline);
    });

    it('keeps the draft off its public address while a link is live', async () => {
      const article = await draft();
      const created = await link(article.slug);
      expect((await open(created.url)).statusCode).toBe(200);
      const page = await expectNotFoundPage(article.publicPath);
      expect(page).not.toContain(article.headline);
      expect((await ctx.app.inject(`/api/v1/articles/${article.slug}`)).statusCode).toBe(404);
      expect((await ctx.app.inject('/')).body).not.toContain(article.headline);
    });

    it('leads to the public page, uncached, once the article is published', async () => {
      const article = await draft();
      const created = await link(article.slug);
      expect((await call('editor', 'POST', `/api/admin/articles/${article.slug}/publish`)).statusCode).toBe(200);
      const res = await open(created.url);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe(article.publicPath);
      expect(res.headers['cache-control']).toBe('private, no-store');
    });

    it('answers a wrong token with the 404 page', async () => {
      const article = await draft();
      const created = await link(article.slug);
      const token = pathOf(created.url).slice('/preview/'.length);
      const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      const body = await expectNotFoundPage(`/preview/${wrong}`);
      expect(body).not.toContain(article.headline);
    });

    it.each([
      '/preview/%00', '/preview/../../etc', '/preview/..%2F..%2Fetc%2Fpasswd', `/preview/${'a'.repeat(200)}`, `/preview/${'a'.repeat(65)}`,
      '/preview/%E0%A4%A', "/preview/' OR 1=1 --", '/preview/x', '/preview/%3Cscript%3E',
    ])('answers the malformed token %s with the 404 page, never a 500', async (url) => {
      let res = await ctx.app.inject({ method: 'GET', url });
      // The site adds a missing trailing slash to any path first; that redirect must stay on this site.
      if (res.statusCode === 301) {
        const location = String(res.headers.location);
        expect(location).toMatch(/^\/(?!\/)/);
        res = await ctx.app.inject({ method: 'GET', url: location });
      }
      expect(res.statusCode, res.body).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    });

    it('stops working once it expires', async () => {
      const article = await draft();
      const created = await link(article.slug, { expiresInHours: 2 });
      ctx.services.clock.advance(2 * HOUR - 1000);
      expect((await open(created.url)).statusCode).toBe(200);
      ctx.services.clock.advance(2000);
      const body = await expectNotFoundPage(pathOf(created.url));
      expect(body).not.toContain(article.headline);
      const list = await call('editor', 'GET', `/api/admin/articles/${article.slug}/preview-links`);
      expect(list.json()).toEqual({ items: [] });
    });

    it('stops working after the default 48 hours', async () => {
      const article = await draft();
      const created = await link(article.slug);
      ctx.services.clock.advance(47 * HOUR);
      expect((await open(created.url)).statusCode).toBe(200);
      ctx.services.clock.advance(HOUR + 1);
      await expectNotFoundPage(pathOf(created.url));
    });
  });

  describe('listing and revoking', () => {
    it('lists live links without their token or url', async () => {
      const article = await draft();
      const first = await link(article.slug);
      const second = await link(article.slug, { expiresInHours: 5 });
      const res = await call('editor', 'GET', `/api/admin/articles/${article.slug}/preview-links`);
      expect(res.statusCode).toBe(200);
      const { items } = res.json() as { items: { id: number; expiresAt: string; createdAt: string; createdBy: string | null }[] };
      expect(items.map((l) => l.id)).toEqual([second.id, first.id]);
      expect(items[0]).toEqual({ id: second.id, expiresAt: second.expiresAt, createdAt: ctx.services.clock.now().toISOString(), createdBy: 'The editor' });
      for (const created of [first, second]) {
        expect(res.body).not.toContain(pathOf(created.url).slice('/preview/'.length));
        expect(res.body).not.toContain('/preview/');
      }
    });

    it('ends a link at once when revoked, leaving the others working', async () => {
      const article = await draft();
      const kept = await link(article.slug);
      const revoked = await link(article.slug);
      expect((await open(revoked.url)).statusCode).toBe(200);
      const res = await call('editor', 'DELETE', `/api/admin/articles/${article.slug}/preview-links/${revoked.id}`);
      expect(res.statusCode, res.body).toBe(204);
      expect(res.body).toBe('');
      await expectNotFoundPage(pathOf(revoked.url));
      expect((await open(kept.url)).statusCode).toBe(200);
      const list = (await call('editor', 'GET', `/api/admin/articles/${article.slug}/preview-links`)).json() as { items: { id: number }[] };
      expect(list.items.map((l) => l.id)).toEqual([kept.id]);
      await expectNotFoundPage(article.publicPath);
    });

    it("answers revoking an unknown link, or another article's link, with 404 and keeps it working", async () => {
      const article = await draft();
      const other = await draft();
      const created = await link(other.slug);
      for (const url of [`/api/admin/articles/${article.slug}/preview-links/${created.id}`, `/api/admin/articles/${article.slug}/preview-links/999999`]) {
        const res = await call('editor', 'DELETE', url);
        expect(res.statusCode, url).toBe(404);
        expect(res.json()).toMatchObject({ error: { code: 'CONTENT_PREVIEW_LINK_NOT_FOUND' } });
      }
      expect((await open(created.url)).statusCode).toBe(200);
      const bad = await call('editor', 'DELETE', `/api/admin/articles/${article.slug}/preview-links/abc`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: 'id' } });
    });

    it('does not let a contributor revoke a link', async () => {
      const article = await draft('contributor');
      const created = await link(article.slug);
      const res = await call('contributor', 'DELETE', `/api/admin/articles/${article.slug}/preview-links/${created.id}`);
      expect(res.statusCode).toBe(403);
      expect((await open(created.url)).statusCode).toBe(200);
    });
  });
});
