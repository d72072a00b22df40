import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { RESERVED_SECTION_SLUGS } from './reserved-slugs.ts';

type Services = Awaited<ReturnType<typeof createTestServices>>;

describe.each(DIALECTS)('taxonomyWriter on %s', (dialect) => {
  let s: Services;
  let n = 0;
  const fresh = (prefix: string) => `${prefix}-${++n}`;
  beforeAll(async () => { s = await createTestServices(dialect); });
  afterAll(async () => { await s?.close(); });

  /** The cache tags of every purge `work` announces. */
  async function purgedBy(work: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const stop = s.purges.subscribe((tags) => seen.push(...tags));
    try { await work(); } finally { stop(); }
    return seen;
  }

  async function tagIdsOf(articleId: number): Promise<number[]> {
    const rows = await s.handle.db.selectFrom('articleTags').select('tagId').where('articleId', '=', articleId).execute();
    return rows.map((r) => r.tagId).sort();
  }

  async function bylineOf(articleId: number): Promise<string[]> {
    const rows = await s.handle.db.selectFrom('articleAuthors as aa').innerJoin('authors as au', 'au.id', 'aa.authorId')
      .select('au.slug').where('aa.articleId', '=', articleId).orderBy('aa.position').execute();
    return rows.map((r) => r.slug);
  }

  describe('renaming', () => {
    it('leaves the old slug redirecting to the new one', async () => {
      const old = await buildSection(s.writer);
      const next = fresh('renamed');
      const updated = await s.taxonomy.updateSection(old, { slug: next, name: 'Renamed' });
      expect(updated).toMatchObject({ slug: next, name: 'Renamed' });
      expect(await s.taxonomy.resolveRedirect('section', old)).toBe(next);
    });

    it('collapses chains so every old slug leads straight to the newest', async () => {
      const [a, b, c] = [fresh('tag-a'), fresh('tag-b'), fresh('tag-c')];
      await s.taxonomy.createTag({ name: 'A', slug: a });
      await s.taxonomy.updateTag(a, { slug: b });
      await s.taxonomy.updateTag(b, { slug: c });
      expect(await s.taxonomy.resolveRedirect('tag', a)).toBe(c);
      expect(await s.taxonomy.resolveRedirect('tag', b)).toBe(c);
    });

    it('drops the redirect of a slug that is renamed back into use', async () => {
      const [a, b] = [fresh('author-a'), fresh('author-b')];
      await s.taxonomy.createAuthor({ name: 'A', slug: a });
      await s.taxonomy.updateAuthor(a, { slug: b });
      await s.taxonomy.updateAuthor(b, { slug: a });
      expect(await s.taxonomy.resolveRedirect('author', a)).toBeNull();
      expect(await s.taxonomy.resolveRedirect('author', b)).toBe(a);
    });

    it('drops the redirect when a new item takes an old slug', async () => {
      const [a, b] = [fresh('tag-a'), fresh('tag-b')];
      await s.taxonomy.createTag({ name: 'A', slug: a });
      await s.taxonomy.updateTag(a, { slug: b });
      await s.taxonomy.createTag({ name: 'A again', slug: a });
      expect(await s.taxonomy.resolveRedirect('tag', a)).toBeNull();
    });

    it('drops the redirect when saving an article, or the command line, makes an item at an old slug', async () => {
      const tag = fresh('tag-c');
      await s.taxonomy.createTag({ name: tag, slug: tag });
      // Renamed in name too: a tag keeping its old name would be found by that name instead.
      await s.taxonomy.updateTag(tag, { slug: fresh('tag-d'), name: 'Something else' });
      await buildArticle(s.writer, { tags: [tag] });
      expect(await s.taxonomy.resolveRedirect('tag', tag)).toBeNull();
      const section = await buildSection(s.writer);
      await s.taxonomy.updateSection(section, { slug: fresh('moved') });
      await buildSection(s.writer, { slug: section });
      expect(await s.taxonomy.resolveRedirect('section', section)).toBeNull();
    });

    it('keeps redirects of one kind apart from another', async () => {
      const slug = fresh('shared');
      await s.taxonomy.createTag({ name: 'Tag', slug });
      await s.taxonomy.updateTag(slug, { slug: fresh('tag-new') });
      expect(await s.taxonomy.resolveRedirect('author', slug)).toBeNull();
    });

    it('refuses a slug another item of the same kind has', async () => {
      const [a, b] = [await buildSection(s.writer), await buildSection(s.writer)];
      await expect(s.taxonomy.updateSection(a, { slug: b })).rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN', property: 'slug' });
      await expect(s.taxonomy.createSection({ name: 'Copy', slug: b })).rejects.toMatchObject({ code: 'CONTENT_SLUG_TAKEN', property: 'slug' });
    });

    it('refuses every reserved section slug, on create and on rename', async () => {
      const section = await buildSection(s.writer);
      for (const slug of RESERVED_SECTION_SLUGS) {
        await expect(s.taxonomy.createSection({ name: 'X', slug })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
        await expect(s.taxonomy.updateSection(section, { slug })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
      }
      await expect(s.taxonomy.createSection({ name: 'Search' })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'slug' });
    });

    it('answers a missing item with its not-found code', async () => {
      await expect(s.taxonomy.updateSection('no-such-section', { name: 'X' })).rejects.toMatchObject({ code: 'CONTENT_SECTION_NOT_FOUND' });
      await expect(s.taxonomy.updateTag('no-such-tag', { name: 'X' })).rejects.toMatchObject({ code: 'CONTENT_TAG_NOT_FOUND' });
      await expect(s.taxonomy.deleteAuthor('no-such-author')).rejects.toMatchObject({ code: 'CONTENT_AUTHOR_NOT_FOUND' });
    });
  });

  describe('merging tags', () => {
    it('moves every article to the target once, deletes the source and redirects it', async () => {
      const [source, target] = [fresh('merge-src'), fresh('merge-dst')];
      const onlySource = await buildArticle(s.writer, { tags: [source] });
      const both = await buildArticle(s.writer, { tags: [source, target] });
      const targetId = (await s.content.getTag(target)).id;

      const merged = await s.taxonomy.mergeTag(source, target);

      expect(merged).toMatchObject({ slug: target, articleCount: 2 });
      expect(await tagIdsOf(onlySource.id)).toEqual([targetId]);
      expect(await tagIdsOf(both.id)).toEqual([targetId]);
      await expect(s.content.getTag(source)).rejects.toMatchObject({ code: 'CONTENT_TAG_NOT_FOUND' });
      expect(await s.taxonomy.resolveRedirect('tag', source)).toBe(target);
    });

    it('refuses to merge a tag into itself or into a missing tag', async () => {
      const slug = fresh('lonely');
      await s.taxonomy.createTag({ name: 'Lonely', slug });
      await expect(s.taxonomy.mergeTag(slug, slug)).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'into' });
      await expect(s.taxonomy.mergeTag(slug, 'no-such-tag')).rejects.toMatchObject({ code: 'CONTENT_TAG_NOT_FOUND', property: 'into' });
    });
  });

  describe('deleting', () => {
    it('refuses a section in use, saying how many articles use it', async () => {
      const section = await buildSection(s.writer);
      await buildArticle(s.writer, { sectionSlug: section });
      await buildArticle(s.writer, { sectionSlug: section, status: 'draft' });
      const refusal = s.taxonomy.deleteSection(section);
      await expect(refusal).rejects.toMatchObject({ code: 'CONTENT_SECTION_IN_USE', status: 409 });
      await expect(refusal).rejects.toThrow(/\b2 articles\b/);
    });

    it('moves a section\'s articles to the one named, then redirects the old address there', async () => {
      const [from, to] = [await buildSection(s.writer), await buildSection(s.writer)];
      const article = await buildArticle(s.writer, { sectionSlug: from });
      await s.taxonomy.deleteSection(from, { reassignTo: to });
      expect((await s.content.getArticle(article.slug)).section.slug).toBe(to);
      expect(await s.taxonomy.resolveRedirect('section', from)).toBe(to);
      await expect(s.content.getSection(from)).rejects.toMatchObject({ code: 'CONTENT_SECTION_NOT_FOUND' });
    });

    it('deletes an unused section and forgets redirects that led to it', async () => {
      const old = fresh('gone-old');
      await s.taxonomy.createSection({ name: 'Gone', slug: old });
      const current = fresh('gone');
      await s.taxonomy.updateSection(old, { slug: current });
      await s.taxonomy.deleteSection(current);
      expect(await s.taxonomy.resolveRedirect('section', old)).toBeNull();
    });

    it('leaves no redirect from a deleted tag that came back after a rename', async () => {
      const [a, b] = [fresh('back-a'), fresh('back-b')];
      await s.taxonomy.createTag({ name: 'Back', slug: a });
      await s.taxonomy.updateTag(a, { slug: b });
      // Saving an article makes tag `a` again, outside the taxonomy writer.
      await buildArticle(s.writer, { tags: [a] });
      await s.taxonomy.deleteTag(a, { force: true });
      expect(await s.taxonomy.resolveRedirect('tag', a)).toBeNull();
    });

    it('refuses a tag in use unless forced, and forcing takes it off its articles', async () => {
      const tag = fresh('forced');
      const article = await buildArticle(s.writer, { tags: [tag] });
      await expect(s.taxonomy.deleteTag(tag)).rejects.toMatchObject({ code: 'CONTENT_TAG_IN_USE' });
      await s.taxonomy.deleteTag(tag, { force: true });
      expect(await tagIdsOf(article.id)).toEqual([]);
      await expect(s.content.getTag(tag)).rejects.toMatchObject({ code: 'CONTENT_TAG_NOT_FOUND' });
    });

    it('refuses an author on a byline, and hands bylines over without doubling anyone', async () => {
      const [leaving, taking, other] = [await buildAuthor(s.writer), await buildAuthor(s.writer), await buildAuthor(s.writer)];
      const solo = await buildArticle(s.writer, { authorSlugs: [leaving] });
      const shared = await buildArticle(s.writer, { authorSlugs: [leaving, taking] });
      const middle = await buildArticle(s.writer, { authorSlugs: [other, leaving] });
      await expect(s.taxonomy.deleteAuthor(leaving)).rejects.toMatchObject({ code: 'CONTENT_AUTHOR_IN_USE' });

      await s.taxonomy.deleteAuthor(leaving, { reassignTo: taking });

      expect(await bylineOf(solo.id)).toEqual([taking]);
      expect(await bylineOf(shared.id)).toEqual([taking]);
      expect(await bylineOf(middle.id)).toEqual([other, taking]);
      expect(await s.taxonomy.resolveRedirect('author', leaving)).toBe(taking);
    });

    it('refuses to reassign to the item itself or to a missing one', async () => {
      const section = await buildSection(s.writer);
      await expect(s.taxonomy.deleteSection(section, { reassignTo: section })).rejects.toMatchObject({ code: 'CONTENT_INVALID_INPUT', property: 'reassignTo' });
      await expect(s.taxonomy.deleteSection(section, { reassignTo: 'no-such-section' })).rejects.toMatchObject({ code: 'CONTENT_SECTION_NOT_FOUND', property: 'reassignTo' });
      expect((await s.content.getSection(section)).slug).toBe(section);
    });
  });

  describe('purging', () => {
    it('purges the pages tagged with a renamed tag (its page, its articles\' pages) and nothing else', async () => {
      const tag = fresh('purge-tag');
      await buildArticle(s.writer, { tags: [tag] });
      const next = fresh('purge-tag-new');
      const tags = await purgedBy(() => s.taxonomy.updateTag(tag, { slug: next }));
      expect(tags.sort()).toEqual([`tag:${tag}`, `tag:${next}`].sort());
    });

    it('purges the pages of an author\'s published articles on a rename, not of their drafts', async () => {
      const author = await buildAuthor(s.writer);
      const published = await buildArticle(s.writer, { authorSlugs: [author] });
      const draft = await buildArticle(s.writer, { authorSlugs: [author], status: 'draft' });
      const tags = await purgedBy(() => s.taxonomy.updateAuthor(author, { slug: fresh('purge-author') }));
      expect(tags).toContain(`article:${published.id}`);
      expect(tags).not.toContain(`article:${draft.id}`);
    });

    it('purges every page (all show the section navigation) when a section is renamed', async () => {
      const section = await buildSection(s.writer);
      await buildArticle(s.writer, { sectionSlug: section });
      const next = fresh('purge-section');
      const tags = await purgedBy(() => s.taxonomy.updateSection(section, { slug: next }));
      expect(tags.sort()).toEqual(['home', `section:${next}`, `section:${section}`, 'sections'].sort());
    });

    it('purges only the author page when just the bio changes, and their articles\' pages when the name does', async () => {
      const author = await buildAuthor(s.writer);
      const article = await buildArticle(s.writer, { authorSlugs: [author] });
      expect(await purgedBy(() => s.taxonomy.updateAuthor(author, { bio: 'Writes about harbours.' }))).toEqual([`author:${author}`]);
      const renamed = await purgedBy(() => s.taxonomy.updateAuthor(author, { name: 'New Name' }));
      expect(renamed.sort()).toEqual([`article:${article.id}`, `author:${author}`]);
    });
  });
});
