import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { toPlainText } from '../content/index.ts';
import type { Db, Dialect } from '../db/index.ts';
import {
  applyTermDeltas, deleteDocumentRows, findArticleTexts, findArticleVersions, findChangedVersions, findLabels, findOrphanDocuments, findStoredDocuments,
  findTaxonomyNames, type FullTextStore, type IndexedDocument,
} from './search.repository.ts';
import { normaliseText, vocabularyOf } from './search-text.ts';

const BATCH = 500;
// A body longer than this is indexed by its beginning (PostgreSQL caps a tsvector at 1 MB).
const MAX_BODY_CHARS = 200_000;
// Any fixed number: sweeps on several nodes take turns per batch.
const SWEEP_LOCK_KEY = 7_011_252_110;

/** What a sweep remembers between runs in this process. */
export interface SweepMemory {
  /** A fingerprint of every tag and author name as last indexed; null before the first sweep. */
  taxonomy: string | null;
}

type Labels = Map<number, { tags: string[]; authors: string[] }>;

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * A document's source key: the article's updated time, then a hash of its tag names and bylines
 * (a tag rename or merge changes those without touching any article's updated time).
 */
function sourceKey(updatedAt: string, labels: { tags: string[]; authors: string[] } | undefined): string {
  const tags = [...(labels?.tags ?? [])].sort().join('\u001f');
  return `${updatedAt}#${hash(`${tags}\u001e${(labels?.authors ?? []).join('\u001f')}`)}`;
}

function labelsOf(rows: Awaited<ReturnType<typeof findLabels>>): Labels {
  const labels: Labels = new Map();
  const of = (id: number) => {
    let entry = labels.get(id);
    if (!entry) labels.set(id, entry = { tags: [], authors: [] });
    return entry;
  };
  for (const t of rows.tags) of(t.articleId).tags.push(t.name);
  for (const a of rows.authors) of(a.articleId).authors.push(a.name);
  return labels;
}

/**
 * Brings the search documents up to date with the articles: an article whose document is missing
 * or was made from another version is re-indexed, a deleted article's document goes, and the
 * vocabulary is counted up and down to match. Cheap when nothing changed (the database finds the
 * changed articles; the tag and author tables are read); every article's labels are compared only
 * when a tag or author changed. Idempotent, so several nodes may sweep at once.
 */
export async function sweepSearchIndex(db: Db, dialect: Dialect, store: FullTextStore, memory: SweepMemory): Promise<{ indexed: number; removed: number }> {
  const taxonomy = hash(JSON.stringify(await findTaxonomyNames(db)));
  let stale: number[];
  let labels: Labels | null = null;
  let versions: Awaited<ReturnType<typeof findArticleVersions>>;
  if (taxonomy !== memory.taxonomy) {
    versions = await findArticleVersions(db);
    labels = labelsOf(await findLabels(db, null));
    const all = labels;
    stale = versions.filter((v) => v.sourceKey !== sourceKey(v.updatedAt, all.get(v.id))).map((v) => v.id);
  } else {
    versions = await findChangedVersions(db);
    stale = versions.map((v) => v.id);
  }
  const updatedAt = new Map(versions.map((v) => [v.id, v.updatedAt]));
  let indexed = 0;
  for (let i = 0; i < stale.length; i += BATCH) {
    const ids = stale.slice(i, i + BATCH);
    indexed += await indexBatch(db, dialect, store, ids, updatedAt, labels ?? labelsOf(await findLabels(db, ids)));
  }
  const gone = await findOrphanDocuments(db);
  if (gone.length > 0) {
    await db.transaction().execute(async (trx) => {
      await lock(trx, dialect);
      const old = await findStoredDocuments(trx, gone);
      await store.remove(trx, gone);
      await deleteDocumentRows(trx, gone);
      await applyTermDeltas(trx, termDeltas(old, []));
    });
  }
  memory.taxonomy = taxonomy;
  return { indexed, removed: gone.length };
}

async function indexBatch(db: Db, dialect: Dialect, store: FullTextStore, ids: number[], updatedAt: Map<number, string>, labels: Labels): Promise<number> {
  const documents = (await findArticleTexts(db, ids)).map((row): IndexedDocument => {
    const own = labels.get(row.id);
    const bodyText = toPlainText(row.bodyHtml).slice(0, MAX_BODY_CHARS);
    const tagText = (own?.tags ?? []).join(' ');
    const authorText = (own?.authors ?? []).join(' ');
    return {
      articleId: row.id, sourceKey: sourceKey(updatedAt.get(row.id) ?? row.updatedAt, own), bodyText,
      headline: normaliseText(row.headline), standfirst: normaliseText(row.standfirst), body: normaliseText(bodyText),
      tags: normaliseText(tagText), authors: normaliseText(authorText),
      terms: vocabularyOf([row.headline, row.standfirst, bodyText, tagText, authorText]),
    };
  });
  return db.transaction().execute(async (trx) => {
    await lock(trx, dialect);
    // Another node may have indexed some of these since they were found stale.
    const old = await findStoredDocuments(trx, documents.map((d) => d.articleId));
    const wanted = new Map(documents.map((d) => [d.articleId, d.sourceKey]));
    const current = new Set(old.filter((o) => wanted.get(o.articleId) === o.sourceKey).map((o) => o.articleId));
    const fresh = documents.filter((d) => !current.has(d.articleId));
    await store.write(trx, fresh);
    await applyTermDeltas(trx, termDeltas(old.filter((o) => !current.has(o.articleId)), fresh));
    return fresh.length;
  });
}

function termDeltas(before: { terms: string }[], after: { terms: string[] }[]): Map<string, number> {
  const deltas = new Map<string, number>();
  for (const doc of before) for (const term of doc.terms.split(' ')) if (term) deltas.set(term, (deltas.get(term) ?? 0) - 1);
  for (const doc of after) for (const term of doc.terms) deltas.set(term, (deltas.get(term) ?? 0) + 1);
  return deltas;
}

async function lock(trx: Db, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${SWEEP_LOCK_KEY})`.execute(trx);
}
