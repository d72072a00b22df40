import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// An imported article's identifier in the system it came from, so a re-run of the import finds
// it again instead of adding a copy. Both databases let a unique index hold many NULLs, so
// articles written here (no external id) never collide.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('external_id', 'text').execute();
  await db.schema.createIndex('articles_external_id_unique').on('articles').column('external_id').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_external_id_unique').execute();
  await db.schema.alterTable('articles').dropColumn('external_id').execute();
}
