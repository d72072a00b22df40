import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../accounts/index.ts';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle } from '../../test/support/factories.ts';
import { submitReaderComment } from '../../test/support/comment-helpers.ts';
import { signInRoles } from '../../test/support/sign-in.ts';
import type { CommentSubmission } from './comment-submit.service.ts';
import type { CommentStatus } from './comment.table.ts';

interface Moderated {
  id: number; status: CommentStatus; heldReason: string | null; article: { slug: string; path: string } | null; parentId: number | null; depth: number;
  authorName: string; authorEmail: string; authorUrl: string; authorIp: string; userAgent: string; staff: boolean; text: string;
}
interface Queue { items: Moderated[]; page: number; perPage: number; total: number; pageCount: number; counts: Record<CommentStatus, number> }
interface ApiError { error: { code: string; property?: string } }
interface PublicList { items: { id: number; parentId: number | null; authorName: string; avatarUrl: string; text: string }[] }

const ROLES: Role[] = ['administrator', 'editor', 'moderator', 'author', 'contributor'];
const BASELINE = {
  moderation: 'first-time' as const, closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: true,
};

describe.each(DIALECTS)('comments Admin API on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookies: Map<Role, string>;
  let seq = 0;

  beforeAll(async () => {
    cookies = await signInRoles(ctx.app, ctx.services.accounts, ROLES);
    await ctx.services.comments.administration.saveSettings(BASELINE);
  });

  async function api<T>(role: Role, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const res = await ctx.app.inject({ method, url, headers: { cookie: cookies.get(role) ?? '' }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: (res.body === '' ? null : res.json()) as T };
  }
  const article = () => buildArticle(ctx.services.writer);
  /** A reader's comment; a new name and email each time, so it is held as a first-timer. */
  async function post(articleId: number, fields: Partial<CommentSubmission> = {}) {
    return submitReaderComment(ctx.services.comments, ++seq, articleId, fields);
  }
  async function inStatus(articleId: number, status: CommentStatus, fields: Partial<CommentSubmission> = {}): Promise<number> {
    const { id } = await post(articleId, fields);
    const steps: Record<CommentStatus, ('approve' | 'spam' | 'trash')[]> = { pending: [], approved: ['approve'], spam: ['spam'], trash: ['trash'] };
    for (const action of steps[status]) await ctx.services.comments.moderation.apply(id, action);
    return id;
  }
  const queue = async (query: string) => {
    const res = await api<Queue>('moderator', 'GET', `/api/admin/comments?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const statusOf = async (id: number) => (await api<Moderated>('moderator', 'GET', `/api/admin/comments/${id}`)).body.status;

  describe('GET /api/admin/comments', () => {
    it('lists one status at a time, newest first', async () => {
      const a = await article();
      const pending: number[] = [];
      for (let i = 0; i < 3; i++) {
        pending.push((await post(a.id)).id);
        ctx.services.clock.advance(1000);
      }
      const approved = await inStatus(a.id, 'approved');
      const spam = await inStatus(a.id, 'spam');
      const trash = await inStatus(a.id, 'trash');

      expect((await queue(`status=pending&article=${a.slug}`)).items.map((c) => c.id)).toEqual([...pending].reverse());
      expect((await queue(`status=approved&article=${a.slug}`)).items.map((c) => c.id)).toEqual([approved]);
      expect((await queue(`status=spam&article=${a.slug}`)).items.map((c) => c.id)).toEqual([spam]);
      expect((await queue(`status=trash&article=${a.slug}`)).items.map((c) => c.id)).toEqual([trash]);
      expect((await queue(`article=${a.slug}`)).total).toBe(6);
    });

    it('counts the comments in each status', async () => {
      const before = (await queue('status=pending')).counts;
      const a = await article();
      await post(a.id);
      await post(a.id);
      await inStatus(a.id, 'approved');
      await inStatus(a.id, 'spam');
      await inStatus(a.id, 'trash');

      const after = (await queue('status=pending')).counts;
      expect(after).toEqual({ pending: before.pending + 2, approved: before.approved + 1, spam: before.spam + 1, trash: before.trash + 1 });
    });

    it('narrows the queue to one article, and refuses an unknown one', async () => {
      const [a, b] = [await article(), await article()];
      const mine = (await post(a.id)).id;
      await post(b.id);

      const list = await queue(`article=${a.slug}`);
      expect(list.items.map((c) => c.id)).toEqual([mine]);
      expect(list.items[0]?.article).toMatchObject({ slug: a.slug, path: `/${a.sectionSlug}/${a.slug}/` });
      const missing = await api<ApiError>('moderator', 'GET', '/api/admin/comments?article=no-such-story');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('COMMENT_ARTICLE_NOT_FOUND');
    });

    it("finds a commenter's comments by email whatever its case", async () => {
      const [a, b] = [await article(), await article()];
      const email = `Ada.Lovelace-${randomBytes(3).toString('hex')}@Example.TEST`;
      const first = (await post(a.id, { email, name: 'Ada' })).id;
      ctx.services.clock.advance(1000);
      const second = (await post(b.id, { email: email.toLowerCase(), name: 'Ada' })).id;
      await post(a.id);

      const list = await queue(`email=${encodeURIComponent(email.toUpperCase())}`);
      expect(list.items.map((c) => c.id)).toEqual([second, first]);
    });

    it('searches name, email, website, address and text, ignoring case', async () => {
      const a = await article();
      const tok = randomBytes(4).toString('hex');
      const ids = {
        name: (await post(a.id, { name: `Name${tok}` })).id,
        email: (await post(a.id, { email: `mail${tok}@example.test` })).id,
        website: (await post(a.id, { website: `https://site${tok}.example.test` })).id,
        ip: (await post(a.id, { ip: '203.0.113.91' })).id,
        text: (await post(a.id, { text: `The words text${tok} here.` })).id,
      };
      const search = async (q: string) => (await queue(`article=${a.slug}&q=${encodeURIComponent(q)}`)).items.map((c) => c.id);

      expect(await search(`NAME${tok}`)).toEqual([ids.name]);
      expect(await search(`MAIL${tok}`)).toEqual([ids.email]);
      expect(await search(`site${tok}.EXAMPLE`)).toEqual([ids.website]);
      expect(await search('203.0.113.91')).toEqual([ids.ip]);
      expect(await search(`Text${tok}`)).toEqual([ids.text]);
    });

    it('takes %, _ and \\ in a search literally', async () => {
      const a = await article();
      const percent = (await post(a.id, { text: 'Save 50% today' })).id;
      await post(a.id, { text: 'Save 500 today' });
      const underscore = (await post(a.id, { text: 'snake_case names' })).id;
      await post(a.id, { text: 'snakeXcase names' });
      const backslash = (await post(a.id, { text: 'C:\\temp folder' })).id;
      await post(a.id, { text: 'C:temp folder' });
      const search = async (q: string) => (await queue(`article=${a.slug}&q=${encodeURIComponent(q)}`)).items.map((c) => c.id);

      expect(await search('50%')).toEqual([percent]);
      expect(await search('e_c')).toEqual([underscore]);
      expect(await search(':\\t')).toEqual([backslash]);
    });

    it('pages through a long queue', async () => {
      const a = await article();
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push((await post(a.id)).id);
        ctx.services.clock.advance(1000);
      }
      const newest = [...ids].reverse();

      const pages = [await queue(`article=${a.slug}&perPage=2`), await queue(`article=${a.slug}&perPage=2&page=2`), await queue(`article=${a.slug}&perPage=2&page=3`)];
      expect(pages.map((p) => p.items.map((c) => c.id))).toEqual([newest.slice(0, 2), newest.slice(2, 4), newest.slice(4)]);
      expect(pages[0]).toMatchObject({ page: 1, perPage: 2, total: 5, pageCount: 3 });
      expect((await queue(`article=${a.slug}&perPage=2&page=4`)).items).toEqual([]);
    });

    it("shows the moderator the commenter's email, address and browser", async () => {
      const a = await article();
      const { id } = await post(a.id, { email: 'Grace@Example.test', ip: '203.0.113.45', userAgent: 'Mozilla/5.0 (Moderation Test)', website: 'https://grace.example.test' });

      const res = await api<Moderated>('moderator', 'GET', `/api/admin/comments/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id, status: 'pending', heldReason: 'first-time', authorEmail: 'grace@example.test', authorIp: '203.0.113.45',
        userAgent: 'Mozilla/5.0 (Moderation Test)', authorUrl: 'https://grace.example.test', staff: false,
      });
    });
  });

  describe('POST /api/admin/comments/{id}/{action}', () => {
    it.each([
      ['pending', 'approve', 'approved'], ['approved', 'unapprove', 'pending'], ['pending', 'spam', 'spam'], ['approved', 'spam', 'spam'],
      ['pending', 'trash', 'trash'], ['approved', 'trash', 'trash'], ['spam', 'trash', 'trash'], ['spam', 'restore', 'pending'],
    ] as const)('turns a comment that is %s, given "%s", into %s', async (from, action, to) => {
      const id = await inStatus((await article()).id, from);

      const res = await api<Moderated>('moderator', 'POST', `/api/admin/comments/${id}/${action}`);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to);
      expect(await statusOf(id)).toBe(to);
    });

    it.each(['pending', 'approved', 'spam'] as const)('restores a comment from the trash to %s, where it was', async (before) => {
      const id = await inStatus((await article()).id, before);
      await ctx.services.comments.moderation.apply(id, 'trash');

      const res = await api<Moderated>('moderator', 'POST', `/api/admin/comments/${id}/restore`);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(before);
    });

    it.each([
      ['approved', 'approve'], ['pending', 'unapprove'], ['spam', 'unapprove'], ['trash', 'unapprove'],
      ['spam', 'spam'], ['trash', 'trash'], ['pending', 'restore'], ['approved', 'restore'],
    ] as const)('answers 409 for a comment that is %s given "%s", and leaves it', async (from, action) => {
      const id = await inStatus((await article()).id, from);

      const res = await api<ApiError>('moderator', 'POST', `/api/admin/comments/${id}/${action}`);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('COMMENT_INVALID_TRANSITION');
      expect(await statusOf(id)).toBe(from);
    });

    it('answers 404 for a comment that does not exist, whatever the request', async () => {
      const requests: [Parameters<typeof api>[1], string, object?][] = [
        ['GET', '/api/admin/comments/987654'], ['POST', '/api/admin/comments/987654/approve'], ['PATCH', '/api/admin/comments/987654', { text: 'New words.' }],
        ['DELETE', '/api/admin/comments/987654'], ['POST', '/api/admin/comments/987654/replies', { text: 'Thank you.' }],
      ];
      for (const [method, url, payload] of requests) {
        const res = await api<ApiError>('moderator', method, url, payload);
        expect([method, url, res.status, res.body.error.code]).toEqual([method, url, 404, 'COMMENT_NOT_FOUND']);
      }
    });
  });

  describe('POST /api/admin/comments/bulk', () => {
    it('applies the action to every comment it can and reports each one', async () => {
      const a = await article();
      const [one, two] = [(await post(a.id)).id, (await post(a.id)).id];
      const already = await inStatus(a.id, 'approved');

      const res = await api<{ results: unknown[] }>('moderator', 'POST', '/api/admin/comments/bulk', { action: 'approve', ids: [one, 987654, already, two] });
      expect(res.status).toBe(200);
      expect(res.body.results).toEqual([
        { id: one, ok: true, status: 'approved' },
        { id: 987654, ok: false, error: expect.objectContaining({ code: 'COMMENT_NOT_FOUND' }) },
        { id: already, ok: false, error: expect.objectContaining({ code: 'COMMENT_INVALID_TRANSITION' }) },
        { id: two, ok: true, status: 'approved' },
      ]);
      expect([await statusOf(one), await statusOf(two), await statusOf(already)]).toEqual(['approved', 'approved', 'approved']);
    });

    it('deletes many comments for good', async () => {
      const a = await article();
      const ids = [await inStatus(a.id, 'spam'), await inStatus(a.id, 'spam')];

      const res = await api<{ results: unknown[] }>('moderator', 'POST', '/api/admin/comments/bulk', { action: 'delete', ids });
      expect(res.body.results).toEqual(ids.map((id) => ({ id, ok: true, status: 'deleted' })));
      expect((await queue(`article=${a.slug}`)).total).toBe(0);
    });

    it('refuses an unknown action, naming it', async () => {
      const res = await api<ApiError>('moderator', 'POST', '/api/admin/comments/bulk', { action: 'publish', ids: [1] });
      expect(res.status).toBe(400);
      expect(res.body.error.property).toBe('action');
    });
  });

  describe('GET and PUT /api/admin/comment-settings', () => {
    it('reads back what was saved', async () => {
      const policy = { ...BASELINE, moderation: 'all' as const, closeAfterDays: 30, holdLinks: 3, moderationWords: 'refund\nlawyer', blockedWords: 'casino', notifyModerators: false };
      try {
        const put = await api('administrator', 'PUT', '/api/admin/comment-settings', policy);
        expect(put).toEqual({ status: 200, body: policy });
        expect(await api('administrator', 'GET', '/api/admin/comment-settings')).toEqual({ status: 200, body: policy });
      } finally {
        await ctx.services.comments.administration.saveSettings(BASELINE);
      }
    });

    it.each([
      ['moderation', { moderation: 'maybe' }], ['holdLinks', { holdLinks: -1 }], ['closeAfterDays', { closeAfterDays: -5 }],
      ['floodSeconds', { floodSeconds: -1 }], ['minFormSeconds', { minFormSeconds: 1.5 }], ['colour', { colour: 'red' }],
    ])('refuses a policy with a bad %s, naming it, and keeps the old one', async (property, change) => {
      const res = await api<ApiError>('administrator', 'PUT', '/api/admin/comment-settings', { ...BASELINE, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'REQUEST_INVALID', property });
      expect((await api('administrator', 'GET', '/api/admin/comment-settings')).body).toEqual(BASELINE);
    });

    it('applies new word lists to the very next comment', async () => {
      const a = await article();
      const known = { name: 'Regular Reader', email: `regular-${randomBytes(3).toString('hex')}@example.test` };
      await ctx.services.comments.moderation.apply((await post(a.id, known)).id, 'approve');
      try {
        expect((await api('administrator', 'PUT', '/api/admin/comment-settings', { ...BASELINE, blockedWords: 'casino', moderationWords: 'refund' })).status).toBe(200);

        const blocked = await post(a.id, { ...known, text: 'Try the CASINO tonight.' });
        const held = await post(a.id, { ...known, text: 'I want a refund.' });
        const fine = await post(a.id, { ...known, text: 'Good reporting.' });
        const rows = await Promise.all([blocked, held, fine].map(async (o) => (await api<Moderated>('moderator', 'GET', `/api/admin/comments/${o.id}`)).body));
        expect(rows.map((r) => [r.status, r.heldReason])).toEqual([['spam', 'blocked-word'], ['pending', 'moderation-word'], ['approved', null]]);
      } finally {
        await ctx.services.comments.administration.saveSettings(BASELINE);
      }
    });
  });

  describe('POST /api/admin/commenters/export and /erase', () => {
    it('exports every comment of an address, in any case, with all that is stored, and nothing of others', async () => {
      const [a, b] = [await article(), await article()];
      const email = `export-${randomBytes(3).toString('hex')}@example.test`;
      const sender = { name: 'Ex Porter', email, website: 'https://porter.example.test', ip: '203.0.113.60', userAgent: 'Mozilla/5.0 (Export)' };
      const first = (await post(a.id, { ...sender, text: 'First words.' })).id;
      const second = (await post(b.id, { ...sender, email: email.toUpperCase(), text: 'Second words.' })).id;
      await ctx.services.comments.moderation.apply(first, 'approve');
      await post(a.id, { text: 'Someone else.' });

      const res = await api<{ email: string; comments: unknown[] }>('administrator', 'POST', '/api/admin/commenters/export', { email: `  ${email.toUpperCase()} ` });
      expect(res.status).toBe(200);
      const stored = { name: 'Ex Porter', email, website: 'https://porter.example.test', ip: '203.0.113.60', userAgent: 'Mozilla/5.0 (Export)' };
      expect(res.body).toMatchObject({ email });
      expect(res.body.comments).toEqual([
        { id: first, article: expect.objectContaining({ path: `/${a.sectionSlug}/${a.slug}/` }), status: 'approved', ...stored, text: 'First words.', createdAt: expect.any(String), updatedAt: expect.any(String) },
        { id: second, article: expect.objectContaining({ path: `/${b.sectionSlug}/${b.slug}/` }), status: 'pending', ...stored, text: 'Second words.', createdAt: expect.any(String), updatedAt: expect.any(String) },
      ]);
    });

    it("deletes a commenter's comments and keeps others' replies to them", async () => {
      const a = await article();
      const email = `erase-${randomBytes(3).toString('hex')}@example.test`;
      const held = (await post(a.id, { name: 'Era Ser', email: email.toUpperCase() })).id;
      const theirs = await inStatus(a.id, 'approved', { name: 'Era Ser', email, text: 'Another comment.' });
      const reply = await inStatus(a.id, 'approved', { parentId: theirs });

      const res = await api('administrator', 'POST', '/api/admin/commenters/erase', { email, mode: 'delete' });
      expect(res).toEqual({ status: 200, body: { erased: 2 } });
      expect((await api('moderator', 'GET', `/api/admin/comments/${theirs}`)).status).toBe(404);
      expect((await api('moderator', 'GET', `/api/admin/comments/${held}`)).status).toBe(404);
      expect((await api<Moderated>('moderator', 'GET', `/api/admin/comments/${reply}`)).body).toMatchObject({ status: 'approved', parentId: null, depth: 0 });
      const list = (await ctx.app.inject({ method: 'GET', url: `/api/v1/articles/${a.slug}/comments` })).json() as PublicList;
      expect(list.items.map((c) => c.id)).toEqual([reply]);
    });

    it('anonymises a commenter: the words stay under "Anonymous" with a new avatar, the personal data goes', async () => {
      const a = await article();
      const email = `anon-${randomBytes(3).toString('hex')}@example.test`;
      const id = await inStatus(a.id, 'approved', { name: 'Ann Onymous-To-Be', email, website: 'https://ann.example.test', ip: '203.0.113.61', text: 'Words to keep.' });
      const publicList = async () => ((await ctx.app.inject({ method: 'GET', url: `/api/v1/articles/${a.slug}/comments` })).json() as PublicList).items;
      const avatarBefore = (await publicList())[0]?.avatarUrl;

      const res = await api('administrator', 'POST', '/api/admin/commenters/erase', { email: email.toUpperCase(), mode: 'anonymise' });
      expect(res).toEqual({ status: 200, body: { erased: 1 } });
      expect((await api<Moderated>('moderator', 'GET', `/api/admin/comments/${id}`)).body).toMatchObject({
        status: 'approved', authorName: 'Anonymous', authorEmail: '', authorUrl: '', authorIp: '', userAgent: '', text: 'Words to keep.',
      });
      const [shown] = await publicList();
      expect(shown).toMatchObject({ id, authorName: 'Anonymous', text: 'Words to keep.' });
      expect(shown?.avatarUrl).not.toBe(avatarBefore);
      const avatar = await ctx.app.inject({ method: 'GET', url: new URL(shown?.avatarUrl ?? '').pathname });
      expect([avatar.statusCode, avatar.headers['content-type']]).toEqual([200, 'image/svg+xml; charset=utf-8']);
      const page = await ctx.app.inject({ method: 'GET', url: `/${a.sectionSlug}/${a.slug}/` });
      expect(page.body).toContain('Words to keep.');
      expect(page.body).not.toContain('Ann Onymous-To-Be');
      expect((await api<{ comments: unknown[] }>('administrator', 'POST', '/api/admin/commenters/export', { email })).body.comments).toEqual([]);
    });

    it('lets a moderator still edit an anonymised comment', async () => {
      const a = await article();
      const email = `anon-edit-${randomBytes(3).toString('hex')}@example.test`;
      const id = await inStatus(a.id, 'approved', { email });
      await api('administrator', 'POST', '/api/admin/commenters/erase', { email, mode: 'anonymise' });

      const res = await api<Moderated>('moderator', 'PATCH', `/api/admin/comments/${id}`, { text: 'Trimmed by the desk.' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ text: 'Trimmed by the desk.', authorName: 'Anonymous', authorEmail: '' });
    });

    it.each(['delete', 'anonymise'] as const)('leaves the address and its IPs nowhere in the flood marks (%s)', async (mode) => {
      const a = await article();
      const email = `flood-${mode}-${randomBytes(3).toString('hex')}@example.test`;
      await ctx.services.comments.administration.saveSettings({ ...BASELINE, floodSeconds: 15 });
      try {
        await post(a.id, { email, ip: '203.0.113.70' });
        ctx.services.clock.advance(20_000);
        await post(a.id, { email, ip: '203.0.113.71' });
      } finally {
        await ctx.services.comments.administration.saveSettings(BASELINE);
      }
      const marks = async () => (await ctx.services.handle.db.selectFrom('commentFlood').select('key').execute()).map((m) => m.key);
      expect(await marks()).toContain(`email:${email}`);

      expect((await api('administrator', 'POST', '/api/admin/commenters/erase', { email, mode })).status).toBe(200);
      expect((await marks()).filter((key) => key.includes(email) || key.includes('203.0.113.70') || key.includes('203.0.113.71'))).toEqual([]);
    });

    it.each(['editor', 'moderator', 'author'] as const)('refuses privacy requests and the policy to a %s', async (role) => {
      const requests: [Parameters<typeof api>[1], string, object?][] = [
        ['POST', '/api/admin/commenters/export', { email: 'someone@example.test' }], ['POST', '/api/admin/commenters/erase', { email: 'someone@example.test', mode: 'delete' }],
        ['GET', '/api/admin/comment-settings'], ['PUT', '/api/admin/comment-settings', BASELINE],
      ];
      for (const [method, url, payload] of requests) {
        const res = await api<ApiError>(role, method, url, payload);
        expect([url, res.status, res.body.error.code]).toEqual([url, 403, 'ACCOUNTS_FORBIDDEN']);
      }
    });
  });
});
