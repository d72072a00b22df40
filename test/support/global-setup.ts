import pg from 'pg';
import { buildAdmin } from '../../bin/build-admin.js';
import type { TestProject } from 'vitest/node';

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server for the dialect matrix, or null when none is reachable. */
    postgresUrl: string | null;
  }
}

/**
 * Decides once whether the PostgreSQL leg runs. It runs whenever a server answers; with
 * DATELINE_REQUIRE_POSTGRES=1 (as in CI) an unreachable server fails the run instead of skipping.
 */
export default async function setup(project: TestProject): Promise<void> {
  // Browser and HTTP tests of the newsroom app need its build, as `npm start` makes it.
  await buildAdmin({ quiet: true });
  const url = process.env.DATELINE_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresUrl', url);
    console.log(`\n[dateline] PostgreSQL leg ON: data-layer and HTTP tests run on SQLite and on ${url.replace(/\/\/[^@]*@/, '//')}\n`);
  } catch (error) {
    if (process.env.DATELINE_REQUIRE_POSTGRES === '1') {
      throw new Error(`PostgreSQL is required (DATELINE_REQUIRE_POSTGRES=1) but ${url} is unreachable: ${(error as Error).message}`);
    }
    project.provide('postgresUrl', null);
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n[dateline] PostgreSQL is NOT reachable at ${url}: the PostgreSQL leg is SKIPPED.\n[dateline] Start PostgreSQL (see README) or set DATELINE_TEST_POSTGRES_URL. CI never skips it.\n${bar}\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
