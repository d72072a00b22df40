import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const SETTINGS = { title: 'The Harbour Herald', description: 'News from the quay.', language: 'en-GB' };

describe.each(DIALECTS)('Admin API site settings on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    for (const [role, cookie] of await signInRoles(ctx.app, ctx.services.accounts, ROLES)) cookies.set(role, cookie);
  });

  const put = (role: Role | null, payload: unknown) => ctx.app.inject({
    method: 'PUT', url: '/api/admin/settings', payload: payload as object, headers: role ? { cookie: cookies.get(role) as string } : {},
  });

  it('lets only administrators read and change the settings', async () => {
    for (const role of ROLES) {
      const res = await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get(role) as string } });
      expect(res.statusCode, role).toBe(role === 'administrator' ? 200 : 403);
      expect((await put(role, SETTINGS)).statusCode, role).toBe(role === 'administrator' ? 200 : 403);
    }
    expect((await ctx.app.inject('/api/admin/settings')).statusCode).toBe(401);
    expect((await put(null, SETTINGS)).statusCode).toBe(401);
  });

  it('shows new settings on every cached page at once', async () => {
    const article = await buildArticle(ctx.services.writer);
    const pages = ['/', `/${article.sectionSlug}/`, `/${article.sectionSlug}/${article.slug}/`];
    await put('administrator', { title: 'Before Title', description: '', language: 'en' });
    for (const url of pages) expect((await ctx.app.inject(url)).body, url).toContain('Before Title');

    const res = await put('administrator', { title: '  After Title ', description: 'Right to left.', language: 'ar' });
    expect(res.json()).toEqual({ title: 'After Title', description: 'Right to left.', language: 'ar' });

    for (const url of pages) {
      const html = (await ctx.app.inject(url)).body;
      expect(html, url).toContain('After Title');
      expect(html, url).toContain('dir="rtl"');
    }
    const read = await ctx.app.inject({ url: '/api/admin/settings', headers: { cookie: cookies.get('administrator') as string } });
    expect(read.json()).toEqual({ title: 'After Title', description: 'Right to left.', language: 'ar' });
  });

  it('answers malformed settings with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...SETTINGS, title: '' }, 'title'],
      [{ ...SETTINGS, title: '   ' }, 'title'],
      [{ ...SETTINGS, title: 't'.repeat(201) }, 'title'],
      [{ ...SETTINGS, language: 'english please' }, 'language'],
      [{ ...SETTINGS, language: 42 }, 'language'],
      [{ title: 'T', language: 'en' }, 'description'],
      [{ ...SETTINGS, theme: 'dark' }, 'theme'],
    ];
    for (const [payload, property] of cases) {
      const res = await put('administrator', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.property).toBe(property);
    }
  });
});
