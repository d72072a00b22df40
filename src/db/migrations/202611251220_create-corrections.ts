import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// Corrections and clarifications appended to published articles. A correction goes with its
// article (cascade); the user who wrote it may leave the newsroom without taking it along.

export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('corrections').ifNotExists())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('corrections_kind_check', sql`kind in ('correction', 'clarification')`)
    .execute();
  // The article page reads one article's corrections; /corrections/ reads all, newest first.
  await db.schema.createIndex('corrections_article_idx').ifNotExists().on('corrections').columns(['article_id', 'created_at']).execute();
  await db.schema.createIndex('corrections_created_idx').ifNotExists().on('corrections').columns(['created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('corrections').ifExists().execute();
}
