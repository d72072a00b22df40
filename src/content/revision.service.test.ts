import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';

describe.each(DIALECTS)('revisionService on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const idOf = async (slug: string) => (await ctx.services.content.getArticleForEditing(slug)).id;

  it('restores a revision whose tag, section and author have since moved to new slugs', async () => {
    const s = ctx.services;
    const section = await buildSection(s.writer);
    const author = await buildAuthor(s.writer);
    const tagName = `Ferry strike ${dialect}`;
    const { slug } = await buildArticle(s.writer, { sectionSlug: section, authorSlugs: [author], tags: [tagName], headline: 'First words' });
    const id = await idOf(slug);
    const tagSlug = (await s.content.getArticleForEditing(slug)).tags[0]!.slug;
    await s.taxonomy.updateTag(tagSlug, { slug: `${tagSlug}-2026` });
    await s.taxonomy.updateSection(section, { slug: `${section}-new` });
    await s.taxonomy.updateAuthor(author, { slug: `${author}-new` });
    const current = await s.content.getArticleForEditing(slug);
    await s.writer.updateArticle(slug, { headline: 'Second words', sectionSlug: current.section.slug, authorSlugs: [current.authors[0]!.slug] }, { baseRevision: current.revision });

    await s.revisions.restore(id, slug, 1, null, (await s.content.getArticleForEditing(slug)).revision);
    const restored = await s.content.getArticleForEditing(slug);
    expect(restored.headline).toBe('First words');
    expect(restored.section.slug).toBe(`${section}-new`);
    expect(restored.authors.map((a) => a.slug)).toEqual([`${author}-new`]);
    // The same tag, at its new slug: no twin made at the old one, and the old address still redirects.
    expect(restored.tags.map((t) => t.slug)).toEqual([`${tagSlug}-2026`]);
    expect(await s.taxonomy.resolveRedirect('tag', tagSlug)).toBe(`${tagSlug}-2026`);
  });

  it('keeps the current embargo when restoring text from before it', async () => {
    const s = ctx.services;
    const { slug } = await buildArticle(s.writer, { status: 'draft' });
    const before = await s.content.getArticleForEditing(slug);
    const embargo = '2026-12-01T09:00:00.000Z';
    await s.writer.updateArticle(slug, { headline: 'Under embargo', sectionSlug: before.section.slug, authorSlugs: before.authors.map((a) => a.slug), embargoUntil: embargo }, { baseRevision: before.revision });
    await s.revisions.restore(before.id, slug, 1, null, before.revision + 1);
    expect((await s.content.getArticleForEditing(slug)).embargoUntil).toBe(embargo);
  });

  it('compares two long, unrelated bodies without stalling, falling back to coarser parts', async () => {
    const s = ctx.services;
    const words = (seed: number) => Array.from({ length: 30_000 }, (_, i) => `w${(i * seed) % 7919}x${seed}`).join(' ');
    const { slug } = await buildArticle(s.writer, { body: `<p>${words(3)}</p>` });
    const article = await s.content.getArticleForEditing(slug);
    await s.writer.updateArticle(slug, { headline: article.headline, sectionSlug: article.section.slug, authorSlugs: article.authors.map((a) => a.slug), body: `<p>${words(7)}</p>` }, { baseRevision: article.revision });
    const diff = await s.revisions.compare(article.id, 1, 2);
    const body = diff.fields.find((f) => f.field === 'bodyHtml');
    expect(body?.parts.some((p) => p.op === 'removed' && p.text.includes('x3'))).toBe(true);
    expect(body?.parts.some((p) => p.op === 'added' && p.text.includes('x7'))).toBe(true);
  });
});
