import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    for (const role of ['administrator', 'editor']) {
      await ctx.services.accounts.createUser({ email: `${role}@example.org`, name: role, role, password: PASSWORD });
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: `${role}@example.org`, password: PASSWORD } });
      cookie[role] = String(res.headers['set-cookie']).split(';')[0] as string;
    }
  });

  const makeToken = async (role: string, name = 'Newsletter') => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/tokens', headers: { cookie: cookie.administrator as string }, payload: { name, role } });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: number; token: string; role: string }>();
  };

  it('shows a new token once and stores only its hash', async () => {
    const created = await makeToken('editor');
    expect(created.token).toMatch(/^dl_[A-Za-z0-9_-]{40,}$/);
    const stored = await ctx.services.handle.db.selectFrom('apiTokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const listed = await ctx.app.inject({ url: '/api/admin/tokens', headers: { cookie: cookie.administrator as string } });
    expect(listed.body).not.toContain(created.token);
    expect(listed.json<{ items: { id: number }[] }>().items.some((t) => t.id === created.id)).toBe(true);
  });

  it('signs requests in with the role of the token, until it is revoked', async () => {
    const created = await makeToken('author', 'Syndication');
    const auth = { authorization: `Bearer ${created.token}` };
    const me = await ctx.app.inject({ url: '/api/admin/session', headers: auth });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { role: 'author' } });
    const revoked = await ctx.app.inject({ method: 'DELETE', url: `/api/admin/tokens/${created.id}`, headers: { cookie: cookie.administrator as string } });
    expect(revoked.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/admin/session', headers: auth })).statusCode).toBe(401);
  });

  it('limits what a token may do to its role', async () => {
    const sectionSlug = await buildSection(ctx.services.writer);
    const authorSlug = await buildAuthor(ctx.services.writer);
    const contributor = await makeToken('contributor', 'Wire feed');
    const headers = { authorization: `Bearer ${contributor.token}` };
    const payload = { headline: 'From the wire', sectionSlug, authorSlugs: [authorSlug] };
    const draft = await ctx.app.inject({ method: 'POST', url: '/api/admin/articles', headers, payload });
    expect(draft.statusCode).toBe(201);
    const slug = draft.json<{ slug: string }>().slug;
    expect((await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${slug}/publish`, headers, payload: {} })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${slug}/submit`, headers, payload: {} })).statusCode).toBe(200);
  });

  it('lets only administrators manage tokens', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/tokens', headers: { cookie: cookie.editor as string }, payload: { name: 'Mine', role: 'administrator' } });
    expect(res.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/admin/tokens', headers: { cookie: cookie.editor as string } })).statusCode).toBe(403);
  });

  it('refuses unknown, malformed and missing tokens alike', async () => {
    for (const authorization of ['Bearer dl_notarealtoken', 'Bearer x', `Bearer dl_${'a'.repeat(500)}`, 'Basic Zm9vOmJhcg==']) {
      const res = await ctx.app.inject({ url: '/api/admin/session', headers: { authorization } });
      expect(res.statusCode, authorization.slice(0, 20)).toBe(401);
    }
    for (const body of [{ name: '', role: 'editor' }, { name: 'x', role: 'king' }, { name: 'x' }]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/tokens', headers: { cookie: cookie.administrator as string }, payload: body });
      expect(res.statusCode).toBe(400);
    }
  });
});
