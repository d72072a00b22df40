import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// The site's IANA time zone, for showing the newsroom (and later readers) local times; UTC until set.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_settings').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('site_settings').dropColumn('time_zone').execute();
}
