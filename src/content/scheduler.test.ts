import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS, TEST_NOW, testConfig } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { fixedClock } from '../common/clock.ts';
import { openDatabase } from '../db/index.ts';
import { createServices } from '../server/services.ts';
import type { SignedInUser } from '../accounts/index.ts';
import { startScheduler } from './workflow.service.ts';

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms).toISOString();

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(DIALECTS)('scheduled publishing on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let editor: SignedInUser;
  let sectionSlug: string;
  let authorSlugs: string[];

  beforeAll(async () => {
    const s = ctx.services;
    sectionSlug = await buildSection(s.writer);
    authorSlugs = [await buildAuthor(s.writer)];
    const id = await s.accounts.createUser({ email: `editor-${dialect}@example.org`, name: 'Ed Itor', role: 'editor', password: 'correct horse battery staple' });
    editor = { id, email: `editor-${dialect}@example.org`, name: 'Ed Itor', role: 'editor', authorId: null };
  });

  async function scheduledDraft(publishAt: string) {
    const { slug } = await buildArticle(ctx.services.writer, { sectionSlug, authorSlugs, status: 'draft' });
    await ctx.services.workflow.transition(slug, 'schedule', editor, { publishAt });
    return slug;
  }
  const statusOf = async (slug: string) => (await ctx.services.handle.db.selectFrom('articles').select('status').where('slug', '=', slug).executeTakeFirstOrThrow()).status;
  const eventsOf = async (slug: string) => ctx.services.handle.db.selectFrom('articleEvents as e').innerJoin('articles as a', 'a.id', 'e.articleId')
    .select(['e.fromStatus', 'e.toStatus', 'e.userId']).where('a.slug', '=', slug).orderBy('e.id').execute();

  it('publishes at its time with nobody visiting, and the cached pages show it', async () => {
    const s = ctx.services;
    s.clock.set(TEST_NOW);
    const slug = await scheduledDraft(at(2_000));
    const home = await ctx.app.inject('/');
    expect(home.body).not.toContain(slug);
    const scheduler = startScheduler(s.workflow, 20);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await statusOf(slug)).toBe('scheduled');
      s.clock.advance(2_000);
      // No request is made while waiting: the scheduler alone must publish it.
      await until(async () => (await statusOf(slug)) === 'published');
    } finally {
      await scheduler.stop();
    }
    const article = await s.handle.db.selectFrom('articles').select('publishedAt').where('slug', '=', slug).executeTakeFirstOrThrow();
    expect(article.publishedAt).toBe(at(2_000));
    expect((await ctx.app.inject(`/${sectionSlug}/${slug}/`)).statusCode).toBe(200);
    expect((await ctx.app.inject('/')).body).toContain(`/${sectionSlug}/${slug}/`);
    expect(await eventsOf(slug)).toEqual([
      { fromStatus: null, toStatus: 'draft', userId: null },
      { fromStatus: 'draft', toStatus: 'scheduled', userId: editor.id },
      { fromStatus: 'scheduled', toStatus: 'published', userId: null },
    ]);
  });

  it('does nothing for an article rescheduled, sent back or taken off the schedule', async () => {
    const s = ctx.services;
    s.clock.set(TEST_NOW);
    const moved = await scheduledDraft(at(1_000));
    await s.workflow.transition(moved, 'schedule', editor, { publishAt: at(60_000) });
    const pulled = await scheduledDraft(at(1_000));
    await s.workflow.transition(pulled, 'unschedule', editor);
    s.clock.advance(2_000);
    await s.workflow.runDueJobs();
    expect(await statusOf(moved)).toBe('scheduled');
    expect(await statusOf(pulled)).toBe('draft');
    s.clock.advance(60_000);
    await s.workflow.runDueJobs();
    expect(await statusOf(moved)).toBe('published');
    expect(await statusOf(pulled)).toBe('draft');
  });

  it('after downtime, publishes everything that fell due as soon as it starts again', async () => {
    const s = ctx.services;
    s.clock.set(TEST_NOW);
    const due = [await scheduledDraft(at(1_000)), await scheduledDraft(at(3_600_000))];
    const notYet = await scheduledDraft(at(3 * 3_600_000));
    // A second process over the same database, started two hours later: its first run catches up.
    const handle = openDatabase(testConfig(s.db.dataDir, { databaseUrl: s.db.url ?? '' }));
    const restarted = createServices(handle, testConfig(s.db.dataDir), fixedClock(new Date(TEST_NOW.getTime() + 2 * 3_600_000)));
    const scheduler = startScheduler(restarted.workflow, 60_000);
    try {
      await until(async () => (await statusOf(due[1] as string)) === 'published');
    } finally {
      await scheduler.stop();
      await restarted.purges.stop();
      await handle.close();
    }
    for (const slug of due) expect(await statusOf(slug)).toBe('published');
    expect(await statusOf(notYet)).toBe('scheduled');
  });
});

// Several server processes share a database only on PostgreSQL (SQLite serves one machine).
describe.each(DIALECTS.filter((d) => d === 'postgres'))('scheduled publishing with several processes on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const others: { close(): Promise<void>; runDueJobs(): Promise<number> }[] = [];

  beforeAll(async () => {
    const s = ctx.services;
    const dataDir = s.db.dataDir;
    for (let i = 0; i < 3; i += 1) {
      // Each "process" has its own connection pool and purge bus, as separate servers would.
      const handle = openDatabase(testConfig(dataDir, { databaseUrl: s.db.url ?? '' }));
      const node = createServices(handle, testConfig(dataDir), fixedClock(new Date(TEST_NOW.getTime() + 60_000)));
      others.push({ runDueJobs: () => node.workflow.runDueJobs(), close: async () => { await node.purges.stop(); await handle.close(); } });
    }
  });
  afterAll(async () => { for (const node of others) await node.close(); });

  it('publishes each due article exactly once', async () => {
    const s = ctx.services;
    const sectionSlug = await buildSection(s.writer);
    const authorSlugs = [await buildAuthor(s.writer)];
    const slugs: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      slugs.push((await buildArticle(s.writer, { sectionSlug, authorSlugs, status: 'scheduled', publishedAt: at(30_000 + i) })).slug);
    }
    s.clock.set(new Date(TEST_NOW.getTime() + 60_000));
    const runs = await Promise.all([s.workflow.runDueJobs(), ...others.map((node) => node.runDueJobs()), ...others.map((node) => node.runDueJobs())]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(20);
    const published = await s.handle.db.selectFrom('articleEvents as e').innerJoin('articles as a', 'a.id', 'e.articleId')
      .select(['a.slug']).where('a.slug', 'in', slugs).where('e.toStatus', '=', 'published').execute();
    expect(published.map((r) => r.slug).sort()).toEqual([...slugs].sort());
    const jobs = await s.handle.db.selectFrom('jobs').select('state').where('kind', '=', 'publish-article').execute();
    expect(jobs.every((j) => j.state === 'done')).toBe(true);
  });
});
