import type { Clock } from '../common/clock.ts';
import { slugify } from '../common/slugify.ts';
import { checkSlug, requireText, toRow } from './article-row.ts';
import type { PurgeBus } from '../cache/index.ts';
import { translateDbError, type Db, type Database } from '../db/index.ts';
import type { Kysely } from 'kysely';
import { findArticleBySlug, findPeopleAndTagsFor } from './article.repository.ts';
import type { ArticleInput, AuthorInput, SectionInput } from './article.input.ts';
import {
  countArticles, countSections, deleteAllContent, insertArticle, insertAuthor, insertSection, rememberOldPath, forgetPath,
  replaceArticleAuthors, replaceArticleTags, updateArticleRow, upsertSiteSettings,
} from './article-write.repository.ts';
import { articleCacheTags, cacheTags } from './cache-tags.ts';
import { contentError } from './content.errors.ts';
import type { SiteSettings } from './article.model.ts';

/** First path segments the site uses itself (now or for planned features), so no section may take them. */
const RESERVED_SECTION_SLUGS = new Set(['tag', 'author', 'topic', 'search', 'feed', 'api', 'admin', 'static', 'media', 'corrections', 'preview', 'comments']);

/**
 * Writing content. Each write runs in one transaction that also logs which cached pages it
 * touched, then purges them here at once and, through the purge log, in every other process.
 */
export function createContentWriter(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  async function write<T>(work: (trx: Db) => Promise<{ result: T; tags: string[] }>): Promise<T> {
    try {
      const { result, tags, purgeId } = await db.transaction().execute(async (trx) => {
        const outcome = await work(trx);
        return { ...outcome, purgeId: await purges.record(trx, outcome.tags) };
      });
      purges.announce(tags, purgeId);
      return result;
    } catch (error) {
      throw translateDbError(error);
    }
  }

  return {
    /** Creates a section. @throws CONTENT_INVALID_INPUT, DB_CONFLICT */
    createSection: (input: SectionInput) => write(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = checkSlug(input.slug ?? slugify(name), 'slug');
      if (RESERVED_SECTION_SLUGS.has(slug)) {
        throw contentError('CONTENT_INVALID_INPUT', `"${slug}" is a reserved address; choose another section slug.`, 'slug');
      }
      const id = await insertSection(trx, { name, slug, description: input.description ?? '', position: input.position ?? 0 });
      return { result: id, tags: [cacheTags.sections, cacheTags.home] };
    }),

    /** Creates an author profile. @throws CONTENT_INVALID_INPUT, DB_CONFLICT */
    createAuthor: (input: AuthorInput) => write(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = checkSlug(input.slug ?? slugify(name), 'slug');
      const id = await insertAuthor(trx, { name, slug, bio: input.bio ?? '' });
      return { result: id, tags: [cacheTags.author(slug)] };
    }),

    /** Creates an article. @throws CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND, CONTENT_SLUG_TAKEN */
    createArticle: (input: ArticleInput, createdBy: number | null = null) => write(async (trx) => {
      const row = await toRow(trx, input, clock, null);
      if (await findArticleBySlug(trx, row.slug)) throw contentError('CONTENT_SLUG_TAKEN', `The slug "${row.slug}" is taken.`, 'slug');
      const id = await insertArticle(trx, { ...row.columns, slug: row.slug, createdAt: row.columns.updatedAt, createdBy });
      await replaceArticleAuthors(trx, id, row.authorIds);
      await replaceArticleTags(trx, id, row.tagIds ?? []);
      await forgetPath(trx, `${row.sectionSlug}/${row.slug}`);
      // A draft shows on no public page, so saving one purges nothing.
      const visible = row.columns.status === 'published';
      return { result: id, tags: visible ? articleCacheTags(id, row.sectionSlug, row.tagSlugs, input.authorSlugs) : [] };
    }),

    /**
     * Changes an article; fields left out keep their current values. A changed slug or section
     * keeps the old address as a redirect.
     * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_SLUG_TAKEN, CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND
     */
    updateArticle: (slug: string, input: ArticleInput) => write(async (trx) => {
      const current = await findArticleBySlug(trx, slug);
      if (!current) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
      const row = await toRow(trx, input, clock, current);
      // Pages of tags and authors the article leaves must drop it too.
      const oldLinks = await findPeopleAndTagsFor(trx, [current.id]);
      const oldAuthors = oldLinks.filter((l) => l.kind === 'author');
      const oldTags = oldLinks.filter((l) => l.kind === 'tag');
      if (row.slug !== current.slug && await findArticleBySlug(trx, row.slug)) {
        throw contentError('CONTENT_SLUG_TAKEN', `The slug "${row.slug}" is taken.`, 'slug');
      }
      await updateArticleRow(trx, current.id, { ...row.columns, slug: row.slug });
      await replaceArticleAuthors(trx, current.id, row.authorIds);
      if (row.tagIds) await replaceArticleTags(trx, current.id, row.tagIds);
      const oldPath = `${current.sectionSlug}/${current.slug}`;
      const newPath = `${row.sectionSlug}/${row.slug}`;
      if (oldPath !== newPath) {
        await rememberOldPath(trx, oldPath, current.id);
        await forgetPath(trx, newPath);
      }
      const tags = articleCacheTags(current.id, row.sectionSlug, [...row.tagSlugs, ...oldTags.map((t) => t.slug)],
        [...input.authorSlugs, ...oldAuthors.map((a) => a.slug)]);
      if (current.sectionSlug !== row.sectionSlug) tags.push(cacheTags.section(current.sectionSlug));
      const wasOrIsVisible = current.status === 'published' || row.columns.status === 'published';
      return { result: current.id, tags: wasOrIsVisible ? [...new Set(tags)] : [] };
    }),

    /** Sets the site's title, description and language. */
    setSiteSettings: (settings: SiteSettings) => write(async (trx) => {
      await upsertSiteSettings(trx, settings);
      return { result: undefined, tags: [cacheTags.everything] };
    }),

    /** Deletes all content (for `dateline demo --reset`). */
    deleteAll: () => write(async (trx) => {
      await deleteAllContent(trx);
      return { result: undefined, tags: [cacheTags.everything] };
    }),

    /** How many articles exist, in any status. */
    countArticles: () => countArticles(db),
    /** How many sections exist. */
    countSections: () => countSections(db),
  };
}

export type ContentWriter = ReturnType<typeof createContentWriter>;


