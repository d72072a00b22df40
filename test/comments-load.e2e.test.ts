import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../src/common/clock.ts';
import { openDatabase, type Dialect } from '../src/db/index.ts';
import { createServices } from '../src/server/services.ts';
import { createTestDatabase, DIALECTS, testConfig } from './support/db-matrix.ts';
import { buildArticle } from './support/factories.ts';
import { startServer } from './support/server-process.ts';

// Real `dateline serve` processes taking comments over real HTTP: many at once, and one killed
// with SIGKILL mid-stream. Each reader gets their own address (the server trusts
// X-Forwarded-For here) and email, so the 15 s flood rule never refuses a comment.

interface Answer { status: number; id: number | null; code: string | null }
interface Target { base: string; path: string; stamp: string }

const MIN_FORM_MS = 3_100;

/** A fresh database with one published article, and the env a server needs to serve it. */
async function prepareSite(dialect: Dialect) {
  const db = await createTestDatabase(dialect);
  const config = testConfig(db.dataDir, { databaseUrl: db.url ?? '' });
  const services = createServices(db.handle, config, systemClock);
  const article = await buildArticle(services.writer, { publishedAt: new Date(Date.now() - 86_400_000).toISOString() });
  services.publications.stop();
  await services.purges.stop();
  const env = { DATABASE_URL: db.url ?? '', DATELINE_DATA_DIR: db.dataDir, DATELINE_DEMO: 'off', DATELINE_TRUST_PROXY: 'on', DATELINE_PAGE_CACHE: 'on' };
  return { db, env, path: `/${article.sectionSlug}/${article.slug}/` };
}

/** The form stamp from the article page as a reader's browser receives it, once a reader could have typed. */
async function readForm(base: string, path: string): Promise<Target> {
  const html = await (await fetch(base + path)).text();
  const stamp = /name="stamp" value="([^"]+)"/.exec(html)?.[1];
  if (!stamp) throw new Error(`no form stamp on ${path}`);
  await new Promise((resolve) => setTimeout(resolve, MIN_FORM_MS));
  return { base, path, stamp };
}

/** Reader `n`'s comment text in run `run`. */
const textOf = (run: string, n: number) => `Comment ${n} of run ${run}: the council vote was closer than reported.`;

/** Posts reader `n`'s comment the way site.js does (form body, JSON answer). */
async function postComment(target: Target, run: string, n: number): Promise<Answer> {
  const body = new URLSearchParams({
    comment: textOf(run, n), author: `Reader ${n}`, email: `reader-${n}-${run}@load.example`, url: '',
    contact_website: '', stamp: target.stamp, comment_parent: '0',
  });
  const res = await fetch(target.base + target.path + 'comments', {
    method: 'POST', body,
    headers: { accept: 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
  });
  const json: unknown = await res.json().catch(() => null);
  const record = json && typeof json === 'object' ? json as { id?: unknown; error?: { code?: unknown } } : {};
  return { status: res.status, id: typeof record.id === 'number' ? record.id : null, code: typeof record.error?.code === 'string' ? record.error.code : null };
}

const tally = (answers: Answer[]) => answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});

function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-(child.pid as number), signal);
  return exited;
}

describe.each(DIALECTS)('comments under load on %s', (dialect) => {
  it('stores each of 1,000 comments from 50 concurrent readers exactly once', async () => {
    const site = await prepareSite(dialect);
    const server = await startServer(site.env);
    try {
      const target = await readForm(server.url, site.path);
      const run = randomBytes(3).toString('hex');
      const answers = new Map<number, Answer>();
      let next = 0;
      await Promise.all(Array.from({ length: 50 }, async () => {
        for (let n = next++; n < 1_000; n = next++) answers.set(n, await postComment(target, run, n));
      }));

      expect(tally([...answers.values()])).toEqual({ 201: 1_000 });
      const rows = await site.db.handle.db.selectFrom('comments').select(['id', 'text', 'status']).execute();
      expect(rows).toHaveLength(1_000);
      const stored = new Map(rows.map((r) => [r.id, r]));
      const ids = [...answers.values()].map((a) => a.id);
      expect(new Set(ids).size).toBe(1_000);
      for (const [n, answer] of answers) expect(stored.get(answer.id ?? 0)?.text, `reader ${n}`).toBe(textOf(run, n));
      // First-time commenters with a form a person could have filled: held for review, none taken for spam.
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['pending']));
    } finally {
      await stopServer(server.child);
      await site.db.drop();
    }
  }, 240_000);

  it('stores a comment sent 20 times at once only once and refuses the rest as duplicates', async () => {
    const site = await prepareSite(dialect);
    const server = await startServer(site.env);
    try {
      const target = await readForm(server.url, site.path);
      const run = randomBytes(3).toString('hex');
      const answers = await Promise.all(Array.from({ length: 20 }, () => postComment(target, run, 7)));

      expect(tally(answers)).toEqual({ 201: 1, 409: 19 });
      expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.code))).toEqual(new Set(['COMMENT_DUPLICATE']));
      const rows = await site.db.handle.db.selectFrom('comments').select(['id', 'text']).execute();
      expect(rows).toEqual([{ id: answers.find((a) => a.status === 201)?.id, text: textOf(run, 7) }]);
    } finally {
      await stopServer(server.child);
      await site.db.drop();
    }
  }, 120_000);

  it('keeps every acknowledged comment when the server is killed mid-stream', async () => {
    const site = await prepareSite(dialect);
    // The server alone holds the database when it dies, so the restart really recovers it.
    await site.db.handle.close();
    let server = await startServer(site.env);
    const acknowledged = new Map<number, string>();
    try {
      const target = await readForm(server.url, site.path);
      const run = randomBytes(3).toString('hex');
      let next = 0;
      let killed = false;
      const failures: string[] = [];
      const clients = Promise.all(Array.from({ length: 20 }, async () => {
        for (;;) {
          const n = next++;
          try {
            const answer = await postComment(target, run, n);
            if (answer.status === 201 && answer.id !== null) acknowledged.set(answer.id, textOf(run, n));
            else failures.push(`reader ${n}: ${answer.status} ${answer.code ?? ''}`);
          } catch (error) {
            // After the kill a request dies with the server's connection: it was not acknowledged.
            if (!killed) failures.push(`reader ${n}: ${String(error)}`);
            return;
          }
        }
      }));
      while (acknowledged.size < 200 && failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      killed = true;
      await stopServer(server.child, 'SIGKILL');
      await clients;
      expect(failures).toEqual([]);

      server = await startServer(site.env);
      expect((await fetch(server.url + site.path)).status).toBe(200);
      const handle = openDatabase(testConfig(site.db.dataDir, { databaseUrl: site.db.url ?? '' }));
      try {
        const rows = await handle.db.selectFrom('comments').select(['id', 'text']).execute();
        const stored = new Map(rows.map((r) => [r.id, r.text]));
        const lost = [...acknowledged].filter(([id, text]) => stored.get(id) !== text);
        expect(lost).toEqual([]);
      } finally {
        await handle.close();
      }
      if (dialect === 'sqlite') {
        const raw = new SQLite(join(site.db.dataDir, 'dateline.sqlite'), { readonly: true });
        try { expect(raw.pragma('integrity_check', { simple: true })).toBe('ok'); } finally { raw.close(); }
      }
      // And it takes comments again.
      expect((await postComment(await readForm(server.url, site.path), run, next + 1)).status).toBe(201);
    } finally {
      await stopServer(server.child);
      await site.db.drop();
    }
  }, 240_000);
});
