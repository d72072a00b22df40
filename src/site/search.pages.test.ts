import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';
import { hostileStrings, spreadSample } from '../../test/support/hostile-strings.ts';
import { elements, links, meta, relHrefs, tagsIn } from './site.test-support.ts';

const encode = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** True when the page has an element or attribute the site never writes: the input got out of its text. */
function injected(html: string): boolean {
  return tagsIn(html).some((tag) => ['svg', 'iframe', 'object', 'embed', 'math', 'img', 'base'].includes(tag.name)
    || Object.keys(tag.attrs).some((name) => name.startsWith('on'))
    || (tag.name === 'script' && !tag.attrs.src && tag.attrs.type !== 'application/ld+json'));
}

describe.each(DIALECTS)('GET /search on %s', (dialect) => {
  const t = useTestApp(dialect);
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/search?${query}` });

  it('shows an accessible form, in the header of every page too', async () => {
    const home = (await t.app.inject({ method: 'GET', url: '/' })).body;
    const headerForm = tagsIn(home).find((tag) => tag.name === 'form' && tag.attrs.role === 'search');
    expect(headerForm?.attrs).toMatchObject({ action: '/search', method: 'get' });
    expect(elements(home, 'label').some((l) => l.attrs.for === 'header-search-q')).toBe(true);

    const page = await get('');
    expect(page.statusCode).toBe(200);
    const labels = elements(page.body, 'label').map((l) => l.attrs.for);
    expect(labels).toEqual(expect.arrayContaining(['search-q', 'search-section', 'search-from', 'search-to']));
    expect(meta(page.body, 'robots')).toBe('noindex');
  });

  it('lists results with escaped, highlighted headlines and snippets, and announces the count', async () => {
    const section = await buildSection(t.services.writer, { name: 'Coast' });
    const a = await buildArticle(t.services.writer, { headline: 'Seawall <repairs> & "tides"', sectionSlug: section, body: '<p>The seawall held through the storm.</p>' });
    await t.services.indexing.sweepAll();
    const response = await get('q=seawall');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(meta(response.body, 'robots')).toBe('noindex');
    expect(response.body).toContain('<mark>Seawall</mark> &lt;repairs&gt; &amp; &quot;tides&quot;');
    expect(response.body).toContain('The <mark>seawall</mark> held');
    const status = elements(response.body, 'p').find((p) => p.attrs.role === 'status');
    expect(status?.text).toBe('1 article found for “seawall”.');
    expect(elements(response.body, 'title')[0]?.text).toContain('1 article found');
    expect(links(response.body).map((l) => l.href)).toContain(`/${section}/${a.slug}/`);
    const input = tagsIn(response.body).find((tag) => tag.name === 'input' && tag.attrs.id === 'search-q');
    expect(input?.attrs.value).toBe('seawall');
  });

  it('offers the corrected search and the original one', async () => {
    await buildArticle(t.services.writer, { headline: 'Breakwater extended' });
    await t.services.indexing.sweepAll();
    const response = await get('q=brekwater');
    const hrefs = links(response.body).map((l) => l.href);
    expect(response.body).toContain('Showing results for');
    expect(hrefs).toContain('/search?q=breakwater');
    expect(hrefs).toContain('/search?q=brekwater&exact=1');
    expect((await get('q=brekwater&exact=1')).body).toContain('No articles found for “brekwater”.');
    for (let i = 0; i < 11; i += 1) await buildArticle(t.services.writer, { headline: `Brekwater misprint ${i}` });
    await t.services.indexing.sweepAll();
    // Paging an uncorrected search keeps it uncorrected.
    expect(relHrefs((await get('q=brekwater&exact=1')).body, 'next')).toEqual(['/search?q=brekwater&exact=1&page=2']);
  });

  it('pages through results with links that keep the query and filters', async () => {
    const section = await buildSection(t.services.writer);
    for (let i = 0; i < 12; i += 1) await buildArticle(t.services.writer, { headline: `Jetty report ${i}`, sectionSlug: section });
    await t.services.indexing.sweepAll();
    const first = await get(`q=jetty&section=${section}`);
    expect(relHrefs(first.body, 'next')).toEqual([`/search?q=jetty&section=${section}&page=2`]);
    const second = await get(`q=jetty&section=${section}&page=2`);
    expect(elements(second.body, 'li').filter((li) => li.attrs.class === 'search-result')).toHaveLength(2);
    expect(relHrefs(second.body, 'prev')).toEqual([`/search?q=jetty&section=${section}`]);
  });

  it('shows the form again with a message and status 400 for a query it cannot run', async () => {
    const long = await get(`q=${'b'.repeat(10_240)}`);
    expect(long.statusCode).toBe(400);
    expect(elements(long.body, 'p').find((p) => p.attrs.role === 'status')?.text).toContain('at most 500 characters');
    const date = await get('q=jetty&from=tomorrow');
    expect(date.statusCode).toBe(400);
    expect(date.body).toContain('year-month-day');
  });

  it('answers hostile strings with a page, never a 500, and never echoes markup', async () => {
    const failures: string[] = [];
    for (const { kind, value } of spreadSample(hostileStrings(), 250)) {
      for (const name of ['q', 'from', 'section']) {
        const response = await get(`${name}=${encode(value)}`);
        if (response.statusCode !== 200 && response.statusCode !== 400) failures.push(`${kind} in ${name}: ${response.statusCode}`);
        else if (injected(response.body)) failures.push(`${kind} in ${name}: markup echoed`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
