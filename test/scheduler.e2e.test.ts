import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/common/clock.ts';
import { openDatabase } from '../src/db/index.ts';
import { createServices } from '../src/server/services.ts';
import { createTestDatabase, DIALECTS, testConfig } from './support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from './support/factories.ts';
import { startServer } from './support/server-process.ts';

// Three real `dateline serve` processes on one PostgreSQL database, as behind a load balancer.
describe.each(DIALECTS.filter((d) => d === 'postgres'))('scheduled publishing across server processes on %s', () => {
  let dataDir: string;
  let url: string;
  let drop: () => Promise<void>;
  const servers: { child: ChildProcess; url: string }[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-sched-'));
    const db = await createTestDatabase('postgres');
    await db.handle.close();
    url = db.url ?? '';
    drop = db.drop;
    for (let i = 0; i < 3; i += 1) servers.push(await startServer({ DATABASE_URL: url, DATELINE_DATA_DIR: dataDir, DATELINE_DEMO: 'off' }));
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) process.kill(-server.child.pid!, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes each article once, at its time, and every server shows it unasked', async () => {
    const handle = openDatabase(testConfig(dataDir, { databaseUrl: url }));
    const services = createServices(handle, testConfig(dataDir, { databaseUrl: url }), systemClock);
    try {
      const sectionSlug = await buildSection(services.writer);
      const authorSlugs = [await buildAuthor(services.writer)];
      // Every server caches the section page before the articles exist.
      for (const server of servers) expect((await fetch(`${server.url}/${sectionSlug}/`)).status).toBe(200);
      const publishAt = new Date(Date.now() + 3_000).toISOString();
      const slugs: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        slugs.push((await buildArticle(services.writer, { sectionSlug, authorSlugs, status: 'scheduled', publishedAt: publishAt })).slug);
      }
      const published = async () => (await handle.db.selectFrom('articles').select('slug').where('slug', 'in', slugs).where('status', '=', 'published').execute()).length;
      const deadline = Date.now() + 15_000;
      while ((await published()) < slugs.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await published()).toBe(slugs.length);
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(publishAt));

      const events = await handle.db.selectFrom('articleEvents as e').innerJoin('articles as a', 'a.id', 'e.articleId')
        .select('a.slug').where('a.slug', 'in', slugs).where('e.toStatus', '=', 'published').execute();
      expect(events.map((e) => e.slug).sort()).toEqual([...slugs].sort());
      // Purges travel between processes: each server's cached section page now lists them.
      for (const server of servers) {
        let html = '';
        const until = Date.now() + 3_000;
        do { html = await (await fetch(`${server.url}/${sectionSlug}/`)).text(); } while (!slugs.every((s) => html.includes(s)) && Date.now() < until);
        expect(slugs.filter((s) => !html.includes(s)), server.url).toEqual([]);
      }
    } finally {
      await services.purges.stop();
      await handle.close();
    }
  }, 60_000);
});
