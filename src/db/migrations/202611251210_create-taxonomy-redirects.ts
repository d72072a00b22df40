import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// A renamed or merged section, tag or author keeps its old public address as a 301 to the new one.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('taxonomy_redirects').ifNotExists()
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('old_slug', 'text', (c) => c.notNull())
    .addColumn('new_slug', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('taxonomy_redirects_pk', ['kind', 'old_slug'])
    .execute();
  // Chains collapse by rewriting every redirect that points at a slug being renamed.
  await db.schema.createIndex('taxonomy_redirects_target_idx').ifNotExists()
    .on('taxonomy_redirects').columns(['kind', 'new_slug']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('taxonomy_redirects').ifExists().execute();
}
