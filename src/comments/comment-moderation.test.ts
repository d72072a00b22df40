import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../accounts/index.ts';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { submitReaderComment } from '../../test/support/comment-helpers.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { CommentSubmission } from './comment-submit.service.ts';
import { findComment } from './comment.repository.ts';

interface ApiError { error: { code: string; property?: string } }
interface PublicList { items: { id: number; parentId: number | null; authorName: string; staff: boolean; text: string }[]; count: number; open: boolean }
type Story = Awaited<ReturnType<typeof buildArticle>>;

describe.each(DIALECTS)('comment moderation as readers see it on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookies: Map<Role, string>;
  let seq = 0;

  beforeAll(async () => {
    cookies = await signInRoles(ctx.app, ctx.services.accounts, ['editor', 'moderator'], (role) => `Desk ${role}`);
    await ctx.services.comments.administration.saveSettings({
      moderation: 'first-time', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
    });
  });

  async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, role: Role = 'moderator') {
    const res = await ctx.app.inject({ method, url, headers: { cookie: cookies.get(role) ?? '' }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: (res.body === '' ? null : res.json()) as T };
  }
  const article = () => buildArticle(ctx.services.writer);
  const pathOf = (a: Story) => `/${a.sectionSlug}/${a.slug}/`;
  /** The article page, checked to have come from (or gone into) the page cache. */
  async function page(a: Story): Promise<string> {
    const res = await ctx.app.inject({ method: 'GET', url: pathOf(a) });
    expect(res.statusCode).toBe(200);
    expect(ctx.services.cache?.get(pathOf(a))).toBeDefined();
    return res.body;
  }
  const publicList = async (a: Story) => (await ctx.app.inject({ method: 'GET', url: `/api/v1/articles/${a.slug}/comments` })).json() as PublicList;
  /** `comment id → depth class` for every comment the page shows, in page order. */
  const shownDepths = (html: string) => [...html.matchAll(/<li class="comment depth-(\d)[^"]*" id="comment-(\d+)"/g)].map((m) => [Number(m[2]), Number(m[1])]);

  async function post(articleId: number, fields: Partial<CommentSubmission> = {}) {
    return submitReaderComment(ctx.services.comments, ++seq, articleId, fields);
  }
  async function approved(articleId: number, parentId: number | null = null): Promise<number> {
    const { id } = await post(articleId, { parentId });
    await ctx.services.comments.moderation.apply(id, 'approve');
    ctx.services.clock.advance(1000);
    return id;
  }

  describe('moderation actions', () => {
    it('shows a comment on the cached article page as soon as it is approved', async () => {
      const a = await article();
      await page(a);
      const { id, visible } = await post(a.id, { text: 'Held until a moderator looks.' });
      expect(visible).toBe(false);
      expect(await page(a)).not.toContain(`id="comment-${id}"`);

      expect((await api('POST', `/api/admin/comments/${id}/approve`)).status).toBe(200);
      const html = await page(a);
      expect(html).toContain(`id="comment-${id}"`);
      expect(html).toContain('Held until a moderator looks.');
      expect(html).toMatch(/<h2 id="comments-heading"[^>]*>1 Comment<\/h2>/);
    });

    it.each(['unapprove', 'spam', 'trash'])('takes an approved comment off the cached page when it is given "%s"', async (action) => {
      const a = await article();
      const id = await approved(a.id);
      expect(await page(a)).toContain(`id="comment-${id}"`);

      expect((await api('POST', `/api/admin/comments/${id}/${action}`)).status).toBe(200);
      expect(await page(a)).not.toContain(`id="comment-${id}"`);
      expect((await publicList(a)).items).toEqual([]);
    });

    it('shows the new words of an edited comment at once', async () => {
      const a = await article();
      const id = await approved(a.id);
      expect(await page(a)).toContain(`Comment number ${seq}.`);

      const res = await api<{ text: string; authorName: string }>('PATCH', `/api/admin/comments/${id}`, { text: 'Edited by the desk.', authorName: 'Renamed Reader' });
      expect(res).toMatchObject({ status: 200, body: { text: 'Edited by the desk.', authorName: 'Renamed Reader' } });
      const html = await page(a);
      expect(html).toContain('Edited by the desk.');
      expect(html).toContain('Renamed Reader');
      expect(html).not.toContain(`Comment number ${seq}.`);
    });

    it.each([
      ['text', { text: '   \n ' }], ['authorUrl', { authorUrl: 'javascript:alert(1)' }], ['authorName', { authorName: '' }],
    ])('refuses an edit that leaves the %s unusable, naming it', async (property, change) => {
      const id = await approved((await article()).id);

      const res = await api<ApiError>('PATCH', `/api/admin/comments/${id}`, change);
      expect(res.status).toBe(400);
      expect(res.body.error.property).toBe(property);
    });

    it('shows a staff reply at once, under the comment it answers, marked as Staff', async () => {
      const a = await article();
      const parent = await approved(a.id);
      await page(a);

      const res = await api<{ id: number; parentId: number; depth: number; status: string; staff: boolean; authorName: string }>(
        'POST', `/api/admin/comments/${parent}/replies`, { text: 'Thanks, we have corrected the date.' }, 'editor');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ parentId: parent, depth: 1, status: 'approved', staff: true, authorName: 'Desk editor' });
      const html = await page(a);
      expect(html).toMatch(new RegExp(`<li class="comment depth-2 by-staff" id="comment-${res.body.id}">`));
      expect(html.slice(html.indexOf(`id="comment-${res.body.id}"`))).toMatch(/^[^]*?<span class="staff-badge">Staff<\/span>/);
      expect((await publicList(a)).items.find((c) => c.id === res.body.id)).toMatchObject({ parentId: parent, staff: true, text: 'Thanks, we have corrected the date.' });
    });

    it('takes the form off the page when an article is closed to comments, and brings it back when opened', async () => {
      const a = await article();
      expect(await page(a)).toContain('id="commentform"');

      expect(await api('PUT', `/api/admin/articles/${a.slug}/comments`, { open: false })).toEqual({ status: 200, body: { slug: a.slug, commentsOpen: false } });
      const closed = await page(a);
      expect(closed).not.toContain('id="commentform"');
      expect(closed).toContain('Comments are closed.');
      await expect(post(a.id)).rejects.toMatchObject({ code: 'COMMENT_CLOSED' });

      expect((await api('PUT', `/api/admin/articles/${a.slug}/comments`, { open: true })).status).toBe(200);
      expect(await page(a)).toContain('id="commentform"');
    });

    it('refuses to open or close an article that does not exist', async () => {
      const res = await api<ApiError>('PUT', '/api/admin/articles/no-such-story/comments', { open: false });
      expect([res.status, res.body.error.code]).toEqual([404, 'COMMENT_ARTICLE_NOT_FOUND']);
    });
  });

  describe('DELETE /api/admin/comments/{id}', () => {
    it('moves the replies of a deleted reply up to its parent, one level shallower', async () => {
      const a = await article();
      const root = await approved(a.id);
      const middle = await approved(a.id, root);
      const child = await approved(a.id, middle);
      const grandchild = await approved(a.id, child);
      await page(a);

      expect((await api('DELETE', `/api/admin/comments/${middle}`)).status).toBe(204);
      const rows = await Promise.all([child, grandchild].map((id) => findComment(ctx.services.handle.db, id)));
      expect(rows.map((r) => [r?.parentId, r?.rootId, r?.depth])).toEqual([[root, root, 1], [child, root, 2]]);
      expect(shownDepths(await page(a))).toEqual([[root, 1], [child, 2], [grandchild, 3]]);
      expect((await publicList(a)).items.map((c) => [c.id, c.parentId])).toEqual([[root, null], [child, root], [grandchild, child]]);
    });

    it("makes a deleted top-level comment's replies threads of their own, still shown", async () => {
      const a = await article();
      const root = await approved(a.id);
      const first = await approved(a.id, root);
      const nested = await approved(a.id, first);
      const second = await approved(a.id, root);
      await page(a);

      expect((await api('DELETE', `/api/admin/comments/${root}`)).status).toBe(204);
      expect((await api<ApiError>('GET', `/api/admin/comments/${root}`)).status).toBe(404);
      const rows = await Promise.all([first, nested, second].map((id) => findComment(ctx.services.handle.db, id)));
      expect(rows.map((r) => [r?.parentId, r?.rootId, r?.depth])).toEqual([[null, null, 0], [first, first, 1], [null, null, 0]]);
      const html = await page(a);
      expect(shownDepths(html)).toEqual([[first, 1], [nested, 2], [second, 1]]);
      expect(html).toMatch(/<h2 id="comments-heading"[^>]*>3 Comments<\/h2>/);
      expect((await publicList(a)).items.map((c) => [c.id, c.parentId])).toEqual([[first, null], [nested, first], [second, null]]);
    });

    it('keeps the thread whole when a reply at the deepest level loses its parent', async () => {
      const a = await article();
      const chain = [await approved(a.id)];
      for (let level = 1; level < 5; level++) chain.push(await approved(a.id, chain[level - 1] ?? null));
      const beside = await approved(a.id, chain[4] ?? null);

      expect((await api('DELETE', `/api/admin/comments/${chain[1]}`)).status).toBe(204);
      expect(shownDepths(await page(a))).toEqual([[chain[0], 1], [chain[2], 2], [chain[3], 3], [chain[4], 4], [beside, 4]]);
    });
  });
});
