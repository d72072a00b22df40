import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from './support/db-matrix.ts';
import { runCli as run, startServer, waitFor } from './support/server-process.ts';



describe('dateline --help', () => {
  it('lists the commands, each with its own help', async () => {
    const top = await run(['--help'], {});
    expect(top.code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo']) expect(top.stdout).toContain(command);
    const demo = await run(['demo', '--help'], {});
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('--reset');
  });

  it('answers an unknown command with one line and a non-zero exit', async () => {
    const result = await run(['frobnicate'], {});
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm start', () => {
  it('serves the demo newsroom from a fresh data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dateline-start-'));
    const { child, url } = await startServer({ DATABASE_URL: '', DATELINE_DATA_DIR: dataDir }, ['npm', 'start', '--silent']);
    try {
      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain('The Harbour Ledger');
      expect(html.match(/class="card"/g)?.length ?? 0).toBeGreaterThan(10);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('configuration errors', () => {
  it('stops with one line naming the variable, and no stack trace', async () => {
    const result = await run(['serve'], { DATELINE_PORT: 'eighty' });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('DATELINE_PORT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.each(DIALECTS)('dateline on %s', (dialect) => {
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
    if (dialect === 'postgres') {
      const db = await createTestDatabase('postgres');
      await db.handle.close();
      env = { DATABASE_URL: db.url ?? '', DATELINE_DATA_DIR: dataDir };
      drop = db.drop;
    } else {
      env = { DATABASE_URL: '', DATELINE_DATA_DIR: dataDir };
      drop = async () => undefined;
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves an empty site, and shows what another process adds within a second', async () => {
    expect((await run(['migrate'], env)).code).toBe(0);
    const { child, url } = await startServer({ ...env, DATELINE_DEMO: 'off' });
    try {
      const empty = await fetch(`${url}/`);
      expect(empty.status).toBe(200);
      expect(await empty.text()).toContain('No articles here yet');
      expect((await fetch(`${url}/`)).headers.get('etag')).toBe(empty.headers.get('etag'));

      const added = await run(['demo'], env);
      expect(added.code).toBe(0);
      const waited = await waitFor(async () => {
        const html = await (await fetch(`${url}/`)).text();
        return html.includes('The Harbour Ledger') && !html.includes('No articles here yet');
      }, 1000);
      expect(waited).toBeGreaterThanOrEqual(0);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });

  it('adds a user with a password from standard input, refusing bad input with one line', async () => {
    const added = await run(['user', 'add', '--email', 'Desk@Example.org', '--role', 'editor'], env, 'correct horse battery staple\n');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('desk@example.org');
    for (const [args, input] of [
      [['user', 'add', '--email', 'desk@example.org', '--role', 'editor'], 'another long passphrase\n'],
      [['user', 'add', '--email', 'weak@example.org', '--role', 'editor'], 'password\n'],
      [['user', 'add', '--email', 'king@example.org', '--role', 'king'], 'correct horse battery staple\n'],
      [['user', 'add', '--role', 'editor'], 'correct horse battery staple\n'],
    ] as const) {
      const refused = await run([...args], env, input);
      expect(refused.code, args.join(' ')).not.toBe(0);
      expect(refused.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('adds the demo only to an empty database, and rebuilds it with --reset', async () => {
    const again = await run(['demo'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already has content');
    const reset = await run(['demo', '--reset'], env);
    expect(reset.code).toBe(0);
    const count = Number(/added the demo newsroom \((\d+) articles\)/.exec(reset.stdout)?.[1]);
    expect(count).toBeGreaterThanOrEqual(40);
  });
});
