import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Config } from '../config/index.ts';
import type { Database, Dialect } from './database.types.ts';

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** For SQLite only: the raw connection, used to notice commits made by other processes. */
  sqlite: SQLite.Database | null;
  /** For PostgreSQL only: the connection string, for LISTEN connections. */
  postgresUrl: string | null;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (count(*)) as text; our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Opens the database named by the configuration: PostgreSQL when DATABASE_URL is set, else SQLite in dataDir. */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseHandle {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(join(config.dataDir, 'dateline.sqlite'), config.dataDir);
}

const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely prepares every query afresh; compiling SQL is a measurable share of a page render,
 * and a page issues the same few statements each time. Statements are kept per SQL text.
 */
function cachePreparedStatements(sqlite: SQLite.Database): void {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement) return statement;
    statement = prepare(source);
    if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
    statements.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens a PostgreSQL pool at `url`. */
export function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not take the process down with it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'postgres', sqlite: null, postgresUrl: url, close: () => db.destroy() };
}

/** Opens (creating if needed) the SQLite file at `file`, in WAL mode. */
export function openSqlite(file: string, dir?: string): DatabaseHandle {
  if (dir) mkdirSync(dir, { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Without table statistics SQLite's planner scans whole tables where an index would do;
  // optimize gathers them when missing or stale, cheaply.
  sqlite.pragma('optimize = 0x10002');
  cachePreparedStatements(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'sqlite', sqlite, postgresUrl: null, close: () => db.destroy() };
}
