import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { hostileStrings } from '../../test/support/hostile-strings.ts';
import { toPlainText } from '../content/index.ts';
import { articleText, extractNames } from './topic-extract.ts';

const PASSWORD = 'correct horse battery staple';
const HOUR = 3_600_000;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms).toISOString();

describe('extractNames', () => {
  it('finds the people, places and organisations of a news story, normalised', () => {
    const text = articleText(
      'Starmer and Macron agree Channel deal',
      'The Prime Minister met the French president in Paris.',
      '<p>Prime Minister Keir Starmer met Emmanuel Macron in Paris on Tuesday.</p><h2>Talks</h2>'
      + "<p>Mr Starmer's aides said the European Union and the United Nations would be consulted. Macron said Microsoft had offered help.</p>",
      toPlainText,
    );
    const names = extractNames(text);
    const byName = new Map(names.map((n) => [n.name, n.kind]));
    expect(byName.get('Keir Starmer')).toBe('person');
    expect(byName.get('Paris')).toBe('place');
    expect(byName.get('European Union')).toBe('organization');
    // "Mr Starmer's" and "Starmer" fold into the full name; no title or possessive survives.
    expect([...byName.keys()].filter((n) => /Starmer/.test(n))).toEqual(['Keir Starmer']);
    expect(names.find((n) => n.name === 'Keir Starmer')?.mentions).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n.name).toMatch(/^[\p{Lu}\p{Lo}]/u);
  });

  it('drops titles standing alone and reads an honorific as a person', () => {
    const names = extractNames('The MP for Bristol met Dr Helen Marsh at St Mary\'s. Dr Helen Marsh said the MP was right.');
    const byName = new Map(names.map((n) => [n.name, n.kind]));
    expect(byName.get('Helen Marsh')).toBe('person');
    expect(byName.has('MP')).toBe(false);
    expect(byName.has('St')).toBe(false);
  });

  it('finds names among sentences that hold none, whatever their place in the text', () => {
    const names = extractNames('The council met on a wet evening. He said it was fine. Paris is busy in spring. It rained. '
      + 'The race ends with a stage around Lake Garda.');
    expect(names.map((n) => [n.name, n.kind])).toEqual([['Paris', 'place'], ['Lake Garda', 'place']]);
    expect(extractNames('The council met. It rained, and he said so.')).toEqual([]);
  });

  it('keeps the whole name ending a sentence in which the tagger splits a possessive', () => {
    const names = extractNames("Pennock's was founded in 1898 as a draper's shop on Harbridge's Market Street.");
    expect(names).toContainEqual({ name: 'Market Street', kind: 'place', mentions: 1 });
  });
});

describe.each(DIALECTS)('topics on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  let n = 0;

  async function signIn() {
    if (cookie) return cookie;
    await ctx.services.accounts.createUser({ email: 'desk@topics.test', name: 'Desk', role: 'editor', password: PASSWORD });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'desk@topics.test', password: PASSWORD } });
    cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
    return cookie;
  }
  const admin = async (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: { cookie: await signIn() }, ...(payload ? { payload } : {}) });
  const get = (url: string) => ctx.app.inject({ method: 'GET', url });

  /** A story naming `name` twice (so a surname-only mention is resolved), in `fields`' state. */
  async function story(name: string, fields: Parameters<typeof buildArticle>[1] = {}) {
    const surname = name.split(' ').pop();
    return buildArticle(ctx.services.writer, {
      headline: `Talks continue in Geneva ${++n}`,
      body: `<p>${name} arrived in Geneva on Monday for the talks.</p><p>Aides to ${surname} said the meeting went well.</p>`,
      publishedAt: at(-HOUR), ...fields,
    });
  }
  const sweep = () => ctx.services.indexing.sweepAll();

  it('gives a topic a page once two visible articles name it, newest first', async () => {
    await story('Sarah Vandermeer', { publishedAt: at(-2 * HOUR) });
    await sweep();
    expect((await get('/topic/sarah-vandermeer/')).statusCode).toBe(404);
    const withPages = async () => (await ctx.services.topics.listTopicsWithPages()).map((t) => t.slug);
    expect(await withPages()).not.toContain('sarah-vandermeer');
    const second = await story('Sarah Vandermeer');
    await sweep();
    const res = await get('/topic/sarah-vandermeer/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Topic: Sarah Vandermeer');
    expect(res.body.indexOf(`/${second.slug}/`)).toBeGreaterThan(-1);
    const article = await get(`/${second.sectionSlug}/${second.slug}/`);
    expect(article.body).toContain('href="/topic/sarah-vandermeer/"');
    expect(await withPages()).toContain('sarah-vandermeer');
    const listed = (await ctx.services.topics.listTopicsWithPages()).find((t) => t.slug === 'sarah-vandermeer');
    expect(listed?.lastPublishedAt).toBe(at(-HOUR));
  });

  it('never counts or lists drafts, scheduled or embargoed articles', async () => {
    const published = await story('Margaret Brackenridge');
    await story('Margaret Brackenridge', { status: 'draft' });
    await story('Margaret Brackenridge', { status: 'scheduled', publishedAt: at(2 * HOUR) });
    await story('Margaret Brackenridge', { status: 'published', publishedAt: at(3 * HOUR) });
    await story('Margaret Brackenridge', { status: 'published', publishedAt: at(-HOUR), embargoUntil: at(HOUR) });
    await sweep();
    expect((await get('/topic/margaret-brackenridge/')).statusCode).toBe(404);
    const article = await get(`/${published.sectionSlug}/${published.slug}/`);
    expect(article.body).not.toContain('/topic/margaret-brackenridge/');
    // A confirmed topic has a page, but it still lists only what readers may see.
    const confirm = await admin('PUT', '/api/admin/topics/margaret-brackenridge', { confirmed: true });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const page = await get('/topic/margaret-brackenridge/');
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/class="article-card/g)?.length ?? page.body.split(`/${published.slug}/`).length - 1).toBeGreaterThan(0);
    const list = await admin('GET', '/api/admin/topics?q=brackenridge');
    expect(list.json()).toMatchObject({ items: [{ slug: 'margaret-brackenridge', articleCount: 5, publishedCount: 1, hasPage: true }] });
  });

  it("an editor's confirmation gives a page; rejection keeps a topic off an article through re-extraction", async () => {
    const a = await story('Perpetua Okonkwo-Hale');
    await sweep();
    const suggested = await admin('GET', `/api/admin/articles/${a.slug}/topics`);
    expect(suggested.statusCode).toBe(200);
    const slugs = (suggested.json() as { suggested: { slug: string }[] }).suggested.map((t) => t.slug);
    expect(slugs).toContain('geneva');
    const put = await admin('PUT', `/api/admin/articles/${a.slug}/topics`, { confirmed: ['Perpetua Okonkwo-Hale'], rejected: ['geneva'] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ confirmed: [{ name: 'Perpetua Okonkwo-Hale', hasPage: true }], rejected: [{ slug: 'geneva' }] });
    expect((await get('/topic/perpetua-okonkwo-hale/')).statusCode).toBe(200);
    // An edit makes the sweep read the article again: the rejected name stays off.
    await ctx.services.writer.updateArticle(a.slug, {
      headline: 'Talks move on from Geneva', slug: a.slug, sectionSlug: a.sectionSlug, authorSlugs: a.authorSlugs, status: 'published',
      publishedAt: at(-HOUR), tags: [], body: '<p>Perpetua Okonkwo-Hale left Geneva.</p>',
    });
    await sweep();
    const after = (await admin('GET', `/api/admin/articles/${a.slug}/topics`)).json() as { suggested: { slug: string }[]; confirmed: { slug: string }[] };
    expect(after.suggested.map((t) => t.slug)).not.toContain('geneva');
    expect(after.confirmed.map((t) => t.slug)).toEqual(['perpetua-okonkwo-hale']);
  });

  it('purges cached pages when an article joins a topic or changes', async () => {
    const first = await story('Eleanor Pemberton-Vance');
    const second = await story('Eleanor Pemberton-Vance', { status: 'draft' });
    await sweep();
    const firstPath = `/${first.sectionSlug}/${first.slug}/`;
    expect((await get(firstPath)).body).not.toContain('/topic/eleanor-pemberton-vance/');
    expect(ctx.services.cache).not.toBeNull();
    const input = {
      headline: 'Pemberton-Vance arrives', slug: second.slug, sectionSlug: second.sectionSlug, authorSlugs: second.authorSlugs, tags: [],
      body: '<p>Eleanor Pemberton-Vance arrived in Geneva on Monday for the talks.</p>', status: 'published' as const, publishedAt: at(-HOUR),
    };
    await ctx.services.writer.updateArticle(second.slug, input);
    await sweep();
    // The first article's page was cached without the link; the second one's publication gave the topic its page.
    expect((await get(firstPath)).body).toContain('href="/topic/eleanor-pemberton-vance/"');
    const page = await get('/topic/eleanor-pemberton-vance/');
    expect(page.body).toContain('Pemberton-Vance arrives');
    await ctx.services.writer.updateArticle(second.slug, { ...input, headline: 'Pemberton-Vance leaves Geneva' });
    await sweep();
    const again = await get('/topic/eleanor-pemberton-vance/');
    expect(again.body).toContain('Pemberton-Vance leaves Geneva');
    expect(again.body).not.toContain('Pemberton-Vance arrives');
  });

  it('hides, renames with a 301 and merges topics, purging their pages', async () => {
    await story('Thomas Threlkeld');
    await story('Thomas Threlkeld');
    await story('Tom Threlkeld');
    await story('Tom Threlkeld');
    await sweep();
    expect((await get('/topic/thomas-threlkeld/')).statusCode).toBe(200);
    expect((await admin('PUT', '/api/admin/topics/thomas-threlkeld', { hidden: true })).statusCode).toBe(200);
    expect((await get('/topic/thomas-threlkeld/')).statusCode).toBe(404);
    expect((await ctx.services.topics.listTopicsWithPages()).map((t) => t.slug)).not.toContain('thomas-threlkeld');
    expect((await admin('PUT', '/api/admin/topics/thomas-threlkeld', { hidden: false, name: 'Thomas Threlkeld (minister)', slug: 'thomas-threlkeld-minister' })).statusCode).toBe(200);
    const moved = await get('/topic/thomas-threlkeld/?page=1');
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe('/topic/thomas-threlkeld-minister/?page=1');
    const renamed = await get('/topic/thomas-threlkeld-minister/');
    expect(renamed.body).toContain('Thomas Threlkeld (minister)');
    const merge = await admin('POST', '/api/admin/topics/tom-threlkeld/merge', { into: 'thomas-threlkeld-minister' });
    expect(merge.statusCode, merge.body).toBe(200);
    expect((await get('/topic/tom-threlkeld/')).headers.location).toBe('/topic/thomas-threlkeld-minister/');
    const list = await admin('GET', '/api/admin/topics?q=threlkeld');
    expect(list.json()).toMatchObject({ total: 1, items: [{ slug: 'thomas-threlkeld-minister', publishedCount: 4 }] });
    expect((await admin('POST', '/api/admin/topics/thomas-threlkeld-minister/merge', { into: 'thomas-threlkeld-minister' })).statusCode).toBe(400);
  });

  it('follows articles into view when their time comes, without an edit, and out of it when unpublished', async () => {
    const first = await story('Rosalind Achterberg');
    await story('Rosalind Achterberg', { status: 'published', publishedAt: at(2 * HOUR) });
    await sweep();
    expect((await get('/topic/rosalind-achterberg/')).statusCode).toBe(404);
    const firstPath = `/${first.sectionSlug}/${first.slug}/`;
    expect((await get(firstPath)).body).not.toContain('/topic/rosalind-achterberg/');
    try {
      ctx.services.clock.advance(3 * HOUR);
      await sweep();
      expect((await get('/topic/rosalind-achterberg/')).statusCode).toBe(200);
      // The cached page of the first article is purged when the second comes into view.
      expect((await get(firstPath)).body).toContain('href="/topic/rosalind-achterberg/"');
      await ctx.services.writer.updateArticle(first.slug, {
        headline: 'Withdrawn', slug: first.slug, sectionSlug: first.sectionSlug, authorSlugs: first.authorSlugs, tags: [],
        body: '<p>Rosalind Achterberg arrived in Geneva.</p>', status: 'unpublished', publishedAt: at(-HOUR),
      });
      await sweep();
      expect((await get('/topic/rosalind-achterberg/')).statusCode).toBe(404);
    } finally {
      ctx.services.clock.set(TEST_NOW);
    }
  });

  it('answers bad and hostile input with a 4xx, never a 500', async () => {
    const a = await story('David Farrowdale');
    await sweep();
    const encoded = (value: string) => { try { return encodeURIComponent(value); } catch { return 'lone-surrogate'; } };
    for (const { value } of hostileStrings()) {
      for (const res of [
        await admin('PUT', '/api/admin/topics/david-farrowdale', { name: value }),
        await admin('PUT', '/api/admin/topics/david-farrowdale', { slug: value }),
        await admin('POST', '/api/admin/topics/david-farrowdale/merge', { into: value }),
        await admin('PUT', `/api/admin/articles/${a.slug}/topics`, { confirmed: [value], rejected: [value.slice(0, 50)] }),
        await admin('GET', `/api/admin/topics?q=${encoded(value)}`),
        await get(`/topic/${encoded(value)}/`),
      ]) {
        expect(res.statusCode, `${value.slice(0, 40)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
    }
    expect((await admin('PUT', '/api/admin/articles/no-such-story/topics', { confirmed: [], rejected: [] })).statusCode).toBe(404);
    expect((await admin('PUT', '/api/admin/topics/no-such-topic', { hidden: true })).statusCode).toBe(404);
  });
});
