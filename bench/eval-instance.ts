/**
 * The fresh instance behind `npm run eval:related` and `npm run eval:search`: a labelled corpus of
 * lines `{"id","title","body",…}` becomes import lines (`externalId` = id, all in one section, no
 * tags, every other field held back), loaded by the real `dateline import ndjson` into a new data
 * directory — or a new PostgreSQL database beside DATELINE_EVAL_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/test) — and the Fastify app on it is handed to `use`.
 * Everything is removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/config/index.ts';
import { buildApp } from '../src/server/app.ts';
import { startRuntime } from '../src/server/runtime.ts';

export type EvalDialect = 'sqlite' | 'postgres';

export interface CorpusLine { id: string; title: string; body: string; category?: string }

/** The command line shared by both evaluations: file arguments and `--dialect sqlite|postgres`. */
export function parseEvalArgs(argv: string[], files: number, usage: string): { files: string[]; dialect: EvalDialect } {
  const at = argv.indexOf('--dialect');
  const dialect = at === -1 ? 'sqlite' : argv[at + 1];
  const rest = at === -1 ? argv : argv.filter((_, i) => i !== at && i !== at + 1);
  if (rest.length !== files || (dialect !== 'sqlite' && dialect !== 'postgres')) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { files: rest, dialect };
}

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

/** Imports `corpus` into a fresh instance on `dialect`, then runs `use` against its app. */
export async function withImportedCorpus<T>(corpus: CorpusLine[], dialect: EvalDialect, use: (app: FastifyInstance) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-eval-'));
  const adminUrl = process.env.DATELINE_EVAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database = `dateline_eval_${randomBytes(5).toString('hex')}`;
  const env = { ...process.env, DATELINE_DATA_DIR: dataDir, DATELINE_DEMO: 'off', DATELINE_LOG_LEVEL: 'silent', DATABASE_URL: '' };
  try {
    if (dialect === 'postgres') {
      await admin(adminUrl, `CREATE DATABASE ${database}`);
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
      return await use(app);
    } finally {
      await app.close();
      await runtime.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  }
}
