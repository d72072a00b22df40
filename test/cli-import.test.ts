import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/common/clock.ts';
import { openPostgres, openSqlite, type DatabaseHandle } from '../src/db/index.ts';
import { buildApp } from '../src/server/app.ts';
import { createServices, type Services } from '../src/server/services.ts';
import { createTestDatabase, DIALECTS, testConfig } from './support/db-matrix.ts';
import { runCli as run } from './support/server-process.ts';

const SUMMARY = /^imported (\d+), updated (\d+), unchanged (\d+), failed (\d+)/m;

function summaryOf(stdout: string): number[] {
  const match = SUMMARY.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return (match as RegExpExecArray).slice(1).map(Number);
}

const story = (id: string, fields: Record<string, unknown> = {}) => JSON.stringify({
  externalId: id, title: `Story ${id}`, body: `Words about ${id}.`, section: 'Harbour', authors: ['Ada Port'], tags: ['Boats'], ...fields,
});

describe.each(DIALECTS)('dateline import ndjson on %s', (dialect) => {
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;
  let dataDir: string;
  let url: string | null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-import-'));
    if (dialect === 'postgres') {
      const db = await createTestDatabase('postgres');
      await db.handle.close();
      url = db.url;
      env = { DATABASE_URL: db.url ?? '', DATELINE_DATA_DIR: dataDir };
      drop = db.drop;
    } else {
      url = null;
      env = { DATABASE_URL: '', DATELINE_DATA_DIR: dataDir };
      drop = async () => undefined;
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The Content API over the database the command wrote to, in this process. */
  async function withApi<T>(work: (app: FastifyInstance, services: Services) => Promise<T>): Promise<T> {
    const handle: DatabaseHandle = url ? openPostgres(url) : openSqlite(join(dataDir, 'dateline.sqlite'));
    const services = createServices(handle, testConfig(dataDir), fixedClock(new Date()));
    const app = await buildApp(services);
    try {
      return await work(app, services);
    } finally {
      await app.close();
      services.indexing.stop();
      services.publications.stop();
      services.comments.close();
      await services.purges.stop();
      await handle.close();
    }
  }
  const lookUp = (app: FastifyInstance, id: string) => app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${encodeURIComponent(id)}` })
    .then((res) => res.json<{ total: number; items: { slug: string; headline: string; externalId: string; section: { slug: string } }[] }>());

  it('imports a file, reporting bad lines by number on stderr and exiting 1, with the good lines in', async () => {
    const file = join(dataDir, 'mixed.ndjson');
    writeFileSync(file, [
      story('m-1'), story('m-2', { body: '<h2>Sub</h2><p>HTML <script>alert(1)</script>body</p>' }), '{"externalId": "m-3", "title": ',
      story('m-4', { title: '   ' }), story('m-5', { body: '# Heading\n\nMarkdown *body*.' }), story('m-6', { publishedAt: 'next Tuesday' }), story('m-7'),
    ].join('\n'));
    const result = await run(['import', 'ndjson', file], env);
    expect(result.code, result.stderr).toBe(1);
    expect(summaryOf(result.stdout)).toEqual([4, 0, 0, 3]);
    const lines = result.stderr.trim().split('\n');
    expect(lines.map((l) => /^dateline: line (\d+): /.exec(l)?.[1])).toEqual(['3', '4', '6']);
    expect(lines[1]).toMatch(/title/);
    expect(lines[2]).toMatch(/publishedAt/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await withApi(async (app, services) => {
      for (const id of ['m-1', 'm-2', 'm-5', 'm-7']) expect((await lookUp(app, id)).total).toBe(1);
      expect((await lookUp(app, 'm-3')).total).toBe(0);
      const html = await services.content.getArticle((await lookUp(app, 'm-2')).items[0]?.slug as string);
      expect(html.bodyHtml).toBe('<h2>Sub</h2><p>HTML body</p>');
      const markdown = await services.content.getArticle((await lookUp(app, 'm-5')).items[0]?.slug as string);
      expect(markdown.bodyHtml).toContain('<h2>Heading</h2>');
      expect(markdown.bodyHtml).toContain('<em>body</em>');
    });
  });

  it('is idempotent: a second run changes nothing, an edited line read from stdin updates in place', async () => {
    const lines = [story('i-1'), story('i-2'), story('i-3')];
    const file = join(dataDir, 'same.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const first = await run(['import', 'ndjson', file], env);
    expect(first.code, first.stderr).toBe(0);
    expect(summaryOf(first.stdout)).toEqual([3, 0, 0, 0]);
    const second = await run(['import', 'ndjson', file], env);
    expect(second.code, second.stderr).toBe(0);
    expect(summaryOf(second.stdout)).toEqual([0, 0, 3, 0]);
    const edited = [lines[0], story('i-2', { title: 'Story i-2, corrected' }), lines[2]].join('\n');
    const third = await run(['import', 'ndjson', '-'], env, edited);
    expect(third.code, third.stderr).toBe(0);
    expect(summaryOf(third.stdout)).toEqual([0, 1, 2, 0]);
    await withApi(async (app) => {
      const found = await lookUp(app, 'i-2');
      expect(found.total).toBe(1);
      expect(found.items[0]).toMatchObject({ headline: 'Story i-2, corrected', slug: 'story-i-2', externalId: 'i-2' });
    });
  });

  it('puts lines without a section in --section', async () => {
    const result = await run(['import', 'ndjson', '-', '--section', 'wire'], env, story('s-1', { section: undefined }));
    expect(result.code, result.stderr).toBe(0);
    await withApi(async (app) => expect((await lookUp(app, 's-1')).items[0]?.section.slug).toBe('wire'));
  });

  it('refuses a missing file or a wrong invocation with one line and exit code 2', async () => {
    const result = await run(['import', 'ndjson', join(dataDir, 'no-such-file.ndjson')], env);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no-such-file\.ndjson.*no such file/);
    expect(result.stdout).toBe('');
    for (const args of [['import', 'ndjson'], ['import', 'ndjson', '-', '--section', ' '], ['import', 'ndjson', '-', '--sections', 'x']]) {
      const wrong = await run(args, env, '');
      expect(wrong.code, args.join(' ')).toBe(2);
      expect(wrong.stderr, args.join(' ')).toMatch(/^(?:dateline: |error: )/);
      expect(wrong.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
