import { describe, expect, it } from 'vitest';
import { DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import { parseFeed } from './feeds/feed.test-support.ts';
import { SITE, expectInert, jsonLd, tagsIn, uniqueTag, useReaderSite } from './site.test-support.ts';

const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(TEST_NOW.getTime() + msFromNow).toISOString();
type Node = Record<string, unknown>;
const ofType = (html: string, type: string) => jsonLd(html).filter((d) => d['@type'] === type);

/** The feed links in a page's head, as [type, href]. */
function feedLinks(html: string): [string, string][] {
  return tagsIn(html).filter((t) => t.name === 'link' && t.attrs.rel === 'alternate').map((t) => [t.attrs.type ?? '', t.attrs.href ?? '']);
}

describe.each(DIALECTS)('structured data and feed links on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  it('describes an article as a NewsArticle published by the NewsMediaOrganization, with its breadcrumb trail', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'Science' });
    const author = await buildAuthor(site.writer, { name: 'Grace Hopper' });
    const a = await story({
      sectionSlug, authorSlugs: [author], headline: 'Moon </script> & <b>stars</b>', updatedAt: '2026-11-19T10:30:00.000Z',
      image: { url: '/media/moon.jpg', alt: 'The moon', caption: '', credit: '', width: 1200, height: 800 },
    });
    const html = (await get(a.path)).body;
    expectInert(html, a.path);

    const [article] = ofType(html, 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Moon </script> & <b>stars</b>', datePublished: '2026-11-19T09:00:00.000Z', dateModified: '2026-11-19T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Grace Hopper', url: `${SITE}/author/${author}/` }],
      image: [`${SITE}/media/moon.jpg`], mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}${a.path}` },
    });
    const [org] = ofType(html, 'NewsMediaOrganization');
    expect(org).toMatchObject({ '@id': `${SITE}/#publisher`, name: 'Dateline', url: `${SITE}/` });
    expect((article?.publisher as Node)['@id']).toBe(org?.['@id']);

    const [trail] = ofType(html, 'BreadcrumbList');
    expect(trail?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Science', item: `${SITE}/${sectionSlug}/` },
      { '@type': 'ListItem', position: 3, name: 'Moon </script> & <b>stars</b>', item: `${SITE}${a.path}` },
    ]);
  });

  it('leaves out an image the article does not have', async () => {
    const a = await story();
    const [article] = ofType((await get(a.path)).body, 'NewsArticle');
    expect(article).not.toHaveProperty('image');
    for (const key of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage']) expect(article, key).toHaveProperty(key);
  });

  it('gives section, tag and author pages a breadcrumb and links to their three feeds, and home the site\'s', async () => {
    const sectionSlug = await buildSection(site.writer, { name: 'Weather' });
    const author = await buildAuthor(site.writer, { name: 'Ada Lovelace' });
    const tag = uniqueTag();
    await story({ sectionSlug, authorSlugs: [author], tags: [tag] });
    const pages: [string, string][] = [[`/${sectionSlug}/`, 'Weather'], [`/tag/${slugify(tag)}/`, `Tag: ${tag}`], [`/author/${author}/`, 'Articles by Ada Lovelace']];
    for (const [path, name] of pages) {
      const html = (await get(path)).body;
      expect(feedLinks(html), path).toEqual([
        ['application/rss+xml', `${SITE}${path}feed/`], ['application/atom+xml', `${SITE}${path}feed/atom/`], ['application/feed+json', `${SITE}${path}feed.json`],
      ]);
      const [trail] = ofType(html, 'BreadcrumbList');
      expect(trail?.itemListElement, path).toEqual([
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
        { '@type': 'ListItem', position: 2, name, item: `${SITE}${path}` },
      ]);
      for (const [, href] of feedLinks(html)) expect((await get(href.slice(SITE.length))).statusCode, href).toBe(200);
    }
    const home = (await get('/')).body;
    expect(feedLinks(home)).toEqual([['application/rss+xml', `${SITE}/feed/`], ['application/atom+xml', `${SITE}/feed/atom/`], ['application/feed+json', `${SITE}/feed.json`]]);
    expect(tagsIn(home).find((t) => t.name === 'link' && t.attrs.type === 'application/rss+xml')?.attrs.title).toBe('Dateline (RSS)');
    expect(ofType(home, 'NewsMediaOrganization')).toHaveLength(1);
  });

  it('gives a topic page its feeds, which list the topic\'s articles', async () => {
    const name = 'Sarah Vandermeer';
    const body = `<p>${name} arrived in Geneva on Monday for the talks.</p><p>Aides to Vandermeer said the meeting went well.</p>`;
    const first = await story({ headline: `Talks open ${dialect}`, body, publishedAt: at(-2 * HOUR) });
    const second = await story({ headline: `Talks go on ${dialect}`, body, publishedAt: at(-HOUR) });
    const other = await story();
    await site.services.indexing.sweepAll();
    const base = `/topic/${slugify(name)}/`;
    expect((await get(base)).statusCode).toBe(200);
    expect(feedLinks((await get(base)).body).map(([, href]) => href)).toEqual([`${SITE}${base}feed/`, `${SITE}${base}feed/atom/`, `${SITE}${base}feed.json`]);
    for (const path of [`${base}feed/`, `${base}feed/atom/`]) {
      const feed = parseFeed((await get(path)).body);
      expect(feed.items.map((i) => i.url), path).toEqual([`${SITE}${second.path}`, `${SITE}${first.path}`]);
      expect(feed.items.map((i) => i.url), path).not.toContain(`${SITE}${other.path}`);
    }
    expect((await get('/topic/nobody-at-all/feed/')).statusCode).toBe(404);
  });
}, 60_000);
