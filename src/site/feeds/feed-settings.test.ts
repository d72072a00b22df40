import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/db-matrix.ts';
import { buildArticle } from '../../../test/support/factories.ts';
import { signInRoles } from '../../../test/support/sign-in.ts';
import { parseFeed } from './feed.test-support.ts';

const SETTINGS = { title: 'The Harbour Herald', description: 'News from the quay.', language: 'en-GB' };

describe.each(DIALECTS)('the feed content setting on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  beforeAll(async () => {
    cookie = (await signInRoles(ctx.app, ctx.services.accounts, ['administrator'])).get('administrator') as string;
  });
  const put = (payload: object) => ctx.app.inject({ method: 'PUT', url: '/api/admin/settings', payload, headers: { cookie } });

  it('switches every feed between whole articles and summaries through the Admin API, and keeps the choice when left out', async () => {
    const article = await buildArticle(ctx.services.writer, { standfirst: 'The gist.', body: '<p>The whole story.</p>' });
    const feed = `/${article.sectionSlug}/feed/atom/`;
    expect((await ctx.app.inject(feed)).body).toContain('The whole story.');

    const set = await put({ ...SETTINGS, feedContent: 'summary' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ feedContent: 'summary' });
    for (const path of [feed, '/feed/', '/feed.json']) expect((await ctx.app.inject(path)).body, path).not.toContain('The whole story.');
    expect(parseFeed((await ctx.app.inject(feed)).body).items[0]?.description).toBe('The gist.');

    expect((await put(SETTINGS)).json()).toMatchObject({ feedContent: 'summary' });
    expect((await put({ ...SETTINGS, feedContent: 'full' })).json()).toMatchObject({ feedContent: 'full' });
    expect((await ctx.app.inject(feed)).body).toContain('The whole story.');
  });

  it('refuses a feed content that is neither full nor summary', async () => {
    for (const feedContent of ['partial', '', 1, null]) {
      const res = await put({ ...SETTINGS, feedContent });
      expect(res.statusCode, String(feedContent)).toBe(400);
      expect(res.json()).toMatchObject({ error: { property: 'feedContent' } });
    }
  });
});
