import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

const DAY = '2026-11-10T09:00:00.000Z';
/** A made-up word no other test uses, so each test's articles only resemble each other. */
const word = () => `zq${randomBytes(4).toString('hex').replace(/\d/g, (d) => 'abcdefghij'[Number(d)] as string)}`;
const story = (...words: string[]) => `<p>${words.join(' ')} ${words.join(' ')} council budget residents.</p>`;

describe.each(DIALECTS)('related articles on %s', (dialect) => {
  let s: TestServices;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  async function relatedSlugs(slug: string, limit?: number) {
    const article = await s.content.getArticle(slug);
    s.related.forget();
    return (await s.related.findRelated(article, limit)).map((a) => a.slug);
  }

  it('ranks articles by what they say, computed in the background sweep', async () => {
    const [glacier, melt, fjord] = [word(), word(), word()];
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, headline: `${glacier} ${melt} report`, body: story(glacier, melt, fjord), publishedAt: DAY });
    const close = await buildArticle(s.writer, { headline: `${glacier} ${melt} again`, body: story(glacier, melt, fjord), publishedAt: DAY });
    const partly = await buildArticle(s.writer, { headline: `Another ${melt} matter`, body: story(fjord), publishedAt: DAY });
    const result = await s.related.sweep();
    expect(result.computed).toBeGreaterThan(0);
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs.indexOf(close.slug)).toBe(0);
    expect(slugs.indexOf(partly.slug)).toBeGreaterThan(0);
  });

  it('weighs the headline up: a shared headline word beats the same word in a body', async () => {
    const [subject, other] = [word(), word()];
    const anchor = await buildArticle(s.writer, { headline: `${subject} closes`, body: story(other), publishedAt: DAY });
    const inHeadline = await buildArticle(s.writer, { headline: `${subject} reopens`, body: story(word()), publishedAt: DAY });
    const inBody = await buildArticle(s.writer, { headline: 'Something else', body: `<p>${subject} once.</p><p>${word()} ${word()}</p>`, publishedAt: DAY });
    await s.related.sweep();
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs.indexOf(inHeadline.slug)).toBeLessThan(slugs.indexOf(inBody.slug));
  });

  it('breaks a tie in words by shared tags', async () => {
    const [w, tag] = [word(), `Tag ${word()}`];
    const anchor = await buildArticle(s.writer, { headline: w, body: story(w), tags: [tag], publishedAt: DAY });
    const untagged = await buildArticle(s.writer, { headline: `${w} b`, body: story(w, 'library'), publishedAt: DAY });
    const tagged = await buildArticle(s.writer, { headline: `${w} b`, body: story(w, 'library'), tags: [tag], publishedAt: DAY });
    await s.related.sweep();
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs.indexOf(tagged.slug)).toBeLessThan(slugs.indexOf(untagged.slug));
  });

  it('breaks a tie in words by a shared topic, and follows an editor confirming one', async () => {
    const w = word();
    const person = `Ingrid ${w.slice(2, 6).replace(/^./, (c) => c.toUpperCase())}sdottir`;
    const anchor = await buildArticle(s.writer, { headline: w, body: story(w), publishedAt: DAY });
    const sharing = await buildArticle(s.writer, { headline: `${w} b`, body: story(w, 'library'), publishedAt: DAY });
    const other = await buildArticle(s.writer, { headline: `${w} b`, body: story(w, 'library'), publishedAt: DAY });
    await s.topicIndexer.sweep();
    await s.related.sweep();
    // Equal in words, the newer article comes first.
    let slugs = await relatedSlugs(anchor.slug);
    expect(slugs.indexOf(other.slug)).toBeLessThan(slugs.indexOf(sharing.slug));
    for (const slug of [anchor.slug, sharing.slug]) await s.topics.setArticleTopics(slug, { confirmed: [person], rejected: [] });
    await s.topicIndexer.sweep();
    const swept = await s.related.sweep();
    expect(swept.computed).toBeGreaterThan(0);
    slugs = await relatedSlugs(anchor.slug);
    expect(slugs.indexOf(sharing.slug)).toBeLessThan(slugs.indexOf(other.slug));
  });

  it('never lists the article itself, an unpublished one or a near-duplicate', async () => {
    const [a, b, c] = [word(), word(), word()];
    const sectionSlug = await buildSection(s.writer);
    // A long story: a duplicate is only judged so between articles long enough to compare.
    const body = `<p>${Array.from({ length: 12 }, () => word()).join(' ')}</p>${story(a, b, c)}${story(c, b, 'inquiry', 'harbour', 'ferry')}`;
    const anchor = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${b}`, body, publishedAt: DAY });
    const visible = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${c}`, body: story(a, c), publishedAt: DAY });
    const duplicate = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${b}`, body, publishedAt: DAY });
    const draft = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${b}`, body: story(a, b), status: 'draft' });
    const scheduled = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${b}`, body: story(a, b), status: 'scheduled', publishedAt: '2027-01-01T09:00:00.000Z' });
    const future = await buildArticle(s.writer, { sectionSlug, headline: `${a} ${b}`, body: story(a, b), publishedAt: '2027-01-01T09:00:00.000Z' });
    await s.related.sweep();
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs[0]).toBe(visible.slug);
    for (const hidden of [anchor, duplicate, draft, scheduled, future]) expect(slugs).not.toContain(hidden.slug);
  });

  it('always fills the block, from the newest articles of the section when nothing is similar', async () => {
    const sectionSlug = await buildSection(s.writer);
    const anchor = await buildArticle(s.writer, { sectionSlug, headline: word(), body: `<p>${word()}</p>`, publishedAt: DAY });
    const others = [];
    for (let i = 0; i < 7; i += 1) others.push(await buildArticle(s.writer, { sectionSlug, headline: word(), body: `<p>${word()}</p>`, publishedAt: `2026-11-0${i + 1}T09:00:00.000Z` }));
    await s.related.sweep();
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs).toHaveLength(6);
    expect(slugs[0]).toBe(others[6]?.slug);
    expect(slugs).not.toContain(anchor.slug);
  });

  it('updates the lists of neighbours when an article is published, changed or taken down', async () => {
    const [a, b] = [word(), word()];
    const anchor = await buildArticle(s.writer, { headline: `${a} ${b}`, body: story(a, b), publishedAt: DAY });
    await s.related.sweep();
    const purged: string[][] = [];
    s.purges.subscribe((tags) => purged.push(tags));
    const newcomer = await buildArticle(s.writer, { headline: `${a} ${b} follow-up`, body: story(a, b, 'appeal'), publishedAt: DAY });
    await s.related.sweep();
    expect((await relatedSlugs(anchor.slug))[0]).toBe(newcomer.slug);
    expect(purged.flat()).toContain(`article:${anchor.id}`);

    const id = await s.accounts.createUser({ email: `editor-${dialect}@example.org`, name: 'Ed Itor', role: 'editor', password: 'correct horse battery staple' });
    await s.workflow.transition(newcomer.slug, 'unpublish', { id, email: `editor-${dialect}@example.org`, name: 'Ed Itor', role: 'editor', authorId: null });
    // Hidden at once, before any sweep: visibility is checked when a list is read.
    expect(await relatedSlugs(anchor.slug)).not.toContain(newcomer.slug);
    await s.related.sweep();
    const stored = await s.handle.db.selectFrom('relatedLinks').select('relatedId').where('articleId', '=', anchor.id).execute();
    expect(stored.map((r) => r.relatedId)).not.toContain(newcomer.id);
  });

  it('sweeps nothing when nothing changed', async () => {
    await s.related.sweep();
    expect(await s.related.sweep()).toMatchObject({ computed: 0 });
  });

  it("puts an editor's pins first and never shows an excluded article", async () => {
    const [a, b] = [word(), word()];
    const anchor = await buildArticle(s.writer, { headline: `${a} ${b}`, body: story(a, b), publishedAt: DAY });
    const best = await buildArticle(s.writer, { headline: `${a} ${b}`, body: story(a, b, 'x'), publishedAt: DAY });
    const second = await buildArticle(s.writer, { headline: `${a}`, body: story(a), publishedAt: DAY });
    const unrelated = await buildArticle(s.writer, { headline: word(), body: `<p>${word()}</p>`, publishedAt: DAY });
    await s.related.sweep();
    await s.related.setOverrides(anchor.id, [unrelated.id], [best.id]);
    const slugs = await relatedSlugs(anchor.slug);
    expect(slugs[0]).toBe(unrelated.slug);
    expect(slugs).toContain(second.slug);
    expect(slugs).not.toContain(best.slug);
    // Pins and exclusions survive a recomputation.
    await s.writer.updateArticle(anchor.slug, { headline: `${a} ${b} updated`, body: story(a, b), sectionSlug: anchor.sectionSlug, authorSlugs: anchor.authorSlugs, standfirst: 'A standfirst.', tags: [] });
    await s.related.sweep();
    const again = await relatedSlugs(anchor.slug);
    expect(again[0]).toBe(unrelated.slug);
    expect(again).not.toContain(best.slug);
  });
});
