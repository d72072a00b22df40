import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// One row, ever: the first-run setup inserts it in the same transaction as the first
// administrator, so two people racing through setup cannot both become administrators.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('setup_claim').ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('setup_claim').ifExists().execute();
}
