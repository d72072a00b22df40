import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS, TEST_NOW, testConfig } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { fixedClock } from '../common/clock.ts';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/index.ts';
import { buildApp } from '../server/app.ts';
import { createServices, type Services } from '../server/services.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not seen within ${withinMs} ms`);
}

describe.each(DIALECTS)('PurgeBus across processes on %s', (dialect) => {
  let first: TestServices;
  let app: FastifyInstance;
  let otherHandle: DatabaseHandle;
  let other: Services;

  beforeAll(async () => {
    first = await createTestServices(dialect);
    app = await buildApp(first);
    await first.purges.start(50);
    otherHandle = dialect === 'sqlite' ? openSqlite(join(first.db.dataDir, 'dateline.sqlite')) : openPostgres(first.db.url ?? '');
    other = createServices(otherHandle, testConfig(first.db.dataDir), fixedClock(TEST_NOW));
  });
  afterAll(async () => {
    await app?.close();
    await other?.purges.stop();
    await otherHandle?.close();
    await first?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });
  const cached = (url: string) => eventually(async () => { await get(url); return first.cache?.get(url) !== undefined; }, 1500);

  it('serves a headline changed by another process within a second', async () => {
    const sectionSlug = await buildSection(first.writer);
    const authorSlugs = [await buildAuthor(first.writer)];
    const { slug } = await buildArticle(first.writer, { sectionSlug, authorSlugs, headline: 'Original headline' });
    const path = `/${sectionSlug}/${slug}/`;
    expect((await get(path)).body).toContain('Original headline');
    await cached(path);

    await other.writer.updateArticle(slug, { headline: 'Headline from elsewhere', slug, sectionSlug, authorSlugs, status: 'published', publishedAt: '2026-11-19T09:00:00.000Z' });

    const took = await eventually(async () => (await get(path)).body.includes('Headline from elsewhere'), 1500);
    expect(took).toBeLessThan(1000);
    expect((await get(path)).body).not.toContain('Original headline');
  });

  it('shows an article published by another process on the cached section page', async () => {
    const sectionSlug = await buildSection(first.writer);
    await buildArticle(first.writer, { sectionSlug });
    await cached(`/${sectionSlug}/`);

    const { slug } = await buildArticle(other.writer, { sectionSlug, headline: 'Published elsewhere' });

    const took = await eventually(async () => (await get(`/${sectionSlug}/`)).body.includes(`/${sectionSlug}/${slug}/`), 1500);
    expect(took).toBeLessThan(1000);
  });

  it('shows a section added by another process in the navigation', async () => {
    const { sectionSlug, slug } = await buildArticle(first.writer);
    const path = `/${sectionSlug}/${slug}/`;
    await cached(path);

    const added = await buildSection(other.writer, { name: 'Added elsewhere' });

    const took = await eventually(async () => (await get(path)).body.includes(`href="/${added}/"`), 1500);
    expect(took).toBeLessThan(1000);
  });
});
