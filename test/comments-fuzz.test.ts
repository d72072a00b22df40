import type { LightMyRequestResponse } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normaliseCommentInput } from '../src/comments/index.ts';
import { launchChromium } from './browser/support.ts';
import { useTestApp } from './support/app.ts';
import { approveAllPending, clientAddress, encodeFormValue, fetchFormStamp, postComment, postedCommentId } from './support/comment-helpers.ts';
import { DIALECTS } from './support/db-matrix.ts';
import { buildArticle, buildSection } from './support/factories.ts';
import { commentHostileStrings, ONE_MIB, ORDINARY_UNICODE, type HostileString } from './support/hostile-strings.ts';
import { signInRoles } from './support/sign-in.ts';

const HOSTILE = commentHostileStrings();
/** The reader form's own fields, plus an unknown one; `(name)` puts the hostile string in an unknown field's name. */
const FORM_FIELDS = ['comment', 'author', 'email', 'url', 'contact_website', 'stamp', 'comment_parent', 'x_unknown', '(name)'] as const;
type FormField = (typeof FORM_FIELDS)[number];
/** Fields whose accepted values readers see on the page: those pages are loaded in Chromium. */
const SHOWN_FIELDS: readonly FormField[] = ['comment', 'author', 'url'];
/** Requests in flight side by side per field, so database round trips overlap. */
const LANES = 4;
/** Every tenth post of a shown field fills the honeypot: spam, which its sender is shown as held. */
const HELD_EVERY = 10;
/** Admin API edits and replies are kept as a page for the browser every this many values. */
const BATCH = 100;
const FUZZ_SETTINGS = {
  moderation: 'open' as const, closeAfterDays: 0, holdLinks: 0, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
};
/** Markup the browser checks must catch, planted on a page of their own. */
const PLANTED = '<li class="comment"><script>alert(1)</script><img src="/x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a></li>';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Json = Record<string, unknown>;
interface Failure { route: string; field: string; value: string; status: number; reason: string; excerpt: string }
interface Article { slug: string; path: string }

const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat\s+(?:[\w$.<>[\]]+\s+)?\(?(?:file:\/\/|node:|\/)[^\s()"]*:\d+(?::\d+)?\)?/],
  ['node_modules path', /node_modules/],
  ['error class name', /\b(?:SqliteError|DatabaseError|TypeError|ReferenceError|RangeError|SyntaxError|URIError|AggregateError)\b/],
  ['SQLite error', /SQLITE_[A-Z]+|(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed|no such (?:table|column)/],
  ['PostgreSQL error', /syntax error at or near|invalid input syntax for|violates (?:unique|foreign key|not-null|check) constraint|invalid byte sequence for encoding|duplicate key value|unsupported Unicode escape/i],
  ['SQL statement', /\b(?:insert into "|update "|select "|delete from ")/i],
];

const show = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value) + (value.length > 80 ? ` (${value.length} chars)` : '');
const excerpt = (text: string, at = 0) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 140).replace(/\s+/g, ' '));

function report(title: string, failures: Failure[]): string {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.route} ${f.field}: ${f.reason.replace(/[:(].*$/s, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines = [...groups].sort((a, b) => b[1].length - a[1].length).map(([key, list]) => {
    const f = list[0] as Failure;
    return `  ${list.length} × ${key}\n      e.g. ${show(f.value)} → ${f.status}: ${f.reason}\n      ${f.excerpt}`;
  });
  return `${failures.length} problems ${title}:\n${lines.join('\n')}\n`;
}

/** The text of the form's error box on a page sent back to a reader without JavaScript. */
function formErrorText(html: string): string {
  return /id="comment-form-error"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() ?? '';
}

function apiError(res: LightMyRequestResponse): { code: string; message: string } | null {
  try {
    const error = (JSON.parse(res.body) as Json).error as Json | undefined;
    return typeof error?.code === 'string' && typeof error.message === 'string' && error.message.trim() !== '' ? { code: error.code, message: error.message } : null;
  } catch { return null; }
}

describe.each(DIALECTS)('reader comments under hostile input on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let admin = '';
  let origin = '';
  let stamp = '';
  let section = '';
  let n = 0;
  const failures: Failure[] = [];
  const shownPages: Article[] = [];
  const heldLinks: string[] = [];
  const fragments: string[] = [];
  const snapshots: string[] = [];
  let sentinel: { id: number; article: Article; admin: string; api: string; item: string };

  const nextAddress = () => clientAddress(++n);
  const newArticle = async (): Promise<Article> => {
    const { slug } = await buildArticle(ctx.services.writer, { sectionSlug: section });
    return { slug, path: `/${section}/${slug}/` };
  };
  const adminInject = (method: string, url: string, payload?: unknown) => ctx.app.inject({
    method: method as 'GET', url, headers: { cookie: admin }, ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  const saveSettings = async (settings: Json) => {
    const res = await adminInject('PUT', '/api/admin/comment-settings', settings);
    expect(res.statusCode, res.body).toBe(200);
  };
  /** The sentinel comment's own list item on its article page. */
  const itemOf = (html: string, id: number) => new RegExp(`<li [^>]*id="comment-${id}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';

  /** Checks one answer against what every answer must be; `json` says whether JSON was asked for. */
  function inspect(res: LightMyRequestResponse, route: string, field: string, value: string, json: boolean): void {
    const fail = (reason: string, at = 0) => failures.push({ route, field, value, status: res.statusCode, reason, excerpt: excerpt(res.body, at) });
    if (res.statusCode >= 500) fail(`status ${res.statusCode}`);
    for (const [name, pattern] of LEAKS) {
      const match = pattern.exec(res.body);
      if (match && !pattern.test(value)) fail(`${name} in the body`, match.index);
    }
    const location = res.headers.location;
    if (location !== undefined && !/^\/(?![/\\])/.test(String(location))) fail(`redirects off the site: ${String(location)}`);
    if (res.statusCode < 400 || res.statusCode >= 500) return;
    const type = String(res.headers['content-type'] ?? '');
    if (json) {
      if (!type.startsWith('application/json') || !apiError(res)) fail(`a ${res.statusCode} without a readable { error: { code, message } } (${type})`);
    } else if (!type.startsWith('text/html') || formErrorText(res.body) === '') {
      fail(`a ${res.statusCode} page without the form's error message (${type}${apiError(res) ? `, JSON ${apiError(res)?.code}` : ''})`);
    }
  }

  beforeEach(() => { failures.length = 0; });

  beforeAll(async () => {
    origin = new URL(ctx.services.config.siteUrl).origin;
    admin = (await signInRoles(ctx.app, ctx.services.accounts, ['administrator'])).get('administrator') ?? '';
    section = await buildSection(ctx.services.writer, { name: 'Fuzz desk' });
    // The sentinel goes in under the default rules: held as a first comment, then approved.
    const article = await newArticle();
    const drawn = await fetchFormStamp(ctx.app, article.path);
    ctx.services.clock.advance(5_000);
    const posted = await postComment(ctx.app, article.path, {
      comment: 'Sentinel comment: nothing may change it.\n\nhttps://example.org/ is a link.', author: 'Sentinel Reader', email: 'sentinel@example.org',
      url: 'https://sentinel.example.org/', stamp: drawn, comment_parent: '0',
    }, { json: true, remoteAddress: nextAddress(), origin });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = postedCommentId(posted) as number;
    expect(await approveAllPending(ctx.app, admin)).toEqual([id]);
    const page = (await ctx.app.inject(article.path)).body;
    sentinel = {
      id, article, admin: (await adminInject('GET', `/api/admin/comments/${id}`)).body,
      api: (await ctx.app.inject(`/api/v1/articles/${article.slug}/comments`)).body, item: itemOf(page, id),
    };
    expect(sentinel.item).toContain('Sentinel comment');
  });

  it('answers a burst from one address with 429 and a reason under the default settings', async () => {
    const article = await newArticle();
    const drawn = await fetchFormStamp(ctx.app, article.path);
    ctx.services.clock.advance(5_000);
    for (const json of [false, true]) {
      const address = nextAddress();
      const answers: LightMyRequestResponse[] = [];
      for (let i = 0; i < 3; i++) {
        answers.push(await postComment(ctx.app, article.path, {
          comment: `Burst ${json} ${i}`, author: 'Quick Reader', email: `burst-${json}-${i}@example.org`, stamp: drawn, comment_parent: '0',
        }, { json, remoteAddress: address, origin }));
      }
      expect(answers.map((r) => r.statusCode)).toEqual(json ? [201, 429, 429] : [303, 429, 429]);
      for (const res of answers.slice(1)) {
        expect(res.headers['retry-after']).toBe('15');
        if (json) expect(apiError(res)?.code).toBe('COMMENT_TOO_FAST');
        else expect(formErrorText(res.body)).toMatch(/too quickly/);
      }
    }
  });

  it(`takes ${HOSTILE.length} hostile strings in every field of the comment form, with and without JavaScript, and answers each with a 2xx/3xx or a readable 4xx`, async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(1000);
    await saveSettings(FUZZ_SETTINGS);
    const started = Date.now();
    const perField: string[] = [];
    for (const json of [false, true]) {
      for (const field of FORM_FIELDS) {
        const article = await newArticle();
        stamp = await fetchFormStamp(ctx.app, article.path);
        const shown = SHOWN_FIELDS.includes(field);
        if (shown && !json) shownPages.push(article);
        const accepted: { id: number; value: string }[] = [];
        const fieldStarted = Date.now();
        const one = async (value: string, i: number) => {
          const k = ++n;
          const held = shown && i % HELD_EVERY === 0;
          const fields: [string, string][] = [['comment', `Fuzz comment ${k}.`], ['author', 'Fuzz Reader'], ['email', `fz-${k}@example.org`], ['url', ''],
            ['contact_website', held ? 'filled by a robot' : ''], ['stamp', stamp], ['comment_parent', '0']];
          if (field === '(name)') fields.push([value.slice(0, 200), 'x']);
          else if (field === 'x_unknown') fields.push(['x_unknown', value]);
          else (fields.find(([name]) => name === field) as [string, string])[1] = value;
          const res = await postComment(ctx.app, article.path, fields, { json, remoteAddress: clientAddress(k), origin });
          const route = `POST …/comments (${json ? 'JSON' : 'form'})`;
          inspect(res, route, field, value, json);
          if (res.statusCode >= 400) return;
          const id = postedCommentId(res);
          if (id === null) return void failures.push({ route, field, value, status: res.statusCode, reason: 'accepted without a comment id', excerpt: excerpt(res.body) });
          accepted.push({ id, value });
          if (json && shown) fragments.push(String((res.json() as Json).html));
          const location = String(res.headers.location ?? '');
          if (!location.includes('?unapproved=')) return;
          const link = location.split('#')[0] as string;
          heldLinks.push(link);
          // A held page is a full article page drawn for one reader: a spread of them is enough.
          if (heldLinks.length % 4 !== 0) return;
          const heldPage = await ctx.app.inject(link);
          inspect(heldPage, 'GET held-comment link', field, value, false);
          if (heldPage.statusCode !== 200 || !heldPage.body.includes('class="comment-awaiting"')) {
            failures.push({ route: 'GET held-comment link', field, value, status: heldPage.statusCode, reason: 'the held comment is not shown to its sender', excerpt: excerpt(heldPage.body) });
          }
        };
        await Promise.all(Array.from({ length: LANES }, async (_, lane) => {
          for (let i = lane; i < HOSTILE.length; i += LANES) await one((HOSTILE[i] as HostileString).value, i);
        }));
        if (field === 'comment' || field === 'author') await checkStored(article, field, accepted, json);
        perField.push(`${json ? 'JSON' : 'form'} ${field}: ${accepted.length} accepted, ${Date.now() - fieldStarted} ms`);
      }
    }
    console.log(`[comments-fuzz ${dialect}] form fields: ${HOSTILE.length} strings × ${FORM_FIELDS.length} fields × 2 in ${Date.now() - started} ms; ${perField.join(', ')}`);
    expect(failures.length, report(`in the comment form on ${dialect}`, failures)).toBe(0);
  }, 600_000);

  /** Accepted values are stored as typed, only tidied the documented way (trimmed, controls and CR dropped). */
  async function checkStored(article: Article, field: 'comment' | 'author', accepted: { id: number; value: string }[], json: boolean): Promise<void> {
    const stored = new Map<number, Json>();
    for (let page = 1; ; page++) {
      const res = await adminInject('GET', `/api/admin/comments?article=${article.slug}&perPage=100&page=${page}`);
      const list = res.json() as { items: Json[]; pageCount: number };
      for (const item of list.items) stored.set(Number(item.id), item);
      if (page >= list.pageCount) break;
    }
    for (const { id, value } of accepted) {
      if (LONE_SURROGATE.test(value)) continue;
      const tidy = normaliseCommentInput({ name: field === 'author' ? value : '', email: '', website: '', text: field === 'comment' ? value : '' });
      const expected = field === 'comment' ? tidy.text : tidy.name;
      const got = stored.get(id)?.[field === 'comment' ? 'text' : 'authorName'];
      if (got !== expected) failures.push({ route: `stored (${json ? 'JSON' : 'form'})`, field, value, status: 0, reason: `stored as ${show(String(got))}`, excerpt: '' });
    }
  }

  it('answers 413 with a readable message to a body over 1 MB, and no 5xx to invalid UTF-8 in the body or its percent-escapes', async () => {
    const article = await newArticle();
    stamp = await fetchFormStamp(ctx.app, article.path);
    const base = (k: number) => `author=Bytes+Reader&email=bytes-${k}%40example.org&stamp=${encodeFormValue(stamp)}&comment_parent=0`;
    for (const json of [false, true]) {
      const big = await postComment(ctx.app, article.path, {}, { json, remoteAddress: nextAddress(), origin, rawBody: `comment=${'A'.repeat(ONE_MIB + 10)}&${base(++n)}` });
      inspect(big, 'POST …/comments 1 MB', 'comment', 'A × 1 MiB', json);
      expect.soft(big.statusCode, `1 MB body (${json ? 'JSON' : 'form'})`).toBe(413);
      const invalid = ['%C3%28', '%FF', '%FE%FF', '%E2%82', '%ED%A0%80', '%C0%AF', '%F4%90%80%80', '%80', 'x%C3', '%E0%80%80', '%', '%G1', '%%'];
      for (const field of ['comment', 'author', 'email', 'url', 'stamp', 'comment_parent', 'x_unknown']) {
        for (const escape of invalid) {
          const k = ++n;
          const fields = new Map([['comment', `Bytes ${k}`], ['author', 'Bytes+Reader'], ['email', `bytes-${k}%40example.org`], ['stamp', encodeFormValue(stamp)], ['comment_parent', '0']]);
          fields.set(field, `Harbour${escape}bridge`);
          const body = [...fields].map(([name, value]) => `${name}=${value}`).join('&');
          inspect(await postComment(ctx.app, article.path, {}, { json, remoteAddress: clientAddress(k), origin, rawBody: body }), 'POST …/comments (percent-escape)', field, escape, json);
        }
        for (const bytes of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xef, 0xbb, 0xbf]]) {
          const k = ++n;
          const raw = Buffer.concat([Buffer.from(`${base(k)}&comment=Raw+${k}&${field}=Harbour`), Buffer.from(bytes), Buffer.from('bridge')]);
          inspect(await postComment(ctx.app, article.path, {}, { json, remoteAddress: clientAddress(k), origin, rawBody: raw }), 'POST …/comments (raw bytes)', field, Buffer.from(bytes).toString('hex'), json);
        }
      }
      const repeated = await postComment(ctx.app, article.path, [['comment', 'Twice'], ['comment', 'over'], ['author', 'Repeat'], ['email', `rep-${++n}@example.org`], ['stamp', stamp]],
        { json, remoteAddress: nextAddress(), origin });
      inspect(repeated, 'POST …/comments (a field twice)', 'comment', 'Twice / over', json);
      for (const [name, value] of [['__proto__[admin]', '1'], ['constructor[prototype][x]', '1'], ['__proto__', 'x'], ['comment[]', 'x'], ['hasOwnProperty', 'x']]) {
        const res = await postComment(ctx.app, article.path, [['comment', `Proto ${++n}`], ['author', 'Proto'], ['email', `proto-${n}@example.org`], ['stamp', stamp], [name as string, value as string]],
          { json, remoteAddress: nextAddress(), origin });
        inspect(res, 'POST …/comments (prototype keys)', name as string, value as string, json);
      }
    }
    const patch = await adminInject('PATCH', `/api/admin/comments/${sentinel.id}`, { text: 'A'.repeat(ONE_MIB) });
    inspect(patch, 'PATCH /api/admin/comments/{id} 1 MB', 'text', 'A × 1 MiB', true);
    expect.soft([400, 413]).toContain(patch.statusCode);
    expect(failures.length, report(`with oversized and invalid bytes on ${dialect}`, failures)).toBe(0);
  });

  it('takes the hostile strings in the Admin API comment routes\' body fields and query parameters', async () => {
    await saveSettings(FUZZ_SETTINGS);
    const started = Date.now();
    const edits = await newArticle();
    const editStamp = await fetchFormStamp(ctx.app, edits.path);
    const targets: number[] = [];
    for (let i = 0; i < BATCH; i++) {
      const res = await postComment(ctx.app, edits.path, { comment: `Edit target ${i}`, author: `Target ${i}`, email: `target-${i}@example.org`, stamp: editStamp, comment_parent: '0' },
        { json: true, remoteAddress: nextAddress(), origin });
      targets.push(postedCommentId(res) as number);
    }
    const snapshot = async (article: Article) => snapshots.push((await ctx.app.inject(article.path)).body);

    // Edits: a batch's worth of comments take turns; the page is kept after each batch for the browser.
    const edited: Record<string, (value: string) => string> = {
      text: (v) => normaliseCommentInput({ name: '', email: '', website: '', text: v }).text,
      authorName: (v) => normaliseCommentInput({ name: v, email: '', website: '', text: '' }).name,
      authorUrl: (v) => normaliseCommentInput({ name: '', email: '', website: v, text: '' }).website,
    };
    const phases: string[] = [];
    let mark = Date.now();
    const phase = (name: string) => { phases.push(`${name} ${Date.now() - mark} ms`); mark = Date.now(); };
    for (const [field, expected] of Object.entries(edited)) {
      await runInBatches(async (value, i) => {
        const res = await adminInject('PATCH', `/api/admin/comments/${targets[i % targets.length]}`, { [field]: value });
        inspect(res, 'PATCH /api/admin/comments/{id}', field, value, true);
        if (res.statusCode === 200 && (res.json() as Json)[field] !== expected(value)) {
          failures.push({ route: 'PATCH /api/admin/comments/{id}', field, value, status: 200, reason: `stored as ${show(String((res.json() as Json)[field]))}`, excerpt: '' });
        }
        return res.statusCode === 200;
      }, () => snapshot(edits));
      phase(`PATCH ${field}`);
    }

    // Staff replies: each batch is kept as a page, then deleted so pages stay a realistic size.
    const replies = await newArticle();
    const replyStamp = await fetchFormStamp(ctx.app, replies.path);
    const parents: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await postComment(ctx.app, replies.path, { comment: `Reply parent ${i}`, author: `Parent ${i}`, email: `parent-${i}@example.org`, stamp: replyStamp, comment_parent: '0' },
        { json: true, remoteAddress: nextAddress(), origin });
      parents.push(postedCommentId(res) as number);
    }
    let batch: number[] = [];
    await runInBatches(async (value, i) => {
      const res = await adminInject('POST', `/api/admin/comments/${parents[i % parents.length]}/replies`, { text: value });
      inspect(res, 'POST /api/admin/comments/{id}/replies', 'text', value, true);
      if (res.statusCode === 201) batch.push(Number((res.json() as Json).id));
      return res.statusCode === 201;
    }, async () => {
      await snapshot(replies);
      for (const id of batch) expect((await adminInject('DELETE', `/api/admin/comments/${id}`)).statusCode).toBe(204);
      batch = [];
    });
    phase('replies');

    // Word lists: each accepted list is saved as sent, then judges a comment that contains the entry.
    const words = await newArticle();
    const wordStamp = await fetchFormStamp(ctx.app, words.path);
    for (const list of ['moderationWords', 'blockedWords']) {
      await runInBatches(async (value) => {
        const res = await adminInject('PUT', '/api/admin/comment-settings', { ...FUZZ_SETTINGS, [list]: value });
        inspect(res, 'PUT /api/admin/comment-settings', list, value, true);
        if (res.statusCode !== 200) return false;
        if ((res.json() as Json)[list] !== value) failures.push({ route: 'PUT /api/admin/comment-settings', field: list, value, status: 200, reason: 'saved differently', excerpt: '' });
        const k = ++n;
        const posted = await postComment(ctx.app, words.path, { comment: `Words ${k}: ${value.slice(0, 60_000)}`, author: `Words ${value.slice(0, 100)}`, email: `words-${k}@example.org`, stamp: wordStamp, comment_parent: '0' },
          { json: true, remoteAddress: clientAddress(k), origin });
        inspect(posted, `POST …/comments judged by ${list}`, list, value, true);
        return false;
        // One at a time: the policy is one row, and each comment must be judged by the list just saved.
      }, undefined, 1);
      phase(list);
    }
    await saveSettings(FUZZ_SETTINGS);

    // Commenters' data requests, and the queue's filters. The filters are narrowed to the trash
    // (twenty of the edited comments): they are built the same whatever the status, and a search
    // of all the comments the fuzzing left (some 17,000) costs two full scans per request.
    const trashed = await adminInject('POST', '/api/admin/comments/bulk', { action: 'trash', ids: targets.slice(0, 20) });
    expect(trashed.statusCode, trashed.body).toBe(200);
    await runInBatches(async (value, i) => {
      inspect(await adminInject('POST', '/api/admin/commenters/export', { email: value }), 'POST /api/admin/commenters/export', 'email', value, true);
      inspect(await adminInject('POST', '/api/admin/commenters/erase', { email: value, mode: i % 2 ? 'anonymise' : 'delete' }), 'POST /api/admin/commenters/erase', 'email', value, true);
      for (const param of ['q', 'email', 'article']) {
        const res = await adminInject('GET', `/api/admin/comments?status=trash&${param}=${encodeFormValue(value)}&perPage=5`);
        inspect(res, 'GET /api/admin/comments', param, value, true);
      }
      return false;
    });
    phase('export, erase, queue filters');
    console.log(`[comments-fuzz ${dialect}] Admin API: ${HOSTILE.length} strings × 9 inputs in ${Date.now() - started} ms (${phases.join(', ')}), ${snapshots.length} pages kept`);
    expect(failures.length, report(`in the Admin API comment routes on ${dialect}`, failures)).toBe(0);
  }, 600_000);

  /** Runs `one` over every hostile string in lanes, BATCH at a time; `flush` runs after a batch with an accepted value. */
  async function runInBatches(one: (value: string, i: number) => Promise<boolean>, flush?: () => Promise<unknown>, lanes = LANES): Promise<void> {
    for (let from = 0; from < HOSTILE.length; from += BATCH) {
      const slice = HOSTILE.slice(from, from + BATCH);
      const results = await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
        let accepted = 0;
        for (let i = lane; i < slice.length; i += lanes) if (await one((slice[i] as HostileString).value, from + i)) accepted++;
        return accepted;
      }));
      if (flush && results.some((count) => count > 0)) await flush();
    }
  }

  it('round-trips Arabic, Hebrew, CJK, emoji and combining accents unchanged from the form through approval to the Content API and the page', async () => {
    await saveSettings({ ...FUZZ_SETTINGS, moderation: 'first-time', floodSeconds: 15, minFormSeconds: 3 });
    const article = await newArticle();
    const drawn = await fetchFormStamp(ctx.app, article.path);
    ctx.services.clock.advance(5_000);
    const u = ORDINARY_UNICODE;
    const cases = [
      { author: u.arabic, comment: `${u.arabic}\n\n${u.hebrew}` },
      { author: u.cjk, comment: `${u.cjk} ${u.emoji}` },
      { author: u.combining, comment: `${u.combining}\n${u.mixed}` },
      { author: `${u.hebrew} ${u.emoji}`, comment: Object.values(u).join('\n\n') },
    ];
    const ids: number[] = [];
    for (const [i, c] of cases.entries()) {
      const res = await postComment(ctx.app, article.path, { ...c, email: `unicode-${i}@example.org`, url: 'https://example.org/caf\u00e9/\u65b0', stamp: drawn, comment_parent: '0' },
        { json: i % 2 === 1, remoteAddress: nextAddress(), origin });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(i % 2 === 1 ? 201 : 303);
      ids.push(postedCommentId(res) as number);
    }
    const approved = await adminInject('POST', '/api/admin/comments/bulk', { action: 'approve', ids });
    expect((approved.json() as { results: { ok: boolean }[] }).results.every((r) => r.ok), approved.body).toBe(true);
    const api = (await ctx.app.inject(`/api/v1/articles/${article.slug}/comments`)).json() as { items: Json[] };
    expect(api.items.map((item) => ({ authorName: item.authorName, text: item.text, authorUrl: item.authorUrl })))
      .toEqual(cases.map((c) => ({ authorName: c.author, text: c.comment, authorUrl: 'https://example.org/caf\u00e9/\u65b0' })));
    const page = (await ctx.app.inject(article.path)).body;
    for (const c of cases) for (const line of c.comment.split('\n').filter(Boolean)) expect(page).toContain(line);
    for (const c of cases) expect(page).toContain(c.author);
    await saveSettings(FUZZ_SETTINGS);
  });

  it('left the sentinel comment byte for byte as it was, in the Admin API, the Content API and on its page', async () => {
    expect((await adminInject('GET', `/api/admin/comments/${sentinel.id}`)).body).toBe(sentinel.admin);
    expect((await ctx.app.inject(`/api/v1/articles/${sentinel.article.slug}/comments`)).body).toBe(sentinel.api);
    expect(itemOf((await ctx.app.inject(sentinel.article.path)).body, sentinel.id)).toBe(sentinel.item);
  });

  // Chromium runs on SQLite only, to keep the run near three minutes a database: the pages are
  // drawn by the same code from what each database stored, and what was stored is compared with
  // what was sent on both (checkStored), so a PostgreSQL pass would repeat the SQLite one.
  if (dialect === 'sqlite') describe('in Chromium', () => {
    let browser: Browser;
    let page: Page;
    let site = '';
    const seen = { dialogs: [] as string[], errors: [] as string[] };

    beforeAll(async () => {
      browser = await launchChromium();
      site = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const w = window as unknown as { __pwned: boolean; __violations: string[]; alert: unknown; confirm: unknown; prompt: unknown; print: unknown };
        w.__pwned = false;
        w.__violations = [];
        w.alert = w.confirm = w.prompt = w.print = () => { w.__pwned = true; };
        document.addEventListener('securitypolicyviolation', (e) => { w.__violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`); });
      });
      page = await context.newPage();
      page.on('dialog', (dialog) => { seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`); void dialog.dismiss(); });
      page.on('console', (message) => { if (message.type() === 'error') seen.errors.push(message.text()); });
      page.on('pageerror', (error) => { seen.errors.push(String(error)); });
      // Pages kept earlier are served from their own URLs, with the site's real headers.
      const headers = (await ctx.app.inject('/')).headers;
      const csp = String(headers['content-security-policy']);
      const list = (items: string) => `<!DOCTYPE html><html><head><title>kept</title></head><body><ol class="comment-list">${items}</ol></body></html>`;
      await page.route(`${site}/__kept/**`, async (route) => {
        const [, , kind, at = ''] = new URL(route.request().url()).pathname.split('/');
        const n = Number(at);
        // Fragments and the open canary go in without the CSP: the markup alone must carry nothing executable.
        const [body, withCsp] = kind === 'fragments' ? [list(fragments.slice(n * 100, n * 100 + 100).join('')), false]
          : kind === 'canary' ? [list(PLANTED), at === 'csp'] : [snapshots[n] ?? '', true];
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: withCsp ? { 'content-security-policy': csp } : {}, body });
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    async function visit(path: string): Promise<string[]> {
      const res = await page.goto(site + path, { waitUntil: 'load' });
      const problems: string[] = res && res.status() < 400 ? [] : [`answered ${res?.status()}`];
      // Handlers such as ontoggle and animation events fire after load.
      await page.waitForTimeout(10);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping', 'cite', 'srcset']);
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) out.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
            if (urlAttributes.has(name) && /^(?:javascript|vbscript|data:text\/html)/i.test(attr.value.replace(/[\u0000-\u0020\u007f]/g, ''))) out.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
          }
          if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'svg', 'math', 'form'].includes(el.localName) && !el.matches('#commentform, header form.header-search[action="/search"]')) out.push(`a <${el.localName}> element`);
          if (el.localName === 'meta' && el.hasAttribute('http-equiv')) out.push('a <meta http-equiv> element');
          if (el.localName === 'script') {
            const script = el as HTMLScriptElement;
            if (script.type === 'application/ld+json') {
              try { JSON.parse(script.textContent ?? ''); } catch { out.push('JSON-LD that does not parse'); }
            } else if (!script.src.startsWith(`${location.origin}/static/`) || (script.textContent ?? '').trim() !== '') out.push(`a script that is not the site's: ${script.outerHTML.slice(0, 80)}`);
          }
        }
        const w = window as unknown as { __pwned: boolean; __violations: string[] };
        if (w.__pwned) out.push('alert, confirm or prompt was called');
        out.push(...w.__violations.map((v) => `CSP violation: ${v}`));
        return { out, comments: document.querySelectorAll('li.comment').length };
      });
      problems.push(...found.out);
      if (found.comments === 0) problems.push('no comments on the page');
      problems.push(...seen.dialogs.splice(0).map((d) => `dialog ${d}`), ...seen.errors.splice(0).map((e) => `console: ${e.slice(0, 160)}`));
      return problems.map((p) => `${path}: ${p}`);
    }

    it('catches a planted script, event handler and javascript: link, with the site\'s CSP and without it (the checks can fail)', async () => {
      const blocked = await visit('/__kept/canary/csp');
      expect(blocked.some((p) => p.includes('CSP violation'))).toBe(true);
      expect(blocked.some((p) => p.includes('onerror'))).toBe(true);
      expect(blocked.some((p) => p.includes('javascript:'))).toBe(true);
      expect(blocked.some((p) => p.includes("a script that is not the site's"))).toBe(true);
      const open = await visit('/__kept/canary/open');
      expect(open.some((p) => p.includes('alert, confirm or prompt was called'))).toBe(true);
    });

    it('finds nothing executable on any page holding the approved hostile comments, the held-comment pages, the kept pages and the rendered fragments', async () => {
      expect(shownPages.length).toBe(SHOWN_FIELDS.length);
      const started = Date.now();
      const paths: string[] = [];
      for (const article of shownPages) {
        const { pageCount } = (await ctx.app.inject(`/api/v1/articles/${article.slug}/comments`)).json() as { pageCount: number };
        expect(pageCount).toBeGreaterThan(1);
        for (let p = 1; p <= pageCount; p++) paths.push(p === 1 ? article.path : `${article.path}comment-page-${p}/`);
      }
      // A quarter of the held comments' pages were checked through inject; a spread of them is loaded here.
      const held = heldLinks.filter((_, i) => i % Math.ceil(heldLinks.length / 24) === 0);
      expect(held.length).toBeGreaterThan(20);
      paths.push(...held);
      paths.push(...snapshots.map((_, i) => `/__kept/page/${i}`));
      paths.push(...Array.from({ length: Math.ceil(fragments.length / 100) }, (_, i) => `/__kept/fragments/${i}`));
      const problems: string[] = [];
      for (const path of paths) problems.push(...await visit(path));
      console.log(`[comments-fuzz ${dialect}] Chromium: ${paths.length} pages (${held.length} held-comment pages, ${snapshots.length} kept, ${fragments.length} fragments) in ${Date.now() - started} ms`);
      expect(problems.length, `${problems.length} problems in Chromium:\n  ${problems.slice(0, 40).join('\n  ')}`).toBe(0);
    }, 600_000);
  });
});
