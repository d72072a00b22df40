/**
 * `npm run eval:search -- CORPUS.jsonl QUERIES.jsonl [--dialect postgres]`: search quality,
 * measured through the Content API of a fresh instance.
 *
 * The corpus lines `{"id","title","body","category"}` become import lines (`externalId` = id, all
 * in one section, the category held back) and are loaded by the real `dateline import ndjson`
 * into a new data directory (or a new PostgreSQL database beside DATELINE_EVAL_POSTGRES_URL,
 * default postgres://postgres@127.0.0.1:5432/test). Each query `{"query","relevant":[ids],"kind"?}` is
 * then asked of GET /api/v1/search, and the top ten are scored: MRR (1/rank of the first
 * relevant result, 0 past ten), success@1 and recall@10, overall and per kind.
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

interface CorpusLine { id: string; title: string; body: string; category?: string }
interface QueryLine { query: string; relevant: string[]; kind?: string }
interface Score { query: string; kind: string; rr: number; success: number; recall: number; top: string[] }

const args = process.argv.slice(2);
const dialectAt = args.indexOf('--dialect');
const dialect = dialectAt === -1 ? 'sqlite' : args[dialectAt + 1];
const files = dialectAt === -1 ? args : args.filter((_, i) => i !== dialectAt && i !== dialectAt + 1);
if (files.length !== 2 || (dialect !== 'sqlite' && dialect !== 'postgres')) {
  console.error('usage: npm run eval:search -- CORPUS.jsonl QUERIES.jsonl [--dialect sqlite|postgres]');
  process.exit(2);
}
const readJsonLines = <T>(file: string): T[] => readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
const corpus = readJsonLines<CorpusLine>(files[0] as string);
const queries = readJsonLines<QueryLine>(files[1] as string);

const dataDir = mkdtempSync(join(tmpdir(), 'dateline-eval-search-'));
const adminUrl = process.env.DATELINE_EVAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `dateline_eval_${randomBytes(5).toString('hex')}`;
const env = { ...process.env, DATELINE_DATA_DIR: dataDir, DATELINE_DEMO: 'off', DATELINE_LOG_LEVEL: 'silent', DATABASE_URL: '' };

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

function score(query: QueryLine, top: string[]): Score {
  const relevant = new Set(query.relevant);
  const rank = top.findIndex((id) => relevant.has(id)) + 1;
  const found = top.filter((id) => relevant.has(id)).length;
  return { query: query.query, kind: query.kind ?? 'all', rr: rank === 0 ? 0 : 1 / rank, success: rank === 1 ? 1 : 0, recall: found / relevant.size, top };
}

function line(label: string, scores: Score[]): string {
  const mean = (pick: (s: Score) => number) => (scores.reduce((sum, s) => sum + pick(s), 0) / scores.length).toFixed(3);
  return `${label.padEnd(12)} n=${String(scores.length).padStart(3)}  MRR ${mean((s) => s.rr)}  success@1 ${mean((s) => s.success)}  recall@10 ${mean((s) => s.recall)}`;
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
  console.log(`imported ${corpus.length} articles (${dialect}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const runtime = await startRuntime(loadConfig(env));
  const app = await buildApp(runtime);
  try {
    const scores: Score[] = [];
    for (const query of queries) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/search?limit=10&q=${encodeURIComponent(query.query)}` });
      if (response.statusCode !== 200) throw new Error(`"${query.query}": HTTP ${response.statusCode} ${response.body}`);
      const body = response.json() as { items: { externalId: string | null }[]; correctedQuery: string | null };
      const result = score(query, body.items.map((i) => i.externalId ?? ''));
      scores.push(result);
      if (result.rr < 1 || result.recall < 1) {
        console.log(`  miss: "${query.query}"${body.correctedQuery ? ` (searched "${body.correctedQuery}")` : ''} → ${result.top.join(', ') || 'nothing'}; wanted ${query.relevant.join(', ')}`);
      }
    }
    console.log(line('overall', scores));
    const kinds = [...new Set(scores.map((s) => s.kind))];
    if (kinds.length > 1 || kinds[0] !== 'all') for (const kind of kinds) console.log(line(kind, scores.filter((s) => s.kind === kind)));
  } finally {
    await app.close();
    await runtime.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'postgres') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
}
