import type { Selectable } from 'kysely';
import { preparedQuery, type Db } from '../db/index.ts';
import type { CorrectionKind, CorrectionTable } from './corrections.table.ts';

/** A correction as stored. */
export type CorrectionRow = Selectable<CorrectionTable>;

/** A correction on the public log, with what a reader needs to find its article. */
export interface CorrectionLogRow {
  id: number;
  kind: CorrectionKind;
  text: string;
  createdAt: string;
  updatedAt: string;
  articleId: number;
  headline: string;
  slug: string;
  sectionId: number;
  sectionName: string;
  sectionSlug: string;
}

const COLUMNS = ['c.id', 'c.articleId', 'c.kind', 'c.text', 'c.createdBy', 'c.createdAt', 'c.updatedAt'] as const;

export async function insertCorrection(db: Db, row: { articleId: number; kind: CorrectionKind; text: string; createdBy: number | null; at: string }): Promise<number> {
  const { id } = await db.insertInto('corrections')
    .values({ articleId: row.articleId, kind: row.kind, text: row.text, createdBy: row.createdBy, createdAt: row.at, updatedAt: row.at })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

/** One correction by id, if it belongs to `articleId`. */
export function findCorrection(db: Db, articleId: number, id: number): Promise<CorrectionRow | undefined> {
  return db.selectFrom('corrections as c').select(COLUMNS).where('c.id', '=', id).where('c.articleId', '=', articleId).executeTakeFirst();
}

/** Every correction of one article, oldest first (the order they were made). On every article render, so prepared once. */
export function findCorrectionsOfArticle(db: Db, articleId: number): Promise<CorrectionRow[]> {
  return correctionsOfArticle(db, articleId);
}

const correctionsOfArticle = preparedQuery((db: Db, articleId: number) => db.selectFrom('corrections as c').select(COLUMNS)
  .where('c.articleId', '=', articleId).orderBy('c.createdAt', 'asc').orderBy('c.id', 'asc'));

export async function updateCorrection(db: Db, id: number, changes: { kind?: CorrectionKind; text?: string; updatedAt: string }): Promise<void> {
  await db.updateTable('corrections').set(changes).where('id', '=', id).execute();
}

export async function deleteCorrection(db: Db, id: number): Promise<void> {
  await db.deleteFrom('corrections').where('id', '=', id).execute();
}

/** Moves an article's modified time (a correction changes what readers see of it). */
export async function touchArticle(db: Db, articleId: number, updatedAt: string): Promise<void> {
  await db.updateTable('articles').set({ updatedAt }).where('id', '=', articleId).execute();
}

// Only corrections of articles readers can see: published, and their time has come.
function publicLog(db: Db, nowIso: string) {
  return db.selectFrom('corrections as c')
    .innerJoin('articles as a', 'a.id', 'c.articleId')
    .innerJoin('sections as s', 's.id', 'a.sectionId')
    .where('a.status', '=', 'published')
    .where('a.publishedAt', '<=', nowIso);
}

/** One page of corrections of publicly visible articles, newest first. */
export function findPublicCorrections(db: Db, nowIso: string, limit: number, offset: number): Promise<CorrectionLogRow[]> {
  return publicLog(db, nowIso)
    .select(['c.id', 'c.kind', 'c.text', 'c.createdAt', 'c.updatedAt', 'c.articleId', 'a.headline', 'a.slug', 'a.sectionId', 's.name as sectionName', 's.slug as sectionSlug'])
    .orderBy('c.createdAt', 'desc').orderBy('c.id', 'desc')
    .limit(limit).offset(offset)
    .execute();
}

/** How many corrections of publicly visible articles there are. */
export async function countPublicCorrections(db: Db, nowIso: string): Promise<number> {
  const row = await publicLog(db, nowIso).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
