import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { Clock } from '../../common/clock.ts';
import { cacheTags, type ContentReader } from '../../content/index.ts';
import type { Db } from '../../db/index.ts';
import { topicCacheTag, type TopicsService } from '../../topics/index.ts';
import type { MachineDocument } from '../feeds/cached-document.ts';
import {
  countListUrls, findArticleMonths, findArticlesOfMonth, findListUrls, findNewsArticles, findSectionUrls, type ListUrlRow,
} from './sitemap.repository.ts';

/** The sitemaps.org limit of URLs in one file. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News reads at most this many articles from a news sitemap. */
export const NEWS_MAX_URLS = 1_000;
/** A news sitemap holds the articles of this many last hours. */
const NEWS_HOURS = 48;

const XML = 'application/xml; charset=utf-8';
// Each document shows what the home page does (any article appearing, changing or leaving purges
// `home`) plus the navigation (sections); the tag and author sitemaps also carry their own tags.
const BASE_TAGS = [cacheTags.home, cacheTags.sections];
const NO_EXTRA_NS = { news: false, video: false, image: false, xhtml: false };

/** What `/sitemaps/{name}.xml` names: a slice of a month's articles, or of the sections, tags, authors or topics. */
export type SitemapName = { kind: 'articles'; month: string; part: number } | { kind: 'sections' } | { kind: 'tags' | 'authors' | 'topics'; part: number };

/** What sitemaps read of the topics slice: which topics have a page. */
export type SitemapTopics = Pick<TopicsService, 'listTopicsWithPages'>;

/** Reads a sitemap file name (`articles-2026-11.xml`, `articles-2026-11-2.xml`, `tags.xml`, `tags-3.xml`…); null for anything else. */
export function parseSitemapName(file: string): SitemapName | null {
  let m = /^articles-(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,4}))?\.xml$/.exec(file);
  if (m) return { kind: 'articles', month: `${m[1]}-${m[2]}`, part: Number(m[3] ?? 1) };
  if (file === 'sections.xml') return { kind: 'sections' };
  m = /^(tags|authors|topics)(?:-([2-9]|[1-9]\d{1,4}))?\.xml$/.exec(file);
  if (m) return { kind: m[1] as 'tags' | 'authors' | 'topics', part: Number(m[2] ?? 1) };
  return null;
}

/** The file name of part `part` (1-based) of a sitemap: the first part has no number. */
function fileName(stem: string, part: number): string {
  return part === 1 ? `${stem}.xml` : `${stem}-${part}.xml`;
}

/** Google News names languages by ISO 639 code, except Chinese, which it splits by script. */
export function newsLanguage(bcp47: string): string {
  const tag = bcp47.toLowerCase();
  if (tag === 'zh-tw' || tag === 'zh-hant' || tag.startsWith('zh-hant-')) return 'zh-tw';
  if (tag.startsWith('zh')) return 'zh-cn';
  return tag.split('-')[0] ?? 'en';
}

/**
 * The sitemaps: an index (`/sitemap.xml`) of monthly article sitemaps and of the sections, tags
 * and authors, each at most `maxUrls` URLs (a month with more is split in parts); a Google News
 * sitemap of the last 48 hours; and robots.txt naming both.
 */
export function createSitemapService(deps: { db: Db; content: ContentReader; topics: SitemapTopics; clock: Clock; siteUrl: string; maxUrls?: number }) {
  const { db, content, clock, siteUrl } = deps;
  const maxUrls = deps.maxUrls ?? SITEMAP_MAX_URLS;
  const now = () => clock.now().toISOString();
  const url = (path: string) => siteUrl + path;

  async function urlset(items: SitemapItemLoose[], news = false): Promise<string> {
    const stream = new SitemapStream({ hostname: siteUrl, xmlns: { ...NO_EXTRA_NS, news } });
    const done = streamToPromise(stream);
    for (const item of items) stream.write(item);
    stream.end();
    return (await done).toString('utf8');
  }

  /** Topics with a page (the topics slice's rule), by slug, with their newest visible article's time. */
  async function topicPages(): Promise<{ id: number; slug: string; lastmod: string | null }[]> {
    const topics = await deps.topics.listTopicsWithPages();
    return topics.map((t) => ({ id: t.id, slug: t.slug, lastmod: t.lastPublishedAt }))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  }

  const lists = (rows: ListUrlRow[], prefix: string): SitemapItemLoose[] =>
    rows.map((r) => ({ url: `${prefix}${r.slug}/`, ...(r.lastmod ? { lastmod: r.lastmod } : {}) }));

  return {
    /** `/sitemap.xml`: every sitemap file with its newest change. */
    async index(): Promise<MachineDocument> {
      const at = now();
      const [months, tagCount, authorCount, topics] = await Promise.all([
        findArticleMonths(db, at), countListUrls(db, at, 'tag'), countListUrls(db, at, 'author'), topicPages(),
      ]);
      const newest = months.reduce<string | null>((max, m) => (max === null || m.lastmod > max ? m.lastmod : max), null);
      const entries: { url: string; lastmod?: string }[] = [{ url: url('/sitemaps/sections.xml'), ...(newest ? { lastmod: newest } : {}) }];
      for (const [stem, count] of [['tags', tagCount], ['authors', authorCount], ['topics', topics.length]] as const) {
        for (let part = 1; part <= Math.ceil(count / maxUrls); part++) entries.push({ url: url(`/sitemaps/${fileName(stem, part)}`), ...(newest ? { lastmod: newest } : {}) });
      }
      for (const m of months) {
        for (let part = 1; part <= Math.ceil(m.count / maxUrls); part++) entries.push({ url: url(`/sitemaps/${fileName(`articles-${m.month}`, part)}`), lastmod: m.lastmod });
      }
      const stream = new SitemapIndexStream();
      const done = streamToPromise(stream);
      for (const entry of entries) stream.write(entry);
      stream.end();
      return { body: (await done).toString('utf8'), contentType: XML, tags: BASE_TAGS };
    },

    /** One file below `/sitemaps/`; null when it does not exist (an empty slice included). */
    async file(name: SitemapName): Promise<MachineDocument | null> {
      const at = now();
      if (name.kind === 'sections') {
        const sections = await findSectionUrls(db, at);
        const newest = sections.reduce<string | null>((max, s) => (s.lastmod !== null && (max === null || s.lastmod > max) ? s.lastmod : max), null);
        // The home page leads, so this file is never empty (an empty urlset is not a valid sitemap).
        const items = [{ url: '/', ...(newest ? { lastmod: newest } : {}) }, ...lists(sections, '/')];
        return { body: await urlset(items), contentType: XML, tags: BASE_TAGS };
      }
      if (name.kind === 'articles') {
        const rows = await findArticlesOfMonth(db, at, name.month, maxUrls, (name.part - 1) * maxUrls);
        if (rows.length === 0) return null;
        const items = rows.map((r) => ({ url: `/${r.sectionSlug}/${r.slug}/`, lastmod: r.updatedAt > r.publishedAt ? r.updatedAt : r.publishedAt }));
        return { body: await urlset(items), contentType: XML, tags: BASE_TAGS };
      }
      if (name.kind === 'topics') {
        const slice = (await topicPages()).slice((name.part - 1) * maxUrls, name.part * maxUrls);
        if (slice.length === 0) return null;
        return { body: await urlset(lists(slice, '/topic/')), contentType: XML, tags: [...BASE_TAGS, ...slice.map((t) => topicCacheTag(t.id))] };
      }
      const kind = name.kind === 'tags' ? 'tag' : 'author';
      const rows = await findListUrls(db, at, kind, maxUrls, (name.part - 1) * maxUrls);
      if (rows.length === 0) return null;
      const own = rows.map((r) => (kind === 'tag' ? cacheTags.tag(r.slug) : cacheTags.author(r.slug)));
      return { body: await urlset(lists(rows, `/${kind}/`)), contentType: XML, tags: [...BASE_TAGS, ...own] };
    },

    /** `/news-sitemap.xml`: articles published in the last 48 hours, newest first, in Google News format. */
    async news(): Promise<MachineDocument> {
      const at = clock.now();
      const since = new Date(at.getTime() - NEWS_HOURS * 3_600_000).toISOString();
      const [settings, rows] = await Promise.all([content.getSiteSettings(), findNewsArticles(db, at.toISOString(), since, NEWS_MAX_URLS)]);
      const items = rows.map((r) => ({
        url: `/${r.sectionSlug}/${r.slug}/`,
        news: { publication: { name: settings.title, language: newsLanguage(r.language || settings.language) }, publication_date: r.publishedAt, title: r.headline },
      }));
      // The writer refuses an empty stream; a quiet two days still answer a well-formed (empty) urlset.
      const body = items.length > 0 ? await urlset(items, true)
        : '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';
      return { body, contentType: XML, tags: BASE_TAGS };
    },

    /** robots.txt: the sitemaps, and what crawlers have no business reading. */
    robots(): MachineDocument {
      const body = [
        'User-agent: *',
        'Disallow: /admin/',
        'Disallow: /api/admin/',
        // Search result pages (the bare form may be crawled); a section can never be called "search".
        'Disallow: /search?',
        'Disallow: /search/',
        'Disallow: /preview/',
        // A reply form or a held comment is drawn for one reader.
        'Disallow: /*?replytocom=',
        'Disallow: /*?unapproved=',
        '',
        `Sitemap: ${url('/sitemap.xml')}`,
        `Sitemap: ${url('/news-sitemap.xml')}`,
        '',
      ].join('\n');
      return { body, contentType: 'text/plain; charset=utf-8', tags: [] };
    },
  };
}

export type SitemapService = ReturnType<typeof createSitemapService>;
