/** The data layer: one typed Kysely handle over SQLite or PostgreSQL, and its migrations. */
export { openDatabase, openPostgres, openSqlite, type DatabaseHandle } from './database.ts';
export { migrateToLatest, type MigrateOutcome } from './migrate.ts';
export { preparedQuery } from './prepared-query.ts';
export { containsText } from './contains-text.ts';
export { translateDbError, DB_ERRORS } from './db.errors.ts';
export type { Database, Db, Dialect } from './database.types.ts';
