import type { Kysely } from 'kysely';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import { slugify } from '../common/slugify.ts';
import type { Database, Db } from '../db/index.ts';
import { checkSlug, requireText, toRow } from './article-row.ts';
import type { ArticleInput, AuthorInput, SectionInput } from './article.input.ts';
import type { SiteSettings } from './article.model.ts';
import { findArticleById, findArticleBySlug, findPeopleAndTagsFor, type EditableArticleRow } from './article.repository.ts';
import {
  countArticles, countSections, deleteAllContent, insertArticle, insertAuthor, insertSection, lockArticleRow, rememberOldPath, forgetPath,
  replaceArticleAuthors, replaceArticleTags, updateArticleRow, upsertSiteSettings,
} from './article-write.repository.ts';
import { articleCacheTags, cacheTags } from './cache-tags.ts';
import { createWriteRunner, type WriteOutcome } from './content-write.ts';
import { contentError } from './content.errors.ts';
import { RESERVED_SECTION_SLUGS } from './reserved-slugs.ts';
import { forgetRedirect } from './taxonomy-writer.repository.ts';
import { syncPublishJob } from './job.repository.ts';
import { findLatestRevision } from './revision.repository.ts';
import { recordRevision } from './revision.snapshot.ts';
import { checkTimeZone } from './time-zone.ts';
import { insertEvent } from './workflow-event.repository.ts';

/** Site settings to store; a time zone or feed content left out keeps the current one. */
export type SiteSettingsInput = Omit<SiteSettings, 'timeZone' | 'feedContent'> & { timeZone?: string | undefined; feedContent?: SiteSettings['feedContent'] | undefined };

/** Who saves, on which revision, and why: what an update carries besides the fields. */
export interface SaveOptions {
  /** The user saving; null for the command line, imports and the demo. */
  by?: number | null;
  /** The revision the editor started from; a newer one in the database makes the save a conflict. */
  baseRevision?: number;
  /** Kept with the revision (e.g. "Restored revision 3"). */
  note?: string;
  /** A permission check on the article as it stands under the save's lock (it may have been published meanwhile). */
  authorise?: (current: EditableArticleRow) => void;
}

/**
 * Takes the article's row for this transaction and refuses a save based on an older revision
 * than the newest, naming who saved since. The lock is a conditional no-op update: on PostgreSQL
 * a second save from the same revision waits for the first to commit and then finds the revision
 * moved on, so exactly one of two simultaneous saves goes through. Returns the row as locked.
 * @throws CONTENT_EDIT_CONFLICT
 */
async function lockForSave(trx: Db, found: EditableArticleRow, baseRevision: number | undefined): Promise<EditableArticleRow> {
  const locked = await lockArticleRow(trx, found.id, baseRevision);
  // Read again under the lock: another save may have committed since the first read.
  const current = (await findArticleById(trx, found.id)) ?? found;
  if (locked) return current;
  const latest = await findLatestRevision(trx, current.id);
  const who = latest?.userName ?? 'Someone outside the newsroom app (the command line or an import)';
  const when = latest?.createdAt ?? current.updatedAt;
  throw contentError('CONTENT_EDIT_CONFLICT',
    `${who} saved this article at ${when} (revision ${current.revision}) after the revision you edited (${baseRevision}). Nothing was saved: reload to see their changes.`,
    'baseRevision');
}

/**
 * Creates an article inside `trx` (see the writer's createArticle); `externalId` marks an import.
 * @throws CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND, CONTENT_SLUG_TAKEN
 */
export async function insertArticleIn(trx: Db, clock: Clock, input: ArticleInput, createdBy: number | null, externalId: string | null = null): Promise<WriteOutcome<number>> {
  const row = await toRow(trx, input, clock, null);
  if (await findArticleBySlug(trx, row.slug)) throw contentError('CONTENT_SLUG_TAKEN', `The slug "${row.slug}" is taken.`, 'slug');
  const id = await insertArticle(trx, { ...row.columns, slug: row.slug, createdAt: row.columns.updatedAt, createdBy, externalId });
  await replaceArticleAuthors(trx, id, row.authorIds);
  await replaceArticleTags(trx, id, row.tagIds ?? []);
  await forgetPath(trx, `${row.sectionSlug}/${row.slug}`);
  const nowIso = clock.now().toISOString();
  await recordRevision(trx, id, 0, createdBy, nowIso);
  await insertEvent(trx, { articleId: id, fromStatus: null, toStatus: row.columns.status, userId: createdBy, note: '', createdAt: nowIso });
  await syncPublishJob(trx, id, row.columns.status, row.columns.publishedAt, nowIso);
  // A draft shows on no public page, so saving one purges nothing.
  const visible = row.columns.status === 'published';
  return { result: id, tags: visible ? articleCacheTags(id, row.sectionSlug, row.tagSlugs, input.authorSlugs) : [] };
}

/**
 * Changes an article inside `trx` (see the writer's updateArticle).
 * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_EDIT_CONFLICT, CONTENT_SLUG_TAKEN, CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND
 */
export async function saveArticleIn(trx: Db, clock: Clock, slug: string, input: ArticleInput, options: SaveOptions = {}): Promise<WriteOutcome<number>> {
  const found = await findArticleBySlug(trx, slug);
  if (!found) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
  const current = await lockForSave(trx, found, options.baseRevision);
  options.authorise?.(current);
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
  const nowIso = clock.now().toISOString();
  const by = options.by ?? null;
  await recordRevision(trx, current.id, current.revision, by, nowIso, options.note ?? '');
  if (row.columns.status !== current.status) {
    await insertEvent(trx, { articleId: current.id, fromStatus: current.status, toStatus: row.columns.status, userId: by, note: '', createdAt: nowIso });
  }
  if (row.columns.status !== current.status || row.columns.publishedAt !== current.publishedAt) {
    await syncPublishJob(trx, current.id, row.columns.status, row.columns.publishedAt, nowIso);
  }
  const tags = articleCacheTags(current.id, row.sectionSlug, [...row.tagSlugs, ...oldTags.map((t) => t.slug)],
    [...input.authorSlugs, ...oldAuthors.map((a) => a.slug)]);
  if (current.sectionSlug !== row.sectionSlug) tags.push(cacheTags.section(current.sectionSlug));
  const wasOrIsVisible = current.status === 'published' || row.columns.status === 'published';
  return { result: current.id, tags: wasOrIsVisible ? [...new Set(tags)] : [] };
}

/**
 * Writing content. Each write runs in one transaction that also logs which cached pages it
 * touched; every article save keeps a revision, records a change of state and keeps the
 * article's publish job in step.
 */
export function createContentWriter(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  const write = createWriteRunner(db, purges);

  return {
    /** Creates a section. @throws CONTENT_INVALID_INPUT, DB_CONFLICT */
    createSection: (input: SectionInput) => write(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = checkSlug(input.slug ?? slugify(name), 'slug');
      if (RESERVED_SECTION_SLUGS.has(slug)) {
        throw contentError('CONTENT_INVALID_INPUT', `"${slug}" is a reserved address; choose another section slug.`, 'slug');
      }
      const id = await insertSection(trx, { name, slug, description: input.description ?? '', position: input.position ?? 0 });
      // A slug that once redirected now belongs to this section.
      await forgetRedirect(trx, 'section', slug);
      return { result: id, tags: [cacheTags.sections, cacheTags.home] };
    }),

    /** Creates an author profile. @throws CONTENT_INVALID_INPUT, DB_CONFLICT */
    createAuthor: (input: AuthorInput) => write(async (trx) => {
      const name = requireText(input.name, 'name', 200);
      const slug = checkSlug(input.slug ?? slugify(name), 'slug');
      const id = await insertAuthor(trx, { name, slug, bio: input.bio ?? '' });
      await forgetRedirect(trx, 'author', slug);
      return { result: id, tags: [cacheTags.author(slug)] };
    }),

    /** Creates an article. @throws CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND, CONTENT_SLUG_TAKEN */
    createArticle: (input: ArticleInput, createdBy: number | null = null) => write((trx) => insertArticleIn(trx, clock, input, createdBy)),

    /**
     * Changes an article; fields left out keep their current values. A changed slug or section
     * keeps the old address as a redirect. With `options.baseRevision`, a save over a newer
     * revision is refused.
     * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_EDIT_CONFLICT, CONTENT_SLUG_TAKEN, CONTENT_INVALID_INPUT, CONTENT_SECTION_NOT_FOUND, CONTENT_AUTHOR_NOT_FOUND
     */
    updateArticle: (slug: string, input: ArticleInput, options: SaveOptions = {}) => write((trx) => saveArticleIn(trx, clock, slug, input, options)),

    /**
     * Sets the site's title, description and language, and its time zone when one is given.
     * @throws CONTENT_INVALID_INPUT naming `timeZone` for a zone this runtime does not know
     */
    setSiteSettings: (settings: SiteSettingsInput) => write(async (trx) => {
      if (settings.timeZone !== undefined) checkTimeZone(settings.timeZone);
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


