import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { toPlainText } from '../content/index.ts';
import type { Db, Dialect } from '../db/index.ts';
import {
  applyTermDeltas, deleteDocumentRows, findArticleTexts, findDocumentKeys, findSources, findStoredDocuments,
  type FullTextStore, type IndexedDocument,
} from './search.repository.ts';
import { normaliseText, vocabularyOf } from './search-text.ts';

const BATCH = 500;
// A body longer than this is indexed by its beginning (PostgreSQL caps a tsvector at 1 MB).
const MAX_BODY_CHARS = 200_000;
// Any fixed number: sweeps on several nodes take turns per batch.
const SWEEP_LOCK_KEY = 7_011_252_110;

interface Source { updatedAt: string; tags: string[]; authors: string[] }

function sourceKey(source: Source): string {
  const text = [source.updatedAt, [...source.tags].sort().join('\u001f'), source.authors.join('\u001f')].join('\u001e');
  return createHash('sha1').update(text).digest('base64url');
}

/**
 * Brings the search documents up to date with the articles: an article whose document is missing
 * or was made from another version (its updated time, tag names or bylines; a tag rename touches
 * no article's updated time) is re-indexed, a deleted article's document goes, and the vocabulary
 * is counted up and down to match. Idempotent, so several nodes may sweep at once.
 */
export async function sweepSearchIndex(db: Db, dialect: Dialect, store: FullTextStore): Promise<{ indexed: number; removed: number }> {
  const [{ articles, tags, authors }, documents] = await Promise.all([findSources(db), findDocumentKeys(db)]);
  const sources = new Map<number, Source>(articles.map((a) => [a.id, { updatedAt: a.updatedAt, tags: [], authors: [] }]));
  for (const t of tags) sources.get(t.articleId)?.tags.push(t.name);
  for (const a of authors) sources.get(a.articleId)?.authors.push(a.name);
  const stored = new Map(documents.map((d) => [d.articleId, d.sourceKey]));

  const stale = [...sources].filter(([id, source]) => stored.get(id) !== sourceKey(source)).map(([id]) => id);
  const gone = [...stored.keys()].filter((id) => !sources.has(id));
  let indexed = 0;
  for (let i = 0; i < stale.length; i += BATCH) {
    indexed += await indexBatch(db, dialect, store, stale.slice(i, i + BATCH), sources);
  }
  if (gone.length > 0) {
    await db.transaction().execute(async (trx) => {
      await lock(trx, dialect);
      const old = await findStoredDocuments(trx, gone);
      await store.remove(trx, gone);
      await deleteDocumentRows(trx, gone);
      await applyTermDeltas(trx, termDeltas(old, []));
    });
  }
  return { indexed, removed: gone.length };
}

async function indexBatch(db: Db, dialect: Dialect, store: FullTextStore, ids: number[], sources: Map<number, Source>): Promise<number> {
  const documents = (await findArticleTexts(db, ids)).flatMap((row): IndexedDocument[] => {
    const source = sources.get(row.id);
    if (!source) return [];
    const bodyText = toPlainText(row.bodyHtml).slice(0, MAX_BODY_CHARS);
    const tagText = source.tags.join(' ');
    const authorText = source.authors.join(' ');
    return [{
      articleId: row.id, sourceKey: sourceKey(source), bodyText,
      headline: normaliseText(row.headline), standfirst: normaliseText(row.standfirst), body: normaliseText(bodyText),
      tags: normaliseText(tagText), authors: normaliseText(authorText),
      terms: vocabularyOf([row.headline, row.standfirst, bodyText, tagText, authorText]),
    }];
  });
  return db.transaction().execute(async (trx) => {
    await lock(trx, dialect);
    // Another node may have indexed some of these since they were found stale.
    const old = await findStoredDocuments(trx, documents.map((d) => d.articleId));
    const current = new Set(old.filter((o) => documents.some((d) => d.articleId === o.articleId && d.sourceKey === o.sourceKey)).map((o) => o.articleId));
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
