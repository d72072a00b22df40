import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const PASSWORD = 'correct horse battery staple';
type Who = Role | 'other';

// Written from the newsroom's rules, not the implementation: corrections change a published
// article, so they need the right to change published work (editors on anyone's, authors on their own).
const MAY_CORRECT: Record<string, Record<Role, boolean>> = {
  "someone else's published article": { administrator: true, editor: true, author: false, contributor: false, moderator: false },
  'their own published article': { administrator: true, editor: true, author: true, contributor: false, moderator: false },
};

describe.each(DIALECTS)('Admin API corrections on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let sectionSlug: string;
  let authorSlug: string;
  const cookies = new Map<Who, string>();
  const ids = new Map<Who, number>();

  beforeAll(async () => {
    sectionSlug = await buildSection(ctx.services.writer);
    authorSlug = await buildAuthor(ctx.services.writer);
    for (const who of [...ROLES, 'other' as const]) {
      const email = `${who}@example.org`;
      ids.set(who, await ctx.services.accounts.createUser({ email, name: who, role: who === 'other' ? 'editor' : who, password: PASSWORD }));
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: PASSWORD } });
      cookies.set(who, String(res.headers['set-cookie']).split(';')[0] as string);
    }
  });

  /** A published article (or one in `status`), created by `owner`. */
  async function article(owner: Who = 'other', fields: { status?: 'draft' | 'published'; publishedAt?: string } = {}) {
    const { slug } = await buildArticle(ctx.services.writer, { sectionSlug, authorSlugs: [authorSlug], ...fields });
    await ctx.services.handle.db.updateTable('articles').set({ createdBy: ids.get(owner) } as never).where('slug', '=', slug).execute();
    return slug;
  }
  const call = (who: Who | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url, ...(who ? { headers: { cookie: cookies.get(who) as string } } : {}), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const add = (who: Who | null, slug: string, payload: unknown = { kind: 'correction', text: 'An earlier version misspelt the mayor’s name.' }) =>
    call(who, 'POST', `/api/admin/articles/${slug}/corrections`, payload);

  describe('POST, GET, PATCH and DELETE', () => {
    it('adds a correction dated by the server clock and lists it', async () => {
      const slug = await article();
      ctx.services.clock.advance(60_000);
      const now = ctx.services.clock.now().toISOString();
      const res = await add('editor', slug, { kind: 'correction', text: 'The bridge opened in 1932, not 1923.', createdAt: undefined });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'correction', text: 'The bridge opened in 1932, not 1923.', createdAt: now, updatedAt: now, createdBy: ids.get('editor') });

      const list = await call('editor', 'GET', `/api/admin/articles/${slug}/corrections`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toEqual({ items: [res.json()] });
    });

    it("moves the article's modified time to the correction's time", async () => {
      const slug = await article();
      const before = await ctx.services.content.getArticle(slug);
      ctx.services.clock.advance(3_600_000);
      const res = await add('editor', slug);
      const after = await ctx.services.content.getArticle(slug);
      expect(after.updatedAt).toBe(res.json<{ createdAt: string }>().createdAt);
      expect(after.updatedAt > before.updatedAt).toBe(true);
      expect(after.publishedAt).toBe(before.publishedAt);
    });

    it('rewords a correction, keeping its date and recording when it changed', async () => {
      const slug = await article();
      const created = (await add('editor', slug)).json<{ id: number; createdAt: string }>();
      ctx.services.clock.advance(120_000);
      const res = await call('editor', 'PATCH', `/api/admin/articles/${slug}/corrections/${created.id}`, { text: 'Reworded.', kind: 'clarification' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: created.id, kind: 'clarification', text: 'Reworded.', createdAt: created.createdAt, updatedAt: ctx.services.clock.now().toISOString() });
    });

    it('removes a correction added by mistake, once', async () => {
      const slug = await article();
      const created = (await add('editor', slug)).json<{ id: number }>();
      const url = `/api/admin/articles/${slug}/corrections/${created.id}`;
      expect((await call('editor', 'DELETE', url)).statusCode).toBe(204);
      expect((await call('editor', 'GET', `/api/admin/articles/${slug}/corrections`)).json()).toEqual({ items: [] });
      const again = await call('editor', 'DELETE', url);
      expect(again.statusCode).toBe(404);
      expect(again.json()).toMatchObject({ error: { code: 'CONTENT_CORRECTION_NOT_FOUND' } });
    });

    it("answers 404 for a correction addressed through another article", async () => {
      const [a, b] = [await article(), await article()];
      const created = (await add('editor', a)).json<{ id: number }>();
      for (const method of ['PATCH', 'DELETE'] as const) {
        const res = await call('editor', method, `/api/admin/articles/${b}/corrections/${created.id}`, method === 'PATCH' ? { text: 'x' } : undefined);
        expect(res.statusCode).toBe(404);
      }
      expect((await call('editor', 'GET', `/api/admin/articles/${a}/corrections`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    });

    it('answers 404 for an unknown article', async () => {
      const res = await add('editor', 'no-such-story');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_ARTICLE_NOT_FOUND' } });
    });
  });

  it('describes every correction route with its schemas in the Admin API document', async () => {
    const doc = (await ctx.app.inject('/api/admin/openapi.json')).json<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
    const base = '/api/admin/articles/{slug}/corrections';
    expect(doc.paths[base]?.get).toBeDefined();
    expect(doc.paths[base]?.post?.requestBody).toBeDefined();
    expect(doc.paths[`${base}/{id}`]?.patch?.requestBody).toBeDefined();
    expect(doc.paths[`${base}/{id}`]?.delete).toBeDefined();
  });

  describe('only published articles', () => {
    it('refuses a correction on a draft with 409', async () => {
      const slug = await article('other', { status: 'draft' });
      const res = await add('editor', slug);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_ARTICLE_NOT_PUBLISHED' } });
    });

    it('refuses a correction on an article scheduled for later', async () => {
      const slug = await article('other', { publishedAt: '2027-01-01T00:00:00.000Z' });
      const res = await add('editor', slug);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'CONTENT_ARTICLE_NOT_PUBLISHED' } });
    });
  });

  describe('permissions', () => {
    for (const [whose, expected] of Object.entries(MAY_CORRECT)) {
      for (const role of ROLES) {
        it(`${expected[role] ? 'lets' : 'stops'} ${role} correct ${whose}`, async () => {
          const slug = await article(whose.startsWith('their own') ? role : 'other');
          const res = await add(role, slug);
          if (expected[role]) expect(res.statusCode, res.body).toBe(201);
          else expect(res.statusCode).toBe(403);
        });
      }
    }

    it("stops an author rewording or removing an editor's correction of their own article", async () => {
      const slug = await article('author');
      const editors = (await add('editor', slug)).json<{ id: number }>();
      const url = `/api/admin/articles/${slug}/corrections/${editors.id}`;
      expect((await call('author', 'PATCH', url, { text: 'Softer.' })).statusCode).toBe(403);
      expect((await call('author', 'DELETE', url)).statusCode).toBe(403);
      const own = (await add('author', slug)).json<{ id: number }>();
      expect((await call('author', 'PATCH', `/api/admin/articles/${slug}/corrections/${own.id}`, { text: 'Better.' })).statusCode).toBe(200);
      expect((await call('author', 'DELETE', `/api/admin/articles/${slug}/corrections/${own.id}`)).statusCode).toBe(204);
    });

    it('lets an editor reword any correction', async () => {
      const slug = await article('author');
      const authors = (await add('author', slug)).json<{ id: number }>();
      expect((await call('other', 'PATCH', `/api/admin/articles/${slug}/corrections/${authors.id}`, { text: 'Edited.' })).statusCode).toBe(200);
    });

    it('keeps the list to those who may open the article', async () => {
      const slug = await article();
      expect((await call('moderator', 'GET', `/api/admin/articles/${slug}/corrections`)).statusCode).toBe(403);
      expect((await call('author', 'GET', `/api/admin/articles/${slug}/corrections`)).statusCode).toBe(403);
      expect((await call('administrator', 'GET', `/api/admin/articles/${slug}/corrections`)).statusCode).toBe(200);
    });

    it('refuses every correction route without a session', async () => {
      const slug = await article();
      const created = (await add('editor', slug)).json<{ id: number }>();
      const base = `/api/admin/articles/${slug}/corrections`;
      expect((await call(null, 'GET', base)).statusCode).toBe(401);
      expect((await add(null, slug)).statusCode).toBe(401);
      expect((await call(null, 'PATCH', `${base}/${created.id}`, { text: 'x' })).statusCode).toBe(401);
      expect((await call(null, 'DELETE', `${base}/${created.id}`)).statusCode).toBe(401);
      expect((await call('editor', 'GET', base)).json<{ items: unknown[] }>().items).toHaveLength(1);
    });

    it('refuses a change sent from another site', async () => {
      const slug = await article();
      const res = await ctx.app.inject({ method: 'POST', url: `/api/admin/articles/${slug}/corrections`,
        headers: { cookie: cookies.get('editor') as string, origin: 'https://evil.example' }, payload: { kind: 'correction', text: 'x' } });
      expect(res.statusCode).toBe(403);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      ['empty text', { kind: 'correction', text: '' }, 'text'],
      ['blank text', { kind: 'correction', text: ' \n\t ' }, 'text'],
      ['missing text', { kind: 'correction' }, 'text'],
      ['unknown kind', { kind: 'retraction', text: 'x' }, 'kind'],
      ['missing kind', { text: 'x' }, 'kind'],
      ['text that is not a string', { kind: 'correction', text: { html: '<b>x</b>' } }, 'text'],
      ['text over 2000 characters', { kind: 'correction', text: 'x'.repeat(2001) }, 'text'],
      ['a NUL character', { kind: 'correction', text: 'before\u0000after' }, 'text'],
      ['an unknown field', { kind: 'correction', text: 'x', createdAt: '2001-01-01T00:00:00Z' }, 'createdAt'],
    ];
    for (const [name, payload, property] of cases) {
      it(`answers ${name} with 400 naming ${property}`, async () => {
        const res = await add('editor', await article(), payload);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json<{ error: { property?: string } }>().error.property).toBe(property);
      });
    }

    it('answers a 1 MB text with a JSON 4xx, and stores nothing', async () => {
      const slug = await article();
      for (const size of [1_000_000, 1_100_000]) {
        const res = await add('editor', slug, { kind: 'correction', text: 'x'.repeat(size) });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.json()).toHaveProperty('error.code');
      }
      expect((await call('editor', 'GET', `/api/admin/articles/${slug}/corrections`)).json()).toEqual({ items: [] });
    });

    it('answers malformed ids and empty changes with 400', async () => {
      const slug = await article();
      const created = (await add('editor', slug)).json<{ id: number }>();
      for (const id of ['abc', '0', '-1', '1.5', '1e3', '99999999999']) {
        const res = await call('editor', 'PATCH', `/api/admin/articles/${slug}/corrections/${id}`, { text: 'x' });
        expect(res.statusCode, id).toBe(400);
        expect(res.json<{ error: { property?: string } }>().error.property, id).toBe('id');
      }
      expect((await call('editor', 'PATCH', `/api/admin/articles/${slug}/corrections/${created.id}`, {})).statusCode).toBe(400);
      expect((await call('editor', 'PATCH', `/api/admin/articles/${slug}/corrections/${created.id}`, { text: '   ' })).statusCode).toBe(400);
    });

    it('keeps markup as plain text', async () => {
      const res = await add('editor', await article(), { kind: 'clarification', text: '<script>alert(1)</script> <b>bold</b>' });
      expect(res.statusCode).toBe(201);
      expect(res.json<{ text: string }>().text).toBe('<script>alert(1)</script> <b>bold</b>');
    });
  });
});
