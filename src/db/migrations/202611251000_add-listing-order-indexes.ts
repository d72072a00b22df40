import type { Kysely } from 'kysely';

// Frozen: never edit once merged; add a new migration instead.
// Lists order by (published_at desc, id desc); with id in the index the database reads the first
// rows of a page straight off it instead of sorting every matching article.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_status_published_idx').ifExists().execute();
  await db.schema.dropIndex('articles_section_status_published_idx').ifExists().execute();
  await db.schema.createIndex('articles_status_published_id_idx').ifNotExists()
    .on('articles').columns(['status', 'published_at', 'id']).execute();
  await db.schema.createIndex('articles_section_status_published_id_idx').ifNotExists()
    .on('articles').columns(['section_id', 'status', 'published_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('articles_status_published_id_idx').ifExists().execute();
  await db.schema.dropIndex('articles_section_status_published_id_idx').ifExists().execute();
  await db.schema.createIndex('articles_status_published_idx').ifNotExists()
    .on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_section_status_published_idx').ifNotExists()
    .on('articles').columns(['section_id', 'status', 'published_at']).execute();
}
