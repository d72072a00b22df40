import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// Topics: people, places and organisations named in articles. Extraction fills article_topics
// in the background; editors confirm, reject, rename, merge and hide.

export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('topics').ifNotExists())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    // Confirmed by an editor: the topic has a page whatever its article count.
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into', 'integer', (c) => c.references('topics.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('topics_kind_check', sql`kind in ('person', 'place', 'organization')`)
    .execute();

  // Every spelling that leads to a topic (its names before renames included), so extraction
  // finds a renamed or merged topic again instead of creating a new one.
  await db.schema.createTable('topic_aliases').ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .execute();

  // A renamed topic's old slugs; each answers 301 to the topic's current page.
  await db.schema.createTable('topic_redirects').ifNotExists()
    .addColumn('old_slug', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .execute();

  await db.schema.createTable('article_topics').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_topics_pk', ['article_id', 'topic_id'])
    .addCheckConstraint('article_topics_source_check', sql`source in ('extracted', 'editor')`)
    .execute();
  await db.schema.createIndex('article_topics_topic_idx').ifNotExists().on('article_topics').columns(['topic_id', 'article_id']).execute();

  // What an editor took off an article: a re-extraction never brings it back.
  await db.schema.createTable('article_topic_rejections').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_topic_rejections_pk', ['article_id', 'topic_id'])
    .execute();

  // The sweep's bookmark per article: the updated_at it extracted from, and whether the article
  // was visible then (publishing by schedule changes that without touching updated_at).
  await db.schema.createTable('topic_extractions').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('source_updated_at', 'text', (c) => c.notNull())
    .addColumn('visible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extracted_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['topic_extractions', 'article_topic_rejections', 'article_topics', 'topic_redirects', 'topic_aliases', 'topics']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
