import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const PASSWORD = 'correct horse battery staple';
const ALL_BUT_MODERATOR = { administrator: true, editor: true, author: true, contributor: true, moderator: false };
const PUBLISHERS = { administrator: true, editor: true, author: true, contributor: false, moderator: false };
const EDITORS = { administrator: true, editor: true, author: false, contributor: false, moderator: false };

// Written from the WordPress meanings, not from the implementation: may the role …
const EXPECTED: Record<string, Record<Role, boolean>> = {
  'create a draft': ALL_BUT_MODERATOR,
  'edit their own draft': ALL_BUT_MODERATOR,
  'submit their own draft for review': ALL_BUT_MODERATOR,
  'publish their own draft': PUBLISHERS,
  'schedule their own draft': PUBLISHERS,
  'take down their own published article': PUBLISHERS,
  'share their own draft through a preview link': PUBLISHERS,
  'read the revisions of their own draft': ALL_BUT_MODERATOR,
  'restore a revision of their own draft': ALL_BUT_MODERATOR,
  'read the history of their own draft': ALL_BUT_MODERATOR,
  "open someone else's draft": EDITORS,
  "edit someone else's draft": EDITORS,
  "publish someone else's draft": EDITORS,
  "send back someone else's submission": EDITORS,
  "edit someone else's published article": EDITORS,
  "take down someone else's published article": EDITORS,
  "share someone else's draft through a preview link": EDITORS,
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

  const body = (extra: Record<string, unknown> = {}) => ({
    headline: `Story ${++counter}`, slug: `story-${dialect}-${counter}`, sectionSlug, authorSlugs: [authorSlug], body: '<p>Text.</p>', ...extra,
  });
  const call = (who: Role | 'other', method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: Record<string, unknown>) =>
    ctx.app.inject({ method, url, headers: { cookie: cookies.get(who) as string }, ...(payload ? { payload } : {}) });
  const create = async (who: Role | 'other') => {
    const res = await call(who, 'POST', '/api/admin/articles', body());
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { slug: string; revision: number };
  };
  const act = (who: Role | 'other', slug: string, action: string, payload: Record<string, unknown> = {}) =>
    call(who, 'POST', `/api/admin/articles/${slug}/${action}`, payload);
  const save = (who: Role | 'other', article: { slug: string; revision: number }) =>
    call(who, 'PUT', `/api/admin/articles/${article.slug}`, { ...body(), slug: article.slug, baseRevision: article.revision });

  async function userId(role: Role): Promise<number> {
    const row = await ctx.services.handle.db.selectFrom('users').select('id').where('email', '=', `${role}@example.org`).executeTakeFirstOrThrow();
    return row.id;
  }
  /** A draft made by an administrator and handed to `role` as its creator. */
  async function ownDraft(role: Role) {
    const article = await create('administrator');
    await ctx.services.handle.db.updateTable('articles').set({ createdBy: await userId(role) } as never).where('slug', '=', article.slug).execute();
    return article;
  }
  async function ownPublished(role: Role) {
    const article = await ownDraft(role);
    expect((await act('administrator', article.slug, 'publish')).statusCode).toBe(200);
    return article;
  }
  const later = () => new Date(Date.now() + 86_400_000).toISOString();

  const attempts: Record<string, (role: Role) => Promise<{ statusCode: number; body: string }>> = {
    'create a draft': (role) => call(role, 'POST', '/api/admin/articles', body()),
    'edit their own draft': async (role) => save(role, await ownDraft(role)),
    'submit their own draft for review': async (role) => act(role, (await ownDraft(role)).slug, 'submit'),
    'publish their own draft': async (role) => act(role, (await ownDraft(role)).slug, 'publish'),
    'schedule their own draft': async (role) => act(role, (await ownDraft(role)).slug, 'schedule', { publishAt: later() }),
    'take down their own published article': async (role) => act(role, (await ownPublished(role)).slug, 'unpublish'),
    'share their own draft through a preview link': async (role) => call(role, 'POST', `/api/admin/articles/${(await ownDraft(role)).slug}/preview-links`, {}),
    'read the revisions of their own draft': async (role) => call(role, 'GET', `/api/admin/articles/${(await ownDraft(role)).slug}/revisions`),
    'restore a revision of their own draft': async (role) => {
      const article = await ownDraft(role);
      return call(role, 'POST', `/api/admin/articles/${article.slug}/revisions/1/restore`, { baseRevision: article.revision });
    },
    'read the history of their own draft': async (role) => call(role, 'GET', `/api/admin/articles/${(await ownDraft(role)).slug}/history`),
    "open someone else's draft": async (role) => call(role, 'GET', `/api/admin/articles/${(await create('other')).slug}`),
    "edit someone else's draft": async (role) => save(role, await create('other')),
    "publish someone else's draft": async (role) => act(role, (await create('other')).slug, 'publish'),
    "send back someone else's submission": async (role) => {
      const article = await create('other');
      expect((await act('other', article.slug, 'submit')).statusCode).toBe(200);
      return act(role, article.slug, 'send-back', { note: 'Needs a second source.' });
    },
    "edit someone else's published article": async (role) => {
      const article = await create('other');
      await act('other', article.slug, 'publish');
      return save(role, article);
    },
    "take down someone else's published article": async (role) => {
      const article = await create('other');
      await act('other', article.slug, 'publish');
      return act(role, article.slug, 'unpublish');
    },
    "share someone else's draft through a preview link": async (role) => call(role, 'POST', `/api/admin/articles/${(await create('other')).slug}/preview-links`, {}),
  };

  for (const [action, expected] of Object.entries(EXPECTED)) {
    for (const role of ROLES) {
      it(`${expected[role] ? 'lets' : 'stops'} ${role} ${action}`, async () => {
        const res = await attempts[action]!(role);
        if (expected[role]) expect(res.statusCode, res.body).toBeLessThan(300);
        else expect(res.statusCode, res.body).toBe(403);
      });
    }
  }

  it('refuses every article route without a session', async () => {
    const article = await create('editor');
    for (const [method, url] of [
      ['POST', '/api/admin/articles'], ['PUT', `/api/admin/articles/${article.slug}`], ['GET', `/api/admin/articles/${article.slug}`],
      ['POST', `/api/admin/articles/${article.slug}/publish`], ['GET', `/api/admin/articles/${article.slug}/revisions`],
      ['GET', `/api/admin/articles/${article.slug}/history`], ['POST', `/api/admin/articles/${article.slug}/preview-links`],
    ] as const) {
      const payload = method === 'GET' ? undefined : url === '/api/admin/articles' ? body() : method === 'PUT' ? { ...body(), baseRevision: 1 } : {};
      const res = await ctx.app.inject({ method, url, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('creates drafts only: going public is a workflow action', async () => {
    const res = await call('editor', 'POST', '/api/admin/articles', body({ status: 'published' }));
    expect(res.statusCode).toBe(400);
    const draft = await create('editor');
    expect((await ctx.app.inject(`/${sectionSlug}/${draft.slug}/`)).statusCode).toBe(404);
    expect((await act('editor', draft.slug, 'publish')).json()).toMatchObject({ status: 'published' });
    expect((await ctx.app.inject(`/${sectionSlug}/${draft.slug}/`)).statusCode).toBe(200);
  });

  it('answers malformed article bodies with 400 naming the field', async () => {
    for (const payload of [body({ headline: '' }), body({ authorSlugs: [] }), body({ embargoUntil: 'soon' }), body({ surprise: 1 })]) {
      const res = await call('editor', 'POST', '/api/admin/articles', payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID' } });
    }
    const article = await create('editor');
    const missingBase = await call('editor', 'PUT', `/api/admin/articles/${article.slug}`, body());
    expect(missingBase.statusCode).toBe(400);
    expect(missingBase.json().error.message).toContain('baseRevision');
  });
});
