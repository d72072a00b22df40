import { describe, expect, it } from 'vitest';
import { DIALECTS, TEST_NOW } from '../../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../../test/support/factories.ts';
import { slugify } from '../../common/slugify.ts';
import { SITE, uniqueTag, useReaderSite } from '../site.test-support.ts';
import { expectValidXml, parseFeed, xmlTexts } from './feed.test-support.ts';

const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(TEST_NOW.getTime() + msFromNow).toISOString();
const ID = /^tag:news\.example\.test,2026:article:(\d+)$/;

interface JsonFeed {
  version: string; title: string; home_page_url: string; feed_url: string; language: string;
  items: { id: string; url: string; title: string; content_html?: string; content_text?: string; summary?: string; date_published: string; date_modified: string; authors: { name: string }[]; image?: string }[];
}

describe.each(DIALECTS)('feeds on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  it('serves the site as RSS 2.0, Atom and JSON Feed 1.1 with absolute links, stable ids and both dates', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'Science' });
    const author = await buildAuthor(site.writer, { name: 'Grace Hopper' });
    const a = await story({
      sectionSlug, authorSlugs: [author], standfirst: 'What happened.', body: '<p>See <a href="/science/other/">this</a>.</p>',
      publishedAt: at(-2 * HOUR), updatedAt: at(-HOUR), tags: ['Ocean floor'],
      image: { url: '/media/pic.jpg', alt: 'A ship', caption: '', credit: '', width: 800, height: 600 },
    });
    const rss = await get('/feed/');
    const atom = await get('/feed/atom/');
    const json = await get('/feed.json');

    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    for (const res of [rss, atom]) {
      expectValidXml(res.body, undefined, res.headers['content-type'] as string);
      const feed = parseFeed(res.body);
      expect(feed.language).toBe('en');
      const item = feed.items.find((i) => i.url === `${SITE}${a.path}`);
      expect(item, res.body).toBeDefined();
      expect(item?.id).toBe(`tag:news.example.test,2026:article:${a.id}`);
      expect(item?.title).toBe(a.input.headline);
      expect(item?.published?.toISOString()).toBe(at(-2 * HOUR));
      expect(item?.authors.map((x) => x.name)).toEqual(['Grace Hopper']);
      expect(item?.categories.map((c) => c.term ?? c.label)).toEqual(['Ocean floor']);
      expect(item?.content).toContain(`href="${SITE}/science/other/"`);
      expect(item?.media.map((m) => m.url)).toEqual([`${SITE}/media/pic.jpg`]);
    }
    expect(parseFeed(atom.body).items.find((i) => i.url === `${SITE}${a.path}`)?.updated?.toISOString()).toBe(at(-HOUR));
    expect(atom.body).toContain('type="image/jpeg"');
    expect(rss.body).toContain('type="image/jpeg"');

    const doc = json.json() as JsonFeed;
    expect(doc).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Dateline', home_page_url: `${SITE}/`, feed_url: `${SITE}/feed.json`, language: 'en' });
    const item = doc.items.find((i) => i.url === `${SITE}${a.path}`);
    expect(item).toMatchObject({
      id: `tag:news.example.test,2026:article:${a.id}`, title: a.input.headline, summary: 'What happened.',
      date_published: at(-2 * HOUR), date_modified: at(-HOUR), authors: [{ name: 'Grace Hopper' }], image: `${SITE}/media/pic.jpg`,
    });
    expect(item?.content_html).toContain(`href="${SITE}/science/other/"`);
  });

  it('meets the formats\' required elements (Atom per RFC 4287, JSON Feed 1.1)', async () => {
    await story();
    const atom = (await get('/feed/atom/')).body;
    for (const name of ['id', 'title', 'updated']) expect(xmlTexts(atom.split('<entry>')[0] ?? '', name).length, name).toBe(1);
    expect(atom).toMatch(/<feed[^>]*>[\s\S]*<author>\s*<name>Dateline<\/name>/);
    expect(atom).toContain(`<link rel="self" href="${SITE}/feed/atom/"`);
    for (const entry of atom.split('<entry>').slice(1)) {
      expect(xmlTexts(entry, 'id')[0]).toMatch(ID);
      expect(xmlTexts(entry, 'title')).toHaveLength(1);
      expect(xmlTexts(entry, 'updated')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(entry).toMatch(/<link href="https:\/\/news\.example\.test\/[^"]+\/"\/>/);
    }
    const json = (await get('/feed.json')).json() as JsonFeed;
    expect(typeof json.title).toBe('string');
    expect(Array.isArray(json.items)).toBe(true);
    for (const item of json.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof (item.content_html ?? item.content_text)).toBe('string');
    }
  });

  it('keeps an item\'s id when its slug and section change', async () => {
    const a = await story();
    const before = (await get('/feed.json')).json() as JsonFeed;
    const moved = await buildSection(site.writer);
    await site.writer.updateArticle(a.slug, { ...a.input, slug: `${a.slug}-renamed`, sectionSlug: moved });
    const after = (await get('/feed.json')).json() as JsonFeed;
    const id = `tag:news.example.test,2026:article:${a.id}`;
    expect(before.items.find((i) => i.id === id)?.url).toBe(`${SITE}${a.path}`);
    expect(after.items.find((i) => i.id === id)?.url).toBe(`${SITE}/${moved}/${a.slug}-renamed/`);
  });

  it('carries the 20 newest articles, newest first', async () => {
    const sectionSlug = await buildSection(site.writer);
    for (let i = 0; i < 22; i++) await story({ sectionSlug, publishedAt: at(-(i + 1) * 60_000) });
    for (const path of [`/${sectionSlug}/feed/`, `/${sectionSlug}/feed/atom/`]) {
      const items = parseFeed((await get(path)).body).items;
      expect(items).toHaveLength(20);
      const dates = items.map((i) => i.published?.getTime() ?? 0);
      expect(dates).toEqual([...dates].sort((x, y) => y - x));
      expect(items[0]?.published?.toISOString()).toBe(at(-60_000));
    }
  });

  it('gives each section, tag and author its own three feeds', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'Weather' });
    const author = await buildAuthor(site.writer, { name: 'Ada Lovelace' });
    const tag = uniqueTag();
    const mine = await story({ sectionSlug, authorSlugs: [author], tags: [tag] });
    const other = await story();
    const feeds = [`/${sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${author}/`];
    for (const base of feeds) {
      for (const path of [`${base}feed/`, `${base}feed/atom/`]) {
        const res = await get(path);
        expect(res.statusCode, path).toBe(200);
        const urls = parseFeed(res.body).items.map((i) => i.url);
        expect(urls, path).toEqual([`${SITE}${mine.path}`]);
        expect(urls, path).not.toContain(`${SITE}${other.path}`);
      }
      const json = (await get(`${base}feed.json`)).json() as JsonFeed;
      expect(json.items.map((i) => i.url)).toEqual([`${SITE}${mine.path}`]);
      expect(json.home_page_url).toBe(`${SITE}${base}`);
      expect(json.feed_url).toBe(`${SITE}${base}feed.json`);
    }
    expect(parseFeed((await get(`/tag/${slugify(tag)}/feed/`)).body).title).toBe(`Tag: ${tag} | Dateline`);
    expect(parseFeed((await get(`/author/${author}/feed/`)).body).title).toBe('Articles by Ada Lovelace | Dateline');
  });

  it('answers 404 for a feed of nothing, and 301 to the new feed of a renamed tag', async () => {
    expect((await get('/no-such-section/feed/')).statusCode).toBe(404);
    expect((await get('/tag/no-such-tag/feed/atom/')).statusCode).toBe(404);
    expect((await get('/author/nobody/feed.json')).statusCode).toBe(404);
    const tag = uniqueTag();
    await story({ tags: [tag] });
    await site.services.taxonomy.updateTag(slugify(tag), { name: tag, slug: `${slugify(tag)}-new` });
    const res = await get(`/tag/${slugify(tag)}/feed/atom/`);
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`/tag/${slugify(tag)}-new/feed/atom/`);
  });

  it('leaves out drafts, scheduled articles not yet due, unpublished and embargoed ones', async () => {
    const sectionSlug = await buildSection(site.writer);
    const shown = await story({ sectionSlug });
    const draft = await story({ sectionSlug, status: 'draft', publishedAt: null });
    const future = await story({ sectionSlug, publishedAt: at(HOUR) });
    const takenDown = await story({ sectionSlug });
    await site.writer.updateArticle(takenDown.slug, { ...takenDown.input, status: 'unpublished' });
    const embargoed = await story({ sectionSlug });
    // The workflow refuses to publish under embargo; the feed must not rely on that alone.
    await site.services.handle.db.updateTable('articles').set({ embargoUntil: at(HOUR) }).where('id', '=', embargoed.id).execute();
    site.services.cache?.purge(['*']);
    for (const path of [`/${sectionSlug}/feed/`, `/${sectionSlug}/feed/atom/`, '/feed/', '/feed/atom/']) {
      const urls = parseFeed((await get(path)).body).items.map((i) => i.url);
      if (path.startsWith(`/${sectionSlug}`)) expect(urls, path).toEqual([`${SITE}${shown.path}`]);
      for (const hidden of [draft, future, takenDown, embargoed]) expect(urls, path).not.toContain(`${SITE}${hidden.path}`);
    }
    const json = (await get(`/${sectionSlug}/feed.json`)).json() as JsonFeed;
    expect(json.items.map((i) => i.url)).toEqual([`${SITE}${shown.path}`]);
  });

  it('answers a conditional GET with 304 and shows an edit at once (the edit purges the cached feed)', async () => {
    const sectionSlug = await buildSection(site.writer);
    const a = await story({ sectionSlug });
    const first = await get(`/${sectionSlug}/feed/atom/`);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toContain('must-revalidate');
    expect((await get(`/${sectionSlug}/feed/atom/`, { 'if-none-match': etag })).statusCode).toBe(304);
    await site.writer.updateArticle(a.slug, { ...a.input, headline: 'A new headline' });
    const after = await get(`/${sectionSlug}/feed/atom/`, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(parseFeed(after.body).items[0]?.title).toBe('A new headline');
  });

  it('carries summaries only when the site settings say so', async () => {
    const sectionSlug = await buildSection(site.writer);
    await story({ sectionSlug, standfirst: 'Only this.', body: '<p>The whole story.</p>' });
    const settings = await site.services.content.getSiteSettings();
    await site.writer.setSiteSettings({ ...settings, feedContent: 'summary' });
    try {
      for (const path of [`/${sectionSlug}/feed/`, `/${sectionSlug}/feed/atom/`]) {
        const body = (await get(path)).body;
        expectValidXml(body, undefined, path);
        expect(body, path).not.toContain('The whole story.');
        expect(parseFeed(body).items[0]?.description, path).toBe('Only this.');
      }
      const json = (await get(`/${sectionSlug}/feed.json`)).json() as JsonFeed;
      expect(json.items[0]).toMatchObject({ content_text: 'Only this.' });
      expect(json.items[0]?.content_html).toBeUndefined();
    } finally {
      await site.writer.setSiteSettings({ ...settings, feedContent: 'full' });
    }
    expect((await get(`/${sectionSlug}/feed/`)).body).toContain('The whole story.');
  });
}, 60_000);
