import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import type { SignedInUser } from '../accounts/index.ts';
import { elements, expectInert, jsonLd, links, mainOf, meta, useReaderSite } from './site.test-support.ts';

type Kind = 'correction' | 'clarification';

describe.each(DIALECTS)('corrections on reader pages on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;
  let editor: SignedInUser;

  beforeAll(async () => {
    const id = await site.services.accounts.createUser({ email: 'desk@example.org', name: 'Desk', role: 'editor', password: 'correct horse battery staple' });
    editor = { id, email: 'desk@example.org', name: 'Desk', role: 'editor', authorId: null };
  });

  /** Adds a correction a minute after the previous one, so times differ and order is known. */
  async function correct(slug: string, text: string, kind: Kind = 'correction') {
    site.services.clock.advance(60_000);
    return site.services.corrections.add(slug, { kind, text }, editor);
  }
  const boxOf = (html: string) => html.match(/<aside class="corrections"[\s\S]*?<\/aside>/)?.[0] ?? '';
  const newsArticle = (html: string) => jsonLd(html).find((d) => d['@type'] === 'NewsArticle') as Record<string, unknown>;

  describe('the article page', () => {
    it('shows no box, note or correction property on an uncorrected article', async () => {
      const html = (await get((await story()).path)).body;
      expect(boxOf(html)).toBe('');
      expect(html).not.toContain('href="#corrections"');
      expect(newsArticle(html)).not.toHaveProperty('correction');
    });

    it('shows a labelled box at the end of the body with the kind, time and text, and a note near the top', async () => {
      const a = await story();
      const added = await correct(a.slug, 'An earlier version gave the wrong date for the vote.');
      const html = (await get(a.path)).body;

      const box = boxOf(html);
      expect(box).toContain('aria-labelledby="corrections-heading"');
      expect(elements(box, 'h2')).toEqual([{ attrs: { id: 'corrections-heading' }, text: 'Correction' }]);
      expect(elements(box, 'time').map((t) => t.attrs.datetime)).toEqual([added.createdAt]);
      expect(elements(box, 'p').map((p) => p.text)).toContain('An earlier version gave the wrong date for the vote.');
      // After the body, before the tags and share links.
      expect(html.indexOf('class="article-body"')).toBeLessThan(html.indexOf(box));
      expect(html.indexOf(box)).toBeLessThan(html.indexOf('class="article-footer"'));
      const header = html.slice(html.indexOf('<header class="article-header"'), html.indexOf('</header>', html.indexOf('<header class="article-header"')));
      expect(links(header)).toContainEqual(expect.objectContaining({ href: '#corrections' }));
      expect(elements(header, 'p').map((p) => p.text).join(' ')).toContain('This article has been corrected.');
    });

    it('names each item when a box holds corrections and clarifications, oldest first', async () => {
      const a = await story();
      await correct(a.slug, 'First: the figure was 12, not 21.');
      await correct(a.slug, 'Second: the council, not the mayor, made the decision.', 'clarification');
      const box = boxOf((await get(a.path)).body);
      expect(elements(box, 'h2').map((h) => h.text)).toEqual(['Corrections and clarifications']);
      const items = elements(box, 'li').map((li) => li.text);
      expect(items).toHaveLength(2);
      expect(items[0]).toMatch(/^Correction ·[\s\S]*First: the figure/);
      expect(items[1]).toMatch(/^Clarification ·[\s\S]*Second: the council/);
    });

    it('shows markup in the text as typed, never as HTML', async () => {
      const a = await story();
      await correct(a.slug, '<script>alert(1)</script><img src=x onerror=alert(2)> </aside><b>bold</b>');
      const html = (await get(a.path)).body;
      expect(html).toContain('&lt;script>alert(1)&lt;/script>');
      expect(elements(boxOf(html), 'p').map((p) => p.text)).toContain('<script>alert(1)</script><img src=x onerror=alert(2)> </aside><b>bold</b>');
      expectInert(html, a.path);
      expect(newsArticle(html).correction).toEqual([expect.objectContaining({ text: '<script>alert(1)</script><img src=x onerror=alert(2)> </aside><b>bold</b>' })]);
    });

    it('adds CorrectionComment items to the NewsArticle JSON-LD and moves dateModified', async () => {
      const a = await story();
      const first = await correct(a.slug, 'The ferry carries 300 passengers, not 3,000.');
      const second = await correct(a.slug, 'The route runs on weekdays only.', 'clarification');
      const html = (await get(a.path)).body;
      const data = newsArticle(html);
      expect(data.correction).toEqual([
        { '@type': 'CorrectionComment', name: 'Correction', text: 'The ferry carries 300 passengers, not 3,000.', datePublished: first.createdAt },
        { '@type': 'CorrectionComment', name: 'Clarification', text: 'The route runs on weekdays only.', datePublished: second.createdAt },
      ]);
      expect(data.dateModified).toBe(second.createdAt);
      expect(data.datePublished).toBe('2026-11-19T09:00:00.000Z');
      expect(meta(html, 'article:modified_time')).toBe(second.createdAt);
    });

    it('shows a new, reworded or removed correction at once on a cached article page', async () => {
      const a = await story();
      expect(boxOf((await get(a.path)).body)).toBe('');
      expect(site.services.cache?.get(a.path)).toBeDefined();

      const added = await correct(a.slug, 'The first wording.');
      expect(boxOf((await get(a.path)).body)).toContain('The first wording.');

      await site.services.corrections.update(a.slug, added.id, { text: 'The second wording.' }, editor);
      const reworded = boxOf((await get(a.path)).body);
      expect(reworded).toContain('The second wording.');
      expect(reworded).not.toContain('The first wording.');

      await site.services.corrections.remove(a.slug, added.id, editor);
      expect(boxOf((await get(a.path)).body)).toBe('');
    });
  });

  describe('GET /corrections/', () => {
    it('lists each correction with its article headline linking to it, kind, time and text, newest first', async () => {
      const a = await story({ headline: 'Harbour bridge reopens' });
      const b = await story({ headline: 'Council passes budget' });
      const older = await correct(a.slug, 'The bridge is 80 years old.', 'clarification');
      const newer = await correct(b.slug, 'The budget is £2m, not £20m.');

      const res = await get('/corrections/');
      expect(res.statusCode).toBe(200);
      const entries = elements(mainOf(res.body), 'article');
      expect(entries[0]?.text).toContain('Council passes budget');
      expect(entries[0]?.text).toContain('Correction');
      expect(entries[0]?.text).toContain('The budget is £2m, not £20m.');
      expect(entries[1]?.text).toContain('Harbour bridge reopens');
      expect(entries[1]?.text).toContain('Clarification');
      expect(links(mainOf(res.body))).toEqual(expect.arrayContaining([
        expect.objectContaining({ href: b.path, text: 'Council passes budget' }),
        expect.objectContaining({ href: a.path, text: 'Harbour bridge reopens' }),
      ]));
      const times = elements(mainOf(res.body), 'time').map((t) => t.attrs.datetime);
      expect(times.slice(0, 2)).toEqual([newer.createdAt, older.createdAt]);
      expect(elements(res.body, 'h1').map((h) => h.text)).toEqual(['Corrections and clarifications']);
      expect(res.headers['surrogate-key']).toContain('corrections');
    });

    it('shows a new correction at once when the page was cached', async () => {
      await get('/corrections/');
      expect(site.services.cache?.get('/corrections/')).toBeDefined();
      const a = await story();
      await correct(a.slug, 'A fresh correction for the cached log.');
      expect(mainOf((await get('/corrections/')).body)).toContain('A fresh correction for the cached log.');
    });

    it("drops an article's corrections from every public page while the article is unpublished", async () => {
      const a = await story({ headline: 'A story that will be withdrawn' });
      await correct(a.slug, 'A correction on a story that goes away.');
      expect(mainOf((await get('/corrections/')).body)).toContain('A correction on a story that goes away.');

      await site.writer.updateArticle(a.slug, { ...a.input, status: 'draft' });

      expect(mainOf((await get('/corrections/')).body)).not.toContain('A correction on a story that goes away.');
      expect((await get(a.path)).statusCode).toBe(404);

      await site.writer.updateArticle(a.slug, a.input);
      expect(mainOf((await get('/corrections/')).body)).toContain('A correction on a story that goes away.');
    });

    it('links to the log from the footer of every page', async () => {
      for (const path of ['/', '/corrections/', (await story()).path]) {
        const html = (await get(path)).body;
        const footer = html.slice(html.indexOf('<footer class="site-footer"'));
        expect(links(footer).map((l) => l.href), path).toContain('/corrections/');
      }
    });
  });

  describe('GET /api/v1/articles/{slug}', () => {
    it('includes the corrections, oldest first, as plain text', async () => {
      const a = await story();
      const first = await correct(a.slug, 'One <b>two</b>.');
      const res = await get(`/api/v1/articles/${a.slug}`);
      expect(res.statusCode).toBe(200);
      expect(res.json<{ corrections: unknown[] }>().corrections).toEqual([
        { kind: 'correction', text: 'One <b>two</b>.', publishedAt: first.createdAt, updatedAt: first.createdAt },
      ]);
      const plain = await get(`/api/v1/articles/${(await story()).slug}`);
      expect(plain.json<{ corrections: unknown[] }>().corrections).toEqual([]);
    });
  });
});

describe.each(DIALECTS)('the corrections log pages on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  it('says there are none yet on a new site, and has no page 2', async () => {
    const res = await get('/corrections/');
    expect(res.statusCode).toBe(200);
    expect(mainOf(res.body)).toContain('No corrections or clarifications have been published.');
    await site.expectNotFoundPage('/corrections/?page=2');
  });

  it('pages 20 at a time, newest first, with 404 past the end', async () => {
    const id = await site.services.accounts.createUser({ email: 'pages@example.org', name: 'Pages', role: 'administrator', password: 'correct horse battery staple' });
    const admin: SignedInUser = { id, email: 'pages@example.org', name: 'Pages', role: 'administrator', authorId: null };
    const a = await story();
    for (let i = 1; i <= 21; i += 1) {
      site.services.clock.advance(60_000);
      await site.services.corrections.add(a.slug, { kind: 'correction', text: `Correction number ${i}.` }, admin);
    }
    const first = mainOf((await get('/corrections/')).body);
    const texts = elements(first, 'article').map((e) => /Correction number (\d+)\./.exec(e.text)?.[1]);
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => String(21 - i)));
    expect(links(first)).toContainEqual(expect.objectContaining({ href: '/corrections/?page=2', text: 'Older corrections' }));

    const second = await get('/corrections/?page=2');
    expect(second.statusCode).toBe(200);
    expect(elements(mainOf(second.body), 'article').map((e) => /Correction number (\d+)\./.exec(e.text)?.[1])).toEqual(['1']);
    expect(links(mainOf(second.body))).toContainEqual(expect.objectContaining({ href: '/corrections/', text: 'Newer corrections' }));

    await site.expectNotFoundPage('/corrections/?page=3');
    await site.expectNotFoundPage('/corrections/?page=abc');
  });
});
