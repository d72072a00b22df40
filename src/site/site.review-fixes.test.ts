import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import { meta, useReaderSite } from './site.test-support.ts';

describe.each(DIALECTS)('reader site edge cases on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  it('serves sections, tags and articles with non-Latin slugs, with header-safe surrogate keys', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'سياسة', slug: 'سياسة' });
    const { path } = await story({ sectionSlug, headline: 'أخبار اليوم من المدينة', slug: undefined, tags: ['اقتصاد'] });
    for (const url of [encodeURI(path), encodeURI(`/${sectionSlug}/`), encodeURI('/tag/اقتصاد/')]) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['surrogate-key'], url).toMatch(/^[\x20-\x7e]+$/);
      const cached = await get(url);
      expect(cached.statusCode, url).toBe(200);
    }
  });

  it('redirects an article asked for under the wrong section to an encoded address', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'ثقافة', slug: 'ثقافة' });
    const { slug } = await story({ sectionSlug, slug: 'حفل-الموسيقى' });
    const res = await get(encodeURI(`/elsewhere/${slug}/`));
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(encodeURI(`/${sectionSlug}/${slug}/`));
  });

  it('shows a future-dated article on cached lists once its time comes', async () => {
    const sectionSlug = await buildSection(site.writer);
    const later = new Date(site.services.clock.now().getTime() + 3_600_000).toISOString();
    const { path } = await story({ sectionSlug, publishedAt: later });
    const before = await get(`/${sectionSlug}/`);
    expect(before.body).not.toContain(path);
    expect((await get(path)).statusCode).toBe(404);

    site.services.clock.advance(2 * 3_600_000);
    try {
      expect(await site.services.publications.check()).toBeGreaterThanOrEqual(1);
      expect((await get(`/${sectionSlug}/`)).body).toContain(path);
      expect((await get('/')).body).toContain(path);
    } finally {
      site.services.clock.advance(-2 * 3_600_000);
    }
  });

  it('describes a body-only article with decoded, word-bounded text', async () => {
    const body = `<p>Fish &amp; chips ${'sold by the harbour wall every evening '.repeat(12)}</p>`;
    const { path } = await story({ standfirst: '', body });
    const description = meta((await get(path)).body, 'description') ?? '';
    expect(description.startsWith('Fish & chips sold')).toBe(true);
    expect(description).not.toContain('&amp;');
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
  });

  it('keeps one cache entry for a page that takes no page number', async () => {
    const before = site.services.cache?.size ?? 0;
    await get('/?page=7');
    await get('/?page=8');
    await get('/?utm_source=x');
    expect((site.services.cache?.size ?? 0) - before).toBeLessThanOrEqual(1);
  });

  it('refuses a section slug the site uses for its own addresses', async () => {
    await expect(site.writer.createSection({ name: 'Tags', slug: 'tag' })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
    await expect(site.writer.createSection({ name: 'Feed' })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT' });
  });
});

describe.each(DIALECTS)('updating an article on %s', (dialect) => {
  const site = useReaderSite(dialect);

  it('keeps every field the update leaves out', async () => {
    const author = await buildAuthor(site.writer);
    const { slug, sectionSlug, path } = await site.story({ authorSlugs: [author], tags: ['Harbour'], standfirst: 'Kept.', body: '<p>Kept body.</p>' });
    await site.writer.updateArticle(slug, { headline: 'A sharper headline', sectionSlug, authorSlugs: [author] });
    const page = await site.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A sharper headline');
    expect(page.body).toContain('Kept.');
    expect(page.body).toContain('Kept body.');
    expect(page.body).toContain('/tag/harbour/');
  });

  it('leaves cached pages alone when a draft is saved', async () => {
    const { sectionSlug, authorSlugs } = await site.story();
    await site.get('/');
    await site.get(`/${sectionSlug}/`);
    const cached = site.services.cache?.size ?? 0;
    await site.writer.createArticle({ headline: 'Work in progress', sectionSlug, authorSlugs, status: 'draft' });
    expect(site.services.cache?.size).toBe(cached);
  });

  it('refuses a date whose year would not sort as text', async () => {
    const { slug, sectionSlug, authorSlugs } = await site.story();
    await expect(site.writer.updateArticle(slug, { headline: 'x', sectionSlug, authorSlugs, publishedAt: '+010000-01-01T00:00:00.000Z' }))
      .rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'publishedAt' });
  });
});
