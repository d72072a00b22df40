import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildAuthor, buildSection } from '../../test/support/factories.ts';

const PASSWORD = 'correct horse battery staple';
type Listed = { items: { slug: string; status: string }[]; total: number };

describe.each(DIALECTS)('GET /api/admin/articles on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookie: Record<string, string> = {};
  const slugs: Record<string, string[]> = { editor: [], author: [] };

  beforeAll(async () => {
    const sectionSlug = await buildSection(ctx.services.writer);
    const authorSlug = await buildAuthor(ctx.services.writer);
    for (const role of ['editor', 'author', 'moderator']) {
      await ctx.services.accounts.createUser({ email: `${role}@example.org`, name: role, role, password: PASSWORD });
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: `${role}@example.org`, password: PASSWORD } });
      cookie[role] = String(res.headers['set-cookie']).split(';')[0] as string;
    }
    for (const [role, status] of [['editor', 'draft'], ['editor', 'published'], ['author', 'draft'], ['author', 'published']] as const) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/articles', headers: { cookie: cookie[role] as string },
        payload: { headline: `${role} ${status} story`, sectionSlug, authorSlugs: [authorSlug] } });
      const slug = res.json<{ slug: string }>().slug;
      if (status === 'published') {
        await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${slug}/publish`, headers: { cookie: cookie[role] as string }, payload: {} });
      }
      slugs[role]!.push(slug);
    }
  });

  const list = (role: string, query = '') => ctx.app.inject({ url: `/api/admin/articles${query}`, headers: { cookie: cookie[role] as string } });

  it("shows an editor everyone's articles in every status", async () => {
    const res = await list('editor');
    expect(res.statusCode).toBe(200);
    const listed = res.json<Listed>().items.map((a) => a.slug);
    expect(listed).toEqual(expect.arrayContaining([...slugs.editor!, ...slugs.author!]));
  });

  it('shows an author only their own, drafts included', async () => {
    const listed = (await list('author')).json<Listed>();
    expect(listed.items.map((a) => a.slug).sort()).toEqual([...slugs.author!].sort());
    expect(listed.total).toBe(2);
  });

  it('filters by status', async () => {
    const drafts = (await list('editor', '?status=draft')).json<Listed>();
    expect(drafts.items.every((a) => a.status === 'draft')).toBe(true);
    expect(drafts.items.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a moderator, a stranger and malformed queries', async () => {
    expect((await list('moderator')).statusCode).toBe(403);
    expect((await ctx.app.inject('/api/admin/articles')).statusCode).toBe(401);
    for (const query of ['?limit=500', '?page=0', '?status=live', '?mine=1']) expect((await list('editor', query)).statusCode, query).toBe(400);
  });
});
