import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import type { buildArticle } from '../../test/support/factories.ts';
import { formErrorText, HELD_LINK, stampIn, useCommentForm } from './comment-form.test-support.ts';
import { elements, SITE, tagsIn } from './site.test-support.ts';

describe.each(DIALECTS)('comment form routes on %s', (dialect) => {
  const { ctx, moderatorCookie, setPolicy, get, storedFrom, story, sender, post } = useCommentForm(dialect);

  describe('asked for JSON', () => {
    it('answers 201 with the id, status, parent, location and the comment as HTML', async () => {
      const a = await story();
      const res = await post(a.path, sender({ comment: 'Posted in place.' }), { json: true });

      expect(res.statusCode).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.json<{ id: number; status: string; parentId: number | null; location: string; html: string }>();
      expect(Object.keys(body).sort()).toEqual(['html', 'id', 'location', 'parentId', 'status']);
      expect(body).toMatchObject({ status: 'approved', parentId: null, location: `${a.path}#comment-${body.id}` });
      expect(body.html).toMatch(new RegExp(`^<li class="comment depth-1" id="comment-${body.id}">`));
      expect(body.html).toContain('Posted in place.');

      const reply = (await post(a.path, sender({ comment_parent: String(body.id) }), { json: true })).json<{ parentId: number; html: string }>();
      expect(reply.parentId).toBe(body.id);
      expect(reply.html).toMatch(/^<li class="comment depth-2"/);
    });

    it('answers a held comment with status pending, its private link, and the awaiting notice', async () => {
      await setPolicy({ moderation: 'first-time' });
      const a = await story();

      const res = await post(a.path, sender(), { json: true });

      expect(res.statusCode).toBe(201);
      const body = res.json<{ id: number; status: string; location: string; html: string }>();
      expect(body.status).toBe('pending');
      expect(body.location).toMatch(HELD_LINK);
      expect(body.html).toContain('Your comment is awaiting moderation.');
    });

    it('answers a problem with 400 and { error: { code, message, property } }', async () => {
      const a = await story();

      const res = await post(a.path, sender({ author: 'n'.repeat(246) }), { json: true });

      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const { error } = res.json<{ error: Record<string, unknown> }>();
      expect(Object.keys(error).sort()).toEqual(['code', 'message', 'property']);
      expect(error).toMatchObject({ code: 'COMMENT_INVALID_INPUT', property: 'name' });
      expect(typeof error.message).toBe('string');
    });

    it('answers a repeated comment with 409 COMMENT_DUPLICATE', async () => {
      const a = await story();
      const fields = sender();
      await post(a.path, fields, { json: true });
      ctx.services.clock.advance(60_000);

      const res = await post(a.path, fields, { json: true });

      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: 'COMMENT_DUPLICATE' } });
    });

    it.each([15, 60])('answers a second comment from the same IP within %i s with 429 COMMENT_TOO_FAST and a Retry-After that is enough', async (floodSeconds) => {
      await setPolicy({ moderation: 'open', floodSeconds });
      const a = await story();
      const stamp = stampIn((await get(a.path)).body);
      ctx.services.clock.advance(5_000);
      const ip = `10.3.250.${floodSeconds}`;
      await post(a.path, sender(), { json: true, ip, stamp });
      const second = sender();

      const res = await post(a.path, second, { json: true, ip, stamp });

      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ error: { code: 'COMMENT_TOO_FAST' } });
      const wait = Number(res.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      ctx.services.clock.advance(wait * 1000);
      expect((await post(a.path, second, { json: true, ip, stamp })).statusCode).toBe(201);
    });

    it('tells a sender who filled the honeypot that the comment awaits moderation, and files it as spam', async () => {
      const a = await story();
      const fields = sender({ contact_website: 'https://bot.example' });

      const res = await post(a.path, fields, { json: true });

      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'pending', location: expect.stringMatching(HELD_LINK) });
      expect((await storedFrom(fields.email)).map((c) => c.status)).toEqual(['spam']);
    });
  });

  describe('without JavaScript', () => {
    it('redirects an approved comment with 303 to its place on the article', async () => {
      const a = await story();
      const res = await post(a.path, sender());

      expect(res.statusCode).toBe(303);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.location).toMatch(new RegExp(`^${a.path}#comment-\\d+$`));
    });

    it('redirects a held comment to a private, unindexed page that shows it awaiting moderation', async () => {
      await setPolicy({ moderation: 'first-time' });
      const a = await story();

      const res = await post(a.path, sender({ comment: 'Held for a moderator.' }));

      expect(res.statusCode).toBe(303);
      const link = String(res.headers.location);
      expect(link).toMatch(HELD_LINK);
      const held = await get(link.split('#')[0] ?? '');
      expect(held.statusCode).toBe(200);
      expect(held.headers['cache-control']).toBe('private, no-store');
      expect(held.headers['x-robots-tag']).toBe('noindex');
      expect(held.body).toContain('Held for a moderator.');
      expect(held.body).toContain('Your comment is awaiting moderation.');
    });

    it.each<[string, Record<string, string>, (freshStamp: string) => string | null | undefined]>([
      ['a filled honeypot', { contact_website: 'https://bot.example' }, () => undefined],
      ['a form posted within minFormSeconds of being drawn', {}, (fresh) => fresh],
      ['a forged stamp', {}, () => `${Date.UTC(2026, 0, 1).toString(36)}.AAAAAAAAAAAAAAAAAAAAAA`],
      ['no stamp', {}, () => null],
    ])('answers %s exactly as a held comment, and files it as spam', async (_name, extra, stampOf) => {
      await setPolicy({ moderation: 'all' });
      const a = await story();
      const held = await post(a.path, sender({ comment: 'An honest comment.' }));
      // A page drawn now, not one from the cache, so its stamp is fresh.
      const b = await story();
      const stamp = stampOf(stampIn((await get(b.path)).body));
      const fields = sender({ comment: 'Bot words.', ...extra });

      const spam = await post(b.path, fields, stamp === undefined ? {} : { stamp });

      expect(spam.statusCode).toBe(held.statusCode);
      expect(Object.keys(spam.headers).sort()).toEqual(Object.keys(held.headers).sort());
      expect(spam.headers['cache-control']).toBe(held.headers['cache-control']);
      expect(String(spam.headers.location)).toMatch(HELD_LINK);
      const page = await get(String(spam.headers.location).split('#')[0] ?? '');
      expect(page.headers['cache-control']).toBe('private, no-store');
      expect(page.body).toContain('Bot words.');
      expect(page.body).toContain('Your comment is awaiting moderation.');
      expect((await storedFrom(fields.email)).map((c) => c.status)).toEqual(['spam']);
    });

    it('shows the form again with 400, the typed values, and each problem beside its field, storing nothing', async () => {
      const a = await story();
      const fields = { comment: '   ', author: 'n'.repeat(246), email: 'not-an-email', url: 'ftp://files.example/x' };

      const res = await post(a.path, fields);

      expect(res.statusCode).toBe(400);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const tags = tagsIn(res.body);
      const byId = (id: string) => tags.find((t) => t.attrs.id === id)?.attrs ?? {};
      expect(byId('author').value).toBe(fields.author);
      expect(byId('email').value).toBe(fields.email);
      expect(byId('url').value).toBe(fields.url);
      expect(elements(res.body, 'textarea')[0]?.text).toBe('');
      for (const id of ['comment', 'author', 'email', 'url']) {
        expect(byId(id)['aria-invalid'], id).toBe('true');
        expect(byId(id)['aria-describedby']?.split(' '), id).toContain(`${id}-error`);
        expect(elements(res.body, 'span').find((s) => s.attrs.id === `${id}-error`)?.text, id).not.toBe('');
      }
      expect(byId('comment-form-error').role).toBe('alert');
      expect(formErrorText(res.body)).not.toBe('');
      expect(await storedFrom(fields.email)).toEqual([]);
      expect((await ctx.services.comments.view(a.id, 1)).count).toBe(0);
    });

    it('keeps what was typed in the comment box when only another field is wrong', async () => {
      const a = await story();
      const res = await post(a.path, sender({ comment: 'Keep <these> words & lines\nplease', email: 'broken' }));

      expect(res.statusCode).toBe(400);
      expect(elements(res.body, 'textarea')[0]?.text).toBe('Keep <these> words & lines\nplease');
      expect(tagsIn(res.body).find((t) => t.attrs.id === 'comment')?.attrs['aria-invalid']).toBeUndefined();
    });

    it('shows a duplicate refusal above the form with 409, the values kept', async () => {
      const a = await story();
      const fields = sender({ comment: 'Said once.' });
      await post(a.path, fields);
      ctx.services.clock.advance(60_000);

      const res = await post(a.path, fields);

      expect(res.statusCode).toBe(409);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(formErrorText(res.body)).not.toBe('');
      expect(tagsIn(res.body).find((t) => t.attrs.id === 'author')?.attrs.value).toBe(fields.author);
    });
  });

  describe('where and how comments may be posted', () => {
    it('refuses comments on an article closed through the Admin API with 403 COMMENT_CLOSED, and its page drops the form', async () => {
      const a = await story();
      expect((await get(a.path)).body).toContain('id="commentform"');
      const close = await ctx.app.inject({
        method: 'PUT', url: `/api/admin/articles/${a.slug}/comments`, headers: { cookie: moderatorCookie(), origin: SITE }, payload: { open: false },
      });
      expect(close.statusCode).toBe(200);

      const res = await post(a.path, sender(), { json: true });

      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'COMMENT_CLOSED' } });
      const page = (await get(a.path)).body;
      expect(page).toContain('Comments are closed.');
      expect(page).not.toContain('id="commentform"');
    });

    it('closes comments on an article older than closeAfterDays, on the page and for posts', async () => {
      await setPolicy({ moderation: 'open', closeAfterDays: 1 });
      const a = await story({ publishedAt: new Date(ctx.services.clock.now().getTime() - 2 * 86_400_000).toISOString() });

      const page = (await get(a.path)).body;
      expect(page).toContain('Comments are closed.');
      expect(page).not.toContain('id="commentform"');
      const res = await post(a.path, sender(), { json: true, stamp: stampIn(page) });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'COMMENT_CLOSED' } });
    });

    it.each<[string, Parameters<typeof buildArticle>[1]]>([
      ['a draft', { status: 'draft' }],
      ['an embargoed article', { embargoUntil: '2099-01-01T00:00:00.000Z' }],
    ])('answers a comment on %s with 404, storing nothing', async (_name, fields) => {
      const open = await story();
      const a = await story(fields);
      const stamp = stampIn((await get(open.path)).body);
      ctx.services.clock.advance(5_000);
      const json = sender();
      const html = sender();

      const asJson = await post(a.path, json, { json: true, stamp });
      const asForm = await post(a.path, html, { stamp });

      expect(asJson.statusCode).toBe(404);
      expect(asJson.json()).toMatchObject({ error: { code: 'COMMENT_ARTICLE_NOT_FOUND' } });
      expect(asForm.statusCode).toBe(404);
      expect(asForm.headers['content-type']).toMatch(/^text\/html/);
      expect([...await storedFrom(json.email), ...await storedFrom(html.email)]).toEqual([]);
    });

    it('answers a comment on an unknown article, or one under the wrong section, with 404', async () => {
      const a = await story();
      const stamp = stampIn((await get(a.path)).body);
      for (const path of [`/${a.sectionSlug}/no-such-story/`, `/no-such-section/${a.slug}/`]) {
        expect((await post(path, sender(), { json: true, stamp })).statusCode, path).toBe(404);
        expect((await post(path, sender(), { stamp })).statusCode, path).toBe(404);
      }
    });

    it.each<[string, Record<string, string>]>([
      ['another site', { origin: 'https://evil.example' }],
      ['a look-alike host', { origin: 'https://news.example.test.evil.example' }],
      ['the same host over http', { origin: 'http://news.example.test' }],
      ['a browser saying cross-site', { 'sec-fetch-site': 'cross-site' }],
    ])('refuses a post from %s with 403 COMMENT_CROSS_SITE, storing nothing', async (_name, headers) => {
      const a = await story();
      const fields = sender();
      const stamp = stampIn((await get(a.path)).body);
      ctx.services.clock.advance(5_000);
      const send = (accept: string, ip: string) => ctx.app.inject({
        method: 'POST', url: `${a.path}comments`, remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept, ...headers },
        payload: new URLSearchParams({ ...fields, stamp }).toString(),
      });

      const asJson = await send('application/json', '10.3.251.1');
      const asForm = await send('text/html', '10.3.251.2');

      expect(asJson.statusCode).toBe(403);
      expect(asJson.json()).toMatchObject({ error: { code: 'COMMENT_CROSS_SITE' } });
      expect(asForm.statusCode).toBe(403);
      expect(await storedFrom(fields.email)).toEqual([]);
    });

    it('takes a post whose Origin is this site, one with Sec-Fetch-Site same-origin, and one with no Origin at all', async () => {
      const a = await story();
      const same = await post(a.path, sender(), { json: true, headers: { 'sec-fetch-site': 'same-origin' } });
      const none = await ctx.app.inject({
        method: 'POST', url: `${a.path}comments`, remoteAddress: '10.3.252.1',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        payload: new URLSearchParams({ ...sender(), stamp: stampIn((await get(a.path)).body) }).toString(),
      });

      expect(same.statusCode).toBe(201);
      expect(none.statusCode).toBe(201);
    });

    it('never stores anything from a GET, even one carrying every field', async () => {
      const a = await story();
      const fields = sender();
      const query = new URLSearchParams({ ...fields, stamp: stampIn((await get(a.path)).body) }).toString();
      ctx.services.clock.advance(5_000);

      for (const url of [`${a.path}comments?${query}`, `${a.path}comments/?${query}`, `${a.path}?${query}`]) {
        const res = await get(url, { accept: 'application/json' });
        expect([200, 301, 404, 405], url).toContain(res.statusCode);
        if (res.statusCode === 301) expect([404, 405], url).toContain((await get(String(res.headers.location))).statusCode);
      }
      expect(await storedFrom(fields.email)).toEqual([]);
    });
  });
});
