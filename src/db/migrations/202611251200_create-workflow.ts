import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// The editorial workflow: each article counts its saved revisions (for conflict detection) and
// may carry an embargo; revisions, state changes, scheduled jobs and preview links get tables.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('embargo_until', 'text').execute();

  await idColumn(db, db.schema.createTable('article_revisions').ifNotExists())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('changed', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('article_revisions_number_uq', ['article_id', 'number'])
    .execute();

  await idColumn(db, db.schema.createTable('article_events').ifNotExists())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_events_article_idx').ifNotExists().on('article_events').columns(['article_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('jobs').ifNotExists())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').ifNotExists().on('jobs').columns(['state', 'run_at']).execute();
  await db.schema.createIndex('jobs_article_idx').ifNotExists().on('jobs').columns(['article_id', 'state']).execute();

  await idColumn(db, db.schema.createTable('preview_links').ifNotExists())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('preview_links_article_idx').ifNotExists().on('preview_links').column('article_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['preview_links', 'jobs', 'article_events', 'article_revisions']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('articles').dropColumn('embargo_until').execute();
  await db.schema.alterTable('articles').dropColumn('revision').execute();
}
