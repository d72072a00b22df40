import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';
import { hostileStrings, spreadSample } from '../../test/support/hostile-strings.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';

type Item = { slug: string; headline: string; url: string };
type Overview = { shown: Item[]; pinned: Item[]; excluded: Item[]; computed: Item[] };

const DAY = '2026-11-10T09:00:00.000Z';
const ferry = (n: number) => `<p>The harbour ferry timetable changes again, the operator said; crossing ${n} returns in spring with a new vessel.</p>`;

describe.each(DIALECTS)('related articles in the Admin API on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();
  let anchor: { slug: string; id: number };
  let near: { slug: string }[];
  let far: { slug: string };

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ['editor', 'author', 'contributor', 'moderator'])) cookies.set(role, cookie);
    const sectionSlug = await buildSection(ctx.services.writer);
    anchor = await buildArticle(ctx.services.writer, { sectionSlug, headline: 'Harbour ferry timetable changes', body: ferry(0), publishedAt: DAY });
    near = [];
    for (let i = 1; i <= 4; i += 1) near.push(await buildArticle(ctx.services.writer, { headline: `Ferry crossing ${i} timetable`, body: ferry(i), publishedAt: DAY }));
    far = await buildArticle(ctx.services.writer, { headline: 'Choir wins regional prize', body: '<p>The choir sang at the cathedral.</p>', publishedAt: DAY });
    await ctx.services.indexing.sweepAll();
  });

  const call = (role: Role, method: 'GET' | 'PUT', slug: string, payload?: unknown) =>
    ctx.app.inject({ method, url: `/api/admin/articles/${slug}/related`, headers: { cookie: cookies.get(role) as string }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('shows writers what readers see and what the engine computed', async () => {
    const res = await call('contributor', 'GET', anchor.slug);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Overview>();
    expect(body.computed.map((i) => i.slug).slice(0, 4).sort()).toEqual(near.map((n) => n.slug).sort());
    expect(body.shown.map((i) => i.slug).slice(0, 4).sort()).toEqual(near.map((n) => n.slug).sort());
    expect(body.shown[0]?.url).toMatch(/^https?:\/\/.+\/$/);
    expect(body).toMatchObject({ pinned: [], excluded: [] });
  });

  it('lets an editor pin an article first and exclude another, and the reader page follows at once', async () => {
    const res = await call('editor', 'PUT', anchor.slug, { pinned: [far.slug], excluded: [near[0]?.slug] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Overview>();
    expect(body.pinned.map((i) => i.slug)).toEqual([far.slug]);
    expect(body.excluded.map((i) => i.slug)).toEqual([near[0]?.slug]);
    expect(body.shown[0]?.slug).toBe(far.slug);
    expect(body.shown.map((i) => i.slug)).not.toContain(near[0]?.slug);

    const api = await ctx.app.inject(`/api/v1/articles/${anchor.slug}`);
    const related = (api.json() as { related: { slug: string }[] }).related.map((r) => r.slug);
    expect(related[0]).toBe(far.slug);
    expect(related).not.toContain(near[0]?.slug);

    // Clearing both lists gives the engine its say again.
    const cleared = await call('editor', 'PUT', anchor.slug, { pinned: [], excluded: [] });
    expect(cleared.json<Overview>().shown.map((i) => i.slug)).toContain(near[0]?.slug);
  });

  it('lets only editors and administrators change the list', async () => {
    for (const role of ['author', 'contributor', 'moderator'] as const) {
      const res = await call(role, 'PUT', anchor.slug, { pinned: [far.slug], excluded: [] });
      expect(res.statusCode, role).toBe(403);
    }
    expect((await call('moderator', 'GET', anchor.slug)).statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/admin/articles/${anchor.slug}/related` });
    expect(anonymous.statusCode).toBe(401);
    expect((await call('editor', 'GET', anchor.slug)).json<Overview>().pinned).toEqual([]);
  });

  it('answers a bad list with a 400 naming it, and keeps what was stored', async () => {
    await call('editor', 'PUT', anchor.slug, { pinned: [far.slug], excluded: [] });
    const cases: [unknown, string][] = [
      [{ pinned: [anchor.slug], excluded: [] }, 'pinned'],
      [{ pinned: ['no-such-story'], excluded: [] }, 'pinned'],
      [{ pinned: [near[1]?.slug], excluded: [near[1]?.slug] }, 'excluded'],
    ];
    for (const [payload, property] of cases) {
      const res = await call('editor', 'PUT', anchor.slug, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ error: { property } });
    }
    for (const payload of [{}, { pinned: 'x', excluded: [] }, { pinned: Array.from({ length: 7 }, () => far.slug), excluded: [] }, { pinned: [], excluded: [], extra: 1 }]) {
      const res = await call('editor', 'PUT', anchor.slug, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ error: { message: expect.any(String) } });
    }
    for (const { value: hostile } of spreadSample(hostileStrings(), 60)) {
      const res = await call('editor', 'PUT', anchor.slug, { pinned: [hostile], excluded: [hostile] });
      expect(res.statusCode, JSON.stringify(hostile)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(hostile)).toBeLessThan(500);
    }
    const missing = await call('editor', 'GET', 'no-such-story');
    expect(missing.statusCode).toBe(404);
    expect((await call('editor', 'GET', anchor.slug)).json<Overview>().pinned.map((i) => i.slug)).toEqual([far.slug]);
  });
});
