import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];

// From the WordPress meanings: whoever writes articles picks sections and tags; editors and
// administrators manage them; a moderator has nothing to do with them.
const MAY_LIST: Record<Role, boolean> = { administrator: true, editor: true, author: true, contributor: true, moderator: false };
const MAY_MANAGE: Record<Role, boolean> = { administrator: true, editor: true, author: false, contributor: false, moderator: false };

describe.each(DIALECTS)('Admin API sections, tags and authors on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();
  let n = 0;
  const fresh = (prefix: string) => `${prefix}-${++n}`;

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ROLES)) cookies.set(role, cookie);
  });

  const call = (role: Role | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: role ? { cookie: cookies.get(role) as string } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const get = (url: string) => ctx.app.inject({ method: 'GET', url });

  describe('permissions', () => {
    for (const role of ROLES) {
      it(`${MAY_LIST[role] ? 'lets' : 'stops'} ${role} list sections, tags and authors`, async () => {
        for (const kind of ['sections', 'tags', 'authors']) {
          expect((await call(role, 'GET', `/api/admin/${kind}`)).statusCode, kind).toBe(MAY_LIST[role] ? 200 : 403);
        }
      });

      it(`${MAY_MANAGE[role] ? 'lets' : 'stops'} ${role} create, change and delete them`, async () => {
        const slug = fresh(`by-${role}`);
        const expected = MAY_MANAGE[role] ? [201, 200, 204] : [403, 403, 403];
        for (const kind of ['sections', 'tags', 'authors']) {
          const created = await call(role, 'POST', `/api/admin/${kind}`, { name: 'Made', slug });
          const changed = await call(MAY_MANAGE[role] ? role : 'editor', 'POST', `/api/admin/${kind}`, { name: 'Other', slug: `${slug}-x` })
            .then(() => call(role, 'PATCH', `/api/admin/${kind}/${slug}-x`, { name: 'Changed' }));
          const deleted = await call(role, 'DELETE', `/api/admin/${kind}/${slug}-x`);
          expect([created.statusCode, changed.statusCode, deleted.statusCode], kind).toEqual(expected);
          if (!MAY_MANAGE[role]) expect(created.json()).toMatchObject({ error: { code: 'ACCOUNTS_FORBIDDEN' } });
        }
      });
    }

    it('answers every route 401 without a session, before looking at the input', async () => {
      const attempts: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
        ['GET', '/api/admin/sections'], ['POST', '/api/admin/sections', { name: 'X' }], ['PATCH', '/api/admin/sections/x', {}],
        ['DELETE', '/api/admin/sections/x'], ['GET', '/api/admin/tags'], ['POST', '/api/admin/tags/x/merge', { into: 'y' }],
        ['DELETE', '/api/admin/tags/x?force=true'], ['PATCH', '/api/admin/authors/x', { bio: 'b' }], ['POST', '/api/admin/authors', { bogus: 1 }],
      ];
      for (const [method, url, payload] of attempts) {
        const res = await call(null, method, url, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.json()).toMatchObject({ error: { code: 'ACCOUNTS_NOT_SIGNED_IN' } });
      }
    });

    it('refuses changes sent from another site', async () => {
      const res = await ctx.app.inject({
        method: 'POST', url: '/api/admin/tags', payload: { name: 'Forged' },
        headers: { cookie: cookies.get('administrator') as string, origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(403);
    });
  });

  it('describes every route with its schemas in the Admin API document', async () => {
    const doc = (await get('/api/admin/openapi.json')).json() as { paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>> };
    const expected: [string, string][] = [
      ['/api/admin/sections', 'get'], ['/api/admin/sections', 'post'], ['/api/admin/sections/{slug}', 'patch'], ['/api/admin/sections/{slug}', 'delete'],
      ['/api/admin/tags', 'post'], ['/api/admin/tags/{slug}/merge', 'post'], ['/api/admin/tags/{slug}', 'delete'], ['/api/admin/authors/{slug}', 'patch'],
      ['/api/admin/users', 'get'], ['/api/admin/users', 'post'], ['/api/admin/users/{id}', 'patch'], ['/api/admin/users/{id}', 'delete'],
      ['/api/admin/settings', 'get'], ['/api/admin/settings', 'put'],
    ];
    for (const [path, method] of expected) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    expect(doc.paths['/api/admin/tags/{slug}/merge']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/admin/sections/{slug}']?.delete?.parameters).toContainEqual(expect.objectContaining({ name: 'reassignTo', in: 'query' }));
  });

  describe('CRUD', () => {
    it('creates, lists, changes and deletes a section', async () => {
      const slug = fresh('weather');
      const created = await call('editor', 'POST', '/api/admin/sections', { name: 'Weather', slug, description: 'Skies.', position: 7 });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ name: 'Weather', slug, description: 'Skies.', position: 7, articleCount: 0 });

      const listed = await call('contributor', 'GET', '/api/admin/sections?limit=100');
      expect(listed.json().items).toContainEqual(expect.objectContaining({ slug, name: 'Weather' }));

      const changed = await call('editor', 'PATCH', `/api/admin/sections/${slug}`, { description: 'Skies and seas.' });
      expect(changed.json()).toMatchObject({ slug, name: 'Weather', description: 'Skies and seas.', position: 7 });

      expect((await call('editor', 'DELETE', `/api/admin/sections/${slug}`)).statusCode).toBe(204);
      const after = await call('editor', 'GET', '/api/admin/sections?limit=100');
      expect(after.json().items.map((s: { slug: string }) => s.slug)).not.toContain(slug);
    });

    it('creates a tag and an author with slugs made from their names, and counts their articles', async () => {
      const tag = await call('editor', 'POST', '/api/admin/tags', { name: `Harbour Works ${++n}` });
      expect(tag.json()).toMatchObject({ slug: `harbour-works-${n}`, articleCount: 0 });
      const author = await call('editor', 'POST', '/api/admin/authors', { name: `Zoë Quay ${++n}`, bio: 'Reporter.' });
      expect(author.json()).toMatchObject({ slug: `zoe-quay-${n}`, bio: 'Reporter.' });

      await buildArticle(ctx.services.writer, { tags: [tag.json().name], authorSlugs: [author.json().slug] });
      const tags = await call('author', 'GET', '/api/admin/tags?limit=100');
      expect(tags.json().items).toContainEqual(expect.objectContaining({ slug: tag.json().slug, articleCount: 1 }));
      const authors = await call('author', 'GET', '/api/admin/authors?limit=100');
      expect(authors.json().items).toContainEqual(expect.objectContaining({ slug: author.json().slug, articleCount: 1 }));
    });

    it('pages the lists', async () => {
      for (let i = 0; i < 3; i++) await call('editor', 'POST', '/api/admin/authors', { name: `Paged ${fresh('p')}` });
      const res = await call('editor', 'GET', '/api/admin/authors?page=2&limit=1');
      expect(res.json()).toMatchObject({ page: 2, limit: 1 });
      expect(res.json().items).toHaveLength(1);
      expect(res.json().total).toBeGreaterThanOrEqual(3);
    });

    it('refuses a taken slug with 409 and a reserved section slug with 400', async () => {
      const slug = await buildSection(ctx.services.writer);
      const taken = await call('editor', 'POST', '/api/admin/sections', { name: 'Dup', slug });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ error: { code: 'CONTENT_SLUG_TAKEN', property: 'slug' } });
      for (const reserved of ['admin', 'tag', 'author', 'api', 'search']) {
        const res = await call('editor', 'POST', '/api/admin/sections', { name: 'Reserved', slug: reserved });
        expect(res.statusCode, reserved).toBe(400);
        expect(res.json()).toMatchObject({ error: { code: 'CONTENT_INVALID_INPUT', property: 'slug' } });
      }
      const renamed = await call('editor', 'PATCH', `/api/admin/sections/${slug}`, { slug: 'feed' });
      expect(renamed.json()).toMatchObject({ error: { code: 'CONTENT_INVALID_INPUT', property: 'slug' } });
    });

    it('answers 404 for an item that does not exist', async () => {
      expect((await call('editor', 'PATCH', '/api/admin/tags/no-such-tag', { name: 'X' })).json()).toMatchObject({ error: { code: 'CONTENT_TAG_NOT_FOUND' } });
      expect((await call('editor', 'DELETE', '/api/admin/authors/no-such-author')).statusCode).toBe(404);
    });
  });

  describe('deleting what is in use', () => {
    it('refuses a section with articles, naming how many, and moves them with ?reassignTo', async () => {
      const [from, to] = [await buildSection(ctx.services.writer), await buildSection(ctx.services.writer)];
      const article = await buildArticle(ctx.services.writer, { sectionSlug: from });
      await buildArticle(ctx.services.writer, { sectionSlug: from });

      const refused = await call('editor', 'DELETE', `/api/admin/sections/${from}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: 'CONTENT_SECTION_IN_USE' } });
      expect(refused.json().error.message).toMatch(/\b2 articles\b/);

      expect((await call('editor', 'DELETE', `/api/admin/sections/${from}?reassignTo=${to}`)).statusCode).toBe(204);
      expect((await get(`/${to}/${article.slug}/`)).statusCode).toBe(200);
      const old = await get(`/${from}/${article.slug}/`);
      expect([old.statusCode, old.headers.location]).toEqual([301, `/${to}/${article.slug}/`]);
    });

    it('refuses a tag on articles unless forced', async () => {
      const tag = fresh('in-use');
      await buildArticle(ctx.services.writer, { tags: [tag] });
      const refused = await call('editor', 'DELETE', `/api/admin/tags/${tag}`);
      expect(refused.json()).toMatchObject({ error: { code: 'CONTENT_TAG_IN_USE' } });
      expect((await call('editor', 'DELETE', `/api/admin/tags/${tag}?force=true`)).statusCode).toBe(204);
      expect((await get(`/tag/${tag}/`)).statusCode).toBe(404);
    });

    it('refuses an author on bylines, and hands them over with ?reassignTo', async () => {
      const [leaving, taking] = [await buildAuthor(ctx.services.writer), await buildAuthor(ctx.services.writer)];
      const article = await buildArticle(ctx.services.writer, { authorSlugs: [leaving] });
      expect((await call('editor', 'DELETE', `/api/admin/authors/${leaving}`)).json()).toMatchObject({ error: { code: 'CONTENT_AUTHOR_IN_USE' } });
      expect((await call('editor', 'DELETE', `/api/admin/authors/${leaving}?reassignTo=${taking}`)).statusCode).toBe(204);
      expect((await ctx.services.content.getArticle(article.slug)).authors.map((a) => a.slug)).toEqual([taking]);
    });
  });

  describe('bad input', () => {
    const long = (n: number) => 'x'.repeat(n);
    const cases: ['POST' | 'PATCH' | 'DELETE', string, unknown, string][] = [
      ['POST', '/api/admin/sections', {}, 'name'],
      ['POST', '/api/admin/sections', { name: '' }, 'name'],
      ['POST', '/api/admin/sections', { name: 'X', slug: 'Not A Slug' }, 'slug'],
      ['POST', '/api/admin/sections', { name: 'X', position: 'first' }, 'position'],
      ['POST', '/api/admin/sections', { name: 'X', surprise: true }, 'surprise'],
      ['POST', '/api/admin/sections', { name: long(201) }, 'name'],
      ['POST', '/api/admin/tags', { name: ['array'] }, 'name'],
      ['POST', '/api/admin/authors', { name: 'X', bio: long(2001) }, 'bio'],
      ['PATCH', '/api/admin/tags/some-tag', { slug: '../../etc' }, 'slug'],
      ['PATCH', '/api/admin/sections/UPPER', { name: 'X' }, 'slug'],
      ['DELETE', '/api/admin/sections/some-section?reassignTo=%3Cscript%3E', undefined, 'reassignTo'],
      ['DELETE', '/api/admin/sections/some-section?cascade=1', undefined, 'cascade'],
      ['DELETE', '/api/admin/tags/some-tag?force=maybe', undefined, 'force'],
      ['POST', '/api/admin/tags/some-tag/merge', {}, 'into'],
      ['POST', '/api/admin/tags/some-tag/merge', { into: 'Bad Slug' }, 'into'],
    ];
    for (const [method, url, payload, property] of cases) {
      it(`answers ${method} ${url} ${(JSON.stringify(payload) ?? '').slice(0, 40)} with 400 naming ${property}`, async () => {
        const res = await call('administrator', method, url, payload);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.property).toBe(property);
      });
    }

    it('answers an empty change and malformed JSON with 400', async () => {
      const slug = await buildSection(ctx.services.writer);
      expect((await call('editor', 'PATCH', `/api/admin/sections/${slug}`, {})).statusCode).toBe(400);
      const res = await ctx.app.inject({
        method: 'POST', url: '/api/admin/sections', payload: '{"name": ',
        headers: { cookie: cookies.get('editor') as string, 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toHaveProperty('error.code');
    });
  });

  describe('renames on the reader site', () => {
    it('answers the old section address and its articles with 301 to the new ones, keeping the page', async () => {
      const old = await buildSection(ctx.services.writer);
      const article = await buildArticle(ctx.services.writer, { sectionSlug: old });
      const next = fresh('renamed-section');
      expect((await call('editor', 'PATCH', `/api/admin/sections/${old}`, { slug: next, name: 'Renamed' })).statusCode).toBe(200);

      const expectations: [string, string][] = [
        [`/${old}/`, `/${next}/`],
        [`/${old}/?page=2`, `/${next}/?page=2`],
        [`/${old}/${article.slug}/`, `/${next}/${article.slug}/`],
      ];
      for (const [from, to] of expectations) {
        const res = await get(from);
        expect([res.statusCode, res.headers.location], from).toEqual([301, to]);
      }
      expect((await get(`/${next}/`)).statusCode).toBe(200);
    });

    it('collapses a chain of renames into one hop', async () => {
      const a = await buildSection(ctx.services.writer);
      const [b, c] = [fresh('hop-b'), fresh('hop-c')];
      await call('editor', 'PATCH', `/api/admin/sections/${a}`, { slug: b });
      await call('editor', 'PATCH', `/api/admin/sections/${b}`, { slug: c });
      for (const from of [a, b]) expect((await get(`/${from}/`)).headers.location).toBe(`/${c}/`);
    });

    it('answers renamed tag and author pages with 301', async () => {
      const [tag, author] = [fresh('old-tag'), await buildAuthor(ctx.services.writer)];
      await buildArticle(ctx.services.writer, { tags: [tag], authorSlugs: [author] });
      const [newTag, newAuthor] = [fresh('new-tag'), fresh('new-author')];
      await call('editor', 'PATCH', `/api/admin/tags/${tag}`, { slug: newTag });
      await call('editor', 'PATCH', `/api/admin/authors/${author}`, { slug: newAuthor });
      for (const [from, to] of [[`/tag/${tag}/`, `/tag/${newTag}/`], [`/author/${author}/?page=1`, `/author/${newAuthor}/?page=1`]] as const) {
        const res = await get(from);
        expect([res.statusCode, res.headers.location], from).toEqual([301, to]);
      }
    });

    it('merges a tag: articles move, the old tag page redirects to the target', async () => {
      const [source, target] = [fresh('merge-from'), fresh('merge-into')];
      const article = await buildArticle(ctx.services.writer, { tags: [source] });
      await buildArticle(ctx.services.writer, { tags: [source, target] });
      const res = await call('editor', 'POST', `/api/admin/tags/${source}/merge`, { into: target });
      expect(res.json()).toMatchObject({ slug: target, articleCount: 2 });
      expect((await get(`/tag/${source}/`)).headers.location).toBe(`/tag/${target}/`);
      expect((await get(`/${article.sectionSlug}/${article.slug}/`)).body).toContain(`href="/tag/${target}/"`);
    });

    it('shows a renamed section in the navigation of pages cached before the rename', async () => {
      const section = await buildSection(ctx.services.writer, { name: 'Before Rename' });
      const article = await buildArticle(ctx.services.writer, { sectionSlug: section });
      const path = `/${section}/${article.slug}/`;
      expect((await get(path)).body).toContain('Before Rename');
      expect((await get('/')).body).toContain('Before Rename');
      expect(ctx.services.cache?.get(path)).toBeDefined();

      await call('editor', 'PATCH', `/api/admin/sections/${section}`, { name: 'After Rename' });

      for (const url of [path, '/']) {
        const html = (await get(url)).body;
        expect(html, url).toContain('After Rename');
        expect(html, url).not.toContain('Before Rename');
      }
    });

    it('shows a renamed tag on the cached pages of its articles', async () => {
      const tag = fresh('cached-tag');
      const article = await buildArticle(ctx.services.writer, { tags: [tag] });
      const path = `/${article.sectionSlug}/${article.slug}/`;
      expect((await get(path)).body).toContain(`href="/tag/${tag}/"`);
      const next = fresh('cached-tag-new');

      await call('editor', 'PATCH', `/api/admin/tags/${tag}`, { name: 'Brand New Tag Name', slug: next });

      const html = (await get(path)).body;
      expect(html).toContain(`href="/tag/${next}/"`);
      expect(html).toContain('Brand New Tag Name');
    });

    it('shows a renamed author on the cached pages of their articles', async () => {
      const author = await buildAuthor(ctx.services.writer, { name: 'Old Byline' });
      const article = await buildArticle(ctx.services.writer, { authorSlugs: [author] });
      const path = `/${article.sectionSlug}/${article.slug}/`;
      expect((await get(path)).body).toContain('Old Byline');

      await call('editor', 'PATCH', `/api/admin/authors/${author}`, { name: 'New Byline' });

      const html = (await get(path)).body;
      expect(html).toContain('New Byline');
      expect(html).not.toContain('Old Byline');
    });
  });
});
