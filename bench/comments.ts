// The comment-posting part of `npm run bench`: a `dateline serve` process behind a (pretend)
// proxy takes comments on the bench article from 20 autocannon connections, first as the
// default policy holds them (first-time commenters), then with moderation 'open' (approved at
// once, so every comment also purges the article's pages). Every request is a new reader with
// their own address and email, so the flood and duplicate rules refuse nothing.
import autocannon from 'autocannon';
import { loadConfig } from '../src/config/index.ts';
import { startRuntime } from '../src/server/runtime.ts';
import type { CaseResult } from './load.ts';
import { cpuSnapshot, freePort, httpGet, otherCores, serverCpu, startChild, waitQuiet, type Child } from './procs.ts';

/** Connections posting comments at once. */
export const COMMENT_CONNECTIONS = 20;
// The form stamp must be this old, or the comment is judged too fast and filed as spam.
const FORM_WAIT_MS = 3_100;

export interface CommentBenchOptions {
  dataDir: string;
  databaseUrl: string;
  siteUrl: string;
  articlePath: string;
  duration: number;
  warmup: number;
  /** Cores other processes may use during a case before it is measured again. */
  maxOtherCpu: number;
  log(line?: string): void;
}

export type CommentCaseResult = CaseResult & { serverCpuCores: number | null; serverCpuMsPerRequest: number | null; otherCpuCores: number | null };

/** What the comment part measured, and what the database holds afterwards. */
export interface CommentBenchResult {
  connections: number;
  cases: { held: CommentCaseResult; approved: CommentCaseResult };
  stored: Record<string, number>;
  serverPeakRssBytes: number | null;
}

let reader = 0;

/**
 * Loads `POST <articlePath>comments` (form body, JSON answer, as site.js posts) for `duration`
 * s; each request is the next reader's comment.
 */
export async function measureComments(base: string, articlePath: string, stamp: string, duration: number): Promise<CaseResult> {
  const result = await autocannon({
    url: base, connections: COMMENT_CONNECTIONS, duration, pipelining: 1, timeout: 10,
    requests: [{
      method: 'POST',
      setupRequest: (request) => {
        const n = ++reader;
        const body = new URLSearchParams({
          comment: `Comment ${n}: the bypass consultation closes on Friday, and nobody has said where the buses will go.`,
          author: `Reader ${n}`, email: `reader-${n}@bench.example`, url: '', contact_website: '', stamp, comment_parent: '0',
        }).toString();
        return {
          ...request, method: 'POST', path: `${articlePath}comments`, body,
          headers: {
            'content-type': 'application/x-www-form-urlencoded', accept: 'application/json',
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
        };
      },
    }],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count;
  return {
    url: `${base}${articlePath}comments`, requestsPerSecond: result.requests.mean, p50Ms: result.latency.p50, p99Ms: result.latency.p99,
    requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    bytesPerSecond: result.throughput.mean, statusCodes,
  };
}

/** Runs the held and approved comment cases against a server of their own and prints a table. */
export async function benchComments(options: CommentBenchOptions, children: Child[]): Promise<CommentBenchResult> {
  const { log } = options;
  const config = loadConfig({}, { dataDir: options.dataDir, databaseUrl: options.databaseUrl, logLevel: 'warn', siteUrl: options.siteUrl, pageCache: 'off' });
  const runtime = await startRuntime(config);
  const port = await freePort();
  const server = await startChild('server (comments)', port, [new URL('../bin/dateline.js', import.meta.url).pathname, 'serve'], {
    ...process.env, DATELINE_CONFIG: '', DATELINE_DATA_DIR: options.dataDir, DATELINE_PORT: String(port), DATELINE_HOST: '127.0.0.1',
    DATELINE_DEMO: 'off', DATELINE_PAGE_CACHE: 'on', DATELINE_LOG_LEVEL: 'warn', DATELINE_SITE_URL: options.siteUrl,
    DATABASE_URL: options.databaseUrl, DATELINE_TRUST_PROXY: 'on',
  }, options.articlePath);
  children.push(server);
  const before = await runtime.comments.administration.settings();
  try {
    const page = (await httpGet(port, options.articlePath)).body.toString('utf8');
    const stamp = /name="stamp" value="([^"]+)"/.exec(page)?.[1];
    if (!stamp) throw new Error(`the article page ${options.articlePath} has no comment form stamp`);
    await new Promise((resolve) => setTimeout(resolve, FORM_WAIT_MS));

    const base = `http://127.0.0.1:${port}`;
    const pgWork = options.databaseUrl !== '';
    log(`\ncomment posting: autocannon, ${COMMENT_CONNECTIONS} connections, ${options.warmup} s warm-up (discarded) + ${options.duration} s per case; every request a new reader (own address and email)\n`);
    const header = `${'case'.padEnd(38)}${'comments/s'.padStart(11)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}` +
      `${'server CPU'.padStart(12)}${'CPU ms/req'.padStart(12)}${'other CPU'.padStart(11)}`;
    log(header);
    log('─'.repeat(header.length));
    const cases = [
      { id: 'held' as const, label: '(e) comment, held (first-time)', moderation: 'first-time' as const },
      { id: 'approved' as const, label: '(f) comment, approved (open)', moderation: 'open' as const },
    ];
    const results: Partial<Record<'held' | 'approved', CommentCaseResult>> = {};
    for (const c of cases) {
      // Read on every submission, so the running server applies it at once.
      await runtime.comments.administration.saveSettings({ ...before, moderation: c.moderation });
      let kept: CommentCaseResult | undefined;
      for (let attempt = 1; attempt <= 2; attempt++) {
        const quiet = await waitQuiet(children, 30_000);
        if (quiet.seconds > 1.5) log(`    (waited ${fmt(quiet.seconds, 1)} s for the servers and the machine to go quiet)`);
        await measureComments(base, options.articlePath, stamp, options.warmup);
        const since = cpuSnapshot(children);
        const run = await measureComments(base, options.articlePath, stamp, options.duration);
        const other = otherCores(children, since);
        const r: CommentCaseResult = { ...run, ...serverCpu(server, since, children.indexOf(server), run.requests), otherCpuCores: other };
        if (!kept || (r.otherCpuCores ?? 0) < (kept.otherCpuCores ?? 0)) kept = r;
        if ((r.otherCpuCores ?? 0) <= options.maxOtherCpu || pgWork) break;
        log(`    ! other processes used ${fmt((r.otherCpuCores ?? 0) * 100)} % of a core during ${c.id}${attempt === 1 ? '; measuring it again' : ''}`);
      }
      const r = kept as CommentCaseResult;
      results[c.id] = r;
      const pct = (v: number | null, mark = '') => (v === null ? 'n/a' : `${mark}${fmt(v * 100)} %`);
      log(`${c.label.padEnd(38)}${fmt(r.requestsPerSecond).padStart(11)}${fmt(r.p50Ms).padStart(8)}${fmt(r.p99Ms).padStart(8)}${fmt(r.non2xx).padStart(9)}${fmt(r.errors).padStart(8)}` +
        `${pct(r.serverCpuCores).padStart(12)}${(r.serverCpuMsPerRequest === null ? 'n/a' : fmt(r.serverCpuMsPerRequest, 3)).padStart(12)}${pct(r.otherCpuCores, pgWork ? 'PG ' : '').padStart(11)}`);
      if (r.non2xx > 0 || r.requests === 0) {
        log(`\n  !!!!! WARNING: ${c.label.trim()}: ${fmt(r.non2xx)} non-2xx responses of ${fmt(r.requests)} ` +
          `(status codes ${JSON.stringify(r.statusCodes)}); its figures are NOT valid !!!!!\n`);
      }
      if (r.errors > 0) log(`    ! ${fmt(r.errors)} requests failed, ${fmt(r.timeouts)} of them by taking over 10 s; the latencies leave them out, so p99 understates the tail`);
    }
    log('─'.repeat(header.length));
    const stored = await storedByStatus(runtime);
    log(`stored comments (warm-ups and re-runs included): ${Object.entries(stored).map(([status, n]) => `${fmt(n)} ${status}`).join(', ') || 'none'}`);
    // The held case is meant to measure the first-time path; spam would mean the stamp was refused.
    if ((stored.spam ?? 0) > 0) log('  !!!!! WARNING: some comments were filed as spam, so the held figures are not the first-time path !!!!!');
    return { connections: COMMENT_CONNECTIONS, cases: results as CommentBenchResult['cases'], stored, serverPeakRssBytes: server.peakRss() };
  } finally {
    await runtime.comments.administration.saveSettings(before).catch(() => undefined);
    await runtime.close();
  }
}

async function storedByStatus(runtime: Awaited<ReturnType<typeof startRuntime>>): Promise<Record<string, number>> {
  const rows = await runtime.handle.db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
