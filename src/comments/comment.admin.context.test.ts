import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../accounts/index.ts';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { CommentSubmission } from './comment-submit.service.ts';

interface Moderated {
  id: number; parentId: number | null; authorEmail: string; avatarUrl: string;
  article: { slug: string; commentsOpen: boolean } | null;
  parent: { id: number; authorName: string; status: string; excerpt: string } | null;
}
interface Queue { items: Moderated[] }

const BASELINE = {
  moderation: 'first-time' as const, closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
};

describe.each(DIALECTS)('the moderation queue shows each comment in its context on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie: string;
  let seq = 0;

  beforeAll(async () => {
    cookie = (await signInRoles(ctx.app, ctx.services.accounts, ['moderator'] as Role[])).get('moderator') ?? '';
    await ctx.services.comments.administration.saveSettings(BASELINE);
  });

  async function get<T>(url: string): Promise<T> {
    const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  }
  async function post(articleId: number, fields: Partial<CommentSubmission> = {}): Promise<number> {
    const n = ++seq;
    const { formStamp } = await ctx.services.comments.view(articleId, 1);
    const outcome = await ctx.services.comments.submit({
      articleId, parentId: null, name: `Reader ${n}`, email: `context-${n}@example.test`, website: '', text: `Comment number ${n}.`,
      honeypot: '', stamp: formStamp, ip: `198.51.100.${n % 250}`, userAgent: 'Mozilla/5.0 (Test)', ...fields,
    });
    return outcome.id;
  }

  it('gives a reply the name, status and start of the comment it answers, and a top-level comment none', async () => {
    const a = await buildArticle(ctx.services.writer);
    const long = `${'Word '.repeat(100)}\n\nand a second paragraph.`;
    const parent = await post(a.id, { name: 'Parent Poster', text: long });
    await ctx.services.comments.moderation.apply(parent, 'approve');
    const reply = await post(a.id, { parentId: parent });
    // Readers answer only approved comments; a parent sent to spam later shows as spam.
    await ctx.services.comments.moderation.apply(parent, 'spam');

    const { items } = await get<Queue>(`/api/admin/comments?article=${a.slug}`);
    const byId = new Map(items.map((c) => [c.id, c]));
    expect(byId.get(parent)?.parent).toBeNull();
    const context = byId.get(reply)?.parent;
    expect(context).toMatchObject({ id: parent, authorName: 'Parent Poster', status: 'spam' });
    expect(context?.excerpt.length).toBeLessThanOrEqual(280);
    expect(context?.excerpt).toMatch(/^Word Word .*…$/);
    expect(context?.excerpt).not.toMatch(/\n/);
  });

  it("says whether the article's comments are open, as the switch last set them", async () => {
    const a = await buildArticle(ctx.services.writer);
    const id = await post(a.id);
    expect((await get<Moderated>(`/api/admin/comments/${id}`)).article).toMatchObject({ slug: a.slug, commentsOpen: true });

    const closed = await ctx.app.inject({ method: 'PUT', url: `/api/admin/articles/${a.slug}/comments`, headers: { cookie }, payload: { open: false } });
    expect(closed.statusCode).toBe(200);
    expect((await get<Moderated>(`/api/admin/comments/${id}`)).article?.commentsOpen).toBe(false);
  });

  it('points to the avatar the site draws, the same one readers see, which does not carry the email', async () => {
    const a = await buildArticle(ctx.services.writer);
    const id = await post(a.id, { email: 'avatar-check@example.test' });
    const moderated = await get<Moderated>(`/api/admin/comments/${id}`);
    expect(moderated.avatarUrl).toMatch(/^\/avatars\/[0-9a-f]{24}\.svg$/);
    expect(moderated.avatarUrl).not.toContain('avatar-check');

    const svg = await ctx.app.inject({ method: 'GET', url: moderated.avatarUrl });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    await ctx.services.comments.moderation.apply(id, 'approve');
    const shown = await get<{ items: { id: number; avatarUrl: string }[] }>(`/api/v1/articles/${a.slug}/comments`);
    expect(shown.items.find((c) => c.id === id)?.avatarUrl).toMatch(new RegExp(`${moderated.avatarUrl.replace(/\./g, '\\.')}$`));
  });
});
