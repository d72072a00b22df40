import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const uniqueTag = () => `Topic ${randomBytes(4).toString('hex')}`;
const DAY = '2026-11-10T09:00:00.000Z';

describe.each(DIALECTS)('relatedFinder.findRelated on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  async function relatedSlugs(slug: string, limit?: number) {
    const article = await s.content.getArticle(slug);
    return (await s.related.findRelated(article, limit)).map((a) => a.slug);
  }

  it('ranks articles sharing more tags first', async () => {
    const [t1, t2, t3] = [uniqueTag(), uniqueTag(), uniqueTag()];
    const anchor = await buildArticle(s.writer, { tags: [t1, t2, t3], publishedAt: DAY });
    const one = await buildArticle(s.writer, { tags: [t1], publishedAt: DAY });
    const three = await buildArticle(s.writer, { tags: [t1, t2, t3], publishedAt: DAY });
    const two = await buildArticle(s.writer, { tags: [t2, t3], publishedAt: DAY });

    expect(await relatedSlugs(anchor.slug)).toEqual([three.slug, two.slug, one.slug]);
  });

  it('ranks a shared tag above the same section alone', async () => {
    const tag = uniqueTag();
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    const sameSection = await buildArticle(s.writer, { sectionSlug, publishedAt: DAY });
    const sharedTag = await buildArticle(s.writer, { tags: [tag], publishedAt: DAY });

    expect(await relatedSlugs(anchor.slug)).toEqual([sharedTag.slug, sameSection.slug]);
  });

  it('ranks a shared tag above the same section alone even when the section article is nearer in time', async () => {
    const tag = uniqueTag();
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    const sameSection = await buildArticle(s.writer, { sectionSlug, publishedAt: DAY });
    const sharedTag = await buildArticle(s.writer, { tags: [tag], publishedAt: '2026-09-01T09:00:00.000Z' });

    expect(await relatedSlugs(anchor.slug)).toEqual([sharedTag.slug, sameSection.slug]);
  });

  it('breaks a tie in shared tags by section', async () => {
    const tag = uniqueTag();
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    const elsewhere = await buildArticle(s.writer, { tags: [tag], publishedAt: DAY });
    const sameSection = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    await buildArticle(s.writer, { tags: [uniqueTag()], publishedAt: DAY });

    expect(await relatedSlugs(anchor.slug)).toEqual([sameSection.slug, elsewhere.slug]);
  });

  it('breaks a remaining tie by nearness to the article, not to today', async () => {
    const tag = uniqueTag();
    const anchor = await buildArticle(s.writer, { tags: [tag], publishedAt: '2026-06-01T09:00:00.000Z' });
    const recent = await buildArticle(s.writer, { tags: [tag], publishedAt: '2026-11-19T09:00:00.000Z' });
    const sameWeek = await buildArticle(s.writer, { tags: [tag], publishedAt: '2026-06-03T09:00:00.000Z' });

    expect(await relatedSlugs(anchor.slug)).toEqual([sameWeek.slug, recent.slug]);
  });

  it('excludes the article itself and unpublished articles', async () => {
    const tag = uniqueTag();
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    const visible = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    await buildArticle(s.writer, { sectionSlug, tags: [tag], status: 'draft' });
    await buildArticle(s.writer, { sectionSlug, tags: [tag], status: 'scheduled', publishedAt: DAY });
    await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: '2026-12-01T09:00:00.000Z' });

    expect(await relatedSlugs(anchor.slug)).toEqual([visible.slug]);
  });

  it('returns at most the limit, six by default', async () => {
    const tag = uniqueTag();
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });
    for (let i = 0; i < 8; i += 1) await buildArticle(s.writer, { sectionSlug, tags: [tag], publishedAt: DAY });

    expect(await relatedSlugs(anchor.slug, 3)).toHaveLength(3);
    const all = await relatedSlugs(anchor.slug);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);
    expect(all).not.toContain(anchor.slug);
  });

  it('returns nothing for an article with no tags alone in its section', async () => {
    const anchor = await buildArticle(s.writer, { publishedAt: DAY });
    expect(await relatedSlugs(anchor.slug)).toEqual([]);
  });
});
