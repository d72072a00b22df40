/**
 * `npm run eval:related -- CORPUS.jsonl [--dialect postgres]`: related-articles quality, measured
 * through the Content API of a fresh instance.
 *
 * The corpus lines `{"id","title","body","category"}` become import lines (`externalId` = id, all
 * in one section, no tags, the category held back) and are loaded by the real
 * `dateline import ndjson` into a new data directory (or a new PostgreSQL database beside
 * DATELINE_EVAL_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test); the import ends
 * once related lists are computed. Each article's related list is then read from
 * GET /api/v1/articles/{slug}, and precision@5 — the share of the first five with the article's
 * category — is printed overall and per category.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config/index.ts';
import { buildApp } from '../src/server/app.ts';
import { startRuntime } from '../src/server/runtime.ts';

interface CorpusLine { id: string; title: string; body: string; category: string }
interface ApiArticle { slug: string; externalId: string | null; related: { externalId: string | null }[] }

const TOP = 5;
const args = process.argv.slice(2);
const dialectAt = args.indexOf('--dialect');
const dialect = dialectAt === -1 ? 'sqlite' : args[dialectAt + 1];
const files = dialectAt === -1 ? args : args.filter((_, i) => i !== dialectAt && i !== dialectAt + 1);
if (files.length !== 1 || (dialect !== 'sqlite' && dialect !== 'postgres')) {
  console.error('usage: npm run eval:related -- CORPUS.jsonl [--dialect sqlite|postgres]');
  process.exit(2);
}
const corpus = readFileSync(resolve(files[0] as string), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l, i) => {
  const value = JSON.parse(l) as Partial<CorpusLine>;
  if (typeof value.id !== 'string' || typeof value.category !== 'string') throw new Error(`line ${i + 1}: needs "id" and "category"`);
  return value as CorpusLine;
});
const categoryOf = new Map(corpus.map((c) => [c.id, c.category]));

const dataDir = mkdtempSync(join(tmpdir(), 'dateline-eval-related-'));
const adminUrl = process.env.DATELINE_EVAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `dateline_eval_${randomBytes(5).toString('hex')}`;
const env = { ...process.env, DATELINE_DATA_DIR: dataDir, DATELINE_DEMO: 'off', DATELINE_LOG_LEVEL: 'silent', DATABASE_URL: '' };

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

try {
  if (dialect === 'postgres') {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
  }
  const importFile = join(dataDir, 'import.ndjson');
  writeFileSync(importFile, corpus.map((c) => JSON.stringify({ externalId: c.id, title: c.title, body: c.body, section: 'News' })).join('\n') + '\n');
  const started = performance.now();
  execFileSync(process.execPath, ['bin/dateline.js', 'import', 'ndjson', importFile], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`imported and indexed ${corpus.length} articles (${dialect}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const runtime = await startRuntime(loadConfig(env));
  const app = await buildApp(runtime);
  try {
    const hits = new Map<string, { hit: number; total: number }>();
    let shortLists = 0;
    for (const item of corpus) {
      const found = await app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${encodeURIComponent(item.id)}` });
      const slug = (found.json() as { items: ApiArticle[] }).items[0]?.slug;
      if (!slug) throw new Error(`article ${item.id} was not imported`);
      const article = (await app.inject({ method: 'GET', url: `/api/v1/articles/${slug}` })).json() as ApiArticle;
      const top = article.related.slice(0, TOP);
      if (top.length < TOP) shortLists += 1;
      const hit = top.filter((r) => r.externalId !== null && categoryOf.get(r.externalId) === item.category).length;
      const entry = hits.get(item.category) ?? { hit: 0, total: 0 };
      entry.hit += hit;
      entry.total += TOP;
      hits.set(item.category, entry);
    }
    const all = [...hits.values()].reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
    console.log(`precision@${TOP}  overall ${(all.hit / all.total).toFixed(3)}  (${corpus.length} articles, ${hits.size} categories${shortLists ? `, ${shortLists} lists shorter than ${TOP}` : ''})`);
    for (const [category, h] of [...hits].sort((a, b) => a[0].localeCompare(b[0]))) {
      console.log(`  ${category.padEnd(16)} ${(h.hit / h.total).toFixed(3)}  (${h.total / TOP} articles)`);
    }
  } finally {
    await app.close();
    await runtime.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'postgres') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
}
