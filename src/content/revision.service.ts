import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { ContentWriter } from './content-writer.service.ts';
import { contentError } from './content.errors.ts';
import { compareSnapshots } from './revision.diff.ts';
import { findRevision, findRevisions } from './revision.repository.ts';
import { parseSnapshot, snapshotToInput } from './revision.snapshot.ts';
import { findRedirectTarget } from './taxonomy-writer.repository.ts';

function parseChanged(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Revisions of articles: list, read, compare and restore. */
export function createRevisionService(db: Kysely<Database>, writer: ContentWriter) {
  async function load(articleId: number, number: number) {
    const row = await findRevision(db, articleId, number);
    if (!row) throw contentError('CONTENT_REVISION_NOT_FOUND', `This article has no revision ${number}.`, 'number');
    return { ...row, changed: parseChanged(row.changed), snapshot: parseSnapshot(row.snapshot) };
  }

  return {
    /** An article's revisions, newest first: number, who, when, which fields changed. */
    async list(articleId: number) {
      return (await findRevisions(db, articleId)).map((r) => ({ ...r, changed: parseChanged(r.changed) }));
    },

    /** One revision with everything it kept. @throws CONTENT_REVISION_NOT_FOUND */
    get: load,

    /** How revision `from` differs from revision `to`, field by field. @throws CONTENT_REVISION_NOT_FOUND */
    async compare(articleId: number, from: number, to: number) {
      const [older, newer] = await Promise.all([load(articleId, from), load(articleId, to)]);
      return { from: older.number, to: newer.number, fields: compareSnapshots(older.snapshot, newer.snapshot) };
    },

    /**
     * Makes revision `number` the article's content again, as a new revision that says so. The
     * workflow state (and the embargo) is left as it is. `baseRevision` guards against restoring over someone's newer save.
     * @throws CONTENT_REVISION_NOT_FOUND, CONTENT_EDIT_CONFLICT, and what a save throws (a section or author since deleted)
     */
    async restore(articleId: number, articleSlug: string, number: number, by: number | null, baseRevision: number | undefined) {
      const revision = await load(articleId, number);
      // Sections and authors renamed since lead to where they are now; the embargo is workflow
      // state, not content, so the current one stays.
      const { embargoUntil: _kept, ...input } = snapshotToInput(revision.snapshot);
      input.sectionSlug = (await findRedirectTarget(db, 'section', input.sectionSlug)) ?? input.sectionSlug;
      input.authorSlugs = await Promise.all(input.authorSlugs.map(async (slug) => (await findRedirectTarget(db, 'author', slug)) ?? slug));
      await writer.updateArticle(articleSlug, input, {
        by, note: `Restored revision ${number}.`, ...(baseRevision === undefined ? {} : { baseRevision }),
      });
    },
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
