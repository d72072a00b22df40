import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import { slugify } from '../common/slugify.ts';

const PASSWORD = 'correct horse battery staple';
const HOUR = 3_600_000;

interface Editable { slug: string; status: string; revision: number; embargoUntil: string | null; publishedAt: string | null; headline: string }
interface ApiList { items: { slug: string }[] }

describe.each(DIALECTS)('embargoes on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie: string;
  let counter = 0;

  beforeAll(async () => {
    await ctx.services.accounts.createUser({ email: 'desk@example.org', name: 'News Desk', role: 'editor', password: PASSWORD });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'desk@example.org', password: PASSWORD } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    cookie = String(res.headers['set-cookie']).split(';')[0] as string;
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    ctx.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const read = (url: string) => ctx.app.inject({ method: 'GET', url });
  const at = (msFromNow: number) => new Date(ctx.services.clock.now().getTime() + msFromNow).toISOString();

  /**
   * A world of its own for one case: a section, an author and a tag, with one published article
   * (so every list page exists) and a draft sharing all three, under embargo when `embargoUntil`.
   */
  async function newsroom(embargoUntil?: string) {
    const n = ++counter;
    const sectionSlug = await buildSection(ctx.services.writer);
    const authorSlug = await buildAuthor(ctx.services.writer);
    const tag = `Trade talks ${dialect} ${n}`;
    const other = await buildArticle(ctx.services.writer, { sectionSlug, authorSlugs: [authorSlug], tags: [tag], publishedAt: at(-HOUR) });
    const headline = `Minister resigns over trade deal ${dialect} ${n}`;
    const res = await call('POST', '/api/admin/articles', {
      headline, slug: `minister-resigns-${dialect}-${n}`, sectionSlug, authorSlugs: [authorSlug], tags: [tag], body: '<p>Under embargo.</p>',
      ...(embargoUntil === undefined ? {} : { embargoUntil }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const article = res.json() as Editable;
    return {
      article, headline, other, sectionSlug, authorSlug, tagSlug: slugify(tag),
      path: `/${sectionSlug}/${article.slug}/`, otherPath: `/${sectionSlug}/${other.slug}/`,
    };
  }
  type World = Awaited<ReturnType<typeof newsroom>>;

  const status = async (slug: string) => ((await call('GET', `/api/admin/articles/${slug}`)).json() as Editable);

  /** Every public place the article could show: it must be in none of them (or in all). */
  async function expectVisible(world: World, visible: boolean) {
    const { article, headline } = world;
    const page = await read(world.path);
    expect(page.statusCode, world.path).toBe(visible ? 200 : 404);
    expect(page.body.includes(headline), world.path).toBe(visible);
    for (const url of ['/', `/${world.sectionSlug}/`, `/tag/${world.tagSlug}/`, `/author/${world.authorSlug}/`]) {
      const res = await read(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body.includes(headline), url).toBe(visible);
      expect(res.body.includes(world.path), url).toBe(visible);
    }
    for (const url of ['/api/v1/articles', `/api/v1/articles?tag=${world.tagSlug}`, `/api/v1/articles?section=${world.sectionSlug}`, `/api/v1/articles?author=${world.authorSlug}`]) {
      const res = await read(url);
      expect(res.statusCode, url).toBe(200);
      expect((res.json() as ApiList).items.some((a) => a.slug === article.slug), url).toBe(visible);
    }
    const item = await read(`/api/v1/articles/${article.slug}`);
    expect(item.statusCode).toBe(visible ? 200 : 404);
    expect(item.body.includes(headline)).toBe(visible);
    // Related lists are computed in the background after a write; run that now.
    await ctx.services.indexing.sweepAll();
    const other = await read(`/api/v1/articles/${world.other.slug}`);
    expect(other.statusCode).toBe(200);
    expect((other.json() as { related: { slug: string }[] }).related.some((r) => r.slug === article.slug), 'related').toBe(visible);
    const otherPage = await read(world.otherPath);
    expect(otherPage.body.includes(headline), 'related on the other article page').toBe(visible);
    const tags = (await read('/api/v1/tags')).json() as { items: { slug: string; articleCount: number }[] };
    expect(tags.items.find((t) => t.slug === world.tagSlug)?.articleCount, 'tag count').toBe(visible ? 2 : 1);
  }

  it('refuses to publish before the embargo and keeps the article a draft', async () => {
    const embargo = at(24 * HOUR);
    const { article, path } = await newsroom(embargo);
    expect(article.embargoUntil).toBe(embargo);
    const res = await call('POST', `/api/admin/articles/${article.slug}/publish`, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONTENT_EMBARGOED', property: 'embargoUntil' } });
    expect(await status(article.slug)).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await read(path)).statusCode).toBe(404);
    const history = (await call('GET', `/api/admin/articles/${article.slug}/history`)).json() as { events: { toStatus: string }[] };
    expect(history.events.map((e) => e.toStatus)).toEqual(['draft']);
  });

  it('refuses to publish once an embargo is added by a save, and publishes once it is lifted', async () => {
    const { article, path, sectionSlug, authorSlug } = await newsroom();
    const embargo = at(6 * HOUR);
    const full = { headline: article.headline, sectionSlug, authorSlugs: [authorSlug] };
    const embargoed = await call('PUT', `/api/admin/articles/${article.slug}`, { ...full, embargoUntil: embargo, baseRevision: article.revision });
    expect(embargoed.statusCode, embargoed.body).toBe(200);
    expect(embargoed.json()).toMatchObject({ embargoUntil: embargo, status: 'draft' });

    const refused = await call('POST', `/api/admin/articles/${article.slug}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'CONTENT_EMBARGOED' } });
    expect((await status(article.slug)).status).toBe('draft');

    const lifted = await call('PUT', `/api/admin/articles/${article.slug}`, { ...full, embargoUntil: null, baseRevision: (embargoed.json() as Editable).revision });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ embargoUntil: null });
    const published = await call('POST', `/api/admin/articles/${article.slug}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect((await read(path)).statusCode).toBe(200);
  });

  it('lets the article be published directly once the embargo has passed', async () => {
    const embargo = at(2 * HOUR);
    const { article, path } = await newsroom(embargo);
    ctx.services.clock.advance(2 * HOUR);
    const res = await call('POST', `/api/admin/articles/${article.slug}/publish`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', publishedAt: embargo });
    expect((await read(path)).statusCode).toBe(200);
  });

  it('refuses a schedule before the embargo, naming publishAt', async () => {
    const embargo = at(24 * HOUR);
    const { article } = await newsroom(embargo);
    for (const publishAt of [at(23 * HOUR), new Date(Date.parse(embargo) - 1).toISOString()]) {
      const res = await call('POST', `/api/admin/articles/${article.slug}/schedule`, { publishAt });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_INVALID_INPUT', property: 'publishAt' } });
    }
    expect((await status(article.slug)).status).toBe('draft');
    const history = (await call('GET', `/api/admin/articles/${article.slug}/history`)).json() as { jobs: unknown[] };
    expect(history.jobs).toEqual([]);
  });

  it('keeps a scheduled embargoed article off every public page, cached or not, until the job publishes it at its time', async () => {
    const embargo = at(24 * HOUR);
    const world = await newsroom(embargo);
    const { article } = world;

    // The home page is cached before the article is scheduled.
    expect((await read('/')).statusCode).toBe(200);
    expect(ctx.services.cache?.get('/')).toBeDefined();

    const scheduled = await call('POST', `/api/admin/articles/${article.slug}/schedule`, { publishAt: embargo });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', publishedAt: embargo });

    const cachedHome = await read('/');
    expect(ctx.services.cache?.get('/')).toBeDefined();
    expect(cachedHome.body).not.toContain(world.headline);
    await expectVisible(world, false);

    // A minute before the time, nothing is due and nothing shows.
    ctx.services.clock.set(new Date(Date.parse(embargo) - 60_000));
    expect(await ctx.services.workflow.runDueJobs()).toBe(0);
    await expectVisible(world, false);
    expect((await status(article.slug)).status).toBe('scheduled');

    ctx.services.clock.set(new Date(Date.parse(embargo) + 1000));
    expect(ctx.services.cache?.get('/')).toBeDefined();
    expect(await ctx.services.workflow.runDueJobs()).toBe(1);
    // The job's purge emptied the cached home page; nothing else was asked of the cache.
    expect(ctx.services.cache?.get('/')).toBeUndefined();
    await expectVisible(world, true);
    expect(await status(article.slug)).toMatchObject({ status: 'published', publishedAt: embargo });
    const history = (await call('GET', `/api/admin/articles/${article.slug}/history`)).json() as { events: { toStatus: string; by: unknown }[]; jobs: { state: string }[] };
    expect(history.events.map((e) => e.toStatus)).toEqual(['draft', 'scheduled', 'published']);
    expect(history.events.at(-1)?.by).toBeNull();
    expect(history.jobs.map((j) => j.state)).toEqual(['done']);
    expect(await ctx.services.workflow.runDueJobs()).toBe(0);
  });

  it('accepts a schedule after the embargo and publishes at the scheduled time, not the embargo', async () => {
    const embargo = at(3 * HOUR);
    const publishAt = at(5 * HOUR);
    const world = await newsroom(embargo);
    const res = await call('POST', `/api/admin/articles/${world.article.slug}/schedule`, { publishAt });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'scheduled', publishedAt: publishAt });
    ctx.services.clock.set(new Date(Date.parse(embargo) + 1000));
    expect(await ctx.services.workflow.runDueJobs()).toBe(0);
    expect((await read(world.path)).statusCode).toBe(404);
    ctx.services.clock.set(new Date(publishAt));
    expect(await ctx.services.workflow.runDueJobs()).toBe(1);
    expect((await read(world.path)).statusCode).toBe(200);
  });

  it('holds a scheduled article back when its embargo is moved later', async () => {
    const embargo = at(2 * HOUR);
    const later = at(8 * HOUR);
    const world = await newsroom(embargo);
    const scheduled = await call('POST', `/api/admin/articles/${world.article.slug}/schedule`, { publishAt: embargo });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const current = scheduled.json() as Editable;
    const moved = await call('PUT', `/api/admin/articles/${world.article.slug}`, {
      headline: world.headline, sectionSlug: world.sectionSlug, authorSlugs: [world.authorSlug], embargoUntil: later, baseRevision: current.revision,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'scheduled', embargoUntil: later, publishedAt: later });

    ctx.services.clock.set(new Date(Date.parse(embargo) + 1000));
    expect(await ctx.services.workflow.runDueJobs()).toBe(0);
    await expectVisible(world, false);

    ctx.services.clock.set(new Date(later));
    expect(await ctx.services.workflow.runDueJobs()).toBe(1);
    await expectVisible(world, true);
  });

  it('still refuses to publish an embargoed article that was unscheduled', async () => {
    const embargo = at(4 * HOUR);
    const { article } = await newsroom(embargo);
    expect((await call('POST', `/api/admin/articles/${article.slug}/schedule`, { publishAt: embargo })).statusCode).toBe(200);
    expect((await call('POST', `/api/admin/articles/${article.slug}/unschedule`, {})).statusCode).toBe(200);
    const res = await call('POST', `/api/admin/articles/${article.slug}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONTENT_EMBARGOED' } });
    ctx.services.clock.set(new Date(Date.parse(embargo) + 1000));
    expect(await ctx.services.workflow.runDueJobs()).toBe(0);
    expect((await status(article.slug)).status).toBe('draft');
  });

  it('shows an embargoed draft through a preview link before the embargo', async () => {
    const world = await newsroom(at(48 * HOUR));
    const res = await call('POST', `/api/admin/articles/${world.article.slug}/preview-links`, { expiresInHours: 24 });
    expect(res.statusCode, res.body).toBe(201);
    const preview = await read(new URL((res.json() as { url: string }).url).pathname);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain(world.headline);
    expect((await read(world.path)).statusCode).toBe(404);
  });

  it('answers a malformed embargo or schedule time with 400 naming the field', async () => {
    const { article } = await newsroom(at(24 * HOUR));
    for (const publishAt of ['tomorrow', '2026-13-01T00:00:00Z', '']) {
      const res = await call('POST', `/api/admin/articles/${article.slug}/schedule`, { publishAt });
      expect(res.statusCode, publishAt).toBe(400);
      expect(res.json().error.property).toBe('publishAt');
    }
    const missing = await call('POST', `/api/admin/articles/${article.slug}/schedule`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.property).toBe('publishAt');
    const current = await status(article.slug);
    for (const embargoUntil of ['soon', 42]) {
      const res = await call('PUT', `/api/admin/articles/${article.slug}`, { headline: current.headline, embargoUntil, baseRevision: current.revision });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('REQUEST_INVALID');
    }
  });
});
