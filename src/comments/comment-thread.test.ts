import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import type { CommentSettings } from './comment-privacy.service.ts';
import type { CommentSubmission } from './comment-submit.service.ts';
import type { CommentNode } from './comment-thread.service.ts';
import { issueFormStamp } from './form-stamp.ts';

const SITE = 'https://news.example.test';
const OPEN_POLICY: CommentSettings = {
  moderation: 'open', closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
};

/** For each comment `<li>` of a page, in page order: the comment it sits in, whether it is in an `ol.children`, its classes. */
function commentItems(html: string): Map<number, { parent: number | null; inChildren: boolean; classes: string }> {
  const items = new Map<number, { parent: number | null; inChildren: boolean; classes: string }>();
  const open: { tag: string; id: number | null; children: boolean }[] = [];
  for (const m of html.matchAll(/<(\/?)(li|ol)\b([^>]*)>/g)) {
    if (m[1] === '/') { open.pop(); continue; }
    const id = /\bid="comment-(\d+)"/.exec(m[3] ?? '');
    if (m[2] === 'li' && id) {
      const parent = [...open].reverse().find((e) => e.tag === 'li' && e.id !== null);
      items.set(Number(id[1]), { parent: parent?.id ?? null, inChildren: open.at(-1)?.children ?? false, classes: /\bclass="([^"]*)"/.exec(m[3] ?? '')?.[1] ?? '' });
    }
    open.push({ tag: m[2] ?? '', id: id ? Number(id[1]) : null, children: /\bclass="children"/.test(m[3] ?? '') });
  }
  return items;
}

const ids = (nodes: CommentNode[]) => nodes.map((n) => n.id);

describe.each(DIALECTS)('comment threads on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let seq = 0;

  beforeEach(async () => { await ctx.services.comments.administration.saveSettings(OPEN_POLICY); });

  async function story(fields: Parameters<typeof buildArticle>[1] = {}) {
    const article = await buildArticle(ctx.services.writer, fields);
    return { ...article, path: `/${article.sectionSlug}/${article.slug}/` };
  }

  async function comment(articleId: number, fields: Partial<CommentSubmission> = {}): Promise<number> {
    const n = ++seq;
    const { formStamp } = await ctx.services.comments.secrets();
    const outcome = await ctx.services.comments.submit({
      articleId, parentId: null, name: `Reader ${n}`, email: `thread${n}@example.org`, website: '', text: `Comment number ${n}.`,
      honeypot: '', stamp: issueFormStamp(formStamp, ctx.services.clock.now().getTime()), ip: `10.2.${Math.floor(n / 200)}.${(n % 200) + 1}`, userAgent: 'vitest',
      ...fields,
    });
    return outcome.id;
  }

  const reply = (articleId: number, parentId: number, fields: Partial<CommentSubmission> = {}) => comment(articleId, { parentId, ...fields });
  const page = async (url: string) => (await ctx.app.inject({ method: 'GET', url })).body;

  describe('nesting', () => {
    it('nests replies up to five levels, each in the ol.children of the comment it answers', async () => {
      const a = await story();
      const chain = [await comment(a.id)];
      for (let level = 2; level <= 5; level++) chain.push(await reply(a.id, chain[chain.length - 1] as number));

      const view = await ctx.services.comments.view(a.id, 1);
      let node = view.threads[0];
      for (const id of chain) {
        expect(node?.id).toBe(id);
        node = node?.replies[0];
      }
      const items = commentItems(await page(a.path));
      chain.forEach((id, i) => {
        expect(items.get(id)?.parent).toBe(i === 0 ? null : chain[i - 1]);
        expect(items.get(id)?.inChildren).toBe(i > 0);
        expect(items.get(id)?.classes.split(' ')).toContain(`depth-${i + 1}`);
      });
    });

    it('places a reply to a fifth-level comment beside it: same depth, same parent', async () => {
      const a = await story();
      const chain = [await comment(a.id)];
      for (let level = 2; level <= 5; level++) chain.push(await reply(a.id, chain[chain.length - 1] as number));
      const fifth = chain[4] as number;

      const beside = await reply(a.id, fifth);

      const stored = await ctx.services.comments.moderation.get(beside);
      expect(stored.parentId).toBe(chain[3]);
      expect(stored.depth).toBe(4);
      const items = commentItems(await page(a.path));
      expect(items.get(beside)).toEqual({ ...items.get(fifth), parent: chain[3] });
      expect(items.get(beside)?.classes.split(' ')).toContain('depth-5');
    });

    it.each(['pending', 'spam', 'trash'] as const)('refuses a reply to a %s comment with 400 COMMENT_PARENT_NOT_FOUND', async (status) => {
      const a = await story();
      const parent = await comment(a.id);
      await ctx.services.comments.moderation.apply(parent, status === 'pending' ? 'unapprove' : status);

      await expect(reply(a.id, parent)).rejects.toMatchObject({ code: 'COMMENT_PARENT_NOT_FOUND', status: 400, property: 'parentId' });
    });

    it('refuses a reply to a comment on another article, or to no comment at all, with 400 COMMENT_PARENT_NOT_FOUND', async () => {
      const a = await story();
      const elsewhere = await comment((await story()).id);

      await expect(reply(a.id, elsewhere)).rejects.toMatchObject({ code: 'COMMENT_PARENT_NOT_FOUND', status: 400 });
      await expect(reply(a.id, 987_654)).rejects.toMatchObject({ code: 'COMMENT_PARENT_NOT_FOUND', status: 400 });
      expect((await ctx.services.comments.view(a.id, 1)).count).toBe(0);
    });
  });

  describe('order and pages', () => {
    it('shows threads and the replies in them oldest first', async () => {
      const a = await story();
      const first = await comment(a.id);
      ctx.services.clock.advance(1_000);
      const second = await comment(a.id);
      ctx.services.clock.advance(1_000);
      const firstReply = await reply(a.id, first);
      ctx.services.clock.advance(1_000);
      const third = await comment(a.id);
      ctx.services.clock.advance(1_000);
      const secondReply = await reply(a.id, first);

      const view = await ctx.services.comments.view(a.id, 1);
      expect(ids(view.threads)).toEqual([first, second, third]);
      expect(ids(view.threads[0]?.replies ?? [])).toEqual([firstReply, secondReply]);
      expect([...commentItems(await page(a.path)).keys()]).toEqual([first, firstReply, secondReply, second, third]);
    });

    it('shows 50 threads a page, the 51st on /comment-page-2/, and sends a reply to the page its thread is on', async () => {
      const a = await story();
      const threads: number[] = [];
      for (let i = 0; i < 51; i++) {
        threads.push(await comment(a.id));
        ctx.services.clock.advance(1_000);
      }
      const [firstId, lastId] = [threads[0] as number, threads[50] as number];
      const replyToFirst = await reply(a.id, firstId);
      const replyToLast = await reply(a.id, lastId);

      const one = await ctx.services.comments.view(a.id, 1);
      expect(one).toMatchObject({ count: 53, page: 1, pageCount: 2 });
      expect(ids(one.threads)).toEqual(threads.slice(0, 50));
      expect(ids((await ctx.services.comments.view(a.id, 2)).threads)).toEqual([lastId]);

      const firstPage = await page(a.path);
      expect([...commentItems(firstPage).keys()]).not.toContain(lastId);
      expect(firstPage).toContain(`href="${a.path}comment-page-2/#comments"`);
      const secondPage = await page(`${a.path}comment-page-2/`);
      expect([...commentItems(secondPage).keys()]).toEqual([lastId, replyToLast]);
      expect(secondPage).toContain(`href="${a.path}#comments"`);
      expect((await ctx.app.inject({ method: 'GET', url: `${a.path}comment-page-3/` })).statusCode).toBe(404);

      expect(await ctx.services.comments.pageOf(replyToLast)).toBe(2);
      expect(await ctx.services.comments.pageOf(replyToFirst)).toBe(1);
      const stamp = /name="stamp" value="([^"]+)"/.exec(firstPage)?.[1] ?? '';
      const post = (parent: number, ip: string) => ctx.app.inject({
        method: 'POST', url: `${a.path}comments`, remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE },
        payload: new URLSearchParams({ comment: `Reply to ${parent}`, author: 'Paging Reader', email: `pager${parent}@example.org`, url: '', stamp, comment_parent: String(parent) }).toString(),
      });
      const toLast = await post(lastId, '10.2.250.1');
      expect(toLast.statusCode).toBe(303);
      expect(toLast.headers.location).toMatch(new RegExp(`^${a.path}comment-page-2/#comment-\\d+$`));
      const toFirst = await post(firstId, '10.2.250.2');
      expect(toFirst.headers.location).toMatch(new RegExp(`^${a.path}#comment-\\d+$`));
    });
  });

  describe('removed comments', () => {
    it('keeps a trashed comment with an approved reply as "This comment was removed.", the reply under it', async () => {
      const a = await story();
      const parent = await comment(a.id, { name: 'Vanishing Author', text: 'Words that were taken down.' });
      const child = await reply(a.id, parent, { text: 'A reply that stays.' });
      await ctx.services.comments.moderation.apply(parent, 'trash');

      const view = await ctx.services.comments.view(a.id, 1);
      expect(view.threads[0]).toMatchObject({ id: parent, removed: true, authorName: '', text: '', replies: [{ id: child, removed: false }] });
      expect(view.count).toBe(1);

      const html = await page(a.path);
      const items = commentItems(html);
      expect(items.get(child)?.parent).toBe(parent);
      const parentItem = html.slice(html.indexOf(`id="comment-${parent}"`), html.indexOf(`id="comment-${child}"`));
      expect(parentItem).toContain('This comment was removed.');
      expect(html).not.toContain('Vanishing Author');
      expect(html).not.toContain('Words that were taken down.');
      expect(html).toContain('A reply that stays.');
    });

    it('leaves a trashed comment without replies out altogether', async () => {
      const a = await story();
      const kept = await comment(a.id);
      const leaf = await reply(a.id, kept, { text: 'A leaf to be trashed.' });
      await ctx.services.comments.moderation.apply(leaf, 'trash');

      const view = await ctx.services.comments.view(a.id, 1);
      expect(view.threads).toMatchObject([{ id: kept, replies: [] }]);
      const html = await page(a.path);
      expect([...commentItems(html).keys()]).toEqual([kept]);
      expect(html).not.toContain('This comment was removed.');
      expect(html).not.toContain('A leaf to be trashed.');
    });
  });
});
