import { sql, type Kysely } from 'kysely';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import { isSlug, slugify } from '../common/slugify.ts';
import { translateDbError, type Database, type Db } from '../db/index.ts';
import { toRow } from './article-row.ts';
import type { ArticleInput } from './article.input.ts';
import { findArticleBySlug, findPeopleAndTagsFor, type EditableArticleRow } from './article.repository.ts';
import { insertAuthor, insertSection } from './article-write.repository.ts';
import { cacheTags } from './cache-tags.ts';
import { createWriteRunner } from './content-write.ts';
import { insertArticleIn, saveArticleIn } from './content-writer.service.ts';
import { contentError } from './content.errors.ts';
import { RESERVED_ARTICLE_SLUGS, RESERVED_SECTION_SLUGS } from './reserved-slugs.ts';
import { forgetRedirect } from './taxonomy-writer.repository.ts';
import { findSectionBySlug, findSections } from './taxonomy.repository.ts';

/** One article as an import brings it, already parsed from its file. */
export interface ImportedArticle {
  /** Its identifier in the system it comes from: a second import of it updates, never adds. */
  externalId: string;
  headline: string;
  standfirst?: string | undefined;
  body: string;
  bodyFormat: 'html' | 'markdown';
  /** A section's name or slug, created when missing; left out: the batch's default section. */
  section?: string | undefined;
  /** Tag names, created when missing. */
  tags: string[];
  /** Author names, created when missing. */
  authors: string[];
  /** ISO 8601; left out: now for a new article, unchanged for an existing one. */
  publishedAt?: string | undefined;
}

/** What became of one imported article: `error` is an AppError for anything the input caused. */
export type ImportedArticleOutcome =
  | { ok: true; action: 'created' | 'updated' | 'unchanged'; id: number; slug: string }
  | { ok: false; error: unknown };

/** The section an article goes to when its line names none and no default was given. */
export const FALLBACK_SECTION_NAME = 'News';

/**
 * Writes imported articles, published, matched to earlier imports by their external id. A batch
 * is one transaction (hundreds of articles per commit is what makes large imports fast); each
 * article runs in its own savepoint, so one refused article leaves the others of its batch in.
 */
export function createArticleImporter(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  const write = createWriteRunner(db, purges);

  return {
    /**
     * Creates, updates or leaves alone each article. An unchanged article gets no new revision;
     * an updated one keeps its address and status (an article the newsroom took down stays down).
     * `defaultSection` (a name or slug) serves articles that name none; without it the first
     * section does, or a new "News" section.
     * Never throws for one article's fault: its outcome carries the error.
     */
    async importBatch(items: readonly ImportedArticle[], defaultSection?: string): Promise<ImportedArticleOutcome[]> {
      try {
        return await write(async (trx) => {
          const outcomes: ImportedArticleOutcome[] = [];
          // Sections and authors already resolved in this batch: most lines of an import share them.
          const known: Names = { sections: new Map(), authors: new Map() };
          for (const [index, item] of items.entries()) {
            // What this article resolves joins `known` only once its savepoint is kept.
            const learned: Names = { sections: new Map(), authors: new Map() };
            const savepoint = sql.raw(`import_${index}`);
            await sql`savepoint ${savepoint}`.execute(trx);
            try {
              outcomes.push({ ok: true, ...await importOne(trx, clock, item, defaultSection, known, learned) });
              await sql`release savepoint ${savepoint}`.execute(trx);
              for (const kind of ['sections', 'authors'] as const) for (const [name, slug] of learned[kind]) known[kind].set(name, slug);
            } catch (error) {
              // PostgreSQL refuses every later statement of a transaction after a failed one
              // until it rolls back to a point before it.
              await sql`rollback to savepoint ${savepoint}`.execute(trx);
              await sql`release savepoint ${savepoint}`.execute(trx);
              outcomes.push({ ok: false, error: translateDbError(error) });
            }
          }
          // One purge for the batch: an import touches most listings anyway.
          const changed = outcomes.some((o) => o.ok && o.action !== 'unchanged');
          return { result: outcomes, tags: changed ? [cacheTags.everything] : [] };
        });
      } catch (error) {
        // The batch's commit itself failed (the database went away, say): none of it is in.
        const cause = translateDbError(error);
        return items.map(() => ({ ok: false, error: cause }));
      }
    },
  };
}

export type ArticleImporter = ReturnType<typeof createArticleImporter>;

/** Slugs of sections and authors by the name (or slug) a line gave. */
interface Names { sections: Map<string, string>; authors: Map<string, string> }

/** @throws CONTENT_INVALID_INPUT and whatever a create or save throws */
async function importOne(trx: Db, clock: Clock, item: ImportedArticle, defaultSection: string | undefined, known: Names, learned: Names) {
  const wanted = item.section ?? defaultSection;
  const sectionKey = wanted ?? '';
  let sectionSlug = known.sections.get(sectionKey);
  if (sectionSlug === undefined) learned.sections.set(sectionKey, sectionSlug = await resolveSection(trx, wanted));
  const authorSlugs: string[] = [];
  for (const name of item.authors) {
    let slug = known.authors.get(name);
    if (slug === undefined) learned.authors.set(name, slug = await resolveAuthor(trx, name));
    authorSlugs.push(slug);
  }
  const input: ArticleInput = {
    headline: item.headline, standfirst: item.standfirst ?? '', body: item.body, bodyFormat: item.bodyFormat,
    sectionSlug, authorSlugs: [...new Set(authorSlugs)], tags: item.tags, publishedAt: item.publishedAt,
  };
  const current = await findByExternalId(trx, item.externalId);
  if (!current) {
    const slug = await freeSlug(trx, item.headline, item.externalId);
    const { result: id } = await insertArticleIn(trx, clock, { ...input, slug, status: 'published' }, null, item.externalId);
    // Checked on what was stored, so the body is cleaned once; the savepoint undoes the insert.
    const stored = await trx.selectFrom('articles').select('bodyHtml').where('id', '=', id).executeTakeFirstOrThrow();
    if (!hasContent(stored.bodyHtml)) throw emptyBody();
    return { action: 'created' as const, id, slug };
  }
  const row = await toRow(trx, input, clock, current);
  if (!hasContent(row.columns.bodyHtml)) throw emptyBody();
  if (await isUnchanged(trx, row, current)) return { action: 'unchanged' as const, id: current.id, slug: current.slug };
  await saveArticleIn(trx, clock, current.slug, input, { note: 'Imported again' });
  return { action: 'updated' as const, id: current.id, slug: current.slug };
}

function emptyBody() {
  return contentError('CONTENT_INVALID_INPUT', 'body is empty once markup that is not allowed is removed.', 'body');
}

// Text, or an embedded image or video with no words around it.
function hasContent(html: string): boolean {
  return /<(?:img|iframe|video|audio)\b/i.test(html) || html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ').trim() !== '';
}

async function findByExternalId(trx: Db, externalId: string): Promise<EditableArticleRow | undefined> {
  const row = await trx.selectFrom('articles').select('slug').where('externalId', '=', externalId).executeTakeFirst();
  return row && findArticleBySlug(trx, row.slug);
}

/** True when saving `row` (from toRow) would change nothing a reader or editor sees. */
async function isUnchanged(trx: Db, row: Awaited<ReturnType<typeof toRow>>, current: EditableArticleRow): Promise<boolean> {
  const links = await findPeopleAndTagsFor(trx, [current.id]);
  const authorIds = links.filter((l) => l.kind === 'author').map((l) => l.id);
  const tagIds = links.filter((l) => l.kind === 'tag').map((l) => l.id).sort((a, b) => a - b);
  const c = row.columns;
  return c.headline === current.headline && c.standfirst === current.standfirst && c.bodyHtml === current.bodyHtml
    && c.sectionId === current.sectionId && c.publishedAt === current.publishedAt
    && JSON.stringify(row.authorIds) === JSON.stringify(authorIds)
    && JSON.stringify([...(row.tagIds ?? [])].sort((a, b) => a - b)) === JSON.stringify(tagIds);
}

/** The headline's slug, with -2, -3… when another article has it. */
async function freeSlug(trx: Db, headline: string, externalId: string): Promise<string> {
  const base = (slugify(headline) || slugify(externalId) || 'article').slice(0, 100).replace(/-+$/, '');
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_ARTICLE_SLUGS.has(slug) && !await findArticleBySlug(trx, slug)) return slug;
  }
}

/**
 * The slug of the section named (by slug or name, ignoring case) `wanted`, created when none is;
 * with nothing wanted, the first section, or a new "News".
 * @throws CONTENT_INVALID_INPUT for a name whose slug is reserved or empty
 */
async function resolveSection(trx: Db, wanted: string | undefined): Promise<string> {
  if (wanted === undefined) {
    const first = (await findSections(trx))[0];
    if (first) return first.slug;
  }
  const name = wanted ?? FALLBACK_SECTION_NAME;
  const bySlug = isSlug(name) ? await findSectionBySlug(trx, name) : undefined;
  if (bySlug) return bySlug.slug;
  const byName = await trx.selectFrom('sections').select('slug')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).orderBy('position').executeTakeFirst();
  if (byName) return byName.slug;
  const slug = slugify(name);
  const existing = slug ? await findSectionBySlug(trx, slug) : undefined;
  if (existing) return existing.slug;
  if (!slug || RESERVED_SECTION_SLUGS.has(slug)) {
    throw contentError('CONTENT_INVALID_INPUT', `section "${name}" cannot be created: ${slug ? `"${slug}" is a reserved address` : 'it has no letters or digits for an address'}.`, 'section');
  }
  await insertSection(trx, { name, slug, description: '', position: 0 });
  await forgetRedirect(trx, 'section', slug);
  return slug;
}

/**
 * The slug of the author called `name` (by the slug the name makes, then by name ignoring case),
 * created when none is. @throws CONTENT_INVALID_INPUT for a name with no letters or digits
 */
async function resolveAuthor(trx: Db, name: string): Promise<string> {
  const slug = slugify(name);
  const found = await trx.selectFrom('authors').select('slug')
    .where((eb) => eb.or([eb('slug', '=', slug), eb(eb.fn('lower', ['name']), '=', name.toLowerCase())]))
    .orderBy(sql`case when slug = ${slug} then 0 else 1 end`).executeTakeFirst();
  if (found) return found.slug;
  if (!slug) throw contentError('CONTENT_INVALID_INPUT', `author "${name}" has no letters or digits to make an address from.`, 'authors');
  await insertAuthor(trx, { name, slug, bio: '' });
  await forgetRedirect(trx, 'author', slug);
  return slug;
}
