import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { SITE } from './site.test-support.ts';

const formErrorText = (html: string) => /id="comment-form-error"[^>]*>([^<]*)<\/div>/.exec(html)?.[1]?.trim() ?? '';

describe.each(DIALECTS)('comment form bodies the framework refuses, on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  async function story() {
    const article = await buildArticle(ctx.services.writer);
    return `/${article.sectionSlug}/${article.slug}/`;
  }
  const countAll = async () => (await ctx.services.comments.moderation.list({}, 1, 100)).total;
  const post = (path: string, payload: string | Buffer, headers: Record<string, string>) => ctx.app.inject({
    method: 'POST', url: `${path}comments`, payload, headers: { origin: SITE, ...headers },
  });

  it('answers a body over 1 MiB with 413 and the article page saying the comment is too long, storing nothing', async () => {
    const path = await story();
    const res = await post(path, `comment=${'a'.repeat(1_100_000)}&author=A&email=a@example.org`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(formErrorText(res.body)).toMatch(/too long/);
    expect(res.body).toContain('id="commentform"');
    expect(await countAll()).toBe(0);
  });

  it('answers the same body asked as JSON with 413 REQUEST_TOO_LARGE in JSON', async () => {
    const path = await story();
    const res = await post(path, `comment=${'a'.repeat(1_100_000)}`, { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'REQUEST_TOO_LARGE' } });
  });

  it('answers a field sent twice, or a body that is not a form, with 400 and a message, never the 404 page', async () => {
    const path = await story();
    const twice = await post(path, 'comment=a&comment=b&author=A&email=a@example.org', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(twice.statusCode).toBe(400);
    expect(formErrorText(twice.body)).toMatch(/damaged/);
    const plain = await post(path, 'hello', { 'content-type': 'text/plain', accept: 'application/json' });
    expect(plain.statusCode).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
    expect(plain.json()).toMatchObject({ error: { code: 'REQUEST_INVALID' } });
    expect(await countAll()).toBe(0);
  });

  it('gives back what a reader wrote when comments closed before they posted', async () => {
    const path = await story();
    const page = await ctx.app.inject({ method: 'GET', url: path });
    const stamp = /name="stamp" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const slug = path.split('/')[2] ?? '';
    await ctx.services.comments.moderation.setArticleOpen(slug, false);
    ctx.services.clock.advance(5_000);
    const text = 'A long and careful reply <that> I would hate to lose.';
    const res = await post(path, new URLSearchParams({ comment: text, author: 'Late Reader', email: 'late@example.org', stamp }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('id="commentform"');
    expect(res.body).toContain('A long and careful reply &lt;that> I would hate to lose.');
    expect(res.body).toContain('Comments are closed on this article.');
  });
});
