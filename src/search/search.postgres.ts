import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { visibleArticle, type FullTextStore, type IndexedDocument, type SearchHit } from './search.repository.ts';

// ts_rank's weights run D, C, B, A: body C, standfirst/tags/bylines B, headline A. Normalisation
// 1 divides by 1 + log(length), so a long story does not win merely by being long.
const rank = (query: 'q.all_words' | 'q.some_words') => sql.raw(`ts_rank('{0.05, 0.2, 0.45, 1.0}'::float4[], d.document, ${query}, 1)`);

/** plainto_tsquery reads its text as words only (operators are not syntax there). */
function tsQuery(words: string[], mode: 'all' | 'any') {
  return mode === 'all'
    ? sql`plainto_tsquery('english', ${words.join(' ')})`
    : sql.join(words.map((w) => sql`plainto_tsquery('english', ${w})`), sql` || `);
}

function documentVector(d: IndexedDocument) {
  return sql`setweight(to_tsvector('english', ${d.headline}), 'A')
    || setweight(to_tsvector('english', ${d.standfirst}), 'B')
    || setweight(to_tsvector('english', ${`${d.tags} ${d.authors}`}), 'B')
    || setweight(to_tsvector('english', ${d.body}), 'C')`;
}

/** PostgreSQL: a weighted tsvector (english config) on each document row, under a GIN index. */
export const postgresFullText: FullTextStore = {
  async write(db, documents) {
    for (let i = 0; i < documents.length; i += 100) {
      const rows = documents.slice(i, i + 100).map((d) => ({
        articleId: d.articleId, sourceKey: d.sourceKey, bodyText: d.bodyText, terms: d.terms.join(' '), document: documentVector(d),
      }));
      // `document` is PostgreSQL-only, so it is not in the shared table type.
      await db.insertInto('searchDocuments').values(rows as never)
        .onConflict((oc) => oc.column('articleId').doUpdateSet((eb) => ({
          sourceKey: eb.ref('excluded.sourceKey'), bodyText: eb.ref('excluded.bodyText'), terms: eb.ref('excluded.terms'),
          document: sql`excluded.document`,
        }) as never))
        .execute();
    }
  },

  // The tsvector lives on the document row, which the caller deletes.
  async remove() {},

  async find(db, words, filters, nowIso, limit, offset) {
    // One pass over every article with some word; those with all of them first, ranked by the
    // all-words query (which rewards the words standing close), the rest by the any-word one.
    // Ranked before the join, in a materialised CTE: joined first, the planner hashed every
    // matching vector (spilling to disk for a common word), and the window that counts the
    // matches carried them all again. Ranking a draft or two that the join then drops costs less.
    const { rows } = await sql<SearchHit>`
      with ranked as materialized (
        select d.article_id as id, d.document @@ q.all_words as has_all,
          case when d.document @@ q.all_words then ${rank('q.all_words')} else ${rank('q.some_words')} end as rank
        from search_documents d cross join (select ${tsQuery(words, 'any')} as some_words, ${tsQuery(words, 'all')} as all_words) q
        where d.document @@ q.some_words
      )
      select r.id, count(*) over () as total
      from ranked r join articles a on a.id = r.id
      where ${visibleArticle(filters, nowIso)}
      order by r.has_all desc, r.rank desc, a.published_at desc, a.id desc
      limit ${limit} offset ${offset}`.execute(db);
    if (rows.length > 0) return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]?.total ?? 0) };
    if (offset === 0) return { ids: [], total: 0 };
    // Past the last page: counted from the GIN index alone, without reading a vector.
    const counted = await sql<{ total: number }>`
      select count(*) as total from search_documents d join articles a on a.id = d.article_id
      where d.document @@ (${tsQuery(words, 'any')}) and ${visibleArticle(filters, nowIso)}`.execute(db);
    return { ids: [], total: Number(counted.rows[0]?.total ?? 0) };
  },

  async matchesVisible(db, word, nowIso) {
    const { rows } = await sql`select 1 from search_documents d join articles a on a.id = d.article_id
      where d.document @@ plainto_tsquery('english', ${word}) and ${visibleArticle({}, nowIso)} limit 1`.execute(db);
    return rows.length > 0;
  },
};
