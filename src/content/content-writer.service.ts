import type { Clock } from '../common/clock.ts';
import { slugify, isSlug } from '../common/slugify.ts';
import type { PurgeBus } from '../cache/index.ts';
import { translateDbError, type Db, type Database } from '../db/index.ts';
import type { Kysely } from 'kysely';
import { findArticleBySlug, findPeopleAndTagsFor } from './article.repository.ts';
import type { ArticleInput, AuthorInput, SectionInput } from './article.input.ts';
import {
  countArticles, deleteAllContent, findAuthorIdsBySlugs, findTagIdsBySlugs, insertArticle, insertAuthor, insertSection,
  insertTag, rememberOldPath, forgetPath, replaceArticleAuthors, replaceArticleTags, updateArticleRow, upsertSiteSettings,
} from './article-write.repository.ts';
import { markdownToBody, sanitiseBody } from './body.ts';
import { contentError } from './content.errors.ts';
import { findSectionBySlug } from './taxonomy.repository.ts';
import type { SiteSettings } from './article.model.ts';

const MAX_HEADLINE = 300;
const MAX_STANDFIRST = 1000;
const MAX_BODY = 2_000_000;

/**
 * Writing content. Each write runs in one transaction that also logs which cached pages it
 * touched, then purges them here at once and, through the purge log, in every other process.
 */
export function createContentWriter(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  async function write<T>(work: (trx: Db) => Promise<{ result: T; tags: string[] }>): Promise<T> {
    try {
      const { result, tags } = await db.transaction().execute(async (trx) => {
        const outcome = await work(trx);
        await purges.record(trx, outcome.tags);
        return outcome;
      });
      purges.announce(tags);
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
      const id = await insertSection(trx, { name, slug, description: input.description ?? '', position: input.position ?? 0 });
      return { result: id, tags: ['sections', 'home'] };
    }),

    /** Creates an author profile. @throws CONTENT_INVALID_INPUT, DB_CONFLICT */
    createAuthor: (input: AuthorInput) => write(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = checkSlug(input.slug ?? slugify(name), 'slug');
      const id = await insertAuthor(trx, { name, slug, bio: input.bio ?? '' });
      return { result: id, tags: [`author:${slug}`] };
    }),

    /** Creates an article. @throws CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND, CONTENT_SLUG_TAKEN */
    createArticle: (input: ArticleInput) => write(async (trx) => {
      const row = await toRow(trx, input, clock, 'create');
      if (await findArticleBySlug(trx, row.slug)) throw contentError('CONTENT_SLUG_TAKEN', `The slug "${row.slug}" is taken.`, 'slug');
      const id = await insertArticle(trx, { ...row.columns, slug: row.slug, createdAt: row.columns.updatedAt });
      await replaceArticleAuthors(trx, id, row.authorIds);
      await replaceArticleTags(trx, id, row.tagIds);
      await forgetPath(trx, `${row.sectionSlug}/${row.slug}`);
      return { result: id, tags: articleTags(id, row.sectionSlug, row.tagSlugs, input.authorSlugs) };
    }),

    /** Replaces an article's fields; a changed slug or section keeps the old address as a redirect. */
    updateArticle: (slug: string, input: ArticleInput) => write(async (trx) => {
      const current = await findArticleBySlug(trx, slug);
      if (!current) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
      const row = await toRow(trx, input, clock, 'update');
      // Pages of tags and authors the article leaves must drop it too.
      const oldLinks = await findPeopleAndTagsFor(trx, [current.id]);
      const oldAuthors = oldLinks.filter((l) => l.kind === 'author');
      const oldTags = oldLinks.filter((l) => l.kind === 'tag');
      if (row.slug !== current.slug && await findArticleBySlug(trx, row.slug)) {
        throw contentError('CONTENT_SLUG_TAKEN', `The slug "${row.slug}" is taken.`, 'slug');
      }
      await updateArticleRow(trx, current.id, { ...row.columns, slug: row.slug });
      await replaceArticleAuthors(trx, current.id, row.authorIds);
      await replaceArticleTags(trx, current.id, row.tagIds);
      const oldPath = `${current.sectionSlug}/${current.slug}`;
      const newPath = `${row.sectionSlug}/${row.slug}`;
      if (oldPath !== newPath) {
        await rememberOldPath(trx, oldPath, current.id);
        await forgetPath(trx, newPath);
      }
      const tags = articleTags(current.id, row.sectionSlug, [...row.tagSlugs, ...oldTags.map((t) => t.slug)],
        [...input.authorSlugs, ...oldAuthors.map((a) => a.slug)]);
      if (current.sectionSlug !== row.sectionSlug) tags.push(`section:${current.sectionSlug}`);
      return { result: current.id, tags: [...new Set(tags)] };
    }),

    /** Sets the site's title, description and language. */
    setSiteSettings: (settings: SiteSettings) => write(async (trx) => {
      await upsertSiteSettings(trx, settings);
      return { result: undefined, tags: ['*'] };
    }),

    /** Deletes all content (for `dateline demo --reset`). */
    deleteAll: () => write(async (trx) => {
      await deleteAllContent(trx);
      return { result: undefined, tags: ['*'] };
    }),

    countArticles: () => countArticles(db),
  };
}

export type ContentWriter = ReturnType<typeof createContentWriter>;

function articleTags(id: number, section: string, tags: string[], authors: string[]): string[] {
  return [`article:${id}`, 'home', `section:${section}`, ...tags.map((t) => `tag:${t}`), ...authors.map((a) => `author:${a}`)];
}

async function toRow(trx: Db, input: ArticleInput, clock: Clock, mode: 'create' | 'update') {
  const headline = requireText(input.headline, 'headline', MAX_HEADLINE);
  const slug = checkSlug(input.slug ?? slugify(headline), 'slug');
  const section = await findSectionBySlug(trx, input.sectionSlug);
  if (!section) throw contentError('CONTENT_SECTION_NOT_FOUND', `There is no section "${input.sectionSlug}".`, 'sectionSlug');
  const authorRows = await findAuthorIdsBySlugs(trx, input.authorSlugs);
  const authorIds = input.authorSlugs.map((s) => {
    const found = authorRows.find((r) => r.slug === s);
    if (!found) throw contentError('CONTENT_AUTHOR_NOT_FOUND', `There is no author "${s}".`, 'authorSlugs');
    return found.id;
  });
  const { tagIds, tagSlugs } = await ensureTags(trx, input.tags ?? []);
  const body = input.body ?? '';
  if (body.length > MAX_BODY) throw contentError('CONTENT_INVALID_INPUT', 'The body is too long.', 'body');
  const now = clock.now().toISOString();
  const status = input.status ?? 'draft';
  const publishedAt = input.publishedAt ? checkDate(input.publishedAt, 'publishedAt') : status === 'published' ? now : null;
  return {
    slug,
    sectionSlug: section.slug,
    authorIds,
    tagIds,
    tagSlugs,
    columns: {
      sectionId: section.id,
      headline,
      standfirst: optionalText(input.standfirst, 'standfirst', MAX_STANDFIRST),
      bodyHtml: input.bodyFormat === 'markdown' ? markdownToBody(body) : sanitiseBody(body),
      status,
      language: input.language ?? 'en',
      publishedAt,
      updatedAt: input.updatedAt ? checkDate(input.updatedAt, 'updatedAt') : mode === 'create' ? publishedAt ?? now : now,
      imageUrl: input.image?.url ?? null,
      imageAlt: input.image?.alt ?? null,
      imageCaption: input.image?.caption ?? null,
      imageCredit: input.image?.credit ?? null,
      imageWidth: input.image?.width ?? null,
      imageHeight: input.image?.height ?? null,
    },
  };
}

async function ensureTags(trx: Db, names: string[]) {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const clean = requireText(name, 'tags', 100);
    const slug = slugify(clean);
    if (slug) wanted.set(slug, clean);
  }
  const existing = await findTagIdsBySlugs(trx, [...wanted.keys()]);
  const tagIds = existing.map((r) => r.id);
  for (const [slug, name] of wanted) {
    if (!existing.some((r) => r.slug === slug)) tagIds.push(await insertTag(trx, { name, slug }));
  }
  return { tagIds, tagSlugs: [...wanted.keys()] };
}

// Control characters other than tab and newline have no place in a headline or name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function requireText(value: unknown, property: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw contentError('CONTENT_INVALID_INPUT', `${property} must not be empty.`, property);
  return optionalText(value, property, max);
}

function optionalText(value: unknown, property: string, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw contentError('CONTENT_INVALID_INPUT', `${property} must be text.`, property);
  const text = value.trim();
  if (text.length > max) throw contentError('CONTENT_INVALID_INPUT', `${property} must be at most ${max} characters.`, property);
  if (CONTROL.test(text)) throw contentError('CONTENT_INVALID_INPUT', `${property} contains control characters.`, property);
  return text;
}

function checkSlug(slug: string, property: string): string {
  if (!isSlug(slug)) throw contentError('CONTENT_INVALID_INPUT', `${property} must be lower-case words joined by hyphens.`, property);
  return slug;
}

function checkDate(value: string, property: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw contentError('CONTENT_INVALID_INPUT', `${property} must be an ISO 8601 date.`, property);
  return date.toISOString();
}
