import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { hostileStrings, spreadSample } from '../../test/support/hostile-strings.ts';
import { buildApp } from '../server/app.ts';
import { createArticleImporter } from '../content/index.ts';
import { detectBodyFormat, importNdjson, parseArticleLine, readLines, type LineFailure } from './index.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;
type Line = Record<string, unknown>;

const line = (fields: Line) => JSON.stringify({ title: `Story ${String(fields.externalId)}`, body: 'Some *words* here.', ...fields });

function linesOf(...items: (Line | string)[]): AsyncIterable<string> {
  return Readable.from(items.map((item) => (typeof item === 'string' ? item : line(item))));
}

describe('parseArticleLine', () => {
  it('reads the fields, treating a body that starts with a tag as HTML and anything else as Markdown', () => {
    const article = parseArticleLine(JSON.stringify({
      externalId: 'wp-1', title: ' Ferry returns ', body: '<p>Hello</p>', standfirst: 'Back', section: 'Harbour',
      tags: ['Boats', 'boats', 'Tides'], authors: ['Ada Lovelace'], publishedAt: '2026-11-01T09:30:00+01:00', category: 'ignored',
    }));
    expect(article).toEqual({
      externalId: 'wp-1', headline: 'Ferry returns', body: '<p>Hello</p>', bodyFormat: 'html', standfirst: 'Back', section: 'Harbour',
      tags: ['Boats', 'Tides'], authors: ['Ada Lovelace'], publishedAt: '2026-11-01T08:30:00.000Z',
    });
    expect(detectBodyFormat('  <h2>Heading</h2>')).toBe('html');
    expect(detectBodyFormat('# Heading\n\n<b>bold</b>')).toBe('markdown');
    expect(detectBodyFormat('<3 this town')).toBe('markdown');
    expect(parseArticleLine(line({ externalId: 42 })).externalId).toBe('42');
    expect(parseArticleLine(line({ externalId: 'a', publishedAt: '2026-02-03' })).publishedAt).toBe('2026-02-03T00:00:00.000Z');
    expect(parseArticleLine(line({ externalId: 'a', publishedAt: '2026-02-03T10:00:00' })).publishedAt).toBe('2026-02-03T10:00:00.000Z');
  });

  it.each([
    ['{"externalId":', 'IMPORT_INVALID_LINE', undefined],
    ['[1,2]', 'IMPORT_INVALID_LINE', undefined],
    [JSON.stringify({ title: 'T', body: 'B' }), 'IMPORT_INVALID_LINE', 'externalId'],
    [line({ externalId: '  ' }), 'IMPORT_INVALID_LINE', 'externalId'],
    [line({ externalId: 'x'.repeat(201) }), 'IMPORT_INVALID_LINE', 'externalId'],
    [line({ externalId: 'a\u0007b' }), 'IMPORT_INVALID_LINE', 'externalId'],
    [line({ externalId: 1.5 }), 'IMPORT_INVALID_LINE', 'externalId'],
    [line({ externalId: 'a', title: '' }), 'IMPORT_INVALID_LINE', 'title'],
    [line({ externalId: 'a', title: 'x'.repeat(301) }), 'IMPORT_INVALID_LINE', 'title'],
    [line({ externalId: 'a', body: 7 }), 'IMPORT_INVALID_LINE', 'body'],
    [line({ externalId: 'a', tags: 'Boats' }), 'IMPORT_INVALID_LINE', 'tags'],
    [line({ externalId: 'a', authors: [''] }), 'IMPORT_INVALID_LINE', 'authors[0]'],
    [line({ externalId: 'a', publishedAt: 'yesterday' }), 'IMPORT_INVALID_LINE', 'publishedAt'],
    [line({ externalId: 'a', publishedAt: '2026-02-30T10:00:00Z' }), 'IMPORT_INVALID_LINE', 'publishedAt'],
  ])('refuses %s', (text, code, property) => {
    expect(() => parseArticleLine(text)).toThrow(expect.objectContaining({ code, property }));
  });
});

describe.each(DIALECTS)('importNdjson on %s', (dialect) => {
  let s: TestServices;
  let app: FastifyInstance;
  let run: (lines: AsyncIterable<string>, options?: { defaultSection?: string; batchSize?: number }) => Promise<{ summary: Awaited<ReturnType<typeof importNdjson>>; failures: LineFailure[] }>;

  beforeAll(async () => {
    s = await createTestServices(dialect);
    app = await buildApp(s);
    const importer = createArticleImporter(s.handle.db, s.clock, s.purges);
    run = async (lines, options = {}) => {
      const failures: LineFailure[] = [];
      const summary = await importNdjson(lines, importer, { batchSize: 3, ...options, onFailure: (f) => failures.push(f) });
      return { summary, failures };
    };
  });
  afterAll(async () => {
    await app?.close();
    await s?.close();
  });

  const byExternalId = async (id: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${encodeURIComponent(id)}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: { slug: string; headline: string; externalId: string | null; section: { slug: string }; tags: { name: string }[]; authors: { name: string }[] }[]; total: number }>();
  };
  const revisionOf = async (slug: string) => (await s.db.handle.db.selectFrom('articles').select('revision').where('slug', '=', slug).executeTakeFirstOrThrow()).revision;

  it('publishes new articles once, updates an edited one, and leaves unchanged ones without a new revision', async () => {
    const first = [
      { externalId: 'idem-1', title: 'Harbour ferry returns', body: '<p>The <em>old</em> ferry is back.</p>', section: 'Harbour', tags: ['Boats'], authors: ['Ada Port'] },
      { externalId: 'idem-2', title: 'Council votes', body: 'The **council** voted.\n\n- one\n- two', section: 'Harbour' },
      { externalId: 'idem-3', title: 'Storm warning', body: 'Wind tonight.', publishedAt: '2026-11-19T08:00:00Z' },
      { externalId: 'idem-4', title: 'Harbour ferry returns', body: 'A second story with the same title.', section: 'harbour' },
    ];
    expect((await run(linesOf(...first))).summary).toEqual({ imported: 4, updated: 0, unchanged: 0, failed: 0 });
    const [ferry] = (await byExternalId('idem-1')).items;
    expect(ferry).toMatchObject({ slug: 'harbour-ferry-returns', externalId: 'idem-1', section: { slug: 'harbour' }, tags: [{ name: 'Boats' }], authors: [{ name: 'Ada Port' }] });
    expect((await byExternalId('idem-4')).items[0]?.slug).toBe('harbour-ferry-returns-2');
    const council = await s.content.getArticle((await byExternalId('idem-2')).items[0]?.slug as string);
    expect(council.bodyHtml).toContain('<strong>council</strong>');
    expect(council.bodyHtml).toContain('<li>one</li>');
    const before = await revisionOf('harbour-ferry-returns');

    const again = await run(linesOf(...first));
    expect(again.summary).toEqual({ imported: 0, updated: 0, unchanged: 4, failed: 0 });
    expect(await revisionOf('harbour-ferry-returns')).toBe(before);

    const edited = first.map((item) => (item.externalId === 'idem-1' ? { ...item, title: 'Harbour ferry returns at last', tags: ['Boats', 'Tides'] } : item));
    expect((await run(linesOf(...edited))).summary).toEqual({ imported: 0, updated: 1, unchanged: 3, failed: 0 });
    const updated = await byExternalId('idem-1');
    expect(updated.total).toBe(1);
    expect(updated.items[0]).toMatchObject({ slug: 'harbour-ferry-returns', headline: 'Harbour ferry returns at last', tags: [{ name: 'Boats' }, { name: 'Tides' }] });
    expect(await revisionOf('harbour-ferry-returns')).toBe(before + 1);
    const count = await s.db.handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('externalId', 'like', 'idem-%').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(4);
  });

  it('reports bad lines by number with a reason and imports the rest, across batches', async () => {
    const result = await run(linesOf(
      { externalId: 'bad-1', title: 'First good' },
      'not json at all',
      '',
      { externalId: 'bad-4', title: '' },
      { externalId: 'bad-5', title: 'Second good' },
      { externalId: 'bad-6', title: 'Empty after cleaning', body: '<script>alert(1)</script>' },
      { externalId: 'bad-7', title: 'Reserved section', section: 'tag' },
      { externalId: 'bad-8', title: 'Third good' },
    ));
    expect(result.summary).toEqual({ imported: 3, updated: 0, unchanged: 0, failed: 4 });
    expect(result.failures.map((f) => f.line)).toEqual([2, 4, 6, 7]);
    expect(result.failures[0]?.reason).toMatch(/JSON/);
    expect(result.failures[1]?.reason).toMatch(/title/);
    expect(result.failures[2]?.reason).toMatch(/body/);
    expect(result.failures[3]?.reason).toMatch(/reserved/);
    for (const id of ['bad-1', 'bad-5', 'bad-8']) expect((await byExternalId(id)).total).toBe(1);
    for (const id of ['bad-4', 'bad-6', 'bad-7']) expect((await byExternalId(id)).total).toBe(0);
  });

  it('files lines without a section under --section, creating it by name when missing', async () => {
    const result = await run(linesOf({ externalId: 'sec-1' }, { externalId: 'sec-2', section: 'Sport Desk' }), { defaultSection: 'Late Edition' });
    expect(result.summary.imported).toBe(2);
    expect((await byExternalId('sec-1')).items[0]?.section.slug).toBe('late-edition');
    expect((await byExternalId('sec-2')).items[0]?.section.slug).toBe('sport-desk');
    expect((await s.content.listSections()).find((x) => x.slug === 'sport-desk')?.name).toBe('Sport Desk');
  });

  it('leaves an article the newsroom took down unpublished when its line changes', async () => {
    await run(linesOf({ externalId: 'down-1', title: 'Taken down later', section: 'Harbour' }));
    const [item] = (await byExternalId('down-1')).items;
    const slug = item?.slug as string;
    await s.writer.updateArticle(slug, { headline: 'Taken down later', sectionSlug: 'harbour', authorSlugs: [], status: 'unpublished' });
    expect((await run(linesOf({ externalId: 'down-1', title: 'Taken down later, edited', section: 'Harbour' }))).summary.updated).toBe(1);
    expect((await byExternalId('down-1')).total).toBe(0);
    const row = await s.db.handle.db.selectFrom('articles').select(['status', 'headline']).where('externalId', '=', 'down-1').executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'unpublished', headline: 'Taken down later, edited' });
  });

  it('survives hostile strings in every field, with no markup of theirs left executable', async () => {
    const sample = spreadSample(hostileStrings(), 40).map((h) => h.value);
    const items = sample.map((value, i) => ({
      externalId: `hostile-${i}-${value}`.slice(0, 200), title: `T ${value}`.slice(0, 300), body: `<p>ok</p>${value}<script>alert(${i})</script>`,
      standfirst: value.slice(0, 1000), section: `S ${value}`.slice(0, 200), tags: [`Tag ${value}`.slice(0, 100)], authors: [`A ${value}`.slice(0, 200)],
      publishedAt: value,
    }));
    const { summary, failures } = await run(linesOf(...items), { batchSize: 7 });
    expect(summary.imported + summary.updated + summary.failed).toBe(items.length);
    for (const failure of failures) expect(failure.reason).not.toMatch(/unexpected|could not be written/);
    // Without the hostile date the same lines import (or fail only for what the field rules refuse).
    const { summary: dated, failures: datedFailures } = await run(linesOf(...items.map((item) => ({ ...item, publishedAt: undefined }))), { batchSize: 7 });
    expect(dated.imported + dated.updated).toBeGreaterThan(items.length / 2);
    for (const failure of datedFailures) expect(failure.reason).not.toMatch(/unexpected|could not be written/);
    const bodies = await s.db.handle.db.selectFrom('articles').select('bodyHtml').where('externalId', 'like', 'hostile-%').execute();
    expect(bodies.length).toBeGreaterThan(0);
    for (const { bodyHtml } of bodies) {
      expect(bodyHtml).not.toMatch(/<script|<iframe|<[^>]*\son\w+=/i);
      // A URL a browser would run: it drops C0 controls and spaces around and tabs and newlines inside.
      for (const [, url] of bodyHtml.matchAll(/(?:href|src)="([^"]*)"/g)) {
        expect(url?.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/[\u0000-\u0020]/g, '')).not.toMatch(/^(?:javascript|vbscript|data):/i);
      }
      expect(bodyHtml).toContain('<p>ok</p>');
    }
  });

  it('answers the externalId filter with published articles only, and refuses a malformed one', async () => {
    await run(linesOf(
      { externalId: 'vis-live' }, { externalId: 'vis-future', publishedAt: '2099-01-01T00:00:00Z' }, { externalId: 'vis-draft' },
    ));
    const draft = (await byExternalId('vis-draft')).items[0]?.slug as string;
    await s.writer.updateArticle(draft, { headline: 'Back to draft', sectionSlug: (await byExternalId('vis-draft')).items[0]?.section.slug as string, authorSlugs: [], status: 'draft' });
    expect((await byExternalId('vis-live')).items.map((a) => a.externalId)).toEqual(['vis-live']);
    expect((await byExternalId('vis-future')).total).toBe(0);
    expect((await byExternalId('vis-draft')).total).toBe(0);
    expect((await byExternalId('vis-nothing')).total).toBe(0);
    const single = await app.inject({ method: 'GET', url: `/api/v1/articles/${(await byExternalId('vis-live')).items[0]?.slug}` });
    expect(single.json()).toMatchObject({ externalId: 'vis-live' });
    for (const bad of ['', 'x'.repeat(201), 'a%00b', 'a%1Bb']) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${bad}` });
      expect(res.statusCode).toBe(400);
    }
    for (const hostile of spreadSample(hostileStrings().filter((h) => !/[\uD800-\uDFFF]/.test(h.value)), 30)) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${encodeURIComponent(hostile.value)}` });
      expect(res.statusCode, hostile.value.slice(0, 40)).toBeLessThan(500);
    }
  });
});

describe('readLines', () => {
  it('refuses a missing file or a directory with IMPORT_SOURCE_UNREADABLE', async () => {
    await expect(readLines('/nonexistent/file.ndjson')).rejects.toMatchObject({ code: 'IMPORT_SOURCE_UNREADABLE' });
    await expect(readLines('/tmp')).rejects.toMatchObject({ code: 'IMPORT_SOURCE_UNREADABLE' });
  });
});
