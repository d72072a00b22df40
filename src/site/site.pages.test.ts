import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';
import {
  articleLinks, elements, expectInert, jsonLd, links, meta, SITE, tagsIn, uniqueTag, useReaderSite,
} from './site.test-support.ts';

describe.each(DIALECTS)('reader pages on %s', (dialect) => {
  const site = useReaderSite(dialect);
  const { get, story } = site;

  describe('GET /{section}/{slug}/', () => {
    it('shows the section label, headline, standfirst, byline, date and tags', async () => {
      const sectionSlug = await buildSection(site.writer, { name: 'Harbour News' });
      const ada = await buildAuthor(site.writer, { name: 'Ada Lovelace' });
      const ben = await buildAuthor(site.writer, { name: 'Ben Okri' });
      const [tagA, tagB] = [uniqueTag(), uniqueTag()];
      const a = await story({ sectionSlug, authorSlugs: [ada, ben], tags: [tagA, tagB], headline: 'Ferry returns & sails on', standfirst: 'The "old" ferry is back.' });

      const res = await get(a.path);

      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const html = res.body;
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const all = links(main);
      expect(all).toContainEqual(expect.objectContaining({ href: `/${sectionSlug}/`, text: 'Harbour News' }));
      expect(elements(html, 'h1').map((h) => h.text)).toEqual(['Ferry returns & sails on']);
      expect(elements(main, 'p').map((p) => p.text)).toContain('The "old" ferry is back.');
      expect(all).toContainEqual(expect.objectContaining({ href: `/author/${ada}/`, text: 'Ada Lovelace' }));
      expect(all).toContainEqual(expect.objectContaining({ href: `/author/${ben}/`, text: 'Ben Okri' }));
      expect(elements(main, 'time').map((t) => t.attrs.datetime)).toContain('2026-11-19T09:00:00.000Z');
      expect(all).toContainEqual(expect.objectContaining({ href: `/tag/${slugify(tagA)}/`, text: tagA }));
      expect(all).toContainEqual(expect.objectContaining({ href: `/tag/${slugify(tagB)}/`, text: tagB }));
      expect(html).toContain('<p>Body text.</p>');
    });

    it('shows a Related Articles block of 4 to 6 links when enough related articles exist', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const others = [];
      for (let i = 0; i < 7; i += 1) others.push((await story({ tags: [tag] })).path);
      // Related lists are computed in the background after a write; run that now.
      await site.services.indexing.sweepAll();

      const html = (await get(a.path)).body;
      const block = html.match(/<section class="related"[\s\S]*?<\/section>/)?.[0] ?? '';
      const related = articleLinks(block);

      expect(elements(block, 'h2')).toHaveLength(1);
      expect(related.length).toBeGreaterThanOrEqual(4);
      expect(related.length).toBeLessThanOrEqual(6);
      expect(related).not.toContain(a.path);
      for (const href of related) expect(others).toContain(href);
    });

    it('declares right-to-left direction for an Arabic site', async () => {
      const a = await story();
      try {
        await site.writer.setSiteSettings({ title: 'الخبر', description: '', language: 'ar' });
        const html = (await get(a.path)).body;
        expect(tagsIn(html).find((t) => t.name === 'html')?.attrs).toMatchObject({ lang: 'ar', dir: 'rtl' });
      } finally {
        await site.writer.setSiteSettings({ title: 'Dateline', description: 'News from the newsroom.', language: 'en' });
      }
    });

    it('describes itself with a canonical URL, Open Graph and Twitter tags', async () => {
      const a = await story({ standfirst: 'What happened.' });
      const html = (await get(`${a.path}?utm_source=newsletter`)).body;
      const url = `${SITE}${a.path}`;

      expect(tagsIn(html).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(url);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:title')).toBe(a.input.headline);
      expect(meta(html, 'og:description')).toBe('What happened.');
      expect(meta(html, 'og:url')).toBe(url);
      expect(meta(html, 'og:site_name')).toBe('Dateline');
      expect(meta(html, 'twitter:card')).toMatch(/^summary/);
      expect(meta(html, 'twitter:title')).toBe(a.input.headline);
      expect(meta(html, 'twitter:description')).toBe('What happened.');
    });

    it('embeds NewsArticle JSON-LD', async () => {
      const sectionSlug = await buildSection(site.writer, { name: 'Science' });
      const author = await buildAuthor(site.writer, { name: 'Grace Hopper' });
      const a = await story({ sectionSlug, authorSlugs: [author], updatedAt: '2026-11-19T10:30:00.000Z' });

      const [data] = jsonLd((await get(a.path)).body);

      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: a.input.headline,
        datePublished: '2026-11-19T09:00:00.000Z',
        dateModified: '2026-11-19T10:30:00.000Z',
        articleSection: 'Science',
        author: [expect.objectContaining({ '@type': 'Person', name: 'Grace Hopper' })],
        publisher: expect.objectContaining({ name: 'Dateline' }),
      });
    });

    it('keeps a headline that closes the script inside the JSON-LD', async () => {
      const headline = '</script><script>alert(1)</script> & more';
      const a = await story({ headline });
      const html = (await get(a.path)).body;

      expect(jsonLd(html)[0]?.headline).toBe(headline);
      expect(elements(html, 'h1').map((h) => h.text)).toEqual([headline]);
      expectInert(html, a.path);
    });

    it('serves an article whose slug is Arabic', async () => {
      const slug = `مقال-${randomBytes(2).toString('hex')}`;
      const a = await story({ slug, headline: 'مرحبا بالعالم' });

      const res = await get(`/${a.sectionSlug}/${encodeURIComponent(slug)}/`);

      expect(res.statusCode).toBe(200);
      expect(elements(res.body, 'h1').map((h) => h.text)).toEqual(['مرحبا بالعالم']);
    });
  });

  describe('list pages', () => {
    it('gives every page type a skip link, a labelled back-to-top link, language, canonical and social tags', async () => {
      const tag = uniqueTag();
      const a = await story({ tags: [tag] });
      const pages = ['/', `/${a.sectionSlug}/`, a.path, `/tag/${slugify(tag)}/`, `/author/${a.authorSlugs[0]}/`];
      for (const url of pages) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        const tags = tagsIn(res.body);
        const all = links(res.body);
        expect(tags.find((t) => t.name === 'html')?.attrs, url).toMatchObject({ lang: 'en', dir: 'ltr' });
        const skip = all[0];
        expect(skip?.href, url).toMatch(/^#./);
        expect(skip?.text, url).not.toBe('');
        expect(tags.some((t) => t.attrs.id === skip?.href.slice(1)), url).toBe(true);
        const backToTop = all.find((l) => l.href === '#top');
        expect((backToTop?.attrs['aria-label'] || backToTop?.text || '').trim(), url).not.toBe('');
        expect(tags.some((t) => t.attrs.id === 'top'), url).toBe(true);
        const canonical = tags.find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
        expect(canonical, url).toBe(`${SITE}${url}`);
        expect(meta(res.body, 'og:url'), url).toBe(canonical);
        expect(meta(res.body, 'og:title'), url).toBeTruthy();
        expect(meta(res.body, 'twitter:card'), url).toMatch(/^summary/);
        expect(elements(res.body, 'h1'), url).toHaveLength(1);
      }
    });

    it('GET / lists a published article', async () => {
      const a = await story({ publishedAt: '2026-11-19T11:00:00.000Z' });
      const res = await get('/');

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(a.path);
      expect(elements(res.body, 'h1')).toHaveLength(1);
      expect(tagsIn(res.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/`);
    });

    it('GET /{section}/ lists the section newest first under its name', async () => {
      const sectionSlug = await buildSection(site.writer, { name: 'Local' });
      const older = await story({ sectionSlug, publishedAt: '2026-11-18T09:00:00.000Z' });
      const newer = await story({ sectionSlug, publishedAt: '2026-11-19T09:00:00.000Z' });
      const other = await story();

      const res = await get(`/${sectionSlug}/`);

      expect(res.statusCode).toBe(200);
      expect(elements(res.body, 'h1').map((h) => h.text)).toEqual(['Local']);
      const main = res.body.slice(res.body.indexOf('<main'));
      expect(articleLinks(main)).toEqual([newer.path, older.path]);
      expect(articleLinks(main)).not.toContain(other.path);
      expect(links(main)).toContainEqual(expect.objectContaining({ href: `/${sectionSlug}/`, text: 'Local' }));
      expect(elements(main, 'time').map((t) => t.attrs.datetime)).toEqual(['2026-11-19T09:00:00.000Z', '2026-11-18T09:00:00.000Z']);
      expect(tagsIn(res.body).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href).toBe(`${SITE}/${sectionSlug}/`);
    });

    it('GET /tag/{slug}/ lists the articles with that tag', async () => {
      const tag = uniqueTag();
      const tagged = await story({ tags: [tag] });
      const untagged = await story();

      const res = await get(`/tag/${slugify(tag)}/`);

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(tagged.path);
      expect(articleLinks(res.body)).not.toContain(untagged.path);
      expect(elements(res.body, 'h1')[0]?.text).toContain(tag);
    });

    it('GET /author/{slug}/ lists the author\'s articles', async () => {
      const author = await buildAuthor(site.writer, { name: 'Kim Reporter' });
      const byAuthor = await story({ authorSlugs: [author] });
      const byOther = await story();

      const res = await get(`/author/${author}/`);

      expect(res.statusCode).toBe(200);
      expect(articleLinks(res.body)).toContain(byAuthor.path);
      expect(articleLinks(res.body)).not.toContain(byOther.path);
      expect(elements(res.body, 'h1')[0]?.text).toContain('Kim Reporter');
    });
  });

  describe('script in content', () => {
    it('never lets markup in a body, headline, standfirst, tag, author or section name run', async () => {
      const nasty = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
      const sectionSlug = await buildSection(site.writer, { name: `Section ${nasty}` });
      const author = await buildAuthor(site.writer, { name: `Author ${nasty}` });
      const tag = `Tag ${randomBytes(2).toString('hex')} ${nasty}`;
      const a = await story({
        sectionSlug, authorSlugs: [author], tags: [tag],
        headline: `Headline ${nasty}`, standfirst: `Standfirst ${nasty}`,
        body: '<p>Intro</p><script>alert(3)</script><img src="https://img.example/a.jpg" onerror="alert(4)"><a href="javascript:alert(5)">x</a><svg onload="alert(6)"></svg><iframe src="https://evil.example/"></iframe>',
      });
      const b = await story({ tags: [tag] });

      const pages = [a.path, b.path, '/', `/${sectionSlug}/`, `/tag/${slugify(tag)}/`, `/author/${author}/`];
      for (const url of pages) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expectInert(res.body, url);
      }
      expect(elements((await get(a.path)).body, 'h1').map((h) => h.text)).toEqual([`Headline ${nasty}`]);
    });
  });
});
