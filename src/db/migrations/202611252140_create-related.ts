import { sql, type Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// Related articles are computed in the background and served from here. related_documents
// records which version of each article the lists were last computed from, so a sweep finds
// what changed; related_links holds each article's ranked list; related_overrides holds the
// editors' pins and exclusions, which survive every recomputation.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('related_documents').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('source_updated_at', 'text', (c) => c.notNull())
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_published_at', 'text')
    .execute();
  await db.schema.createTable('related_links').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_links_pk', ['article_id', 'position'])
    .execute();
  // When an article changes, the lists it appears in are recomputed too.
  await db.schema.createIndex('related_links_related_idx').ifNotExists().on('related_links').column('related_id').execute();
  await db.schema.createTable('related_overrides').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_overrides_pk', ['article_id', 'related_id'])
    .addCheckConstraint('related_overrides_kind_check', sql`kind in ('pin', 'exclude')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('related_overrides').ifExists().execute();
  await db.schema.dropTable('related_links').ifExists().execute();
  await db.schema.dropTable('related_documents').ifExists().execute();
}
