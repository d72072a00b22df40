import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const PASSWORD = 'correct horse battery staple';

// Written from the WordPress meanings, not from the implementation: may the role …
const EXPECTED: Record<string, Record<Role, boolean>> = {
  'create a draft':               { administrator: true, editor: true, author: true, contributor: true, moderator: false },
  'create a published article':   { administrator: true, editor: true, author: true, contributor: false, moderator: false },
  'edit their own draft':         { administrator: true, editor: true, author: true, contributor: true, moderator: false },
  'publish their own draft':      { administrator: true, editor: true, author: true, contributor: false, moderator: false },
  "edit someone else's draft":    { administrator: true, editor: true, author: false, contributor: false, moderator: false },
  "publish someone else's draft": { administrator: true, editor: true, author: false, contributor: false, moderator: false },
  "edit someone else's published article": { administrator: true, editor: true, author: false, contributor: false, moderator: false },
  "open someone else's draft":    { administrator: true, editor: true, author: false, contributor: false, moderator: false },
};

describe.each(DIALECTS)('Admin API articles on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let sectionSlug: string;
  let authorSlug: string;
  const cookies = new Map<Role | 'other', string>();
  let counter = 0;

  beforeAll(async () => {
    sectionSlug = await buildSection(ctx.services.writer);
    authorSlug = await buildAuthor(ctx.services.writer);
    for (const role of [...ROLES, 'other' as const]) {
      const email = `${role}@example.org`;
      await ctx.services.accounts.createUser({ email, name: role, role: role === 'other' ? 'editor' : role, password: PASSWORD });
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: PASSWORD } });
      cookies.set(role, String(res.headers['set-cookie']).split(';')[0] as string);
    }
  });

  const body = (status: 'draft' | 'published', extra: Record<string, unknown> = {}) => ({
    headline: `Story ${++counter}`, slug: `story-${dialect}-${counter}`, sectionSlug, authorSlugs: [authorSlug], status, body: '<p>Text.</p>', ...extra,
  });
  const create = (who: Role | 'other', status: 'draft' | 'published') =>
    ctx.app.inject({ method: 'POST', url: '/api/admin/articles', headers: { cookie: cookies.get(who) as string }, payload: body(status) });
  const update = (who: Role | 'other', slug: string, status: 'draft' | 'published') =>
    ctx.app.inject({ method: 'PUT', url: `/api/admin/articles/${slug}`, headers: { cookie: cookies.get(who) as string }, payload: { ...body(status), slug } });
  const slugOf = (res: { json: () => unknown }) => (res.json() as { slug: string }).slug;

  const attempts: Record<string, (role: Role) => Promise<{ statusCode: number }>> = {
    'create a draft': (role) => create(role, 'draft'),
    'create a published article': (role) => create(role, 'published'),
    'edit their own draft': async (role) => {
      const mine = await create('administrator', 'draft');
      await ctx.services.handle.db.updateTable('articles').set({ createdBy: await userId(role) } as never).where('slug', '=', slugOf(mine)).execute();
      return update(role, slugOf(mine), 'draft');
    },
    'publish their own draft': async (role) => {
      const mine = await create('administrator', 'draft');
      await ctx.services.handle.db.updateTable('articles').set({ createdBy: await userId(role) } as never).where('slug', '=', slugOf(mine)).execute();
      return update(role, slugOf(mine), 'published');
    },
    "edit someone else's draft": async (role) => update(role, slugOf(await create('other', 'draft')), 'draft'),
    "publish someone else's draft": async (role) => update(role, slugOf(await create('other', 'draft')), 'published'),
    "edit someone else's published article": async (role) => update(role, slugOf(await create('other', 'published')), 'published'),
    "open someone else's draft": async (role) => ctx.app.inject({ url: `/api/admin/articles/${slugOf(await create('other', 'draft'))}`, headers: { cookie: cookies.get(role) as string } }),
  };

  async function userId(role: Role): Promise<number> {
    const row = await ctx.services.handle.db.selectFrom('users').select('id').where('email', '=', `${role}@example.org`).executeTakeFirstOrThrow();
    return row.id;
  }

  for (const [action, expected] of Object.entries(EXPECTED)) {
    for (const role of ROLES) {
      it(`${expected[role] ? 'lets' : 'stops'} ${role} ${action}`, async () => {
        const res = await attempts[action]!(role);
        if (expected[role]) expect(res.statusCode, (res as { body?: string }).body).toBeLessThan(300);
        else expect(res.statusCode).toBe(403);
      });
    }
  }

  it('refuses every article route without a session', async () => {
    expect((await ctx.app.inject({ method: 'POST', url: '/api/admin/articles', payload: body('draft') })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'PUT', url: '/api/admin/articles/anything', payload: body('draft') })).statusCode).toBe(401);
    expect((await ctx.app.inject('/api/admin/articles/anything')).statusCode).toBe(401);
  });

  it('publishes through the API straight onto the reader site', async () => {
    const res = await create('editor', 'published');
    expect(res.statusCode).toBe(201);
    const page = await ctx.app.inject(`/${sectionSlug}/${slugOf(res)}/`);
    expect(page.statusCode).toBe(200);
  });

  it('answers malformed article bodies with 400 naming the field', async () => {
    const cookie = cookies.get('editor') as string;
    for (const payload of [{ ...body('draft'), headline: '' }, { ...body('draft'), authorSlugs: [] }, { ...body('draft'), status: 'live' }, { ...body('draft'), surprise: 1 }]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/articles', headers: { cookie }, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID' } });
    }
  });
});
