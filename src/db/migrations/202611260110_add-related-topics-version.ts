import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// Related lists weigh shared topics, which the topics sweep extracts after an article changes
// and editors then curate. topic_extractions counts each change of an article's topics, and
// related_documents records the count its list was computed from, so a list is recomputed once
// its article's topics arrive or change (a counter, not a time: two changes may share a clock tick).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('topic_extractions').addColumn('topics_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('related_documents').addColumn('source_topics_version', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('related_documents').dropColumn('source_topics_version').execute();
  await db.schema.alterTable('topic_extractions').dropColumn('topics_version').execute();
}
