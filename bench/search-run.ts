// `npm run bench:search`: the search case of the benchmark alone, on SQLite or — with
// DATABASE_URL=postgres://… pointing at an empty database — on PostgreSQL. Seeds 10,000 articles
// in batches (BENCH_SEARCH_ARTICLES to change), builds the search index, measures, and removes
// what it wrote (SQLite: the temporary directory; PostgreSQL: every article it seeded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.ts';
import { startRuntime } from '../src/server/runtime.ts';
import { benchSearch } from './search.ts';
import { seedDatabase } from './seed.ts';

const databaseUrl = process.env.DATABASE_URL ?? '';
const dataDir = mkdtempSync(join(tmpdir(), 'dateline-bench-search-'));
const runtime = await startRuntime(loadConfig({}, { dataDir, databaseUrl, logLevel: 'warn', siteUrl: 'https://news.example.org', pageCache: 'off' }));
try {
  if ((await runtime.writer.countArticles()) > 0) throw new Error('the database at DATABASE_URL already holds articles; point it at an empty database');
  console.log(`database: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'SQLite'}`);
  const seeded = await seedDatabase(runtime, Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000), 'batch', console.log);
  console.log(`seeded ${seeded.total.toLocaleString('en-GB')} articles in ${seeded.seconds.toFixed(1)} s`);
  await benchSearch(runtime, console.log, { searchOnly: true });
} finally {
  if (databaseUrl) await runtime.writer.deleteAll();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
