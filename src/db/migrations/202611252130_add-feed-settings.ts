import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// Whether the site's feeds carry each article's whole body ('full') or its summary only ('summary').

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_settings').addColumn('feed_content', 'text', (c) => c.notNull().defaultTo('full')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_settings').dropColumn('feed_content').execute();
}
