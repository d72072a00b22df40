// Shared setup and HTML readers for the reader-site tests (site.*.test.ts).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestServices } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { Dialect } from '../db/index.ts';
import { buildApp } from '../server/app.ts';

export type TestServices = Awaited<ReturnType<typeof createTestServices>>;
export type StoryFields = NonNullable<Parameters<typeof buildArticle>[1]>;
interface Tag { name: string; attrs: Record<string, string> }

export const SITE = 'https://news.example.test';
export const uniqueTag = () => `Topic ${randomBytes(4).toString('hex')}`;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Every start tag with its attributes; attribute values are quoted and `<` is always escaped in text. */
export function tagsIn(html: string): Tag[] {
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

export function elements(html: string, name: string): { attrs: Record<string, string>; text: string }[] {
  const re = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g');
  return [...html.matchAll(re)].map((m) => ({ attrs: tagsIn(`<${name}${m[1] ?? ''}>`)[0]?.attrs ?? {}, text: textOf(m[2] ?? '') }));
}

export function links(html: string) {
  return elements(html, 'a').map((a) => ({ href: a.attrs.href ?? '', text: a.text, attrs: a.attrs }));
}

export function meta(html: string, key: string): string | undefined {
  return tagsIn(html).find((t) => t.name === 'meta' && (t.attrs.property === key || t.attrs.name === key))?.attrs.content;
}

/** Hrefs of `<a>` and `<link>` elements whose rel includes `rel` (prev, next, ...). */
export function relHrefs(html: string, rel: string): string[] {
  return tagsIn(html)
    .filter((t) => (t.name === 'a' || t.name === 'link') && (t.attrs.rel ?? '').split(/\s+/).includes(rel))
    .map((t) => t.attrs.href ?? '');
}

export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

export function articleLinks(fragment: string): string[] {
  return [...new Set(links(fragment).map((l) => l.href).filter((href) => /^\/[^/]+\/[^/]+\/$/.test(href) && !href.startsWith('/tag/') && !href.startsWith('/author/')))];
}

/** The part of a page from `<main` on, so navigation and header links do not count. */
export function mainOf(html: string): string {
  return html.slice(html.indexOf('<main'));
}

/** Fails if anything in the page could run script: inline scripts, event handlers, javascript: URLs. */
export function expectInert(html: string, where: string) {
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

/**
 * Services and app over a fresh database of `dialect`, built before and closed after the calling
 * `describe`. Read `services` only inside hooks and cases: it is set in `beforeAll`.
 */
export function useReaderSite(dialect: Dialect) {
  let services: TestServices;
  let app: FastifyInstance;
  beforeAll(async () => {
    services = await createTestServices(dialect);
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app?.close();
    await services?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  /** A published article (own section and author unless given), with its page path and its full input for updates. */
  async function story(fields: StoryFields = {}) {
    const sectionSlug = fields.sectionSlug ?? await buildSection(services.writer);
    const authorSlugs = fields.authorSlugs ?? [await buildAuthor(services.writer)];
    const article = await buildArticle(services.writer, { ...fields, sectionSlug, authorSlugs });
    const input = {
      headline: fields.headline ?? `Headline ${article.slug}`, slug: article.slug, sectionSlug, authorSlugs, tags: fields.tags ?? [],
      status: 'published' as const, publishedAt: fields.publishedAt ?? '2026-11-19T09:00:00.000Z',
    };
    return { ...article, path: `/${sectionSlug}/${article.slug}/`, input };
  }

  /** Asserts `url` answers the site's 404 page and returns its HTML. */
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

  return {
    get services() { return services; },
    get writer() { return services.writer; },
    get, story, expectNotFoundPage,
  };
}
