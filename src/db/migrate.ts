import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import type { Database } from './database.types.ts';
import { AppError } from '../common/app-error.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** What a migration run did, one entry per migration touched. */
export interface MigrateOutcome {
  ok: boolean;
  results: MigrationResult[];
}

/**
 * Brings the schema up to date. Safe to run from several processes at once: Kysely takes a
 * lock table (and an advisory lock on PostgreSQL).
 * @throws AppError DB_MIGRATION_FAILED naming the migration that failed.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrateOutcome> {
  // Migrations name columns in snake_case themselves and are typed against no schema.
  const plain = db.withoutPlugins() as unknown as Kysely<unknown>;
  const migrator = new Migrator({ db: plain, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('DB_MIGRATION_FAILED', 500, `migration ${failed} failed: ${(error as Error).message}`, { cause: error, expose: true });
  }
  return { ok: true, results };
}
