import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import {
  articleLinks, links, mainOf, relHrefs, SITE, tagsIn, uniqueTag, useReaderSite,
} from './site.test-support.ts';

describe.each(DIALECTS)('list pagination on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story, expectNotFoundPage } = site;

  /** 21 articles sharing one section, tag and author, one minute apart; paths newest first. */
  async function longList() {
    const sectionSlug = await buildSection(site.writer);
    const author = await buildAuthor(site.writer);
    const tag = uniqueTag();
    const paths: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const publishedAt = new Date(Date.parse('2026-11-19T00:00:00.000Z') + i * 60_000).toISOString();
      paths.unshift((await story({ sectionSlug, authorSlugs: [author], tags: [tag], publishedAt })).path);
    }
    return { paths, lists: [`/${sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${author}/`] };
  }

  describe('reader lists', () => {
    it('GET /{section}/?page=2 shows the next page', async () => {
      const sectionSlug = await buildSection(site.writer);
      const paths: string[] = [];
      for (let i = 0; i < 21; i += 1) {
        paths.unshift((await story({ sectionSlug, publishedAt: new Date(Date.parse('2026-11-19T00:00:00.000Z') + i * 60_000).toISOString() })).path);
      }

      const first = await get(`/${sectionSlug}/`);
      const second = await get(`/${sectionSlug}/?page=2`);

      expect(articleLinks(first.body.slice(first.body.indexOf('<main')))).toEqual(paths.slice(0, 20));
      expect(links(first.body).find((l) => l.attrs.rel === 'next')?.href).toBe(`/${sectionSlug}/?page=2`);
      expect(second.statusCode).toBe(200);
      expect(articleLinks(second.body.slice(second.body.indexOf('<main')))).toEqual(paths.slice(20));
      expect(tagsIn(second.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/${sectionSlug}/?page=2`);
    });

    it('shows the 21st newest article on page 2 of section, tag and author lists, linked by rel prev and next', async () => {
      const { paths, lists } = await longList();

      for (const list of lists) {
        const first = await get(list);
        const second = await get(`${list}?page=2`);

        expect(first.statusCode, list).toBe(200);
        expect(relHrefs(first.body, 'next'), list).toContain(`${list}?page=2`);
        expect(relHrefs(first.body, 'prev'), list).toEqual([]);
        expect(second.statusCode, list).toBe(200);
        expect(articleLinks(mainOf(second.body)), list).toEqual([paths[20]]);
        expect(relHrefs(second.body, 'prev'), list).toContain(list);
        expect(relHrefs(second.body, 'next'), list).toEqual([]);
      }
    });

    it('answers a page number past the last page of a section, tag or author list with the 404 page', async () => {
      const { lists } = await longList();
      const tag = uniqueTag();
      const short = await story({ tags: [tag] });
      const shortLists = [`/${short.sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${short.authorSlugs[0]}/`];

      for (const list of lists) {
        await expectNotFoundPage(`${list}?page=3`);
        await expectNotFoundPage(`${list}?page=100000`);
      }
      for (const list of shortLists) await expectNotFoundPage(`${list}?page=2`);
    });

    it('answers a malformed page number on a section with the 404 page', async () => {
      const { sectionSlug } = await story();
      expect((await get(`/${sectionSlug}/`)).statusCode).toBe(200);

      for (const page of ['abc', '0', '1e3', '-1', '2.0', '']) await expectNotFoundPage(`/${sectionSlug}/?page=${page}`);
    });
  });

  describe('GET /api/v1/articles', () => {
    it('answers a page past the end with 200, no items and the full total', async () => {
      const sectionSlug = await buildSection(site.writer);
      for (let i = 0; i < 3; i += 1) await story({ sectionSlug });

      const filtered = await get(`/api/v1/articles?section=${sectionSlug}&page=99`);
      const everything = await get('/api/v1/articles');
      const pastEnd = await get('/api/v1/articles?page=99');

      expect(filtered.statusCode).toBe(200);
      expect(filtered.json()).toMatchObject({ items: [], page: 99, total: 3, pageCount: 1 });
      expect(pastEnd.statusCode).toBe(200);
      const total = (everything.json() as { total: number }).total;
      expect(total).toBeGreaterThanOrEqual(3);
      expect(pastEnd.json()).toMatchObject({ items: [], page: 99, total, pageCount: Math.ceil(total / 20) });
    });
  });
});
