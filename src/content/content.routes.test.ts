import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import { buildApp } from '../server/app.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;
type Json = Record<string, unknown>;

const SITE = 'https://news.example.test';
const uniqueTag = () => `Tag ${randomBytes(4).toString('hex')}`;
const SUMMARY_KEYS = ['authors', 'externalId', 'headline', 'id', 'image', 'publishedAt', 'section', 'slug', 'standfirst', 'tags', 'updatedAt', 'url'];

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)]);
  return [];
}

function expectError(res: LightMyRequestResponse, status: number, code: string, property?: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json<{ error: { code: string; message: string; property?: string } }>();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  if (property !== undefined) expect(body.error.property).toBe(property);
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|\.js:\d+|stack/i);
}

describe.each(DIALECTS)('Content API on %s', (dialect) => {
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

  const get = (url: string) => app.inject({ method: 'GET', url });
  const items = (res: LightMyRequestResponse) => res.json<{ items: Json[] }>().items;
  const slugs = (res: LightMyRequestResponse) => items(res).map((a) => a.slug);

  describe('GET /api/v1/articles', () => {
    it('answers one page in camelCase with page, limit, total and pageCount', async () => {
      const sectionSlug = await buildSection(s.writer, { name: 'Business' });
      const author = await buildAuthor(s.writer, { name: 'Dee Writer' });
      const tag = uniqueTag();
      const newest = await buildArticle(s.writer, { sectionSlug, authorSlugs: [author], tags: [tag], publishedAt: '2026-11-19T12:00:00.000Z' });
      const middle = await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-19T11:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-19T10:00:00.000Z' });

      const res = await get(`/api/v1/articles?section=${sectionSlug}&limit=2`);

      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json<Json & { items: Json[] }>();
      expect(body).toMatchObject({ page: 1, limit: 2, total: 3, pageCount: 2 });
      expect(body.items.map((a) => a.slug)).toEqual([newest.slug, middle.slug]);
      expect(Object.keys(body.items[0] ?? {}).sort()).toEqual(SUMMARY_KEYS);
      expect(body.items[0]).toMatchObject({
        id: newest.id,
        url: `${SITE}/${sectionSlug}/${newest.slug}/`,
        section: { name: 'Business', slug: sectionSlug },
        authors: [{ name: 'Dee Writer', slug: author }],
        tags: [{ name: tag, slug: slugify(tag) }],
        publishedAt: '2026-11-19T12:00:00.000Z',
        image: null,
      });
      expect(keysDeep(body).filter((k) => k.includes('_'))).toEqual([]);
    });

    it('answers later pages', async () => {
      const sectionSlug = await buildSection(s.writer);
      const oldest = await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-19T08:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-19T09:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-19T10:00:00.000Z' });

      const res = await get(`/api/v1/articles?section=${sectionSlug}&limit=2&page=2`);

      expect(res.json()).toMatchObject({ page: 2, limit: 2, total: 3, pageCount: 2 });
      expect(slugs(res)).toEqual([oldest.slug]);
    });

    it('defaults to the first page of 20', async () => {
      const res = await get('/api/v1/articles');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ page: 1, limit: 20 });
    });

    it('filters by tag, by author, and by both with a section', async () => {
      const sectionSlug = await buildSection(s.writer);
      const author = await buildAuthor(s.writer);
      const tag = uniqueTag();
      const both = await buildArticle(s.writer, { sectionSlug, authorSlugs: [author], tags: [tag] });
      const tagOnly = await buildArticle(s.writer, { tags: [tag] });
      const authorOnly = await buildArticle(s.writer, { authorSlugs: [author] });

      expect(slugs(await get(`/api/v1/articles?tag=${slugify(tag)}`)).sort()).toEqual([both.slug, tagOnly.slug].sort());
      expect(slugs(await get(`/api/v1/articles?author=${author}`)).sort()).toEqual([both.slug, authorOnly.slug].sort());
      expect(slugs(await get(`/api/v1/articles?section=${sectionSlug}&tag=${slugify(tag)}&author=${author}`))).toEqual([both.slug]);
    });

    it('never lists drafts, scheduled or future-dated articles', async () => {
      const sectionSlug = await buildSection(s.writer);
      const live = await buildArticle(s.writer, { sectionSlug });
      await buildArticle(s.writer, { sectionSlug, status: 'draft' });
      await buildArticle(s.writer, { sectionSlug, status: 'scheduled', publishedAt: '2026-11-19T08:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-21T08:00:00.000Z' });

      const res = await get(`/api/v1/articles?section=${sectionSlug}`);

      expect(slugs(res)).toEqual([live.slug]);
      expect(res.json()).toMatchObject({ total: 1 });
    });

    it.each([
      ['a limit over 100', 'limit=101', 'limit'],
      ['a limit that is not a number', 'limit=abc', 'limit'],
      ['a limit of 0', 'limit=0', 'limit'],
      ['a negative page', 'page=-1', 'page'],
      ['page 0', 'page=0', 'page'],
      ['a fractional page', 'page=1.5', 'page'],
      ['an unknown parameter', 'sort=oldest', 'sort'],
      ['a malformed section slug', 'section=Not%20A%20Slug', 'section'],
    ])('rejects %s with REQUEST_INVALID', async (_name, query, property) => {
      expectError(await get(`/api/v1/articles?${query}`), 400, 'REQUEST_INVALID', property);
    });

    it('accepts a limit of exactly 100', async () => {
      const res = await get('/api/v1/articles?limit=100');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ limit: 100 });
    });

    it.each([
      ['section', 'CONTENT_SECTION_NOT_FOUND'],
      ['tag', 'CONTENT_TAG_NOT_FOUND'],
      ['author', 'CONTENT_AUTHOR_NOT_FOUND'],
    ])('answers an unknown %s filter with 404', async (param, code) => {
      expectError(await get(`/api/v1/articles?${param}=no-such-${param}`), 404, code, param);
    });
  });

  describe('GET /api/v1/articles/:slug', () => {
    it('answers the article with its body and related articles', async () => {
      const tag = uniqueTag();
      const sectionSlug = await buildSection(s.writer);
      const article = await buildArticle(s.writer, { sectionSlug, tags: [tag], body: '<p>Full <strong>story</strong>.</p><script>x()</script>' });
      const neighbour = await buildArticle(s.writer, { tags: [tag] });
      // Related lists are computed in the background after a write; run that now.
      await s.indexing.sweepAll();

      const res = await get(`/api/v1/articles/${article.slug}`);

      expect(res.statusCode).toBe(200);
      const body = res.json<Json & { related: Json[] }>();
      expect(body).toMatchObject({ id: article.id, slug: article.slug, bodyHtml: '<p>Full <strong>story</strong>.</p>', language: 'en', url: `${SITE}/${sectionSlug}/${article.slug}/` });
      expect(body.related.map((r) => r.slug)).toEqual([neighbour.slug]);
      expect(Object.keys(body.related[0] ?? {}).sort()).toEqual(SUMMARY_KEYS);
      expect(keysDeep(body).filter((k) => k.includes('_'))).toEqual([]);
    });

    it('keeps Arabic, emoji and combining marks exactly as written', async () => {
      const headline = 'عاجل: 🚢 Zoe\u0308 cafe\u0301';
      const standfirst = 'ٱلسَّلَامُ 👨‍👩‍👧‍👦';
      const { slug } = await buildArticle(s.writer, { headline, standfirst });

      const body = (await get(`/api/v1/articles/${slug}`)).json<Json>();

      expect(body.headline).toBe(headline);
      expect(body.standfirst).toBe(standfirst);
    });

    it('answers an unknown slug with 404 CONTENT_ARTICLE_NOT_FOUND', async () => {
      expectError(await get('/api/v1/articles/no-such-story'), 404, 'CONTENT_ARTICLE_NOT_FOUND');
    });

    it.each([
      ['a draft', { status: 'draft' as const }],
      ['a scheduled article', { status: 'scheduled' as const, publishedAt: '2026-11-19T08:00:00.000Z' }],
      ['a future-dated article', { publishedAt: '2026-11-21T08:00:00.000Z' }],
    ])('answers %s with 404 CONTENT_ARTICLE_NOT_FOUND', async (_name, fields) => {
      const { slug } = await buildArticle(s.writer, fields);
      expectError(await get(`/api/v1/articles/${slug}`), 404, 'CONTENT_ARTICLE_NOT_FOUND');
    });

    it('leaves unpublished articles out of related', async () => {
      const tag = uniqueTag();
      const article = await buildArticle(s.writer, { tags: [tag] });
      await buildArticle(s.writer, { tags: [tag], status: 'draft' });

      expect((await get(`/api/v1/articles/${article.slug}`)).json<{ related: unknown[] }>().related).toEqual([]);
    });

    it('rejects a malformed slug with REQUEST_INVALID', async () => {
      expectError(await get('/api/v1/articles/Not_A_Slug'), 400, 'REQUEST_INVALID', 'slug');
    });

    it('rejects a malformed address with REQUEST_BAD_URL', async () => {
      expectError(await get('/api/v1/articles/%E0%A4%A'), 400, 'REQUEST_BAD_URL');
    });
  });

  describe('GET /api/v1/sections', () => {
    it('lists sections in navigation order with their URLs', async () => {
      const last = await buildSection(s.writer, { name: 'Zulu', position: 900 });
      const first = await buildSection(s.writer, { name: 'Alpha', position: 899, description: 'First things.' });

      const list = items(await get('/api/v1/sections'));
      const ours = list.filter((x) => x.slug === first || x.slug === last);

      expect(ours).toEqual([
        { name: 'Alpha', slug: first, description: 'First things.', url: `${SITE}/${first}/` },
        { name: 'Zulu', slug: last, description: '', url: `${SITE}/${last}/` },
      ]);
    });
  });

  describe('GET /api/v1/tags', () => {
    it('counts only published articles', async () => {
      const tag = uniqueTag();
      await buildArticle(s.writer, { tags: [tag] });
      await buildArticle(s.writer, { tags: [tag], status: 'draft' });
      await buildArticle(s.writer, { tags: [tag], publishedAt: '2026-11-21T08:00:00.000Z' });

      const entry = items(await get('/api/v1/tags')).find((t) => t.name === tag);

      expect(entry).toEqual({ name: tag, slug: slugify(tag), articleCount: 1, url: `${SITE}/tag/${slugify(tag)}/` });
    });
  });

  describe('GET /api/v1/authors', () => {
    it('lists authors with their bio and URL', async () => {
      const slug = await buildAuthor(s.writer, { name: 'Eve Editor', bio: 'Covers the port.' });
      const entry = items(await get('/api/v1/authors')).find((a) => a.slug === slug);
      expect(entry).toEqual({ name: 'Eve Editor', slug, bio: 'Covers the port.', url: `${SITE}/author/${slug}/` });
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('describes the Content API as OpenAPI 3', async () => {
      const res = await get('/api/v1/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json<{ openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, { responses?: Record<string, unknown>; parameters?: { name: string; in: string; schema?: { pattern?: string } }[] }>> }>();

      expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.info.title).toEqual(expect.any(String));
      expect(doc.info.version).toEqual(expect.any(String));
      expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/articles', '/api/v1/articles/{slug}', '/api/v1/articles/{slug}/comments', '/api/v1/authors', '/api/v1/search', '/api/v1/sections', '/api/v1/tags']);
      for (const [path, item] of Object.entries(doc.paths)) {
        expect(item.get?.responses?.['200'], path).toBeDefined();
      }
      const params = doc.paths['/api/v1/articles']?.get?.parameters ?? [];
      expect(params.map((p) => p.name).sort()).toEqual(['author', 'externalId', 'limit', 'page', 'section', 'tag']);
      const limitPattern = new RegExp(params.find((p) => p.name === 'limit')?.schema?.pattern ?? '');
      expect(['1', '20', '100'].every((v) => limitPattern.test(v))).toBe(true);
      expect(['0', '101', '1e2', 'abc'].some((v) => limitPattern.test(v))).toBe(false);
      expect(doc.paths['/api/v1/articles/{slug}']?.get?.parameters?.map((p) => [p.name, p.in])).toEqual([['slug', 'path']]);
    });
  });

  describe('API errors', () => {
    it('answers an unknown API route with 404 NOT_FOUND in JSON', async () => {
      expectError(await get('/api/v1/nothing-here'), 404, 'NOT_FOUND');
    });

    it('answers an unexpected failure with 500 INTERNAL_ERROR, leaking no SQL or stack', async () => {
      const failing = await buildApp({
        ...s,
        content: { ...s.content, listArticles: async () => { throw new Error('select * from articles where secret = 1'); } },
      });
      try {
        const res = await failing.inject({ method: 'GET', url: '/api/v1/articles' });
        expectError(res, 500, 'INTERNAL_ERROR');
        expect(res.body).not.toMatch(/select|secret/i);
      } finally {
        await failing.close();
      }
    });
  });
});
