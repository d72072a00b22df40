import type { Db } from '../db/index.ts';
import type { FeaturedImage } from './article.model.ts';
import type { ArticleInput } from './article.input.ts';
import { findArticleById, findPeopleAndTagsFor } from './article.repository.ts';
import { findLatestRevision, insertRevision } from './revision.repository.ts';

/** Everything a newsroom edits of an article, as one revision keeps it. */
export interface RevisionSnapshot {
  headline: string;
  slug: string;
  standfirst: string;
  bodyHtml: string;
  sectionSlug: string;
  authorSlugs: string[];
  /** Tag names. */
  tags: string[];
  language: string;
  image: FeaturedImage | null;
  embargoUntil: string | null;
  /** Search-result title and description; '' means the headline and standfirst serve. */
  seoTitle: string;
  seoDescription: string;
}

/** The field names of a snapshot, in the order a diff lists them. */
export const SNAPSHOT_FIELDS = ['headline', 'slug', 'standfirst', 'bodyHtml', 'sectionSlug', 'authorSlugs', 'tags', 'language', 'image', 'embargoUntil', 'seoTitle', 'seoDescription'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** Reads the editable state of article `id` as it stands in this transaction. */
export async function snapshotArticle(db: Db, id: number): Promise<RevisionSnapshot> {
  const row = await findArticleById(db, id);
  if (!row) throw new Error(`article ${id} vanished inside its own transaction`);
  const links = await findPeopleAndTagsFor(db, [id]);
  return {
    headline: row.headline,
    slug: row.slug,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    sectionSlug: row.sectionSlug,
    authorSlugs: links.filter((l) => l.kind === 'author').map((l) => l.slug),
    tags: links.filter((l) => l.kind === 'tag').map((l) => l.name),
    language: row.language,
    image: row.imageUrl === null ? null : {
      url: row.imageUrl, alt: row.imageAlt ?? '', caption: row.imageCaption ?? '', credit: row.imageCredit ?? '', width: row.imageWidth, height: row.imageHeight,
    },
    embargoUntil: row.embargoUntil,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/** The fields that differ between two snapshots (all of them when there is no previous one). */
export function changedFields(previous: RevisionSnapshot | null, next: RevisionSnapshot): SnapshotField[] {
  if (!previous) return [...SNAPSHOT_FIELDS];
  return SNAPSHOT_FIELDS.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]));
}

/** A snapshot as writer input, to restore it. */
export function snapshotToInput(snapshot: RevisionSnapshot): ArticleInput {
  return {
    headline: snapshot.headline, slug: snapshot.slug, standfirst: snapshot.standfirst, body: snapshot.bodyHtml, bodyFormat: 'html',
    sectionSlug: snapshot.sectionSlug, authorSlugs: snapshot.authorSlugs, tags: snapshot.tags, language: snapshot.language,
    image: snapshot.image, embargoUntil: snapshot.embargoUntil, seoTitle: snapshot.seoTitle, seoDescription: snapshot.seoDescription,
  };
}

/** Parses a stored snapshot; the column is ours, but it is still data from outside the process. */
export function parseSnapshot(text: string): RevisionSnapshot {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || typeof (value as { headline?: unknown }).headline !== 'string') {
    throw new Error('a stored revision is not a snapshot');
  }
  // Revisions kept before the SEO fields existed had none: the article then used its headline
  // and standfirst, which is what '' means, so comparing and restoring them stays truthful.
  return { seoTitle: '', seoDescription: '', ...(value as Omit<RevisionSnapshot, 'seoTitle' | 'seoDescription'>) } as RevisionSnapshot;
}

/**
 * Keeps a revision of article `articleId` as this transaction leaves it, unless nothing editable
 * changed since the last one. Returns the article's revision number afterwards.
 */
export async function recordRevision(db: Db, articleId: number, currentNumber: number, userId: number | null, nowIso: string, note = ''): Promise<number> {
  const snapshot = await snapshotArticle(db, articleId);
  const latest = await findLatestRevision(db, articleId);
  const changed = changedFields(latest ? parseSnapshot(latest.snapshot) : null, snapshot);
  if (latest && changed.length === 0) return currentNumber;
  const number = Math.max(currentNumber, latest?.number ?? 0) + 1;
  await insertRevision(db, { articleId, number, userId, createdAt: nowIso, changed, snapshot: JSON.stringify(snapshot), note });
  return number;
}
