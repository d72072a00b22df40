import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app.ts';
import { DIALECTS } from './support/db-matrix.ts';
import { buildAuthor, buildSection } from './support/factories.ts';
import { signInRoles } from './support/sign-in.ts';
import type { ArticleInput } from '../src/content/index.ts';

// Every way an article can be out of public view, each with a marker word in its headline; the
// visible ones carry the same subject words, so each hidden article would be found, related,
// listed and fed if anything leaked.
const SUBJECT = 'Marguerite Okonkwo opened the Kelmarsh tidal lagoon scheme at the harbour';
const body = (marker: string) => `<p>${SUBJECT}. The lagoon turbines, ${marker}, will power the harbour and the ferry terminal, Okonkwo said.</p>`;
const PAST = '2026-11-18T09:00:00.000Z';
const FUTURE = '2027-03-01T09:00:00.000Z';

describe.each(DIALECTS)('nothing out of public view in feeds, sitemaps, search, related lists or topics on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const hidden = new Map<string, string>();
  const visible: { slug: string; path: string }[] = [];
  let section: string;
  let tagSlug: string;
  let author: string;

  beforeAll(async () => {
    const [[, cookie] = []] = [...await signInRoles(ctx.app, ctx.services.accounts, ['editor'])];
    section = await buildSection(ctx.services.writer);
    author = await buildAuthor(ctx.services.writer);
    const tag = `Tidal power ${dialect}`;
    tagSlug = tag.toLowerCase().replace(/\s+/g, '-');
    const write = async (marker: string, extra: Partial<ArticleInput>) => {
      const slug = `${marker}-${dialect}`;
      await ctx.services.writer.createArticle({
        headline: `Lagoon turbines ${marker} Okonkwo`, slug, standfirst: `${SUBJECT}.`, body: body(marker), bodyFormat: 'html',
        sectionSlug: section, authorSlugs: [author], tags: [tag], status: 'published', publishedAt: PAST, ...extra,
      });
      return slug;
    };
    for (const marker of ['visibleone', 'visibletwo']) visible.push({ slug: await write(marker, {}), path: '' });
    for (const v of visible) v.path = `/${section}/${v.slug}/`;
    hidden.set('draft', await write('draftmarker', { status: 'draft', publishedAt: null }));
    hidden.set('scheduled', await write('schedmarker', { status: 'scheduled', publishedAt: FUTURE }));
    hidden.set('future-dated', await write('futuremarker', { publishedAt: FUTURE }));
    hidden.set('embargoed', await write('embargomarker', { status: 'scheduled', publishedAt: FUTURE, embargoUntil: FUTURE }));
    hidden.set('published-under-embargo', await write('pubembargomarker', { embargoUntil: FUTURE }));
    const taken = await write('unpubmarker', {});
    hidden.set('unpublished', taken);
    const res = await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${taken}/unpublish`, headers: { cookie: cookie as string }, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    await ctx.services.indexing.sweepAll();
  });

  const markers = () => [...hidden.values()].map((slug) => slug.split('-')[0] as string);
  const get = async (url: string) => {
    const res = await ctx.app.inject(url);
    expect(res.statusCode, url).toBe(200);
    return res.body;
  };
  const expectClean = (url: string, text: string) => {
    for (const marker of markers()) expect(text.toLowerCase(), `${marker} in ${url}`).not.toContain(marker);
  };

  it('feeds of the site, section, tag and author list the visible articles only', async () => {
    for (const base of ['', `/${section}`, `/tag/${tagSlug}`, `/author/${author}`]) {
      for (const url of [`${base}/feed/`, `${base}/feed/atom/`, `${base}/feed.json`]) {
        const text = await get(url);
        expect(text, url).toContain('visibleone');
        expectClean(url, text);
      }
    }
  });

  it('the sitemaps and the news sitemap list the visible articles only', async () => {
    const index = await get('/sitemap.xml');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(files.length).toBeGreaterThan(0);
    let seen = '';
    for (const file of [...files, '/news-sitemap.xml']) {
      const text = await get(file);
      expectClean(file, text);
      seen += text;
    }
    expect(seen).toContain(visible[0]?.slug);
  });

  it('search finds the visible articles only, on the API and the reader page, and suggests no hidden word', async () => {
    for (const q of ['lagoon turbines', 'Okonkwo', ...markers(), ...markers().map((m) => m.slice(0, -1))]) {
      const api = JSON.parse(await get(`/api/v1/search?q=${encodeURIComponent(q)}`)) as { items: unknown[]; suggestion?: unknown; correctedQuery?: unknown };
      expectClean(`/api/v1/search?q=${q} (results)`, JSON.stringify(api.items));
      expectClean(`/api/v1/search?q=${q} (did you mean)`, JSON.stringify([api.suggestion ?? null, api.correctedQuery ?? null]));
      // The page repeats the query, so look for what only a result would show: a hidden
      // article's address or headline.
      const page = await get(`/search?q=${encodeURIComponent(q)}`);
      for (const slug of hidden.values()) {
        expect(page, `${slug} on /search?q=${q}`).not.toContain(slug);
        expect(page.toLowerCase(), `${slug} on /search?q=${q}`).not.toContain(`turbines ${slug.split('-')[0]}`);
      }
    }
    expect(await get('/api/v1/search?q=lagoon')).toContain('visibleone');
  });

  it('related lists show the visible articles only', async () => {
    const api = JSON.parse(await get(`/api/v1/articles/${visible[0]?.slug}`)) as { related: { slug: string }[] };
    expect(api.related.map((r) => r.slug)).toContain(visible[1]?.slug);
    expectClean('related (API)', JSON.stringify(api.related));
    const page = await get(visible[0]?.path as string);
    const block = page.match(/<section class="related"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(block).toContain(visible[1]?.slug);
    expectClean('related (page)', block);
  });

  it('a topic named by the articles lists the visible ones only', async () => {
    const text = await get('/topic/marguerite-okonkwo/');
    expect(text).toContain('visibleone');
    expectClean('/topic/marguerite-okonkwo/', text);
    for (const url of ['/topic/marguerite-okonkwo/feed/', '/topic/marguerite-okonkwo/feed.json']) expectClean(url, await get(url));
  });
});
