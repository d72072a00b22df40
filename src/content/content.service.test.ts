import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const uniqueTag = () => `Tag ${randomBytes(4).toString('hex')}`;
const at = (iso: string) => new Date(iso).toISOString();

describe.each(DIALECTS)('content slice on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  describe('contentReader.listArticles', () => {
    it('lists only published articles whose time has come', async () => {
      const sectionSlug = await buildSection(s.writer);
      const published = await buildArticle(s.writer, { sectionSlug });
      await buildArticle(s.writer, { sectionSlug, status: 'draft' });
      await buildArticle(s.writer, { sectionSlug, status: 'scheduled', publishedAt: '2026-11-19T08:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, status: 'published', publishedAt: '2026-11-20T12:00:01.000Z' });
      const section = await s.content.getSection(sectionSlug);

      const list = await s.content.listArticles({ sectionId: section.id }, 1, 20);

      expect(list.items.map((a) => a.slug)).toEqual([published.slug]);
      expect(list.total).toBe(1);
    });

    it('lists newest first with page totals', async () => {
      const sectionSlug = await buildSection(s.writer);
      const hours = [3, 1, 5, 2, 4];
      const bySlug = new Map<number, string>();
      for (const hour of hours) {
        const { slug } = await buildArticle(s.writer, { sectionSlug, publishedAt: `2026-11-18T0${hour}:00:00.000Z` });
        bySlug.set(hour, slug);
      }
      const { id } = await s.content.getSection(sectionSlug);

      const first = await s.content.listArticles({ sectionId: id }, 1, 2);
      const last = await s.content.listArticles({ sectionId: id }, 3, 2);
      const beyond = await s.content.listArticles({ sectionId: id }, 4, 2);

      expect(first.items.map((a) => a.slug)).toEqual([bySlug.get(5), bySlug.get(4)]);
      expect(first).toMatchObject({ page: 1, limit: 2, total: 5, pageCount: 3 });
      expect(last.items.map((a) => a.slug)).toEqual([bySlug.get(1)]);
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe(5);
    });

    it('filters by tag', async () => {
      const sectionSlug = await buildSection(s.writer);
      const tag = uniqueTag();
      const tagged = await buildArticle(s.writer, { sectionSlug, tags: [tag, uniqueTag()], publishedAt: '2026-11-19T10:00:00.000Z' });
      const alsoTagged = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: '2026-11-19T09:00:00.000Z' });
      await buildArticle(s.writer, { sectionSlug, tags: [uniqueTag()] });
      await buildArticle(s.writer, { sectionSlug, tags: [tag], status: 'draft' });
      const { id } = await s.content.getTag(slugify(tag));

      const list = await s.content.listArticles({ tagId: id }, 1, 20);

      expect(list.items.map((a) => a.slug)).toEqual([tagged.slug, alsoTagged.slug]);
      expect(list.total).toBe(2);
    });

    it('filters by author, including co-written articles', async () => {
      const author = await buildAuthor(s.writer);
      const other = await buildAuthor(s.writer);
      const solo = await buildArticle(s.writer, { authorSlugs: [author], publishedAt: '2026-11-19T10:00:00.000Z' });
      const joint = await buildArticle(s.writer, { authorSlugs: [other, author], publishedAt: '2026-11-19T09:00:00.000Z' });
      await buildArticle(s.writer, { authorSlugs: [other] });
      const { id } = await s.content.getAuthor(author);

      const list = await s.content.listArticles({ authorId: id }, 1, 20);

      expect(list.items.map((a) => a.slug)).toEqual([solo.slug, joint.slug]);
    });

    it('filters by section', async () => {
      const sectionSlug = await buildSection(s.writer);
      const inSection = await buildArticle(s.writer, { sectionSlug });
      await buildArticle(s.writer);
      const { id } = await s.content.getSection(sectionSlug);

      const list = await s.content.listArticles({ sectionId: id }, 1, 20);

      expect(list.items.map((a) => a.slug)).toEqual([inSection.slug]);
      expect(list.items[0]?.section.slug).toBe(sectionSlug);
    });

    it('lists a future-dated article once its time has come', async () => {
      const sectionSlug = await buildSection(s.writer);
      const embargoed = await buildArticle(s.writer, { sectionSlug, publishedAt: '2026-11-20T13:00:00.000Z' });
      const { id } = await s.content.getSection(sectionSlug);
      try {
        expect((await s.content.listArticles({ sectionId: id }, 1, 20)).total).toBe(0);
        s.clock.set(new Date('2026-11-20T13:00:00.000Z'));
        expect((await s.content.listArticles({ sectionId: id }, 1, 20)).items.map((a) => a.slug)).toEqual([embargoed.slug]);
      } finally {
        s.clock.set(TEST_NOW);
      }
    });
  });

  describe('contentReader.getArticle', () => {
    it('returns a published article with its body, byline in order, tags and section', async () => {
      const sectionSlug = await buildSection(s.writer, { name: 'World' });
      const first = await buildAuthor(s.writer, { name: 'Ada Reporter' });
      const second = await buildAuthor(s.writer, { name: 'Ben Writer' });
      const tag = uniqueTag();
      const { id, slug } = await buildArticle(s.writer, { sectionSlug, authorSlugs: [second, first], tags: [tag], body: '<p>Hello <em>world</em>.</p>' });

      const article = await s.content.getArticle(slug);

      expect(article).toMatchObject({
        id, slug, bodyHtml: '<p>Hello <em>world</em>.</p>', publishedAt: '2026-11-19T09:00:00.000Z',
        section: { slug: sectionSlug, name: 'World' },
        tags: [{ name: tag, slug: slugify(tag) }],
      });
      expect(article.authors.map((a) => a.slug)).toEqual([second, first]);
    });

    it.each([
      ['a draft', { status: 'draft' as const }],
      ['a scheduled article', { status: 'scheduled' as const, publishedAt: '2026-11-19T08:00:00.000Z' }],
      ['a future-dated article', { status: 'published' as const, publishedAt: '2026-12-01T00:00:00.000Z' }],
    ])('hides %s', async (_name, fields) => {
      const { slug } = await buildArticle(s.writer, fields);
      await expect(s.content.getArticle(slug)).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND', status: 404 });
    });

    it('throws CONTENT_ARTICLE_NOT_FOUND for an unknown slug', async () => {
      await expect(s.content.getArticle('no-such-story')).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND', status: 404 });
    });

    it('hides an article again once it is unpublished', async () => {
      const sectionSlug = await buildSection(s.writer);
      const authorSlugs = [await buildAuthor(s.writer)];
      const { slug } = await buildArticle(s.writer, { sectionSlug, authorSlugs });
      await s.writer.updateArticle(slug, { headline: 'Pulled', sectionSlug, authorSlugs, status: 'draft' });

      await expect(s.content.getArticle(slug)).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND' });
    });
  });

  describe('contentReader.getHome', () => {
    it('leads with the newest article, then each section newest first without repeating the lead', async () => {
      const busy = await buildSection(s.writer);
      const quiet = await buildSection(s.writer);
      const busySlugs: string[] = [];
      for (let minute = 50; minute <= 55; minute += 1) {
        busySlugs.unshift((await buildArticle(s.writer, { sectionSlug: busy, publishedAt: `2026-11-20T11:${minute}:00.000Z` })).slug);
      }
      const quietArticle = await buildArticle(s.writer, { sectionSlug: quiet, publishedAt: '2026-11-20T11:40:00.000Z' });
      await buildArticle(s.writer, { sectionSlug: busy, status: 'draft', publishedAt: '2026-11-20T11:59:00.000Z' });
      await buildArticle(s.writer, { sectionSlug: busy, publishedAt: '2026-11-20T12:30:00.000Z' });

      const home = await s.content.getHome(4);

      expect(home.lead?.slug).toBe(busySlugs[0]);
      const group = (slug: string) => home.sections.find((x) => x.section.slug === slug)?.articles.map((a) => a.slug);
      expect(group(busy)).toEqual(busySlugs.slice(1, 5));
      expect(group(quiet)).toEqual([quietArticle.slug]);
    });
  });

  describe('contentWriter.createArticle', () => {
    it('rejects a slug that is taken with CONTENT_SLUG_TAKEN', async () => {
      const { slug } = await buildArticle(s.writer);
      await expect(buildArticle(s.writer, { slug })).rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN', status: 409, property: 'slug' });
    });

    it('rejects a slug taken by a draft', async () => {
      const { slug } = await buildArticle(s.writer, { status: 'draft' });
      await expect(buildArticle(s.writer, { slug })).rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN' });
    });

    it.each([
      ['an empty headline', { headline: '' }, 'headline'],
      ['a blank headline', { headline: '   ' }, 'headline'],
      ['an overlong headline', { headline: 'x'.repeat(301) }, 'headline'],
      ['a headline with control characters', { headline: 'Bell\u0007' }, 'headline'],
      ['an overlong standfirst', { standfirst: 'x'.repeat(1001) }, 'standfirst'],
      ['a malformed slug', { slug: 'Not A Slug' }, 'slug'],
      ['a malformed publishedAt', { publishedAt: 'yesterday' }, 'publishedAt'],
      ['an empty tag', { tags: [''] }, 'tags'],
    ])('rejects %s with CONTENT_INVALID_INPUT', async (_name, fields, property) => {
      await expect(buildArticle(s.writer, fields)).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', status: 400, property });
    });

    it('rejects an unknown section', async () => {
      await expect(buildArticle(s.writer, { sectionSlug: 'no-such-section' }))
        .rejects.toMatchObject({ code: 'CONTENT_SECTION_NOT_FOUND', property: 'sectionSlug' });
    });

    it('rejects an unknown author', async () => {
      await expect(buildArticle(s.writer, { authorSlugs: ['no-such-author'] }))
        .rejects.toMatchObject({ code: 'CONTENT_AUTHOR_NOT_FOUND', property: 'authorSlugs' });
    });

    it('stores nothing when it rejects an article', async () => {
      const sectionSlug = await buildSection(s.writer);
      const tag = uniqueTag();
      await expect(buildArticle(s.writer, { sectionSlug, tags: [tag], authorSlugs: ['no-such-author'] })).rejects.toMatchObject({ code: 'CONTENT_AUTHOR_NOT_FOUND' });
      await expect(s.content.getTag(slugify(tag))).rejects.toMatchObject({ code: 'CONTENT_TAG_NOT_FOUND' });
    });

    it('makes the slug from the headline when none is given, in any script', async () => {
      const sectionSlug = await buildSection(s.writer);
      const authorSlugs = [await buildAuthor(s.writer)];
      const suffix = randomBytes(3).toString('hex');
      await s.writer.createArticle({ headline: `Zoë's Café Opens ${suffix}`, sectionSlug, authorSlugs, status: 'published' });
      await s.writer.createArticle({ headline: `افتتاح المكتبة ${suffix}`, sectionSlug, authorSlugs, status: 'published' });

      expect((await s.content.getArticle(`zoe-s-cafe-opens-${suffix}`)).headline).toBe(`Zoë's Café Opens ${suffix}`);
      expect((await s.content.getArticle(`افتتاح-المكتبة-${suffix}`)).headline).toBe(`افتتاح المكتبة ${suffix}`);
    });

    it('publishes at the current time when no publishedAt is given', async () => {
      const { slug } = await buildArticle(s.writer, { publishedAt: undefined });
      expect((await s.content.getArticle(slug)).publishedAt).toBe(TEST_NOW.toISOString());
    });

    it('stores publishedAt in UTC whatever offset it was given in', async () => {
      const { slug } = await buildArticle(s.writer, { publishedAt: '2026-11-19T11:00:00+02:00' });
      expect((await s.content.getArticle(slug)).publishedAt).toBe(at('2026-11-19T09:00:00Z'));
    });

    it('sanitises the body it stores', async () => {
      const { slug } = await buildArticle(s.writer, { body: '<p onclick="x()">Hi</p><script>alert(1)</script>' });
      expect((await s.content.getArticle(slug)).bodyHtml).toBe('<p>Hi</p>');
    });

    it('stores a Markdown body as HTML', async () => {
      const { slug } = await buildArticle(s.writer, { body: '## Sub\n\nSome **bold**.', bodyFormat: 'markdown' });
      expect((await s.content.getArticle(slug)).bodyHtml).toBe('<h2>Sub</h2>\n<p>Some <strong>bold</strong>.</p>');
    });

    it('keeps Arabic, emoji and combining marks exactly as written', async () => {
      const headline = 'مرحبا بالعالم 🌍👩🏽‍🔬 Zoe\u0308 cafe\u0301';
      const standfirst = 'ٱلسَّلَامُ عَلَيْكُمْ — 👨‍👩‍👧‍👦 n\u0303 e\u0301\u0301';
      const tag = `وسم ${randomBytes(2).toString('hex')}`;
      const authorName = 'Zoe\u0308 Ångström';
      const authorSlugs = [await buildAuthor(s.writer, { name: authorName })];
      const { slug, sectionSlug } = await buildArticle(s.writer, { headline, standfirst, tags: [tag], authorSlugs });
      const { id } = await s.content.getSection(sectionSlug);

      const article = await s.content.getArticle(slug);
      const [summary] = (await s.content.listArticles({ sectionId: id }, 1, 20)).items;

      expect(article.headline).toBe(headline);
      expect(article.standfirst).toBe(standfirst);
      expect(article.tags.map((t) => t.name)).toEqual([tag]);
      expect(article.authors.map((a) => a.name)).toEqual([authorName]);
      expect(summary?.headline).toBe(headline);
      expect(summary?.standfirst).toBe(standfirst);
    });
  });

  describe('contentWriter.updateArticle', () => {
    async function createStory() {
      const sectionSlug = await buildSection(s.writer);
      const authorSlugs = [await buildAuthor(s.writer)];
      const article = await buildArticle(s.writer, { sectionSlug, authorSlugs });
      const input = { headline: 'Updated', sectionSlug, authorSlugs, status: 'published' as const, publishedAt: '2026-11-19T09:00:00.000Z' };
      return { ...article, input };
    }

    it('keeps the old path resolvable after a slug change', async () => {
      const story = await createStory();
      const newSlug = `${story.slug}-renamed`;
      await s.writer.updateArticle(story.slug, { ...story.input, slug: newSlug });

      expect(await s.content.resolveOldPath(`${story.sectionSlug}/${story.slug}`)).toBe(newSlug);
      expect((await s.content.getArticle(newSlug)).id).toBe(story.id);
      await expect(s.content.getArticle(story.slug)).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND' });
    });

    it('resolves every earlier path to the newest slug', async () => {
      const story = await createStory();
      await s.writer.updateArticle(story.slug, { ...story.input, slug: `${story.slug}-b` });
      await s.writer.updateArticle(`${story.slug}-b`, { ...story.input, slug: `${story.slug}-c` });

      expect(await s.content.resolveOldPath(`${story.sectionSlug}/${story.slug}`)).toBe(`${story.slug}-c`);
      expect(await s.content.resolveOldPath(`${story.sectionSlug}/${story.slug}-b`)).toBe(`${story.slug}-c`);
    });

    it('keeps the old path resolvable after a section move', async () => {
      const story = await createStory();
      const sectionSlug = await buildSection(s.writer);
      await s.writer.updateArticle(story.slug, { ...story.input, slug: story.slug, sectionSlug });

      expect(await s.content.resolveOldPath(`${story.sectionSlug}/${story.slug}`)).toBe(story.slug);
      expect((await s.content.getArticle(story.slug)).section.slug).toBe(sectionSlug);
    });

    it('stops redirecting a path once a new article takes it', async () => {
      const story = await createStory();
      await s.writer.updateArticle(story.slug, { ...story.input, slug: `${story.slug}-moved` });
      const newcomer = await buildArticle(s.writer, { sectionSlug: story.sectionSlug, slug: story.slug });

      expect(await s.content.resolveOldPath(`${story.sectionSlug}/${story.slug}`)).toBeNull();
      expect((await s.content.getArticle(story.slug)).id).toBe(newcomer.id);
    });

    it('rejects a slug another article holds with CONTENT_SLUG_TAKEN', async () => {
      const story = await createStory();
      const other = await buildArticle(s.writer);

      await expect(s.writer.updateArticle(story.slug, { ...story.input, slug: other.slug }))
        .rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN', status: 409, property: 'slug' });
      expect((await s.content.getArticle(story.slug)).headline).toBe(`Headline ${story.slug}`);
    });

    it('throws CONTENT_ARTICLE_NOT_FOUND for an unknown slug', async () => {
      const story = await createStory();
      await expect(s.writer.updateArticle('no-such-story', story.input)).rejects.toMatchObject({ code: 'CONTENT_ARTICLE_NOT_FOUND', status: 404 });
    });

    it('rejects invalid input with CONTENT_INVALID_INPUT and leaves the article unchanged', async () => {
      const story = await createStory();
      await expect(s.writer.updateArticle(story.slug, { ...story.input, headline: '' }))
        .rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'headline' });
      expect((await s.content.getArticle(story.slug)).headline).toBe(`Headline ${story.slug}`);
    });

    it('replaces the tags and byline', async () => {
      const story = await createStory();
      const tag = uniqueTag();
      const author = await buildAuthor(s.writer);
      await s.writer.updateArticle(story.slug, { ...story.input, slug: story.slug, tags: [tag], authorSlugs: [author] });

      const article = await s.content.getArticle(story.slug);
      expect(article.tags.map((t) => t.name)).toEqual([tag]);
      expect(article.authors.map((a) => a.slug)).toEqual([author]);
    });
  });

  describe('contentWriter.createSection', () => {
    it('rejects a section slug that is taken with DB_CONFLICT', async () => {
      const slug = await buildSection(s.writer);
      await expect(buildSection(s.writer, { slug })).rejects.toMatchObject({ code: 'DB_CONFLICT', status: 409 });
    });

    it('rejects a malformed slug with CONTENT_INVALID_INPUT', async () => {
      await expect(buildSection(s.writer, { slug: 'Bad Slug' })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
    });
  });
});
