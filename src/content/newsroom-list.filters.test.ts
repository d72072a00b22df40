import { beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';
import { createContentReader } from './content.service.ts';

type Ref = { name: string; slug: string };
type Item = {
  slug: string; headline: string; status: string; publishedAt: string | null; updatedAt: string; createdAt: string; scheduledFor: string | null;
  embargoUntil: string | null; revision: number; section: Ref; authors: Ref[]; tags: Ref[]; createdBy: { id: number; name: string } | null;
};
type Listed = { items: Item[]; page: number; limit: number; total: number; pageCount: number };

const ROLES: Role[] = ['editor', 'author', 'contributor'];
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T09:00:00.000Z`;

// Created on days 1 to 7; changed on the days in `updated`, so the two orders differ.
const STORIES = [
  { slug: 'apple-harvest', headline: 'Apple harvest falls', section: 'world', authors: ['ann-writer'], tags: ['Farming', 'Weather'], status: 'published', publishedAt: day(10), by: 'editor', updated: 12 },
  { slug: 'banana-prices', headline: 'banana prices rise 50%', section: 'sport', authors: ['bob-writer'], tags: ['Markets'], status: 'draft', by: 'author', updated: 15 },
  { slug: 'cherry-season', headline: 'Cherry_picking season', section: 'world', authors: ['ann-writer', 'bob-writer'], tags: ['Farming'], status: 'draft', by: 'author', updated: 11 },
  { slug: 'damson-jam', headline: 'Damson jam 50 percent', section: 'sport', authors: ['bob-writer'], tags: [], status: 'published', publishedAt: day(5), by: null, updated: 14 },
  { slug: 'elderflower', headline: 'Elder\\flower cordial', section: 'world', authors: ['ann-writer'], tags: ['Weather'], status: 'draft', by: 'editor', updated: 13, embargoUntil: day(28) },
  { slug: 'fig-tart', headline: 'Fig tart recipe', section: 'sport', authors: ['ann-writer'], tags: [], status: 'scheduled', publishedAt: day(25), by: 'editor', updated: 16 },
  { slug: 'grape-glut', headline: 'Grape glut', section: 'world', authors: ['bob-writer'], tags: [], status: 'published', publishedAt: day(8), by: 'editor', updated: 17 },
] as const;

describe.each(DIALECTS)('GET /api/admin/articles filters and order on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();
  const userIds = new Map<string, number>();

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ROLES, (role) => `${role[0]!.toUpperCase()}${role.slice(1)} Person`)) {
      cookies.set(role, cookie);
      const row = await ctx.services.handle.db.selectFrom('users').select('id').where('email', '=', `${role}@example.org`).executeTakeFirstOrThrow();
      userIds.set(role, row.id);
    }
    const { writer, clock, handle } = ctx.services;
    for (const slug of ['world', 'sport']) await writer.createSection({ name: slug.toUpperCase(), slug, description: '', position: 0 });
    for (const slug of ['ann-writer', 'bob-writer']) await writer.createAuthor({ name: slug === 'ann-writer' ? 'Ann Writer' : 'Bob Writer', slug, bio: '' });
    for (const [i, s] of STORIES.entries()) {
      await writer.createArticle({
        headline: s.headline, slug: s.slug, sectionSlug: s.section, authorSlugs: [...s.authors], tags: [...s.tags], status: s.status,
        publishedAt: 'publishedAt' in s ? s.publishedAt : null, embargoUntil: 'embargoUntil' in s ? s.embargoUntil : null, updatedAt: day(i + 1),
      }, s.by === null ? null : userIds.get(s.by) as number);
      await handle.db.updateTable('articles').set({ updatedAt: day(s.updated) }).where('slug', '=', s.slug).execute();
    }
  });

  const list = async (query: string, role: Role = 'editor') => {
    const res = await ctx.app.inject({ url: `/api/admin/articles${query}`, headers: { cookie: cookies.get(role) as string } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Listed>();
  };
  const slugs = async (query: string, role: Role = 'editor') => (await list(query, role)).items.map((a) => a.slug);

  it('lists the newest change first by default, and each item carries what a table row shows', async () => {
    const listed = await list('');
    expect(listed.items.map((a) => a.slug)).toEqual(['grape-glut', 'fig-tart', 'banana-prices', 'damson-jam', 'elderflower', 'apple-harvest', 'cherry-season']);
    const bySlug = new Map(listed.items.map((a) => [a.slug, a]));
    expect(bySlug.get('cherry-season')).toMatchObject({
      headline: 'Cherry_picking season', status: 'draft', createdAt: day(3), updatedAt: day(11), scheduledFor: null, embargoUntil: null,
      section: { name: 'WORLD', slug: 'world' },
      authors: [{ name: 'Ann Writer', slug: 'ann-writer' }, { name: 'Bob Writer', slug: 'bob-writer' }],
      tags: [{ name: 'Farming', slug: 'farming' }],
      createdBy: { id: userIds.get('author'), name: 'Author Person' },
    });
    expect(bySlug.get('apple-harvest')?.tags).toEqual([{ name: 'Farming', slug: 'farming' }, { name: 'Weather', slug: 'weather' }]);
    expect(bySlug.get('damson-jam')?.createdBy).toBeNull();
    expect(bySlug.get('elderflower')?.embargoUntil).toBe(day(28));
    expect(bySlug.get('fig-tart')).toMatchObject({ status: 'scheduled', scheduledFor: day(25) });
    const opened = await ctx.app.inject({ url: '/api/admin/articles/cherry-season', headers: { cookie: cookies.get('editor') as string } });
    expect(bySlug.get('cherry-season')?.revision).toBe(opened.json<{ revision: number }>().revision);
  });

  it('filters by section, author, tag and text, each alone', async () => {
    expect(await slugs('?section=world&sort=-created')).toEqual(['apple-harvest', 'cherry-season', 'elderflower', 'grape-glut']);
    expect(await slugs('?author=bob-writer&sort=-created')).toEqual(['banana-prices', 'cherry-season', 'damson-jam', 'grape-glut']);
    expect(await slugs('?tag=farming&sort=-created')).toEqual(['apple-harvest', 'cherry-season']);
    expect(await slugs('?q=HARVEST')).toEqual(['apple-harvest']);
    expect(await slugs('?q=damson-jam')).toEqual(['damson-jam']); // the slug; the headline has a space
    expect(await slugs('?q=%20%20fig%20')).toEqual(['fig-tart']); // surrounding spaces ignored
    expect(await slugs('?section=nowhere')).toEqual([]);
  });

  it('combines filters, and counts pages of what matches', async () => {
    expect(await slugs('?section=world&author=bob-writer&sort=-created')).toEqual(['cherry-season', 'grape-glut']);
    expect(await slugs('?section=world&tag=farming&status=draft')).toEqual(['cherry-season']);
    expect(await slugs('?q=a&section=sport&author=ann-writer')).toEqual(['fig-tart']);
    const first = await list('?author=bob-writer&sort=-created&limit=3');
    const second = await list('?author=bob-writer&sort=-created&limit=3&page=2');
    expect([first.total, first.pageCount, second.total, second.pageCount]).toEqual([4, 2, 4, 2]);
    expect([...first.items, ...second.items].map((a) => a.slug)).toEqual(['banana-prices', 'cherry-season', 'damson-jam', 'grape-glut']);
    expect((await list('?tag=weather&limit=1')).total).toBe(2);
  });

  it('matches %, _ and \\ in the text literally', async () => {
    expect(await slugs('?q=50%25')).toEqual(['banana-prices']);
    expect(await slugs('?q=_')).toEqual(['cherry-season']);
    expect(await slugs('?q=%5C')).toEqual(['elderflower']);
    expect(await slugs('?q=%25%25')).toEqual([]);
  });

  it('sorts by each key both ways, never-published articles last by publication', async () => {
    expect(await slugs('?sort=-updated')).toEqual(['cherry-season', 'apple-harvest', 'elderflower', 'damson-jam', 'banana-prices', 'fig-tart', 'grape-glut']);
    expect(await slugs('?sort=created')).toEqual(['grape-glut', 'fig-tart', 'elderflower', 'damson-jam', 'cherry-season', 'banana-prices', 'apple-harvest']);
    expect(await slugs('?sort=-created')).toEqual(['apple-harvest', 'banana-prices', 'cherry-season', 'damson-jam', 'elderflower', 'fig-tart', 'grape-glut']);
    // Letter case does not split the alphabet: "banana" sorts between "Apple" and "Cherry".
    expect(await slugs('?sort=-headline')).toEqual(['apple-harvest', 'banana-prices', 'cherry-season', 'damson-jam', 'elderflower', 'fig-tart', 'grape-glut']);
    expect(await slugs('?sort=headline')).toEqual(['grape-glut', 'fig-tart', 'elderflower', 'damson-jam', 'cherry-season', 'banana-prices', 'apple-harvest']);
    expect(await slugs('?sort=published&status=published')).toEqual(['apple-harvest', 'grape-glut', 'damson-jam']);
    const all = await list('?sort=published');
    expect(all.items.slice(0, 4).map((a) => a.slug)).toEqual(['fig-tart', 'apple-harvest', 'grape-glut', 'damson-jam']);
    expect(all.items.slice(4).map((a) => a.publishedAt)).toEqual([null, null, null]);
    const ascending = await list('?sort=-published');
    expect(ascending.items.slice(0, 4).map((a) => a.slug)).toEqual(['damson-jam', 'grape-glut', 'apple-harvest', 'fig-tart']);
    expect(ascending.items.slice(4).map((a) => a.publishedAt)).toEqual([null, null, null]);
  });

  it('shows authors and contributors only their own, whatever the filters', async () => {
    expect(await slugs('?sort=-created', 'author')).toEqual(['banana-prices', 'cherry-season']);
    expect(await slugs('?author=bob-writer&sort=-created', 'author')).toEqual(['banana-prices', 'cherry-season']);
    expect(await slugs('?q=apple', 'author')).toEqual([]);
    expect((await list('?tag=farming', 'author')).total).toBe(1);
    expect((await list('', 'contributor')).total).toBe(0);
  });

  it('answers bad parameters with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['?sort=newest', 'sort'], ['?sort=-Updated', 'sort'], ['?sort=', 'sort'], [`?q=${'x'.repeat(1024)}`, 'q'], ['?q=a%00b', 'q'],
      ['?section=Bad%20Slug!', 'section'], ['?author=a%2Fb', 'author'], ['?tag=%00', 'tag'], ['?tag=', 'tag'], ['?order=asc', 'order'],
    ];
    for (const [query, property] of cases) {
      const res = await ctx.app.inject({ url: `/api/admin/articles${query}`, headers: { cookie: cookies.get('editor') as string } });
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ error: { code: 'REQUEST_INVALID', property } });
    }
  });

  it('reads a page in the same few statements whatever its size', async () => {
    let statements = 0;
    const counter: KyselyPlugin = { transformQuery: (args) => args.node, transformResult: async (args) => { statements++; return args.result; } };
    const reader = createContentReader(ctx.services.handle.db.withPlugin(counter), ctx.services.clock);
    const counts: number[] = [];
    for (const limit of [1, 7]) {
      statements = 0;
      const page = await reader.listForNewsroom({ search: 'e' }, 1, limit, '-created');
      expect(page.items.length).toBe(limit);
      counts.push(statements);
    }
    expect(counts).toEqual([3, 3]);
  });

  // Last: it changes an article's state and times, which the orders above rely on.
  it('drops scheduledFor once the schedule is cancelled', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/articles/grape-glut/unpublish', headers: { cookie: cookies.get('editor') as string }, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    const schedule = await ctx.app.inject({
      method: 'POST', url: '/api/admin/articles/grape-glut/schedule', headers: { cookie: cookies.get('editor') as string }, payload: { publishAt: day(27) },
    });
    expect(schedule.statusCode, schedule.body).toBe(200);
    expect((await list('?q=grape')).items[0]?.scheduledFor).toBe(day(27));
    await ctx.app.inject({ method: 'POST', url: '/api/admin/articles/grape-glut/unschedule', headers: { cookie: cookies.get('editor') as string }, payload: {} });
    expect((await list('?q=grape')).items[0]).toMatchObject({ status: 'draft', scheduledFor: null });
  });
});
