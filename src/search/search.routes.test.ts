import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';
import { hostileStrings, spreadSample } from '../../test/support/hostile-strings.ts';

/** Percent-encodes any string, lone surrogates included (as U+FFFD, which is what UTF-8 can carry). */
const encode = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const FTS_SYNTAX = [
  'NEAR(harbour bridge)', 'harbour AND bridge', 'harbour OR', 'NOT harbour', '"unbalanced', '(harbour', 'harbour)',
  'headline:harbour', '{headline standfirst}: harbour', 'harb*', '^harbour', '-harbour', 'harbour + bridge', "'; drop table articles; --",
  '!harbour & bridge | !(x <-> y)', '\u0000harbour', 'a\u0001b\u0007c', '*', '"', '""', ':', '--', 'x'.repeat(500),
];

describe.each(DIALECTS)('GET /api/v1/search on %s', (dialect) => {
  const t = useTestApp(dialect);
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/search?${query}` });

  it('answers matches best first with highlights, counts and the article fields', async () => {
    const section = await buildSection(t.services.writer);
    const a = await buildArticle(t.services.writer, { headline: 'Harbour bridge reopens after repairs', sectionSlug: section, body: '<p>The bridge over the harbour carried traffic again.</p>' });
    await buildArticle(t.services.writer, { headline: 'Council news', body: '<p>Talk of the harbour bridge budget.</p>' });
    await t.services.indexing.sweepAll();
    const response = await get('q=harbour+bridges');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('max-age=60');
    const body = response.json();
    expect(body).toMatchObject({ query: 'harbour bridges', correctedQuery: null, suggestion: null, page: 1, limit: 10, total: 2, pageCount: 1 });
    expect(body.items[0]).toMatchObject({ slug: a.slug, url: `https://news.example.test/${section}/${a.slug}/`, section: { slug: section } });
    expect(body.items[0].highlight.headline).toBe('<mark>Harbour</mark> <mark>bridge</mark> reopens after repairs');
    expect(body.items[0].highlight.snippet).toContain('<mark>bridge</mark>');
  });

  it('searches the corrected query for a misspelt word and names both', async () => {
    await buildArticle(t.services.writer, { headline: 'Lighthouse keepers strike' });
    await t.services.indexing.sweepAll();
    const body = (await get('q=lighthuose')).json();
    expect(body).toMatchObject({ query: 'lighthuose', correctedQuery: 'lighthouse', total: 1 });
    expect((await get('q=lighthuose&exact=1')).json()).toMatchObject({ correctedQuery: null, total: 0 });
  });

  it('filters by section and dates, and refuses bad ones with a 400 naming the parameter', async () => {
    const section = await buildSection(t.services.writer);
    const a = await buildArticle(t.services.writer, { headline: 'Ferry timetable changes', sectionSlug: section, publishedAt: '2026-11-02T08:00:00.000Z' });
    await buildArticle(t.services.writer, { headline: 'Ferry fares rise', publishedAt: '2026-11-10T08:00:00.000Z' });
    await t.services.indexing.sweepAll();
    expect((await get(`q=ferry&section=${section}`)).json().items.map((i: { slug: string }) => i.slug)).toEqual([a.slug]);
    expect((await get('q=ferry&from=2026-11-01&to=2026-11-05')).json().items.map((i: { slug: string }) => i.slug)).toEqual([a.slug]);
    const bad = await get('q=ferry&from=last+week');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'SEARCH_INVALID_DATE', property: 'from' });
    expect((await get('q=ferry&section=Not%20a%20slug')).statusCode).toBe(400);
    expect((await get('q=ferry&limit=51')).statusCode).toBe(400);
  });

  it('refuses a query over 500 characters with SEARCH_QUERY_TOO_LONG', async () => {
    const response = await get(`q=${'a'.repeat(10_240)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SEARCH_QUERY_TOO_LONG');
  });

  it('treats full-text operators, quotes and control characters as plain words', async () => {
    await buildArticle(t.services.writer, { headline: 'Harbour bridge near the old town' });
    await t.services.indexing.sweepAll();
    for (const q of FTS_SYNTAX) {
      const response = await get(`q=${encode(q)}`);
      expect(response.statusCode, q).toBe(200);
      expect(response.json().query).toBe(q);
    }
    expect((await get('q=NEAR(harbour%20bridge)')).json().total).toBeGreaterThan(0);
    expect((await get('q=harbour&q=bridge')).statusCode).toBeLessThan(500);
  });

  it('answers every hostile string in every parameter with a result or a 400, never a 500', async () => {
    const failures: string[] = [];
    const all = hostileStrings();
    // Every string as the query; a spread across kinds in the other parameters.
    const cases = [...all.map((s) => ({ ...s, names: ['q'] })), ...spreadSample(all, 120).map((s) => ({ ...s, names: ['section', 'from', 'to', 'page'] }))];
    for (const { kind, value, names } of cases) {
      for (const name of names) {
        const response = await get(`${name}=${encode(value)}${name === 'q' ? '' : '&q=bridge'}`);
        const ok = response.statusCode === 200 || (response.statusCode === 400 && typeof response.json().error?.code === 'string');
        if (!ok) failures.push(`${kind} in ${name}: ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
