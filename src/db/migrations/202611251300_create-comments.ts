import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// Reader comments: the comments themselves, the site's comment policy, a per-article switch,
// the flood-control marks, and the secrets the site generates for itself (shared by every node,
// so they live in the database rather than in one machine's data folder).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('comments_open', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  await idColumn(db, db.schema.createTable('comments').ifNotExists())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('set null'))
    // The top-level comment of the thread (null for a top-level comment): a page of threads is
    // read with one query whatever the depth.
    .addColumn('root_id', 'integer')
    .addColumn('depth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_before_trash', 'text')
    .addColumn('held_reason', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('author_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('avatar_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    // A hash of article, parent, name, email and text: the same comment twice is refused by the
    // database itself, so two simultaneous posts cannot both land.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('comments_status_check', sql`status in ('pending', 'approved', 'spam', 'trash')`)
    .execute();
  await db.schema.createIndex('comments_fingerprint_uq').ifNotExists().unique().on('comments').column('fingerprint').execute();
  await db.schema.createIndex('comments_article_idx').ifNotExists().on('comments').columns(['article_id', 'parent_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_root_idx').ifNotExists().on('comments').columns(['root_id', 'status']).execute();
  await db.schema.createIndex('comments_queue_idx').ifNotExists().on('comments').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('comments_email_idx').ifNotExists().on('comments').columns(['author_email', 'status']).execute();

  await db.schema.createTable('comment_settings').ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('moderation', 'text', (c) => c.notNull().defaultTo('first-time'))
    .addColumn('close_after_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hold_links', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('moderation_words', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('blocked_words', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('min_form_seconds', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('flood_seconds', 'integer', (c) => c.notNull().defaultTo(15))
    .addColumn('notify_moderators', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema.createTable('comment_flood').ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('app_secrets').ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_secrets').ifExists().execute();
  await db.schema.dropTable('comment_flood').ifExists().execute();
  await db.schema.dropTable('comment_settings').ifExists().execute();
  await db.schema.dropTable('comments').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('comments_open').execute();
}
