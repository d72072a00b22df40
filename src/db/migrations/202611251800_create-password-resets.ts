import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.
// "Forgot password": one-time reset links (only their SHA-256 is kept) and the counts of reset
// requests the rate limit reads, in the database so every node sees the same counts.

export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('password_resets').ifNotExists())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_resets_user_idx').ifNotExists().on('password_resets').column('user_id').execute();
  await db.schema.createIndex('password_resets_expires_idx').ifNotExists().on('password_resets').column('expires_at').execute();

  // Requests per rate-limit key (`email:…`, `address:…`) and minute: counted up in one statement,
  // so simultaneous requests on any node each get their own number; a window is a sum of minutes.
  await db.schema.createTable('password_reset_requests').ifNotExists()
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('minute', 'text', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('password_reset_requests_pk', ['key', 'minute'])
    .execute();
  await db.schema.createIndex('password_reset_requests_minute_idx').ifNotExists().on('password_reset_requests').column('minute').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['password_reset_requests', 'password_resets']) await db.schema.dropTable(table).ifExists().execute();
}
