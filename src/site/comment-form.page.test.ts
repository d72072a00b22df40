import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { HELD_LINK, useCommentForm } from './comment-form.test-support.ts';
import { elements, expectInert, SITE, tagsIn } from './site.test-support.ts';

describe.each(DIALECTS)('comment form routes on %s', (dialect) => {
  const { setPolicy, get, admin, story, sender, post } = useCommentForm(dialect);

  describe('what the page shows', () => {
    it('shows markup typed into a comment or name as text, and nothing that runs', async () => {
      const a = await story();
      const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
      for (const text of payloads) await post(a.path, sender({ comment: text, author: `x${text}` }));

      const html = (await get(a.path)).body;

      expectInert(html, a.path);
      const shown = elements(html, 'div').filter((d) => d.attrs.class === 'comment-content').map((d) => d.text);
      expect(shown).toEqual(payloads);
      expect(elements(html, 'span').filter((s) => s.attrs.class === 'comment-author').map((s) => s.text)).toEqual(payloads.map((p) => `x${p}`));
      expect(tagsIn(html).filter((t) => t.name === 'img' && t.attrs.src === 'x')).toEqual([]);
    });

    it('keeps paragraphs and line breaks, and makes URLs into nofollow ugc links', async () => {
      const a = await story();
      await post(a.path, sender({ comment: 'First line\nsecond line\n\nSee https://example.org/report today' }));

      const html = (await get(a.path)).body;

      expect(html).toMatch(/<p>First line<br\s*\/?>second line<\/p><p>See <a href="https:\/\/example\.org\/report" rel="nofollow ugc noopener">https:\/\/example\.org\/report<\/a> today<\/p>/);
    });

    it("links the commenter's name to their website with rel nofollow ugc noopener", async () => {
      const a = await story();
      await post(a.path, sender({ author: 'Site Owner', url: 'reader.example' }));

      const link = tagsIn((await get(a.path)).body).find((t) => t.name === 'a' && t.attrs.href === 'http://reader.example');

      expect(link?.attrs.rel).toBe('nofollow ugc noopener');
    });

    it("never shows the commenter's email: not in the page, the Content API or the avatar address", async () => {
      const a = await story();
      const email = 'Private.Person+Marker@Example.ORG';
      await post(a.path, sender({ author: 'Private Person', email }));

      const page = (await get(a.path)).body;
      const api = await get(`/api/v1/articles/${a.slug}/comments`);
      const items = api.json<{ items: { authorName: string; avatarUrl: string }[] }>().items;

      expect(items.map((i) => i.authorName)).toEqual(['Private Person']);
      const lower = email.toLowerCase();
      const forms = [lower, encodeURIComponent(lower), 'private.person', 'marker@example', Buffer.from(lower).toString('base64')];
      const hashes = ['md5', 'sha1', 'sha256'].map((alg) => createHash(alg).update(lower).digest('hex').slice(0, 24));
      for (const text of [page, api.body]) {
        for (const form of [...forms, ...hashes]) expect(text.toLowerCase(), form).not.toContain(form.toLowerCase());
      }
      expect(items[0]?.avatarUrl).toMatch(new RegExp(`^${SITE}/avatars/[0-9a-f]{24}\\.svg$`));
      const avatar = await get(new URL(items[0]?.avatarUrl ?? '').pathname);
      expect(avatar.statusCode).toBe(200);
    });
  });

  describe('the page cache', () => {
    it('shows an approved comment on the cached article page at once', async () => {
      const a = await story();
      const before = await get(a.path);
      expect((await get(a.path)).headers.etag).toBe(before.headers.etag);

      await post(a.path, sender({ comment: 'Shown straight away.' }));

      const after = await get(a.path);
      expect(after.body).toContain('Shown straight away.');
      expect(after.body).toContain('1 Comment');
    });

    it('keeps a held comment off the cached page, and shows it once a moderator approves it through the Admin API', async () => {
      await setPolicy({ moderation: 'first-time' });
      const a = await story();
      await get(a.path);
      const res = await post(a.path, sender({ comment: 'Waiting for a moderator.' }));
      const id = HELD_LINK.exec(String(res.headers.location))?.[2] ?? '';

      expect((await get(a.path)).body).not.toContain('Waiting for a moderator.');
      expect((await admin(`/api/admin/comments/${id}/approve`)).statusCode).toBe(200);

      expect((await get(a.path)).body).toContain('Waiting for a moderator.');
    });

    it("shows a held comment only through its sender's link, never with a wrong hash nor on the cached page", async () => {
      await setPolicy({ moderation: 'first-time' });
      const a = await story();
      await get(a.path);
      const res = await post(a.path, sender({ comment: 'Only I may see this.' }));
      const [, path, id, hash] = HELD_LINK.exec(String(res.headers.location)) ?? [];

      const own = await get(`${path}?unapproved=${id}&moderation-hash=${hash}`);
      const forged = await get(`${path}?unapproved=${id}&moderation-hash=${'A'.repeat(22)}`);
      const plain = await get(a.path);

      expect(own.body).toContain('Only I may see this.');
      expect(own.headers['cache-control']).toBe('private, no-store');
      expect(own.headers['x-robots-tag']).toBe('noindex');
      for (const other of [forged, plain]) {
        expect(other.body).not.toContain('Only I may see this.');
        expect(other.body).not.toContain(`id="comment-${id}"`);
        expect(other.body).not.toContain('Your comment is awaiting moderation.');
      }
      expect(forged.headers['cache-control']).toBe('private, no-store');
    });

    it.each(['plain page first', 'reply link first'])('draws ?replytocom=ID for one reader without touching the cache (%s)', async (order) => {
      const a = await story();
      const parent = (await post(a.path, sender({ author: 'Answer Me' }), { json: true })).json<{ id: number }>().id;
      const replyUrl = `${a.path}?replytocom=${parent}`;
      if (order === 'plain page first') await get(a.path);

      const reply = await get(replyUrl);
      const plain = await get(a.path);
      const again = await get(replyUrl);

      for (const res of [reply, again]) {
        expect(res.headers['cache-control']).toBe('private, no-store');
        expect(elements(res.body, 'span').find((s) => s.attrs.class === 'reply-title-text')?.text).toBe('Leave a Reply to Answer Me');
        expect(tagsIn(res.body).find((t) => t.attrs.id === 'comment_parent')?.attrs.value).toBe(String(parent));
        expect(tagsIn(res.body).find((t) => t.attrs.id === 'cancel-comment-reply-link')?.attrs).not.toHaveProperty('hidden');
      }
      expect(elements(plain.body, 'span').find((s) => s.attrs.class === 'reply-title-text')?.text).toBe('Leave a Reply');
      expect(tagsIn(plain.body).find((t) => t.attrs.id === 'comment_parent')?.attrs.value).toBe('0');
      expect(tagsIn(plain.body).find((t) => t.attrs.id === 'cancel-comment-reply-link')?.attrs).toHaveProperty('hidden');
    });
  });
});
