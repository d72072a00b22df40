import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { visibleArticle, type FullTextStore, type IndexedDocument, type SearchFilters, type SearchHit } from './search.repository.ts';

/** The two tiers of a search: documents with every word; with some word but not every one. */
type MatchMode = 'all' | 'partial';

// bm25 weights in column order: headline, standfirst, body, tags, authors. A word in the
// headline says far more about what the story is than the same word deep in the body.
const WEIGHTS = sql.raw('10.0, 4.0, 1.0, 3.0, 3.0');

/** Each word a quoted FTS5 string: words hold only letters and digits, so no operator can form. */
function matchExpression(words: string[], mode: MatchMode): string {
  const quoted = words.map((w) => `"${w}"`);
  if (mode === 'all') return quoted.join(' AND ');
  return `(${quoted.join(' OR ')}) NOT (${quoted.join(' AND ')})`;
}

/** SQLite: an FTS5 table (porter over unicode61) keyed by article id, ranked by weighted BM25. */
export const sqliteFullText: FullTextStore = {
  async write(db, documents) {
    await this.remove(db, documents.map((d) => d.articleId));
    for (const d of documents) {
      await sql`insert into search_fts (rowid, headline, standfirst, body, tags, authors)
        values (${d.articleId}, ${d.headline}, ${d.standfirst}, ${d.body}, ${d.tags}, ${d.authors})`.execute(db);
    }
    await upsertRows(db, documents);
  },

  async remove(db, articleIds) {
    for (let i = 0; i < articleIds.length; i += 500) {
      const chunk = articleIds.slice(i, i + 500);
      await sql`delete from search_fts where rowid in (${sql.join(chunk)})`.execute(db);
    }
  },

  async find(db, words, filters, nowIso, limit, offset) {
    // Two passes, each cheap in FTS5: the articles with every word, then those with only some.
    const tier = async (mode: MatchMode, count: number, skip: number) => {
      const hits = count > 0 ? await findTier(db, words, mode, filters, nowIso, count, skip) : [];
      if (hits.length > 0) return { ids: hits.map((h) => Number(h.id)), total: Number(hits[0]?.total ?? 0) };
      if (count > 0 && skip === 0) return { ids: [], total: 0 };
      // Past the tier's end, or only its size wanted: counted without ranking.
      return { ids: [], total: await countTier(db, words, mode, filters, nowIso) };
    };
    const full = await tier('all', limit, offset);
    if (words.length === 1) return full;
    const partial = await tier('partial', limit - full.ids.length, Math.max(0, offset - full.total));
    return { ids: [...full.ids, ...partial.ids], total: full.total + partial.total };
  },

  async matchesVisible(db, word, nowIso) {
    const { rows } = await sql`select 1 from search_fts join articles a on a.id = search_fts.rowid
      where search_fts match ${matchExpression([word], 'all')} and ${visibleArticle({}, nowIso)} limit 1`.execute(db);
    return rows.length > 0;
  },
};

async function findTier(db: Db, words: string[], mode: MatchMode, filters: SearchFilters, nowIso: string, limit: number, offset: number) {
  const { rows } = await sql<SearchHit>`
    select m.id, count(*) over () as total
    from (select rowid as id, bm25(search_fts, ${WEIGHTS}) as score from search_fts where search_fts match ${matchExpression(words, mode)}) m
    join articles a on a.id = m.id
    where ${visibleArticle(filters, nowIso)}
    order by m.score, a.published_at desc, a.id desc
    limit ${limit} offset ${offset}`.execute(db);
  return rows;
}

async function countTier(db: Db, words: string[], mode: MatchMode, filters: SearchFilters, nowIso: string): Promise<number> {
  const { rows } = await sql<{ total: number }>`select count(*) as total from search_fts join articles a on a.id = search_fts.rowid
    where search_fts match ${matchExpression(words, mode)} and ${visibleArticle(filters, nowIso)}`.execute(db);
  return Number(rows[0]?.total ?? 0);
}

async function upsertRows(db: Db, documents: IndexedDocument[]): Promise<void> {
  for (let i = 0; i < documents.length; i += 200) {
    const rows = documents.slice(i, i + 200).map((d) => ({ articleId: d.articleId, sourceKey: d.sourceKey, bodyText: d.bodyText, terms: d.terms.join(' ') }));
    await db.insertInto('searchDocuments').values(rows)
      .onConflict((oc) => oc.column('articleId').doUpdateSet((eb) => ({
        sourceKey: eb.ref('excluded.sourceKey'), bodyText: eb.ref('excluded.bodyText'), terms: eb.ref('excluded.terms'),
      })))
      .execute();
  }
}
