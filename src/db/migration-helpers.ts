import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/** True when `db` talks to PostgreSQL; the one place migrations may ask. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Adds an auto-incrementing integer `id` primary key in each dialect's own way
 * (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT; PostgreSQL's identity column).
 */
export function idColumn<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
