import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// Who created an article decides what "their own" means for authors and contributors.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.createIndex('articles_created_by_idx').ifNotExists().on('articles').column('created_by').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_created_by_idx').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('created_by').execute();
}
