import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import { buildApp } from '../server/app.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;
interface Tag { name: string; attrs: Record<string, string> }

const SITE = 'https://news.example.test';
const uniqueTag = () => `Topic ${randomBytes(4).toString('hex')}`;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Every start tag with its attributes; attribute values are quoted and `<` is always escaped in text. */
function tagsIn(html: string): Tag[] {
  const start = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  return [...html.matchAll(start)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    return { name: (m[1] ?? '').toLowerCase(), attrs };
  });
}

function textOf(fragment: string): string {
  return decode(fragment.replace(/<[^>]*>/g, '')).trim();
}

function elements(html: string, name: string): { attrs: Record<string, string>; text: string }[] {
  const re = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g');
  return [...html.matchAll(re)].map((m) => ({ attrs: tagsIn(`<${name}${m[1] ?? ''}>`)[0]?.attrs ?? {}, text: textOf(m[2] ?? '') }));
}

function links(html: string) {
  return elements(html, 'a').map((a) => ({ href: a.attrs.href ?? '', text: a.text, attrs: a.attrs }));
}

function meta(html: string, key: string): string | undefined {
  return tagsIn(html).find((t) => t.name === 'meta' && (t.attrs.property === key || t.attrs.name === key))?.attrs.content;
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

function articleLinks(fragment: string): string[] {
  return [...new Set(links(fragment).map((l) => l.href).filter((href) => /^\/[^/]+\/[^/]+\/$/.test(href) && !href.startsWith('/tag/') && !href.startsWith('/author/')))];
}

/** Fails if anything in the page could run script: inline scripts, event handlers, javascript: URLs. */
function expectInert(html: string, where: string) {
  for (const tag of tagsIn(html)) {
    expect(Object.keys(tag.attrs).filter((name) => name.startsWith('on')), `${where}: <${tag.name}> handler`).toEqual([]);
    for (const key of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      expect(tag.attrs[key]?.trim().toLowerCase().startsWith('javascript:') ?? false, `${where}: ${key}`).toBe(false);
    }
    if (tag.name === 'script') {
      const safe = tag.attrs.type === 'application/ld+json' || (tag.attrs.src ?? '').startsWith('/static/');
      expect(safe, `${where}: <script ${JSON.stringify(tag.attrs)}>`).toBe(true);
    }
    expect(['iframe', 'object', 'embed', 'style', 'svg'], `${where}: <${tag.name}>`).not.toContain(tag.name);
  }
  expect(html.match(/<[a-zA-Z]/g)?.length ?? 0, `${where}: every tag parses`).toBe(tagsIn(html).length);
  for (const data of jsonLd(html)) expect(data['@context'], where).toBe('https://schema.org');
}

describe.each(DIALECTS)('reader site on %s', (dialect) => {
  let s: TestServices;
  let app: FastifyInstance;
  beforeAll(async () => {
    s = await createTestServices(dialect);
    app = await buildApp(s);
  });
  afterAll(async () => {
    await app?.close();
    await s?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  async function story(fields: Parameters<typeof buildArticle>[1] = {}) {
    const sectionSlug = fields.sectionSlug ?? await buildSection(s.writer);
    const authorSlugs = fields.authorSlugs ?? [await buildAuthor(s.writer)];
    const article = await buildArticle(s.writer, { ...fields, sectionSlug, authorSlugs });
    const input = {
      headline: fields.headline ?? `Headline ${article.slug}`, slug: article.slug, sectionSlug, authorSlugs, tags: fields.tags ?? [],
      status: 'published' as const, publishedAt: fields.publishedAt ?? '2026-11-19T09:00:00.000Z',
    };
    return { ...article, path: `/${sectionSlug}/${article.slug}/`, input };
  }

  describe('GET /{section}/{slug}/', () => {
    it('shows the section label, headline, standfirst, byline, date and tags', async () => {
      const sectionSlug = await buildSection(s.writer, { name: 'Harbour News' });
      const ada = await buildAuthor(s.writer, { name: 'Ada Lovelace' });
      const ben = await buildAuthor(s.writer, { name: 'Ben Okri' });
      const [tagA, tagB] = [uniqueTag(), uniqueTag()];
      const a = await story({ sectionSlug, authorSlugs: [ada, ben], tags: [tagA, tagB], headline: 'Ferry returns & sails on', standfirst: 'The "old" ferry is back.' });

      const res = await get(a.path);

      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const html = res.body;
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const all = links(main);
      expect(all).toContainEqual(expect.objectContaining({ href: `/${sectionSlug}/`, text: 'Harbour News' }));
      expect(elements(html, 'h1').map((h) => h.text)).toEqual(['Ferry returns & sails on']);
      expect(elements(main, 'p').map((p) => p.text)).toContain('The "old" ferry is back.');
      expect(all).toContainEqual(expect.objectContaining({ href: `/author/${ada}/`, text: 'Ada Lovelace' }));
      expect(all).toContainEqual(expect.objectContaining({ href: `/author/${ben}/`, text: 'Ben Okri' }));
      expect(elements(main, 'time').map((t) => t.attrs.datetime)).toContain('2026-11-19T09:00:00.000Z');
      expect(all).toContainEqual(expect.objectContaining({ href: `/tag/${slugify(tagA)}/`, text: tagA }));
      expect(all).toContainEqual(expect.objectContaining({ href: `/tag/${slugify(tagB)}/`, text: tagB }));
      expect(html).toContain('<p>Body text.</p>');
    });

    it('shows a Related Articles block of 4 to 6 links when enough related articles exist', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const others = [];
      for (let i = 0; i < 7; i += 1) others.push((await story({ tags: [tag] })).path);

      const html = (await get(a.path)).body;
      const block = html.match(/<section class="related"[\s\S]*?<\/section>/)?.[0] ?? '';
      const related = articleLinks(block);

      expect(elements(block, 'h2')).toHaveLength(1);
      expect(related.length).toBeGreaterThanOrEqual(4);
      expect(related.length).toBeLessThanOrEqual(6);
      expect(related).not.toContain(a.path);
      for (const href of related) expect(others).toContain(href);
    });

    it('declares right-to-left direction for an Arabic site', async () => {
      const a = await story();
      try {
        await s.writer.setSiteSettings({ title: 'الخبر', description: '', language: 'ar' });
        const html = (await get(a.path)).body;
        expect(tagsIn(html).find((t) => t.name === 'html')?.attrs).toMatchObject({ lang: 'ar', dir: 'rtl' });
      } finally {
        await s.writer.setSiteSettings({ title: 'Dateline', description: 'News from the newsroom.', language: 'en' });
      }
    });

    it('describes itself with a canonical URL, Open Graph and Twitter tags', async () => {
      const a = await story({ standfirst: 'What happened.' });
      const html = (await get(`${a.path}?utm_source=newsletter`)).body;
      const url = `${SITE}${a.path}`;

      expect(tagsIn(html).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(url);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:title')).toBe(a.input.headline);
      expect(meta(html, 'og:description')).toBe('What happened.');
      expect(meta(html, 'og:url')).toBe(url);
      expect(meta(html, 'og:site_name')).toBe('Dateline');
      expect(meta(html, 'twitter:card')).toMatch(/^summary/);
      expect(meta(html, 'twitter:title')).toBe(a.input.headline);
      expect(meta(html, 'twitter:description')).toBe('What happened.');
    });

    it('embeds NewsArticle JSON-LD', async () => {
      const sectionSlug = await buildSection(s.writer, { name: 'Science' });
      const author = await buildAuthor(s.writer, { name: 'Grace Hopper' });
      const a = await story({ sectionSlug, authorSlugs: [author], updatedAt: '2026-11-19T10:30:00.000Z' });

      const [data] = jsonLd((await get(a.path)).body);

      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: a.input.headline,
        datePublished: '2026-11-19T09:00:00.000Z',
        dateModified: '2026-11-19T10:30:00.000Z',
        articleSection: 'Science',
        author: [expect.objectContaining({ '@type': 'Person', name: 'Grace Hopper' })],
        publisher: expect.objectContaining({ name: 'Dateline' }),
      });
    });

    it('keeps a headline that closes the script inside the JSON-LD', async () => {
      const headline = '</script><script>alert(1)</script> & more';
      const a = await story({ headline });
      const html = (await get(a.path)).body;

      expect(jsonLd(html)[0]?.headline).toBe(headline);
      expect(elements(html, 'h1').map((h) => h.text)).toEqual([headline]);
      expectInert(html, a.path);
    });

    it('serves an article whose slug is Arabic', async () => {
      const slug = `مقال-${randomBytes(2).toString('hex')}`;
      const a = await story({ slug, headline: 'مرحبا بالعالم' });

      const res = await get(`/${a.sectionSlug}/${encodeURIComponent(slug)}/`);

      expect(res.statusCode).toBe(200);
      expect(elements(res.body, 'h1').map((h) => h.text)).toEqual(['مرحبا بالعالم']);
    });
  });

  describe('list pages', () => {
    it('gives every page type a skip link, a labelled back-to-top link, language, canonical and social tags', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const pages = ['/', `/${a.sectionSlug}/`, a.path, `/tag/${slugify(tag)}/`, `/author/${a.authorSlugs[0]}/`];
      for (const url of pages) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        const tags = tagsIn(res.body);
        const all = links(res.body);
        expect(tags.find((t) => t.name === 'html')?.attrs, url).toMatchObject({ lang: 'en', dir: 'ltr' });
        const skip = all[0];
        expect(skip?.href, url).toMatch(/^#./);
        expect(skip?.text, url).not.toBe('');
        expect(tags.some((t) => t.attrs.id === skip?.href.slice(1)), url).toBe(true);
        const backToTop = all.find((l) => l.href === '#top');
        expect((backToTop?.attrs['aria-label'] || backToTop?.text || '').trim(), url).not.toBe('');
        expect(tags.some((t) => t.attrs.id === 'top'), url).toBe(true);
        const canonical = tags.find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
        expect(canonical, url).toBe(`${SITE}${url}`);
        expect(meta(res.body, 'og:url'), url).toBe(canonical);
        expect(meta(res.body, 'og:title'), url).toBeTruthy();
        expect(meta(res.body, 'twitter:card'), url).toMatch(/^summary/);
        expect(elements(res.body, 'h1'), url).toHaveLength(1);
      }
    });

    it('GET / lists a published article', async () => {
      const a = await story({ publishedAt: '2026-11-19T11:00:00.000Z' });
      const res = await get('/');

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(a.path);
      expect(elements(res.body, 'h1')).toHaveLength(1);
      expect(tagsIn(res.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/`);
    });

    it('GET /{section}/ lists the section newest first under its name', async () => {
      const sectionSlug = await buildSection(s.writer, { name: 'Local' });
      const older = await story({ sectionSlug, publishedAt: '2026-11-18T09:00:00.000Z' });
      const newer = await story({ sectionSlug, publishedAt: '2026-11-19T09:00:00.000Z' });
      const other = await story();

      const res = await get(`/${sectionSlug}/`);

      expect(res.statusCode).toBe(200);
      expect(elements(res.body, 'h1').map((h) => h.text)).toEqual(['Local']);
      const main = res.body.slice(res.body.indexOf('<main'));
      expect(articleLinks(main)).toEqual([newer.path, older.path]);
      expect(articleLinks(main)).not.toContain(other.path);
      expect(links(main)).toContainEqual(expect.objectContaining({ href: `/${sectionSlug}/`, text: 'Local' }));
      expect(elements(main, 'time').map((t) => t.attrs.datetime)).toEqual(['2026-11-19T09:00:00.000Z', '2026-11-18T09:00:00.000Z']);
      expect(tagsIn(res.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/${sectionSlug}/`);
    });

    it('GET /{section}/?page=2 shows the next page', async () => {
      const sectionSlug = await buildSection(s.writer);
      const paths: string[] = [];
      for (let i = 0; i < 21; i += 1) {
        paths.unshift((await story({ sectionSlug, publishedAt: new Date(Date.parse('2026-11-19T00:00:00.000Z') + i * 60_000).toISOString() })).path);
      }

      const first = await get(`/${sectionSlug}/`);
      const second = await get(`/${sectionSlug}/?page=2`);

      expect(articleLinks(first.body.slice(first.body.indexOf('<main')))).toEqual(paths.slice(0, 20));
      expect(links(first.body).find((l) => l.attrs.rel === 'next')?.href).toBe(`/${sectionSlug}/?page=2`);
      expect(second.statusCode).toBe(200);
      expect(articleLinks(second.body.slice(second.body.indexOf('<main')))).toEqual(paths.slice(20));
      expect(tagsIn(second.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/${sectionSlug}/?page=2`);
    });

    it('GET /tag/{slug}/ lists the articles with that tag', async () => {
      const tag = uniqueTag();
      const tagged = await story({ tags: [tag] });
      const untagged = await story();

      const res = await get(`/tag/${slugify(tag)}/`);

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(tagged.path);
      expect(articleLinks(res.body)).not.toContain(untagged.path);
      expect(elements(res.body, 'h1')[0]?.text).toContain(tag);
    });

    it('GET /author/{slug}/ lists the author\'s articles', async () => {
      const author = await buildAuthor(s.writer, { name: 'Kim Reporter' });
      const byAuthor = await story({ authorSlugs: [author] });
      const byOther = await story();

      const res = await get(`/author/${author}/`);

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(byAuthor.path);
      expect(articleLinks(res.body)).not.toContain(byOther.path);
      expect(elements(res.body, 'h1')[0]?.text).toContain('Kim Reporter');
    });
  });

  describe('not found', () => {
    async function expectNotFoundPage(url: string) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['cache-control'], url).toContain('no-store');
      const tags = tagsIn(res.body);
      expect(tags.some((t) => t.name === 'link' && t.attrs.rel === 'stylesheet'), url).toBe(true);
      expect(tags.some((t) => t.name === 'nav'), url).toBe(true);
      expect(elements(res.body, 'h1'), url).toHaveLength(1);
      return res.body;
    }

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
      await s.writer.updateArticle(a.slug, { ...a.input, slug: `${a.slug}-new` });

      const res = await get(a.path);

      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(`/${a.sectionSlug}/${a.slug}-new/`);
    });

    it('answers an article in the wrong section with 301 to its section', async () => {
      const a = await story();
      const other = await buildSection(s.writer);

      const res = await get(`/${other}/${a.slug}/`);

      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(a.path);
    });

    it('does not redirect an old slug to an article that is no longer published', async () => {
      const a = await story();
      await s.writer.updateArticle(a.slug, { ...a.input, slug: `${a.slug}-new`, status: 'draft' });

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
      await s.writer.updateArticle(a.slug, { ...a.input, headline: 'Changed' });

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
      expect(s.cache?.get(a.path)).toBeDefined();

      await s.writer.updateArticle(a.slug, { ...a.input, headline: 'A brand new headline' });
      const html = (await get(a.path)).body;

      expect(elements(html, 'h1').map((h) => h.text)).toEqual(['A brand new headline']);
      expect(html).not.toContain(a.input.headline);
    });

    it('shows a newly published article on its section page and the home page at once', async () => {
      const sectionSlug = await buildSection(s.writer);
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

      await s.writer.updateArticle(a.slug, a.input);

      for (const url of pages) expect(articleLinks((await get(url)).body), url).toContain(a.path);
      expect((await get(a.path)).statusCode).toBe(200);
    });

    it('removes an unpublished article from its page and list pages at once', async () => {
      const a = await story();
      await get(a.path);
      await get(`/${a.sectionSlug}/`);

      await s.writer.updateArticle(a.slug, { ...a.input, status: 'draft' });

      expect((await get(a.path)).statusCode).toBe(404);
      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).not.toContain(a.path);
    });

    it('shows a changed headline in the related block of other articles', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const b = await story({ tags: [tag] });
      expect((await get(a.path)).body).toContain(b.input.headline);

      await s.writer.updateArticle(b.slug, { ...b.input, headline: 'Renamed neighbour' });

      const html = (await get(a.path)).body;
      expect(html).toContain('Renamed neighbour');
      expect(html).not.toContain(b.input.headline);
    });

    it('drops an article from the page of a tag it no longer has', async () => {
      const [kept, removed] = [uniqueTag(), uniqueTag()];
      const a = await story({ tags: [kept, removed] });
      expect(articleLinks((await get(`/tag/${slugify(removed)}/`)).body)).toContain(a.path);

      await s.writer.updateArticle(a.slug, { ...a.input, tags: [kept] });

      expect(articleLinks((await get(`/tag/${slugify(removed)}/`)).body)).not.toContain(a.path);
    });

    it('drops an article from the page of an author no longer on its byline', async () => {
      const [stays, leaves] = [await buildAuthor(s.writer), await buildAuthor(s.writer)];
      const a = await story({ authorSlugs: [stays, leaves] });
      expect(articleLinks((await get(`/author/${leaves}/`)).body)).toContain(a.path);

      await s.writer.updateArticle(a.slug, { ...a.input, authorSlugs: [stays] });

      expect(articleLinks((await get(`/author/${leaves}/`)).body)).not.toContain(a.path);
    });

    it('drops an article from its old section page when it moves section', async () => {
      const a = await story();
      const target = await buildSection(s.writer);
      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).toContain(a.path);

      await s.writer.updateArticle(a.slug, { ...a.input, sectionSlug: target });

      expect(articleLinks((await get(`/${a.sectionSlug}/`)).body)).not.toContain(a.path);
      expect(articleLinks((await get(`/${target}/`)).body)).toContain(`/${target}/${a.slug}/`);
    });

    it('shows a new section in the navigation of cached pages', async () => {
      const a = await story();
      await get(a.path);

      const added = await buildSection(s.writer, { name: 'Brand New Section' });

      const nav = (await get(a.path)).body.match(/<nav[\s\S]*?<\/nav>/)?.[0] ?? '';
      expect(links(nav)).toContainEqual(expect.objectContaining({ href: `/${added}/`, text: 'Brand New Section' }));
    });
  });

  describe('script in content', () => {
    it('never lets markup in a body, headline, standfirst, tag, author or section name run', async () => {
      const nasty = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
      const sectionSlug = await buildSection(s.writer, { name: `Section ${nasty}` });
      const author = await buildAuthor(s.writer, { name: `Author ${nasty}` });
      const tag = `Tag ${randomBytes(2).toString('hex')} ${nasty}`;
      const a = await story({
        sectionSlug, authorSlugs: [author], tags: [tag],
        headline: `Headline ${nasty}`, standfirst: `Standfirst ${nasty}`,
        body: '<p>Intro</p><script>alert(3)</script><img src="https://img.example/a.jpg" onerror="alert(4)"><a href="javascript:alert(5)">x</a><svg onload="alert(6)"></svg><iframe src="https://evil.example/"></iframe>',
      });
      const b = await story({ tags: [tag] });

      const pages = [a.path, b.path, '/', `/${sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${author}/`];
      for (const url of pages) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expectInert(res.body, url);
      }
      expect(elements((await get(a.path)).body, 'h1').map((h) => h.text)).toEqual([`Headline ${nasty}`]);
    });
  });
});
