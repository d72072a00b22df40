import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { SearchRequest } from './search.service.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

/** A made-up word of letters only, so each case has words no other case uses. */
const word = () => `q${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

describe.each(DIALECTS)('search on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  async function find(q: string, extra: Partial<SearchRequest> = {}) {
    await s.search.sweep();
    return s.search.search({ q, page: 1, limit: 10, ...extra });
  }
  const slugs = async (q: string, extra: Partial<SearchRequest> = {}) => (await find(q, extra)).results.map((r) => r.article.slug);

  it('finds words in the headline, standfirst, body, tags and bylines', async () => {
    const [h, st, b, tg, au] = [word(), word(), word(), word(), word()];
    const author = await buildAuthor(s.writer, { name: `Reporter ${au}` });
    const a = await buildArticle(s.writer, { headline: `Harbour ${h} reopens`, standfirst: `The ${st} is back`, body: `<p>Inside ${b} text.</p>`, tags: [`Tag ${tg}`], authorSlugs: [author] });
    for (const q of [h, st, b, tg, au]) expect(await slugs(q)).toEqual([a.slug]);
  });

  it('ranks a headline match above a body match', async () => {
    const w = word();
    const inBody = await buildArticle(s.writer, { headline: 'Council meets', body: `<p>Much talk of ${w} today, and ${w} again.</p>` });
    const inHeadline = await buildArticle(s.writer, { headline: `The ${w} question`, body: '<p>Nothing else here.</p>' });
    expect(await slugs(w)).toEqual([inHeadline.slug, inBody.slug]);
  });

  it('lists articles with every word before those with only some, across pages', async () => {
    const [x, y, z] = [word(), word(), word()];
    // The partial match has the word three times in its headline, and still comes after.
    const one = await buildArticle(s.writer, { headline: `${x} ${x} ${x} alone` });
    const both = await buildArticle(s.writer, { headline: `Deep in the body`, body: `<p>${'Filler. '.repeat(50)} ${x} and ${y}</p>` });
    const other = await buildArticle(s.writer, { headline: `${y} only` });
    expect((await slugs(`${x} ${y}`))[0]).toBe(both.slug);
    expect((await slugs(`${x} ${y}`)).slice(1).sort()).toEqual([one.slug, other.slug].sort());
    expect((await slugs(`${x} ${z}`)).sort()).toEqual([both.slug, one.slug].sort());
    const second = await find(`${x} ${y}`, { limit: 1, page: 2 });
    expect([second.total, second.results.length]).toEqual([3, 1]);
    expect(second.results[0]?.article.slug).not.toBe(both.slug);
    expect((await find(`${x} ${y}`, { limit: 2, page: 3 })).results).toEqual([]);
  });

  it('matches English inflections both ways', async () => {
    const stem = word();
    const a = await buildArticle(s.writer, { headline: 'Voters turn out', body: `<p>The ${stem} elections were running late.</p>` });
    expect(await slugs(`${stem} election`)).toEqual([a.slug]);
    expect(await slugs(`${stem} runs`)).toEqual([a.slug]);
  });

  it('normalises Arabic letter forms, taa marbuta, tatweel and harakat on both sides', async () => {
    const tag = word();
    const a = await buildArticle(s.writer, { headline: 'أحمد يزور المدرسة الجديدة', body: '<p>مـــدرسةٌ كبيرة في إربد</p>', tags: [tag] });
    expect(await slugs(`احمد ${tag}`)).toEqual([a.slug]);
    expect(await slugs(`مدرسه ${tag}`)).toEqual([a.slug]);
    expect(await slugs(`مَدْرَسَة ${tag}`)).toEqual([a.slug]);
    expect(await slugs(`اربد ${tag}`)).toEqual([a.slug]);
  });

  it('searches a misspelt word as the closest word in the index, and says so', async () => {
    const a = await buildArticle(s.writer, { headline: 'Parliament debates the zylophonist guild' });
    const outcome = await find('zylophonsit');
    expect(outcome.correctedQuery).toBe('zylophonist');
    expect(outcome.results.map((r) => r.article.slug)).toEqual([a.slug]);
    const exact = await find('zylophonsit', { exact: true });
    expect(exact.correctedQuery).toBeNull();
    expect(exact.results).toEqual([]);
  });

  it('offers a far commoner spelling of a rare word without searching it, and never corrects numbers', async () => {
    await buildArticle(s.writer, { headline: 'The goverment responds' });
    for (let i = 0; i < 20; i += 1) await buildArticle(s.writer, { headline: `Government statement ${i}` });
    const rare = await find('goverment');
    expect(rare).toMatchObject({ suggestion: 'government', correctedQuery: null, total: 1 });
    const number = await find('government 20261');
    expect(number.correctedQuery).toBeNull();
  });

  it('never corrects to, or suggests, a word that only unpublished articles hold', async () => {
    await buildArticle(s.writer, { headline: 'Secret zanzibarite merger', status: 'draft', publishedAt: null });
    await buildArticle(s.writer, { headline: 'Embargoed zanzibarite deal', embargoUntil: '2026-12-01T09:00:00.000Z' });
    const outcome = await find('zanzbarite');
    expect(outcome).toMatchObject({ correctedQuery: null, suggestion: null, total: 0 });
    await buildArticle(s.writer, { headline: 'Public zanzibarite story' });
    expect(await find('zanzbarite')).toMatchObject({ correctedQuery: 'zanzibarite', total: 1 });
    // A word only a draft holds is treated as a word in no article, not as a known one.
    expect(await find('zanzibarites merger')).toMatchObject({ correctedQuery: null, total: 1 });
    await buildArticle(s.writer, { headline: 'Draft quorvanite', status: 'draft', publishedAt: null });
    await buildArticle(s.writer, { headline: 'Public quorvanide' });
    expect(await find('quorvanite')).toMatchObject({ correctedQuery: 'quorvanide', total: 1 });
  });

  it('does not correct an inflection of a word in the index', async () => {
    await buildArticle(s.writer, { headline: 'Sailors marooning together' });
    const outcome = await find('maroons');
    expect(outcome.correctedQuery).toBeNull();
    expect(outcome.total).toBe(1);
  });

  it('marks matches in escaped headlines and snippets', async () => {
    const w = word();
    await buildArticle(s.writer, { headline: `<b>${w}</b> & "friends"`, body: `<p>${'Filler words here. '.repeat(40)}A <i>${w}</i> sighting &lt;script&gt; near the end.</p>` });
    const [result] = (await find(w)).results;
    expect(result?.headlineHtml).toBe(`&lt;b&gt;<mark>${w}</mark>&lt;/b&gt; &amp; &quot;friends&quot;`);
    expect(result?.snippetHtml).toContain(`<mark>${w}</mark> sighting &lt;script&gt;`);
    expect(result?.snippetHtml.startsWith('…')).toBe(true);
    expect(result?.snippetHtml).not.toContain('<script');
  });

  it('filters by section and by publication dates', async () => {
    const w = word();
    const section = await buildSection(s.writer);
    const early = await buildArticle(s.writer, { headline: `${w} early`, sectionSlug: section, publishedAt: '2026-10-01T10:00:00.000Z' });
    const late = await buildArticle(s.writer, { headline: `${w} late`, publishedAt: '2026-11-15T10:00:00.000Z' });
    expect(await slugs(w, { section })).toEqual([early.slug]);
    expect(await slugs(w, { from: '2026-11-01' })).toEqual([late.slug]);
    expect(await slugs(w, { to: '2026-10-01' })).toEqual([early.slug]);
    expect(await slugs(w, { from: '2026-10-02T00:00:00Z', to: '2026-11-15' })).toEqual([late.slug]);
    expect(await slugs(w, { section: 'no-such-section' })).toEqual([]);
  });

  it('refuses malformed dates and overlong queries with 400 codes', async () => {
    await expect(find('x', { from: 'yesterday' })).rejects.toMatchObject({ code: 'SEARCH_INVALID_DATE', status: 400, property: 'from' });
    await expect(find('x', { to: '2026-02-30' })).rejects.toMatchObject({ code: 'SEARCH_INVALID_DATE', property: 'to' });
    await expect(find('x', { from: '2026-11-02', to: '2026-11-01' })).rejects.toMatchObject({ code: 'SEARCH_INVALID_DATE' });
    await expect(find('word '.repeat(2000))).rejects.toMatchObject({ code: 'SEARCH_QUERY_TOO_LONG', status: 400 });
  });

  it('pages through results and counts them all', async () => {
    const w = word();
    for (let i = 0; i < 5; i += 1) await buildArticle(s.writer, { headline: `${w} number ${i}` });
    const first = await find(w, { limit: 2 });
    const third = await find(w, { limit: 2, page: 3 });
    const beyond = await find(w, { limit: 2, page: 9 });
    expect([first.total, first.pageCount, first.results.length]).toEqual([5, 3, 2]);
    expect(third.results).toHaveLength(1);
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it('never returns drafts, scheduled, embargoed, taken-down or deleted articles', async () => {
    const w = word();
    const visible = await buildArticle(s.writer, { headline: `${w} visible` });
    await buildArticle(s.writer, { headline: `${w} draft`, status: 'draft' });
    await buildArticle(s.writer, { headline: `${w} in review`, status: 'in_review' });
    await buildArticle(s.writer, { headline: `${w} scheduled`, status: 'scheduled', publishedAt: '2026-12-01T09:00:00.000Z' });
    await buildArticle(s.writer, { headline: `${w} future`, publishedAt: '2026-12-01T09:00:00.000Z' });
    await buildArticle(s.writer, { headline: `${w} embargoed`, embargoUntil: '2026-12-01T09:00:00.000Z' });
    const takenDown = await buildArticle(s.writer, { headline: `${w} taken down` });
    const deleted = await buildArticle(s.writer, { headline: `${w} deleted` });
    expect((await slugs(w)).sort()).toEqual([visible.slug, takenDown.slug, deleted.slug].sort());

    // As the workflow and a deletion leave them: no re-index needed to hide either.
    await s.db.handle.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', takenDown.id).execute();
    await s.db.handle.db.deleteFrom('articles').where('id', '=', deleted.id).execute();
    expect(await s.search.search({ q: w, page: 1, limit: 10 }).then((o) => o.results.map((r) => r.article.slug))).toEqual([visible.slug]);
    expect(await slugs(w)).toEqual([visible.slug]);
  });

  it('shows a scheduled article once its time comes, without re-indexing', async () => {
    const w = word();
    const a = await buildArticle(s.writer, { headline: `${w} soon`, publishedAt: '2026-11-20T13:00:00.000Z' });
    expect(await slugs(w)).toEqual([]);
    s.clock.advance(2 * 3600_000);
    try {
      expect(await s.search.search({ q: w, page: 1, limit: 10 }).then((o) => o.results.map((r) => r.article.slug))).toEqual([a.slug]);
    } finally {
      s.clock.advance(-2 * 3600_000);
    }
  });

  it('follows edits, tag renames and deletions in the index and its vocabulary', async () => {
    const [before, after, tagWord, renamed] = [word(), word(), word(), word()];
    const a = await buildArticle(s.writer, { headline: `${before} story`, tags: [tagWord] });
    expect(await slugs(before)).toEqual([a.slug]);
    const current = await s.content.getArticleForEditing(a.slug);
    await s.writer.updateArticle(a.slug, { headline: `${after} story`, sectionSlug: current.section.slug, authorSlugs: current.authors.map((x) => x.slug), tags: [tagWord] });
    expect(await slugs(before)).toEqual([]);
    expect(await slugs(after)).toEqual([a.slug]);

    await s.db.handle.db.updateTable('tags').set({ name: renamed }).where('name', '=', tagWord).execute();
    expect(await slugs(renamed)).toEqual([a.slug]);
    expect(await slugs(tagWord, { exact: true })).toEqual([]);

    const terms = () => s.db.handle.db.selectFrom('searchTerms').select(['term', 'docCount']).where('term', 'in', [before, after, renamed]).orderBy('term').execute();
    expect(await terms()).toEqual([{ term: after, docCount: 1 }, { term: renamed, docCount: 1 }].sort((x, y) => (x.term < y.term ? -1 : 1)));
    await s.db.handle.db.deleteFrom('articles').where('id', '=', a.id).execute();
    expect(await s.search.sweep()).toMatchObject({ removed: 1 });
    expect(await terms()).toEqual([]);
  });

  it('sweeps idempotently: a second sweep finds nothing to do', async () => {
    await buildArticle(s.writer, { headline: `${word()} once` });
    expect((await s.search.sweep()).indexed).toBeGreaterThan(0);
    expect(await s.search.sweep()).toEqual({ indexed: 0, removed: 0 });
  });
});
