import { describe, expect, it } from 'vitest';
import { DIALECTS, TEST_NOW } from '../../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../../test/support/factories.ts';
import { slugify } from '../../common/slugify.ts';
import { expectValidXml, schemaPath, xmlTexts } from '../feeds/feed.test-support.ts';
import { SITE, uniqueTag, useReaderSite } from '../site.test-support.ts';
import { createSitemapService } from './sitemap.service.ts';

const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(TEST_NOW.getTime() + msFromNow).toISOString();
const SITEMAP = schemaPath('sitemap');

describe.each(DIALECTS)('sitemaps on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  /** Every URL in every sitemap the index lists, each file validated against the sitemaps.org schema. */
  async function crawl(): Promise<{ files: string[]; urls: Map<string, string | undefined> }> {
    const index = await get('/sitemap.xml');
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
    expectValidXml(index.body, schemaPath('sitemap-index'), '/sitemap.xml');
    const files = xmlTexts(index.body, 'loc');
    const urls = new Map<string, string | undefined>();
    for (const file of files) {
      expect(file.startsWith(`${SITE}/sitemaps/`), file).toBe(true);
      const res = await get(file.slice(SITE.length));
      expect(res.statusCode, file).toBe(200);
      expectValidXml(res.body, SITEMAP, file);
      for (const entry of res.body.split('<url>').slice(1)) urls.set(xmlTexts(entry, 'loc')[0] ?? '', xmlTexts(entry, 'lastmod')[0]);
    }
    return { files, urls };
  }

  it('indexes monthly article sitemaps and the sections, tags and authors, with lastmod, all schema-valid', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'Arts' });
    const author = await buildAuthor(site.writer);
    const tag = uniqueTag();
    const recent = await story({ sectionSlug, authorSlugs: [author], tags: [tag], updatedAt: '2026-11-19T10:00:00.000Z' });
    const old = await story({ sectionSlug, publishedAt: '2025-03-04T05:06:07.000Z' });
    const { files, urls } = await crawl();

    expect(files).toEqual(expect.arrayContaining([
      `${SITE}/sitemaps/sections.xml`, `${SITE}/sitemaps/tags.xml`, `${SITE}/sitemaps/authors.xml`,
      `${SITE}/sitemaps/articles-2026-11.xml`, `${SITE}/sitemaps/articles-2025-03.xml`,
    ]));
    expect(urls.get(`${SITE}${recent.path}`)).toBe('2026-11-19T10:00:00.000Z');
    expect(urls.get(`${SITE}${old.path}`)).toBe('2025-03-04T05:06:07.000Z');
    expect(urls.has(`${SITE}/`)).toBe(true);
    expect(urls.get(`${SITE}/${sectionSlug}/`)).toBe('2026-11-19T10:00:00.000Z');
    expect(urls.get(`${SITE}/tag/${slugify(tag)}/`)).toBe('2026-11-19T10:00:00.000Z');
    expect(urls.get(`${SITE}/author/${author}/`)).toBe('2026-11-19T10:00:00.000Z');
    const monthFile = await get('/sitemaps/articles-2025-03.xml');
    expect(xmlTexts(monthFile.body, 'loc')).toContain(`${SITE}${old.path}`);
    expect(xmlTexts(monthFile.body, 'loc')).not.toContain(`${SITE}${recent.path}`);
  });

  it('lists nothing unpublished, scheduled, taken down or embargoed, nor a tag only they carry', async () => {
    const sectionSlug = await buildSection(site.writer);
    const hiddenTag = uniqueTag();
    const shown = await story({ sectionSlug });
    const draft = await story({ sectionSlug, status: 'draft', publishedAt: null, tags: [hiddenTag] });
    const future = await story({ sectionSlug, publishedAt: at(HOUR), tags: [hiddenTag] });
    const takenDown = await story({ sectionSlug, tags: [hiddenTag] });
    await site.writer.updateArticle(takenDown.slug, { ...takenDown.input, tags: [hiddenTag], status: 'unpublished' });
    const embargoed = await story({ sectionSlug, tags: [hiddenTag] });
    await site.services.handle.db.updateTable('articles').set({ embargoUntil: at(HOUR) }).where('id', '=', embargoed.id).execute();
    site.services.cache?.purge(['*']);

    const { urls } = await crawl();
    const news = xmlTexts((await get('/news-sitemap.xml')).body, 'loc');
    expect(urls.has(`${SITE}${shown.path}`)).toBe(true);
    expect(news).toContain(`${SITE}${shown.path}`);
    for (const hidden of [draft, future, takenDown, embargoed]) {
      expect(urls.has(`${SITE}${hidden.path}`), hidden.path).toBe(false);
      expect(news, hidden.path).not.toContain(`${SITE}${hidden.path}`);
    }
    expect(urls.has(`${SITE}/tag/${slugify(hiddenTag)}/`)).toBe(false);
  });

  it('splits a month, and the tags, into files of at most the limit', async () => {
    const sectionSlug = await buildSection(site.writer);
    const month = `2024-0${dialect === 'sqlite' ? 2 : 3}`;
    const paths: string[] = [];
    for (let day = 1; day <= 5; day++) paths.push((await story({ sectionSlug, publishedAt: `${month}-0${day}T12:00:00.000Z`, tags: [uniqueTag()] })).path);
    const sitemaps = createSitemapService({ db: site.services.handle.db, content: site.services.content, topics: site.services.topics, clock: site.services.clock, siteUrl: SITE, maxUrls: 2 });

    const index = (await sitemaps.index()).body;
    expectValidXml(index, schemaPath('sitemap-index'));
    const files = xmlTexts(index, 'loc');
    expect(files.filter((f) => f.includes(`articles-${month}`))).toEqual([1, 2, 3].map((part) => `${SITE}/sitemaps/articles-${month}${part === 1 ? '' : `-${part}`}.xml`));
    expect(files).toContain(`${SITE}/sitemaps/tags-3.xml`);
    const listed: string[] = [];
    for (const part of [1, 2, 3]) {
      const doc = await sitemaps.file({ kind: 'articles', month, part });
      expectValidXml(doc?.body ?? '', SITEMAP);
      const locs = xmlTexts(doc?.body ?? '', 'loc');
      expect(locs.length).toBeLessThanOrEqual(2);
      listed.push(...locs);
    }
    expect(listed).toEqual(paths.map((p) => `${SITE}${p}`));
    expect(await sitemaps.file({ kind: 'articles', month, part: 4 })).toBeNull();
  });

  it('lists the topics that have a page, within five minutes of their getting one', async () => {
    const body = '<p>Sarah Vandermeer arrived in Geneva on Monday for the talks.</p><p>Aides to Vandermeer said the meeting went well.</p>';
    await story({ headline: `Talks open ${dialect}`, body });
    await crawl();
    await story({ headline: `Talks go on ${dialect}`, body });
    await site.services.indexing.sweepAll();
    expect((await get('/topic/sarah-vandermeer/')).statusCode).toBe(200);
    site.services.clock.advance(5 * 60_000);
    try {
      const { files, urls } = await crawl();
      expect(files).toContain(`${SITE}/sitemaps/topics.xml`);
      expect(urls.get(`${SITE}/topic/sarah-vandermeer/`)).toBe('2026-11-19T09:00:00.000Z');
    } finally {
      site.services.clock.advance(-5 * 60_000);
    }
  });

  it('answers 404 for a sitemap that does not exist or is empty', async () => {
    for (const file of ['articles-1999-01.xml', 'articles-2026-13.xml', 'articles-2026-11-0.xml', 'nope.xml', 'tags-99999.xml', '..%2Fsecret', 'sections.xml.gz']) {
      expect((await get(`/sitemaps/${file}`)).statusCode, file).toBe(404);
    }
  });

  it('lists the last 48 hours in Google News format, newest first, escaped, schema-valid', async () => {
    const headline = 'Storms & floods: <Update> "live"';
    const fresh = await story({ headline, publishedAt: at(-HOUR) });
    const older = await story({ publishedAt: at(-30 * HOUR) });
    const stale = await story({ publishedAt: at(-49 * HOUR) });
    site.services.cache?.purge(['*']);
    const res = await get('/news-sitemap.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expectValidXml(res.body, schemaPath('news-sitemap'), '/news-sitemap.xml');
    const locs = xmlTexts(res.body, 'loc');
    expect(locs.indexOf(`${SITE}${fresh.path}`)).toBeLessThan(locs.indexOf(`${SITE}${older.path}`));
    expect(locs.indexOf(`${SITE}${fresh.path}`)).toBeGreaterThanOrEqual(0);
    expect(locs).not.toContain(`${SITE}${stale.path}`);
    const entry = res.body.split('<url>').find((u) => u.includes(fresh.path)) ?? '';
    expect(xmlTexts(entry, 'news:title')).toEqual([headline]);
    expect(xmlTexts(entry, 'news:name')).toEqual(['Dateline']);
    expect(xmlTexts(entry, 'news:language')).toEqual(['en']);
    expect(xmlTexts(entry, 'news:publication_date')).toEqual([at(-HOUR)]);
  });

  it('holds at most 1,000 articles in the news sitemap, the newest', async () => {
    const sectionSlug = await buildSection(site.writer);
    const db = site.services.handle.db;
    const { id: sectionId } = await db.selectFrom('sections').select('id').where('slug', '=', sectionSlug).executeTakeFirstOrThrow();
    // Straight into the table: the writer's per-article work is not what is tested here.
    const rows = Array.from({ length: 1_010 }, (_, i) => {
      const when = at(-(i + 1) * 60_000);
      return { slug: `news-${dialect}-${i}`, sectionId, headline: `News ${i}`, standfirst: '', bodyHtml: '<p>x</p>', status: 'published' as const, language: 'en', publishedAt: when, updatedAt: when, createdAt: when };
    });
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('articles').values(rows.slice(i, i + 200)).execute();
    site.services.cache?.purge(['*']);
    const body = (await get('/news-sitemap.xml')).body;
    expectValidXml(body, schemaPath('news-sitemap'));
    const locs = xmlTexts(body, 'loc');
    expect(locs).toHaveLength(1_000);
    expect(locs[0]).toBe(`${SITE}/${sectionSlug}/news-${dialect}-0/`);
    // Out of the way of the cases after this one, which share the database.
    await db.updateTable('articles').set({ status: 'unpublished' }).where('sectionId', '=', sectionId).execute();
    site.services.cache?.purge(['*']);
  });

  it('drops an article from the news sitemap once it is 48 hours old, with no write to purge it', async () => {
    const a = await story({ publishedAt: at(-47 * HOUR) });
    expect(xmlTexts((await get('/news-sitemap.xml')).body, 'loc')).toContain(`${SITE}${a.path}`);
    site.services.clock.advance(2 * HOUR);
    try {
      expect(xmlTexts((await get('/news-sitemap.xml')).body, 'loc')).not.toContain(`${SITE}${a.path}`);
    } finally {
      site.services.clock.advance(-2 * HOUR);
    }
  });

  it('serves robots.txt naming both sitemaps and keeping crawlers out of the newsroom, search results and previews', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      'User-agent: *', 'Disallow: /admin/', 'Disallow: /api/admin/', 'Disallow: /search?', 'Disallow: /preview/',
      `Sitemap: ${SITE}/sitemap.xml`, `Sitemap: ${SITE}/news-sitemap.xml`,
    ]));
    expect(lines).not.toContain('Disallow: /');
  });
}, 60_000);
