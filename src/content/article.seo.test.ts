import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from '../../test/support/factories.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(DIALECTS)('SEO title and description on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie: string;
  let sectionSlug: string;
  let authorSlug: string;

  beforeAll(async () => {
    sectionSlug = await buildSection(ctx.services.writer);
    authorSlug = await buildAuthor(ctx.services.writer);
    await ctx.services.accounts.createUser({ email: 'seo-editor@example.org', name: 'Seo Editor', role: 'editor', password: PASSWORD });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'seo-editor@example.org', password: PASSWORD } });
    cookie = String(res.headers['set-cookie']).split(';')[0] as string;
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    ctx.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const fields = () => ({ headline: 'Harbour dredging approved', sectionSlug, authorSlugs: [authorSlug], body: '<p>Text.</p>' });

  it('stores them with a save, answers them, and keeps them when a later save leaves them out', async () => {
    const created = await call('POST', '/api/admin/articles', fields());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ seoTitle: '', seoDescription: '' });
    const { slug, revision } = created.json() as { slug: string; revision: number };
    const saved = await call('PUT', `/api/admin/articles/${slug}`, {
      ...fields(), seoTitle: '  Dredging: what changes for the harbour  ', seoDescription: 'The board voted 7–2.', baseRevision: revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ seoTitle: 'Dredging: what changes for the harbour', seoDescription: 'The board voted 7–2.' });
    const again = await call('PUT', `/api/admin/articles/${slug}`, { ...fields(), baseRevision: (saved.json() as { revision: number }).revision });
    expect(again.statusCode, again.body).toBe(200);
    expect((await call('GET', `/api/admin/articles/${slug}`)).json()).toMatchObject({ seoTitle: 'Dredging: what changes for the harbour', seoDescription: 'The board voted 7–2.' });
  });

  it('refuses an SEO title or description that is too long, naming the field', async () => {
    for (const [field, length] of [['seoTitle', 201], ['seoDescription', 401]] as const) {
      const res = await call('POST', '/api/admin/articles', { ...fields(), [field]: 'x'.repeat(length) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'REQUEST_INVALID', property: field } });
    }
  });

  it('titles and describes the article page with them, and with the headline and standfirst when empty', async () => {
    const withSeo = await buildArticle(ctx.services.writer, { sectionSlug, seoTitle: 'Search title', seoDescription: 'Search description.' });
    const page = (await ctx.app.inject({ method: 'GET', url: `/${sectionSlug}/${withSeo.slug}/` })).body;
    expect(page).toMatch(/<title>Search title[^<]*<\/title>/);
    expect(page).toContain('<meta name="description" content="Search description."');
    expect(page).toContain(`<h1 class="headline">Headline ${withSeo.slug}</h1>`);

    const plain = await buildArticle(ctx.services.writer, { sectionSlug });
    const fallback = (await ctx.app.inject({ method: 'GET', url: `/${sectionSlug}/${plain.slug}/` })).body;
    expect(fallback).toMatch(new RegExp(`<title>Headline ${plain.slug}[^<]*</title>`));
    expect(fallback).toContain('<meta name="description" content="A standfirst."');
  });
});
