import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// What search engines and link previews show of an article when it should differ from the
// headline and standfirst; empty means "use those".

export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('articles').addColumn('seo_title', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('articles').addColumn('seo_description', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('seo_description').execute();
  await db.schema.alterTable('articles').dropColumn('seo_title').execute();
}
