import type { Kysely } from 'kysely';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import { slugify } from '../common/slugify.ts';
import { translateDbError, type Database, type Db } from '../db/index.ts';
import { checkSlug, requireText } from './article-row.ts';
import { insertAuthor, insertSection, insertTag } from './article-write.repository.ts';
import { cacheTags } from './cache-tags.ts';
import { contentError, type ContentErrorCode } from './content.errors.ts';
import type { TaxonomyKind } from './content.table.ts';
import { RESERVED_SECTION_SLUGS } from './reserved-slugs.ts';
import { findAuthorBySlug, findSectionBySlug, findTagBySlug } from './taxonomy.repository.ts';
import {
  countArticlesUsing, countTaxonomy, deleteTaxonomyRow, findAuthorsForAdmin, findPublishedArticleIdsUsing,
  findRedirects, findRedirectTarget, findSectionsForAdmin, findTagsForAdmin, forgetRedirect, forgetRedirectsOf, moveArticlesToSection,
  moveBylines, moveTagLinks, redirectSlug, unlinkTag, updateAuthorRow, updateSectionRow, updateTagRow,
} from './taxonomy-writer.repository.ts';

/** Fields of a section; on a change, fields left out keep their values. */
export interface SectionFields { name?: string | undefined; slug?: string | undefined; description?: string | undefined; position?: number | undefined }
/** Fields of a tag; on a change, fields left out keep their values. */
export interface TagFields { name?: string | undefined; slug?: string | undefined }
/** Fields of an author profile; on a change, fields left out keep their values. */
export interface AuthorFields { name?: string | undefined; slug?: string | undefined; bio?: string | undefined }

export interface AdminSection { id: number; name: string; slug: string; description: string; position: number; articleCount: number }
export interface AdminTag { id: number; name: string; slug: string; articleCount: number }
export interface AdminAuthor { id: number; name: string; slug: string; bio: string; articleCount: number }

const NOT_FOUND: Record<TaxonomyKind, ContentErrorCode> = {
  section: 'CONTENT_SECTION_NOT_FOUND', tag: 'CONTENT_TAG_NOT_FOUND', author: 'CONTENT_AUTHOR_NOT_FOUND',
};
const IN_USE: Record<TaxonomyKind, ContentErrorCode> = {
  section: 'CONTENT_SECTION_IN_USE', tag: 'CONTENT_TAG_IN_USE', author: 'CONTENT_AUTHOR_IN_USE',
};
const FINDERS = { section: findSectionBySlug, tag: findTagBySlug, author: findAuthorBySlug } as const;
const MAX_DESCRIPTION = 2000;

/**
 * Managing sections, tags and authors for the newsroom. A changed slug leaves the old address
 * answering 301 (chains collapse to one hop); each write runs in one transaction that logs the
 * cache tags of exactly the pages it changes, then purges them here and on every other node.
 */
export function createTaxonomyWriter(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  const now = () => clock.now().toISOString();

  async function write<T>(work: (trx: Db) => Promise<{ result: T; tags: string[] }>): Promise<T> {
    try {
      const { result, tags, purgeId } = await db.transaction().execute(async (trx) => {
        const outcome = await work(trx);
        const unique = [...new Set(outcome.tags)];
        return { result: outcome.result, tags: unique, purgeId: await purges.record(trx, unique) };
      });
      purges.announce(tags, purgeId);
      return result;
    } catch (error) {
      throw translateDbError(error);
    }
  }

  /** The item of `kind` at `slug`. @throws CONTENT_*_NOT_FOUND naming `property` */
  async function find<K extends TaxonomyKind>(trx: Db, kind: K, slug: string, property = 'slug') {
    const row = await FINDERS[kind](trx, slug) as Awaited<ReturnType<(typeof FINDERS)[K]>>;
    if (!row) throw contentError(NOT_FOUND[kind], `There is no ${kind} "${slug}".`, property);
    return row;
  }

  /** Refuses a slug another item of the same kind has. @throws CONTENT_SLUG_TAKEN */
  async function assertSlugFree(trx: Db, kind: TaxonomyKind, slug: string): Promise<void> {
    if (await FINDERS[kind](trx, slug)) throw contentError('CONTENT_SLUG_TAKEN', `Another ${kind} has the slug "${slug}".`, 'slug');
  }

  /** A valid new slug for `kind`, from the given one or else the name. @throws CONTENT_INVALID_INPUT */
  function newSlug(kind: TaxonomyKind, given: string | undefined, name: string): string {
    const slug = checkSlug(given ?? slugify(name), 'slug');
    if (kind === 'section' && RESERVED_SECTION_SLUGS.has(slug)) {
      throw contentError('CONTENT_INVALID_INPUT', `"${slug}" is a reserved address; choose another section slug.`, 'slug');
    }
    return slug;
  }

  /** After a slug change: the old address redirects, and a new item's slug stops redirecting. */
  async function moveAddress(trx: Db, kind: TaxonomyKind, from: string, to: string): Promise<void> {
    if (from !== to) await redirectSlug(trx, kind, from, to, now());
  }

  /** Refuses to delete an item in use. @throws CONTENT_*_IN_USE */
  async function assertUnused(trx: Db, kind: TaxonomyKind, id: number, hint: string): Promise<void> {
    const count = await countArticlesUsing(trx, kind, id);
    if (count > 0) throw contentError(IN_USE[kind], `${count} article${count === 1 ? '' : 's'} use${count === 1 ? 's' : ''} this ${kind}; ${hint}`);
  }

  const withCount = async <T extends { id: number }>(trx: Db, kind: TaxonomyKind, row: T) =>
    ({ ...row, articleCount: await countArticlesUsing(trx, kind, row.id) });

  return {
    /** One page of sections in navigation order, with article counts; `search` keeps those with it in their name or slug. */
    async listSections(page: number, limit: number, search?: string) {
      const [items, total] = await Promise.all([findSectionsForAdmin(db, limit, (page - 1) * limit, search), countTaxonomy(db, 'section', search)]);
      return pageOf(items.map((r) => ({ ...r, articleCount: Number(r.articleCount) })), page, limit, total);
    },

    /** One page of tags by name, with article counts; `search` keeps those with it in their name or slug. */
    async listTags(page: number, limit: number, search?: string) {
      const [items, total] = await Promise.all([findTagsForAdmin(db, limit, (page - 1) * limit, search), countTaxonomy(db, 'tag', search)]);
      return pageOf(items.map((r) => ({ ...r, articleCount: Number(r.articleCount) })), page, limit, total);
    },

    /** One page of authors by name, with article counts; `search` keeps those with it in their name or slug. */
    async listAuthors(page: number, limit: number, search?: string) {
      const [items, total] = await Promise.all([findAuthorsForAdmin(db, limit, (page - 1) * limit, search), countTaxonomy(db, 'author', search)]);
      return pageOf(items.map((r) => ({ ...r, articleCount: Number(r.articleCount) })), page, limit, total);
    },

    /** Creates a section; its slug stops redirecting elsewhere. @throws CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN */
    createSection: (input: SectionFields) => write<AdminSection>(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = newSlug('section', input.slug, name);
      await assertSlugFree(trx, 'section', slug);
      const row = { name, slug, description: optional(input.description, 'description', MAX_DESCRIPTION), position: input.position ?? 0 };
      const id = await insertSection(trx, row);
      await forgetRedirect(trx, 'section', slug);
      return { result: { id, ...row, articleCount: 0 }, tags: [cacheTags.sections, cacheTags.home, cacheTags.section(slug)] };
    }),

    /**
     * Changes a section. Every page shows the section navigation, so any change purges them all;
     * a new slug leaves `/old/` and `/old/article/` answering 301.
     * @throws CONTENT_SECTION_NOT_FOUND, CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN
     */
    updateSection: (slug: string, input: SectionFields) => write<AdminSection>(async (trx) => {
      const current = await find(trx, 'section', slug);
      const name = input.name === undefined ? current.name : requireText(input.name, 'name', 200);
      const next = input.slug === undefined ? current.slug : newSlug('section', input.slug, name);
      if (next !== current.slug) await assertSlugFree(trx, 'section', next);
      const row = {
        name, slug: next, position: input.position ?? current.position,
        description: input.description === undefined ? current.description : optional(input.description, 'description', MAX_DESCRIPTION),
      };
      await updateSectionRow(trx, current.id, row);
      await moveAddress(trx, 'section', current.slug, next);
      // Every page carries the `sections` tag (all show the navigation), articles included.
      const tags = [cacheTags.sections, cacheTags.home, cacheTags.section(current.slug), cacheTags.section(next)];
      return { result: await withCount(trx, 'section', { id: current.id, ...row }), tags };
    }),

    /**
     * Deletes a section. One in use is refused unless `reassignTo` names the section its
     * articles move to; then the old address redirects there.
     * @throws CONTENT_SECTION_NOT_FOUND, CONTENT_SECTION_IN_USE, CONTENT_INVALID_INPUT
     */
    deleteSection: (slug: string, options: { reassignTo?: string | undefined } = {}) => write<void>(async (trx) => {
      const current = await find(trx, 'section', slug);
      const tags = [cacheTags.sections, cacheTags.home, cacheTags.section(slug)];
      if (options.reassignTo === undefined) {
        await assertUnused(trx, 'section', current.id, 'move its articles first with ?reassignTo=<section>.');
        await forgetRedirectsOf(trx, 'section', slug);
      } else {
        const target = await reassignmentTarget(trx, 'section', slug, options.reassignTo);
        await moveArticlesToSection(trx, current.id, target.id);
        await redirectSlug(trx, 'section', slug, target.slug, now());
        tags.push(cacheTags.section(target.slug));
      }
      await deleteTaxonomyRow(trx, 'section', current.id);
      return { result: undefined, tags };
    }),

    /** Creates a tag; its slug stops redirecting elsewhere. @throws CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN */
    createTag: (input: TagFields) => write<AdminTag>(async (trx) => {
      const name = requireText(input.name, 'name', 100);
      const slug = newSlug('tag', input.slug, name);
      await assertSlugFree(trx, 'tag', slug);
      const id = await insertTag(trx, { name, slug });
      await forgetRedirect(trx, 'tag', slug);
      return { result: { id, name, slug, articleCount: 0 }, tags: [cacheTags.tag(slug)] };
    }),

    /**
     * Renames a tag; a new slug leaves `/tag/old/` answering 301. Purges the pages tagged with
     * it: its own and those of its articles, which list their tags.
     * @throws CONTENT_TAG_NOT_FOUND, CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN
     */
    updateTag: (slug: string, input: TagFields) => write<AdminTag>(async (trx) => {
      const current = await find(trx, 'tag', slug);
      const name = input.name === undefined ? current.name : requireText(input.name, 'name', 100);
      const next = input.slug === undefined ? current.slug : newSlug('tag', input.slug, name);
      if (next !== current.slug) await assertSlugFree(trx, 'tag', next);
      await updateTagRow(trx, current.id, { name, slug: next });
      await moveAddress(trx, 'tag', current.slug, next);
      return { result: await withCount(trx, 'tag', { id: current.id, name, slug: next }), tags: [cacheTags.tag(current.slug), cacheTags.tag(next)] };
    }),

    /**
     * Moves every article of tag `slug` to tag `into` (no article gets it twice), deletes
     * `slug` and leaves `/tag/slug/` answering 301 to `/tag/into/`.
     * @throws CONTENT_TAG_NOT_FOUND, CONTENT_INVALID_INPUT
     */
    mergeTag: (slug: string, into: string) => write<AdminTag>(async (trx) => {
      const source = await find(trx, 'tag', slug);
      const target = await reassignmentTarget(trx, 'tag', slug, into, 'into');
      await moveTagLinks(trx, source.id, target.id);
      await deleteTaxonomyRow(trx, 'tag', source.id);
      await redirectSlug(trx, 'tag', source.slug, target.slug, now());
      return { result: await withCount(trx, 'tag', target), tags: [cacheTags.tag(source.slug), cacheTags.tag(target.slug)] };
    }),

    /**
     * Deletes a tag. One in use is refused unless `force` is set, which takes it off its
     * articles (merge it instead to keep them grouped).
     * @throws CONTENT_TAG_NOT_FOUND, CONTENT_TAG_IN_USE
     */
    deleteTag: (slug: string, options: { force?: boolean | undefined } = {}) => write<void>(async (trx) => {
      const current = await find(trx, 'tag', slug);
      if (!options.force) await assertUnused(trx, 'tag', current.id, 'merge it into another tag, or delete with ?force=true to take it off them.');
      await unlinkTag(trx, current.id);
      await forgetRedirectsOf(trx, 'tag', slug);
      await deleteTaxonomyRow(trx, 'tag', current.id);
      return { result: undefined, tags: [cacheTags.tag(slug)] };
    }),

    /** Creates an author profile; its slug stops redirecting elsewhere. @throws CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN */
    createAuthor: (input: AuthorFields) => write<AdminAuthor>(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = newSlug('author', input.slug, name);
      await assertSlugFree(trx, 'author', slug);
      const row = { name, slug, bio: optional(input.bio, 'bio', MAX_DESCRIPTION) };
      const id = await insertAuthor(trx, row);
      await forgetRedirect(trx, 'author', slug);
      return { result: { id, ...row, articleCount: 0 }, tags: [cacheTags.author(slug)] };
    }),

    /**
     * Changes an author profile; a new slug leaves `/author/old/` answering 301. A new name or
     * slug purges their page and the articles they wrote; a bio alone, only their page.
     * @throws CONTENT_AUTHOR_NOT_FOUND, CONTENT_INVALID_INPUT, CONTENT_SLUG_TAKEN
     */
    updateAuthor: (slug: string, input: AuthorFields) => write<AdminAuthor>(async (trx) => {
      const current = await find(trx, 'author', slug);
      const name = input.name === undefined ? current.name : requireText(input.name, 'name', 200);
      const next = input.slug === undefined ? current.slug : newSlug('author', input.slug, name);
      if (next !== current.slug) await assertSlugFree(trx, 'author', next);
      const row = { name, slug: next, bio: input.bio === undefined ? current.bio : optional(input.bio, 'bio', MAX_DESCRIPTION) };
      const bylineChanged = name !== current.name || next !== current.slug;
      const tags = [cacheTags.author(current.slug), cacheTags.author(next)];
      // Bylines are on article pages only (list cards show none).
      if (bylineChanged) tags.push(...(await findPublishedArticleIdsUsing(trx, 'author', current.id)).map(cacheTags.article));
      await updateAuthorRow(trx, current.id, row);
      await moveAddress(trx, 'author', current.slug, next);
      return { result: await withCount(trx, 'author', { id: current.id, ...row }), tags };
    }),

    /**
     * Deletes an author profile. One on any byline is refused unless `reassignTo` names the
     * author who takes their place (an article always keeps an author); then the old address
     * redirects there. Users linked to the profile lose the link.
     * @throws CONTENT_AUTHOR_NOT_FOUND, CONTENT_AUTHOR_IN_USE, CONTENT_INVALID_INPUT
     */
    deleteAuthor: (slug: string, options: { reassignTo?: string | undefined } = {}) => write<void>(async (trx) => {
      const current = await find(trx, 'author', slug);
      const tags = [cacheTags.author(slug)];
      if (options.reassignTo === undefined) {
        await assertUnused(trx, 'author', current.id, 'give their bylines to another author with ?reassignTo=<author>.');
        await forgetRedirectsOf(trx, 'author', slug);
      } else {
        const target = await reassignmentTarget(trx, 'author', slug, options.reassignTo);
        tags.push(cacheTags.author(target.slug), ...(await findPublishedArticleIdsUsing(trx, 'author', current.id)).map(cacheTags.article));
        await moveBylines(trx, current.id, target.id);
        await redirectSlug(trx, 'author', slug, target.slug, now());
      }
      await deleteTaxonomyRow(trx, 'author', current.id);
      return { result: undefined, tags };
    }),

    /** Where a renamed, merged or reassigned item's old slug leads now, or null. */
    async resolveRedirect(kind: TaxonomyKind, oldSlug: string): Promise<string | null> {
      return (await findRedirectTarget(db, kind, oldSlug)) ?? null;
    },

    /** Every redirect of one kind (old slug → new slug). */
    listRedirects: (kind: TaxonomyKind) => findRedirects(db, kind),
  };

  /** The item that takes over from `slug`; it must exist and be another one. @throws CONTENT_*_NOT_FOUND, CONTENT_INVALID_INPUT */
  async function reassignmentTarget<K extends TaxonomyKind>(trx: Db, kind: K, slug: string, target: string, property = 'reassignTo') {
    if (target === slug) throw contentError('CONTENT_INVALID_INPUT', `A ${kind} cannot take over from itself.`, property);
    return find(trx, kind, target, property);
  }
}

export type TaxonomyWriter = ReturnType<typeof createTaxonomyWriter>;

function optional(value: string | undefined, property: string, max: number): string {
  if (value === undefined || value.trim() === '') return '';
  return requireText(value, property, max);
}

function pageOf<T>(items: T[], page: number, limit: number, total: number) {
  return { items, page, limit, total, pageCount: Math.max(1, Math.ceil(total / limit)) };
}
