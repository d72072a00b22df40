import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { useSectionAndAuthor } from '../../test/support/factories.ts';
import { roleUsers, useSignedIn } from '../../test/support/sign-in.ts';
import type { Role } from '../accounts/index.ts';

const WRITERS: Role[] = ['administrator', 'editor', 'author', 'contributor'];

describe.each(DIALECTS)('GET /api/admin/articles/:slug/history on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const { call } = useSignedIn(ctx, roleUsers([...WRITERS, 'moderator']));
  const filedUnder = useSectionAndAuthor(ctx);
  let counter = 0;

  async function draftOf(role: Role): Promise<string> {
    const res = await call(role, 'POST', '/api/admin/articles', { headline: `A ${role} story ${++counter}`, ...filedUnder(), body: '<p>Text.</p>' });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { slug: string }).slug;
  }

  it('names the site time zone to everyone who may open the article, so they pick times in it', async () => {
    const slugs = new Map<Role, string>();
    for (const role of WRITERS) slugs.set(role, await draftOf(role));
    expect((await call('editor', 'GET', `/api/admin/articles/${slugs.get('editor')}/history`)).json()).toMatchObject({ timeZone: 'UTC' });

    await ctx.services.writer.setSiteSettings({ title: 'The Quay', description: '', language: 'en', timeZone: 'Europe/London' });
    for (const role of WRITERS) {
      const res = await call(role, 'GET', `/api/admin/articles/${slugs.get(role)}/history`);
      expect(res.statusCode, role).toBe(200);
      expect(res.json(), role).toMatchObject({ timeZone: 'Europe/London', events: [{ toStatus: 'draft' }], jobs: [] });
    }
  });

  it('still refuses the history to those who may not open the article', async () => {
    const slug = await draftOf('editor');
    expect((await call('contributor', 'GET', `/api/admin/articles/${slug}/history`)).statusCode).toBe(403);
    expect((await call('moderator', 'GET', `/api/admin/articles/${slug}/history`)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `/api/admin/articles/${slug}/history` })).statusCode).toBe(401);
  });
});
