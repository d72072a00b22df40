import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import { buildApp } from '../server/app.ts';
import { articleLinks, elements, links, tagsIn, uniqueTag, useReaderSite } from './site.test-support.ts';

describe.each(DIALECTS)('reader site HTTP on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story, expectNotFoundPage } = site;

  describe('not found', () => {
    it('answers an unknown article with the 404 page', async () => {
      const { sectionSlug } = await story();
      await expectNotFoundPage(`/${sectionSlug}/no-such-story/`);
    });

    it('answers unknown sections, tags and authors with the 404 page', async () => {
      for (const url of ['/no-such-section/', '/tag/no-such-tag/', '/author/no-such-author/']) await expectNotFoundPage(url);
    });

    it.each([
      ['a draft', { status: 'draft' as const }],
      ['a scheduled article', { status: 'scheduled' as const, publishedAt: '2026-11-19T08:00:00.000Z' }],
      ['a future-dated article', { publishedAt: '2026-11-21T09:00:00.000Z' }],
    ])('answers %s with the 404 page and never shows its headline', async (_name, fields) => {
      const a = await story({ ...fields, headline: `Secret ${randomBytes(4).toString('hex')}` });
      const html = await expectNotFoundPage(a.path);
      expect(html).not.toContain(a.input.headline);
      for (const url of ['/', `/${a.sectionSlug}/`, `/author/${a.authorSlugs[0]}/`]) {
        const page = (await get(url)).body;
        expect(page, url).not.toContain(a.input.headline);
        expect(articleLinks(page), url).not.toContain(a.path);
      }
    });
  });

  describe('redirects', () => {
    it('answers an old slug with 301 to the current URL', async () => {
      const a = await story();
      await site.writer.updateArticle(a.slug, { ...a.input, slug: `${a.slug}-new` });

      const res = await get(a.path);

      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(`/${a.sectionSlug}/${a.slug}-new/`);
    });

    it('answers an article in the wrong section with 301 to its section', async () => {
      const a = await story();
      const other = await buildSection(site.writer);

      const res = await get(`/${other}/${a.slug}/`);

      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(a.path);
    });

    it('does not redirect an old slug to an article that is no longer published', async () => {
      const a = await story();
      await site.writer.updateArticle(a.slug, { ...a.input, slug: `${a.slug}-new`, status: 'draft' });

      expect((await get(a.path)).statusCode).toBe(404);
    });

    it('adds a missing trailing slash with 301, keeping the query', async () => {
      const a = await story();
      const cases = [
        [`/${a.sectionSlug}/${a.slug}`, a.path],
        [`/${a.sectionSlug}`, `/${a.sectionSlug}/`],
        [`/${a.sectionSlug}?page=2`, `/${a.sectionSlug}/?page=2`],
        [`/author/${a.authorSlugs[0]}`, `/author/${a.authorSlugs[0]}/`],
      ];
      for (const [from, to] of cases) {
        const res = await get(from ?? '');
        expect(res.statusCode, from).toBe(301);
        expect(res.headers.location, from).toBe(to);
      }
    });
  });

  describe('HTTP caching', () => {
    it('sends an ETag and answers a matching If-None-Match with 304', async () => {
      const a = await story();
      const first = await get(a.path);
      const etag = String(first.headers.etag);

      const again = await get(a.path, { 'if-none-match': etag });

      expect(etag).toMatch(/^(W\/)?".+"$/);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
    });

    it('answers a stale ETag with the changed page', async () => {
      const a = await story();
      const etag = String((await get(a.path)).headers.etag);
      await site.writer.updateArticle(a.slug, { ...a.input, headline: 'Changed' });

      const res = await get(a.path, { 'if-none-match': etag });

      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).not.toBe(etag);
    });

    it('sends Cache-Control that makes browsers revalidate and Surrogate-Key with the article', async () => {
      const a = await story();
      const res = await get(a.path);

      expect(res.headers['cache-control']).toMatch(/\bpublic\b/);
      expect(res.headers['cache-control']).toMatch(/\b(no-cache|max-age=0)\b/);
      expect(String(res.headers['surrogate-key']).split(' ')).toContain(`article:${a.id}`);
      expect(String(res.headers['surrogate-key']).split(' ')).toContain(`section:${a.sectionSlug}`);
    });

    it('sends brotli to a client that accepts it, decoding to the same HTML', async () => {
      const a = await story();
      const plain = await get(a.path);
      const br = await get(a.path, { 'accept-encoding': 'br' });

      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    });

    it('sends gzip to a client that accepts it, decoding to the same HTML', async () => {
      const a = await story();
      const plain = await get(a.path);
      const gz = await get(a.path, { 'accept-encoding': 'gzip, deflate' });

      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    });

    it('does not send an encoding the client refuses', async () => {
      const a = await story();
      const res = await get(a.path, { 'accept-encoding': 'br;q=0, gzip' });
      expect(res.headers['content-encoding']).toBe('gzip');
      const none = await get(a.path, { 'accept-encoding': 'identity' });
      expect(none.headers['content-encoding']).toBeUndefined();
      expect(none.body).toContain('<!DOCTYPE html>');
    });
  });

  describe('page cache purge', () => {
    it('shows a changed headline on the next request', async () => {
      const a = await story();
      expect((await get(a.path)).body).toContain(a.input.headline);
      expect(site.services.cache?.get(a.path)).toBeDefined();

      await site.writer.updateArticle(a.slug, { ...a.input, headline: 'A brand new headline' });
      const html = (await get(a.path)).body;

      expect(elements(html, 'h1').map((h) => h.text)).toEqual(['A brand new headline']);
      expect(html).not.toContain(a.input.headline);
    });

    it('shows a newly published article on its section page and the home page at once', async () => {
      const sectionSlug = await buildSection(site.writer);
      const first = await story({ sectionSlug });
      await get(`/${sectionSlug}/`);
      await get('/');

      const fresh = await story({ sectionSlug, publishedAt: new Date(TEST_NOW.getTime() - 1000).toISOString() });

      expect(articleLinks((await get(`/${sectionSlug}/`)).body)).toEqual([fresh.path, first.path]);
      expect(articleLinks((await get('/')).body)).toContain(fresh.path);
    });

    it('shows a draft on list pages once it is published', async () => {
      const tag = uniqueTag();
      const a = await story({ status: 'draft', tags: [tag] });
      const pages = [`/${a.sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${a.authorSlugs[0]}/`];
      for (const url of pages) expect(articleLinks((await get(url)).body)).not.toContain(a.path);

      await site.writer.updateArticle(a.slug, a.input);

      for (const url of pages) expect(articleLinks((await get(url)).body), url).toContain(a.path);
      expect((await get(a.path)).statusCode).toBe(200);
    });

    it('removes an unpublished article from its page and list pages at once', async () => {
      const a = await story();
      await get(a.path);
      await get(`/${a.sectionSlug}/`);

      await site.writer.updateArticle(a.slug, { ...a.input, status: 'draft' });

      expect((await get(a.path)).statusCode).toBe(404);
      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).not.toContain(a.path);
    });

    it('shows a changed headline in the related block of other articles', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const b = await story({ tags: [tag] });
      // Related lists are computed in the background after a write; run that now.
      await site.services.indexing.sweepAll();
      expect((await get(a.path)).body).toContain(b.input.headline);

      await site.writer.updateArticle(b.slug, { ...b.input, headline: 'Renamed neighbour' });

      const html = (await get(a.path)).body;
      expect(html).toContain('Renamed neighbour');
      expect(html).not.toContain(b.input.headline);
    });

    it('drops an article from the page of a tag it no longer has', async () => {
      const [kept, removed] = [uniqueTag(), uniqueTag()];
      const a = await story({ tags: [kept, removed] });
      expect(articleLinks((await get(`/tag/${slugify(removed)}/`)).body)).toContain(a.path);

      await site.writer.updateArticle(a.slug, { ...a.input, tags: [kept] });

      expect(articleLinks((await get(`/tag/${slugify(removed)}/`)).body)).not.toContain(a.path);
    });

    it('drops an article from the page of an author no longer on its byline', async () => {
      const [stays, leaves] = [await buildAuthor(site.writer), await buildAuthor(site.writer)];
      const a = await story({ authorSlugs: [stays, leaves] });
      expect(articleLinks((await get(`/author/${leaves}/`)).body)).toContain(a.path);

      await site.writer.updateArticle(a.slug, { ...a.input, authorSlugs: [stays] });

      expect(articleLinks((await get(`/author/${leaves}/`)).body)).not.toContain(a.path);
    });

    it('drops an article from its old section page when it moves section', async () => {
      const a = await story();
      const target = await buildSection(site.writer);
      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).toContain(a.path);

      await site.writer.updateArticle(a.slug, { ...a.input, sectionSlug: target });

      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).not.toContain(a.path);
      expect(articleLinks((await get(`/${target}/`)).body)).toContain(`/${target}/${a.slug}/`);
    });

    it('shows a new section in the navigation of cached pages', async () => {
      const a = await story();
      await get(a.path);

      const added = await buildSection(site.writer, { name: 'Brand New Section' });

      const nav = (await get(a.path)).body.match(/<nav[\s\S]*?<\/nav>/)?.[0] ?? '';
      expect(links(nav)).toContainEqual(expect.objectContaining({ href: `/${added}/`, text: 'Brand New Section' }));
    });
  });

  describe('unexpected errors', () => {
    /** Its own services and app, whose database the case closes; the shared instance stays whole. */
    async function siteWithLostDatabase({ warmFrame }: { warmFrame: boolean }) {
      const services = await createTestServices(dialect);
      const app = await buildApp(services);
      const sectionSlug = await buildSection(services.writer, { name: 'Weather' });
      const author = await buildAuthor(services.writer);
      const article = await buildArticle(services.writer, { sectionSlug, authorSlugs: [author] });
      if (warmFrame) expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
      await services.handle.close();
      const failure = await services.content.listSections().then(() => null, (error: unknown) => error as Error);
      expect(failure).toBeInstanceOf(Error);
      return {
        services, sectionSlug, failure: failure as Error,
        pages: [`/${sectionSlug}/`, `/${sectionSlug}/${article.slug}/`, `/author/${author}/`],
        get: (url: string) => app.inject({ method: 'GET', url }),
        close: async () => { await app.close(); await services.close(); },
      };
    }

    function expectNoInternals(html: string, failure: Error, where: string) {
      expect(html, where).not.toMatch(/^\s*at\s/m);
      expect(html, where).not.toMatch(/\.(?:[cm]?[jt]sx?):\d+/);
      expect(html, where).not.toMatch(/\b(?:select|insert|update|delete)\b[\s\S]{0,120}\b(?:from|into|set|where)\b/i);
      expect(html, where).not.toMatch(/sqlite|postgres|kysely|node_modules/i);
      expect(html, where).not.toContain(failure.message);
    }

    it('answers an uncached page with the 500 page in the site design when the database fails', async () => {
      const broken = await siteWithLostDatabase({ warmFrame: true });
      try {
        for (const url of broken.pages) {
          const res = await broken.get(url);
          expect(res.statusCode, url).toBe(500);
          expect(res.headers['content-type'], url).toMatch(/^text\/html/);
          expect(res.headers['cache-control'], url).toContain('no-store');
          const tags = tagsIn(res.body);
          expect(tags.some((t) => t.name === 'link' && t.attrs.rel === 'stylesheet'), url).toBe(true);
          expect(tags.some((t) => t.name === 'header' && t.attrs.class === 'site-header'), url).toBe(true);
          expect(links(res.body.match(/<nav[\s\S]*?<\/nav>/)?.[0] ?? ''), url).toContainEqual(expect.objectContaining({ href: `/${broken.sectionSlug}/`, text: 'Weather' }));
          expect(elements(res.body, 'h1'), url).toHaveLength(1);
          expectNoInternals(res.body, broken.failure, url);
          expect(broken.services.cache?.get(url), url).toBeUndefined();
        }
      } finally {
        await broken.close();
      }
    });

    it('answers with a minimal HTML 500 page when even the site frame cannot be loaded', async () => {
      const broken = await siteWithLostDatabase({ warmFrame: false });
      try {
        for (const url of ['/', ...broken.pages]) {
          const res = await broken.get(url);
          expect(res.statusCode, url).toBe(500);
          expect(res.headers['content-type'], url).toMatch(/^text\/html/);
          expect(res.body, url).toMatch(/^<!DOCTYPE html>/);
          expect(tagsIn(res.body).some((t) => t.name === 'title'), url).toBe(true);
          expectNoInternals(res.body, broken.failure, url);
        }
      } finally {
        await broken.close();
      }
    });
  });
});
