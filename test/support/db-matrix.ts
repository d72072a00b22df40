import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { fixedClock } from '../../src/common/clock.ts';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { migrateToLatest, openPostgres, openSqlite, type DatabaseHandle, type Dialect } from '../../src/db/index.ts';
import { createServices, type Services } from '../../src/server/services.ts';

/** The dialects every data-layer test runs on: SQLite always, PostgreSQL when a server is reachable. */
export const DIALECTS: Dialect[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, migrated, empty database of one dialect, dropped by `drop()`. */
export async function createTestDatabase(dialect: Dialect): Promise<{ handle: DatabaseHandle; url: string | null; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
  if (dialect === 'sqlite') {
    const handle = openSqlite(join(dataDir, 'dateline.sqlite'));
    await migrateToLatest(handle.db);
    return { handle, url: null, dataDir, drop: async () => { await handle.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const baseUrl = inject('postgresUrl');
  if (!baseUrl) throw new Error('PostgreSQL is not available for this run');
  const name = `dateline_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString());
  await migrateToLatest(handle.db);
  return {
    handle, url: url.toString(), dataDir,
    drop: async () => {
      await handle.close();
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

/** The instant every test's clock starts at. */
export const TEST_NOW = new Date('2026-11-20T12:00:00.000Z');

/** A test configuration: quiet, cache on, no demo; override what a case needs. */
export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Readonly<Config> {
  return loadConfig({}, { dataDir, demo: 'off', logLevel: 'silent', siteUrl: 'https://news.example.test', ...overrides });
}

/** Services over a fresh database of `dialect`, with a fixed clock. */
export async function createTestServices(dialect: Dialect, overrides: Partial<Config> = {}) {
  const db = await createTestDatabase(dialect);
  const clock = fixedClock(TEST_NOW);
  const services: Services = createServices(db.handle, testConfig(db.dataDir, overrides), clock);
  return { ...services, clock, db, close: async () => { services.indexing.stop(); services.publications.stop(); services.comments.close(); await services.purges.stop(); await db.drop(); } };
}
