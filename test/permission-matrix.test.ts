import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/accounts/index.ts';
import type { CommentStatus } from '../src/comments/index.ts';
import { makeImage, multipartBody } from '../src/media/media.test-support.ts';
import { listedRoutes, servedRoutes } from './support/admin-routes.ts';
import { useTestApp } from './support/app.ts';
import { DIALECTS, TEST_NOW } from './support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from './support/factories.ts';

// Written from the WordPress meanings (README "Roles", src/accounts/permissions.ts), not read
// off the route code: which roles may call each route. A token acts with its own role.
const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const ALL = ROLES;
const WRITERS: Role[] = ['administrator', 'editor', 'author', 'contributor'];
const PUBLISHERS: Role[] = ['administrator', 'editor', 'author'];
const UPLOADERS: Role[] = ['administrator', 'editor', 'author'];
const EDITORS: Role[] = ['administrator', 'editor'];
const ADMINS: Role[] = ['administrator'];
const MODERATORS: Role[] = ['administrator', 'editor', 'moderator'];
const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a different horse, battery and staple';

interface Caller { name: string; role: Role | null; userId: number | null; headers: Record<string, string>; password: string }
interface Reply { statusCode: number; body: string; json(): unknown }
type State = 'draft' | 'in_review' | 'scheduled' | 'published';
/** "others": the resource belongs to another editor; "own": to the caller (handed over in the database). */
type Whose = 'others' | 'own';
interface Case { route: string; variant: string; whose: Whose; allowed: readonly Role[]; anonymous?: boolean; run(caller: Caller): Promise<Reply> }
interface ArticleRef { id: number; slug: string; revision: number }

describe.each(DIALECTS)('Admin API permission matrix on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const callers: Caller[] = [];
  let other: Caller;
  let sectionSlug: string;
  let authorSlug: string;
  let png: Buffer;
  let commentArticle: { id: number; slug: string };
  let formStamp: string;
  let n = 0;
  const ANONYMOUS: Caller = { name: 'anonymous', role: null, userId: null, headers: {}, password: PASSWORD };

  async function signIn(email: string, password = PASSWORD): Promise<Record<string, string>> {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${email}: ${res.statusCode} ${res.body}`);
    return { cookie: String(res.headers['set-cookie']).split(';')[0] ?? '' };
  }
  async function sessionCaller(name: string, role: Role): Promise<Caller> {
    const email = `${name.replace(/\W+/g, '-')}-${++n}@matrix.test`;
    const userId = await ctx.services.accounts.createUser({ email, name, role, password: PASSWORD });
    return { name, role, userId, headers: await signIn(email), password: PASSWORD };
  }
  /** A caller with an API token of `role`, made by an administrator (whose id the token acts under). */
  async function tokenCaller(role: Role, owner: Caller): Promise<Caller> {
    const token = await ok<{ token: string }>(send(owner, 'POST', '/api/admin/tokens', { name: `matrix ${role}`, role }));
    return { name: `token:${role}`, role, userId: owner.userId, headers: { authorization: `Bearer ${token.token}` }, password: owner.password };
  }
  /** A new caller of the same kind, for routes that end the caller's sessions or change their password. */
  async function twin(caller: Caller): Promise<Caller> {
    if (caller.role === null) return caller;
    if (caller.name.startsWith('token:')) return tokenCaller(caller.role, await sessionCaller('token owner', 'administrator'));
    return sessionCaller(caller.name, caller.role);
  }

  function send(caller: Caller, method: string, url: string, payload?: object): Promise<Reply> {
    return ctx.app.inject({ method: method as 'GET', url, headers: caller.headers, ...(payload ? { payload } : {}) });
  }
  async function ok<T>(pending: Promise<Reply>): Promise<T> {
    const res = await pending;
    if (res.statusCode >= 400) throw new Error(`fixture request failed: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }
  async function handOver(table: 'articles' | 'corrections' | 'media', id: number, caller: Caller): Promise<void> {
    await sql`update ${sql.table(table)} set created_by = ${caller.userId} where id = ${id}`.execute(ctx.services.handle.db);
  }

  const articleBody = (slug = `matrix-story-${++n}`) => ({ headline: `Story ${n}`, slug, sectionSlug, authorSlugs: [authorSlug], body: '<p>Text.</p>' });
  const later = new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString();
  const STEPS: Record<State, [string, object][]> = {
    draft: [], in_review: [['submit', {}]], scheduled: [['schedule', { publishAt: later }]], published: [['publish', {}]],
  };
  /** An article written by another editor, in `state`; with `owner`, handed over to that caller. */
  async function article(state: State, owner?: Caller): Promise<ArticleRef> {
    let ref = await ok<ArticleRef>(send(other, 'POST', '/api/admin/articles', articleBody()));
    for (const [action, body] of STEPS[state]) ref = await ok<ArticleRef>(send(other, 'POST', `/api/admin/articles/${ref.slug}/${action}`, body));
    if (owner) await handOver('articles', ref.id, owner);
    return ref;
  }
  const articleFor = (whose: Whose, caller: Caller, state: State) => article(state, whose === 'own' ? caller : undefined);
  async function correction(slug: string, owner?: Caller): Promise<number> {
    const { id } = await ok<{ id: number }>(send(other, 'POST', `/api/admin/articles/${slug}/corrections`, { kind: 'correction', text: 'A name was misspelt.' }));
    if (owner) await handOver('corrections', id, owner);
    return id;
  }
  function upload(caller: Caller): Promise<Reply> {
    const form = multipartBody([{ name: 'file', filename: 'photo.png', contentType: 'image/png', data: png }, { name: 'alt', value: 'A harbour' }]);
    return ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: form.payload, headers: { ...caller.headers, ...form.headers } });
  }
  async function image(owner?: Caller): Promise<number> {
    const { id } = await ok<{ id: number }>(upload(other));
    if (owner) await handOver('media', id, owner);
    return id;
  }
  const created = async (path: string, body: object) => (await ok<{ slug: string }>(send(other, 'POST', path, body))).slug;
  /** The token of a fresh reset link for a new user, read from the log line a site without mail writes. */
  async function resetToken(): Promise<string> {
    const email = `reset-${++n}@matrix.test`;
    await ctx.services.accounts.createUser({ email, name: 'Forgetful', role: 'contributor', password: PASSWORD });
    const lines: string[] = [];
    ctx.services.passwordResets.request(email, `192.0.2.${n % 250}`, { warn: (line) => { lines.push(line); }, error: () => undefined });
    await ctx.services.passwordResets.settled();
    const token = /[?&]token=([\w-]+)$/.exec(lines.join('\n'))?.[1];
    if (!token) throw new Error(`no reset link logged for ${email}: ${lines.join(' | ')}`);
    return token;
  }
  const newUser = () => ctx.services.accounts.createUser({ email: `user-${++n}@matrix.test`, name: `User ${n}`, role: 'contributor', password: PASSWORD });

  const cases: Case[] = [];
  const add = (route: string, variant: string, allowed: readonly Role[], run: Case['run'], extra: Partial<Case> = {}) =>
    cases.push({ route, variant, whose: 'others', allowed, run, ...extra });

  // Session and API tokens
  add('POST /api/admin/session', 'sign in', ALL, (c) => send(c, 'POST', '/api/admin/session', { email: 'signin@matrix.test', password: PASSWORD }), { anonymous: true });
  add('GET /api/admin/session', 'who am I', ALL, (c) => send(c, 'GET', '/api/admin/session'));
  add('DELETE /api/admin/session', 'sign out', ALL, async (c) => send(await twin(c), 'DELETE', '/api/admin/session'), { anonymous: true });
  add('PUT /api/admin/session/password', 'change own password', ALL, async (c) => {
    const fresh = await twin(c);
    return send(fresh, 'PUT', '/api/admin/session/password', { currentPassword: fresh.password, newPassword: NEW_PASSWORD });
  });
  // Forgotten passwords: public, like signing in.
  add('POST /api/admin/password-reset', 'ask for a reset link', ALL, (c) => send(c, 'POST', '/api/admin/password-reset', { email: 'signin@matrix.test' }), { anonymous: true });
  add('POST /api/admin/password-reset/complete', 'set a new password with a reset link', ALL, async (c) =>
    send(c, 'POST', '/api/admin/password-reset/complete', { token: await resetToken(), newPassword: NEW_PASSWORD }), { anonymous: true });
  add('POST /api/admin/tokens', 'create a token', ADMINS, (c) => send(c, 'POST', '/api/admin/tokens', { name: 'Feed importer', role: 'contributor' }));
  add('GET /api/admin/tokens', 'list tokens', ADMINS, (c) => send(c, 'GET', '/api/admin/tokens'));
  add('DELETE /api/admin/tokens/{id}', 'revoke a token', ADMINS, async (c) => {
    const { id } = await ok<{ id: number }>(send(callers[0] as Caller, 'POST', '/api/admin/tokens', { name: `Old ${++n}`, role: 'author' }));
    return send(c, 'DELETE', `/api/admin/tokens/${id}`);
  });

  // Articles
  add('GET /api/admin/articles', 'list', WRITERS, (c) => send(c, 'GET', '/api/admin/articles'));
  add('POST /api/admin/articles', 'create a draft', WRITERS, (c) => send(c, 'POST', '/api/admin/articles', articleBody()));
  const A = '/api/admin/articles/{slug}';
  for (const whose of ['others', 'own'] as const) {
    const as = (anyone: readonly Role[], own: readonly Role[]) => (whose === 'own' ? own : anyone);
    const variant = (what: string) => `${whose === 'own' ? 'their own' : "someone else's"} ${what}`;
    const articleCase = (route: string, what: string, allowed: readonly Role[], run: Case['run']) => add(`${route.split(' ')[0]} ${A}${route.split(' ')[1] ?? ''}`, variant(what), allowed, run, { whose });
    const at = (ref: ArticleRef, rest = '') => `/api/admin/articles/${ref.slug}${rest}`;

    articleCase('GET', 'draft', as(EDITORS, WRITERS), async (c) => send(c, 'GET', at(await articleFor(whose, c, 'draft'))));
    articleCase('PUT', 'draft', as(EDITORS, WRITERS), async (c) => {
      const ref = await articleFor(whose, c, 'draft');
      return send(c, 'PUT', at(ref), { ...articleBody(ref.slug), baseRevision: ref.revision });
    });
    articleCase('PUT', 'published article', as(EDITORS, PUBLISHERS), async (c) => {
      const ref = await articleFor(whose, c, 'published');
      return send(c, 'PUT', at(ref), { ...articleBody(ref.slug), baseRevision: ref.revision });
    });
    const transitions: [string, State, object, readonly Role[], readonly Role[]][] = [
      ['submit', 'draft', {}, EDITORS, WRITERS],
      ['send-back', 'in_review', { note: 'Needs a second source.' }, EDITORS, EDITORS],
      ['schedule', 'draft', { publishAt: later }, EDITORS, PUBLISHERS],
      ['publish', 'draft', {}, EDITORS, PUBLISHERS],
      ['unschedule', 'scheduled', {}, EDITORS, PUBLISHERS],
      ['unpublish', 'published', {}, EDITORS, PUBLISHERS],
    ];
    for (const [action, from, body, anyone, own] of transitions) {
      articleCase(`POST /${action}`, `${from.replace('_', ' ')} article`, as(anyone, own), async (c) => send(c, 'POST', at(await articleFor(whose, c, from), `/${action}`), body));
    }
    articleCase('GET /history', 'draft', as(EDITORS, WRITERS), async (c) => send(c, 'GET', at(await articleFor(whose, c, 'draft'), '/history')));
    articleCase('GET /revisions', 'draft', as(EDITORS, WRITERS), async (c) => send(c, 'GET', at(await articleFor(whose, c, 'draft'), '/revisions')));
    articleCase('GET /revisions/compare', 'draft', as(EDITORS, WRITERS), async (c) => {
      const ref = await articleFor(whose, c, 'draft');
      await ok(send(other, 'PUT', at(ref), { ...articleBody(ref.slug), headline: 'A second wording', baseRevision: ref.revision }));
      return send(c, 'GET', at(ref, '/revisions/compare?from=1&to=2'));
    });
    articleCase('GET /revisions/{number}', 'draft', as(EDITORS, WRITERS), async (c) => send(c, 'GET', at(await articleFor(whose, c, 'draft'), '/revisions/1')));
    articleCase('POST /revisions/{number}/restore', 'draft', as(EDITORS, WRITERS), async (c) => {
      const ref = await articleFor(whose, c, 'draft');
      const saved = await ok<ArticleRef>(send(other, 'PUT', at(ref), { ...articleBody(ref.slug), headline: 'A second wording', baseRevision: ref.revision }));
      return send(c, 'POST', at(ref, '/revisions/1/restore'), { baseRevision: saved.revision });
    });
    articleCase('POST /preview-links', 'draft', as(EDITORS, PUBLISHERS), async (c) => send(c, 'POST', at(await articleFor(whose, c, 'draft'), '/preview-links'), {}));
    articleCase('GET /preview-links', 'draft', as(EDITORS, WRITERS), async (c) => send(c, 'GET', at(await articleFor(whose, c, 'draft'), '/preview-links')));
    articleCase('DELETE /preview-links/{id}', 'draft', as(EDITORS, PUBLISHERS), async (c) => {
      const ref = await articleFor(whose, c, 'draft');
      const link = await ok<{ id: number }>(send(other, 'POST', at(ref, '/preview-links'), {}));
      return send(c, 'DELETE', at(ref, `/preview-links/${link.id}`));
    });

    // Corrections on a published article: whoever may change published work.
    articleCase('GET /corrections', 'published article', as(EDITORS, WRITERS), async (c) => {
      const ref = await articleFor(whose, c, 'published');
      await correction(ref.slug);
      return send(c, 'GET', at(ref, '/corrections'));
    });
    articleCase('POST /corrections', 'published article', as(EDITORS, PUBLISHERS), async (c) =>
      send(c, 'POST', at(await articleFor(whose, c, 'published'), '/corrections'), { kind: 'clarification', text: 'The vote was on Tuesday.' }));
    for (const [method, payload] of [['PATCH', { text: 'Reworded.' }], ['DELETE', undefined]] as const) {
      articleCase(`${method} /corrections/{id}`, "published article, someone else's correction", EDITORS, async (c) => {
        const ref = await articleFor(whose, c, 'published');
        return send(c, method, at(ref, `/corrections/${await correction(ref.slug)}`), payload);
      });
      if (whose === 'own') {
        articleCase(`${method} /corrections/{id}`, 'published article, their own correction', PUBLISHERS, async (c) => {
          const ref = await articleFor(whose, c, 'published');
          return send(c, method, at(ref, `/corrections/${await correction(ref.slug, c)}`), payload);
        });
      }
    }

    // The media library: everyone who uploads browses it; an image's text and removal are its uploader's and editors'.
    for (const [method, payload] of [['PATCH', { caption: 'The harbour at dawn.' }], ['DELETE', undefined]] as const) {
      add(`${method} /api/admin/media/{id}`, variant('image'), as(EDITORS, UPLOADERS), async (c) =>
        send(c, method, `/api/admin/media/${await image(whose === 'own' ? c : undefined)}`, payload), { whose });
    }
  }
  add('POST /api/admin/media', 'upload an image', UPLOADERS, (c) => upload(c));
  add('GET /api/admin/media', 'list', UPLOADERS, (c) => send(c, 'GET', '/api/admin/media'));
  add('GET /api/admin/media/{id}', "someone else's image", UPLOADERS, async (c) => send(c, 'GET', `/api/admin/media/${await image()}`));

  // Sections, tags and authors: writers pick them, editors manage them.
  for (const [kind, body] of [['sections', { description: 'Changed.' }], ['tags', { name: 'Renamed' }], ['authors', { bio: 'Changed.' }]] as const) {
    add(`GET /api/admin/${kind}`, 'list', WRITERS, (c) => send(c, 'GET', `/api/admin/${kind}`));
    add(`POST /api/admin/${kind}`, 'create', EDITORS, (c) => send(c, 'POST', `/api/admin/${kind}`, { name: `New ${kind} ${++n}` }));
    add(`PATCH /api/admin/${kind}/{slug}`, 'change', EDITORS, async (c) =>
      send(c, 'PATCH', `/api/admin/${kind}/${await created(`/api/admin/${kind}`, { name: `Old ${kind} ${++n}` })}`, body));
    add(`DELETE /api/admin/${kind}/{slug}`, 'delete an unused one', EDITORS, async (c) =>
      send(c, 'DELETE', `/api/admin/${kind}/${await created(`/api/admin/${kind}`, { name: `Old ${kind} ${++n}` })}`));
  }
  add('POST /api/admin/tags/{slug}/merge', 'merge two tags', EDITORS, async (c) => {
    const from = await created('/api/admin/tags', { name: `Harbour ${++n}` });
    return send(c, 'POST', `/api/admin/tags/${from}/merge`, { into: await created('/api/admin/tags', { name: `Port ${++n}` }) });
  });

  // Topics: writers list them, editors rename, hide, merge and confirm or reject an article's.
  /** A topic confirmed on a new draft by another editor; its slug. */
  async function topic(): Promise<string> {
    const name = `Harbour Q${(++n).toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}`;
    const ref = await article('draft');
    const topics = await ok<{ confirmed: { slug: string }[] }>(send(other, 'PUT', `/api/admin/articles/${ref.slug}/topics`, { confirmed: [name], rejected: [] }));
    return topics.confirmed[0]?.slug ?? '';
  }
  add('GET /api/admin/topics', 'list', WRITERS, (c) => send(c, 'GET', '/api/admin/topics'));
  add('PUT /api/admin/topics/{slug}', 'hide', EDITORS, async (c) => send(c, 'PUT', `/api/admin/topics/${await topic()}`, { hidden: true }));
  add('POST /api/admin/topics/{slug}/merge', 'merge two topics', EDITORS, async (c) =>
    send(c, 'POST', `/api/admin/topics/${await topic()}/merge`, { into: await topic() }));
  add('GET /api/admin/articles/{slug}/topics', "someone else's draft", EDITORS, async (c) => send(c, 'GET', `/api/admin/articles/${(await article('draft')).slug}/topics`));
  add('PUT /api/admin/articles/{slug}/topics', "someone else's draft", EDITORS, async (c) =>
    send(c, 'PUT', `/api/admin/articles/${(await article('draft')).slug}/topics`, { confirmed: [await topic()], rejected: [] }));

  // Related articles: writers see an article's list, editors pin and exclude.
  add('GET /api/admin/articles/{slug}/related', 'read', WRITERS, async (c) => send(c, 'GET', `/api/admin/articles/${(await article('draft')).slug}/related`));
  add('PUT /api/admin/articles/{slug}/related', 'pin another article', EDITORS, async (c) =>
    send(c, 'PUT', `/api/admin/articles/${(await article('draft')).slug}/related`, { pinned: [(await article('draft')).slug], excluded: [] }));

  // Site settings and users: administrators only.
  add('GET /api/admin/settings', 'read', ADMINS, (c) => send(c, 'GET', '/api/admin/settings'));
  add('PUT /api/admin/settings', 'replace', ADMINS, (c) => send(c, 'PUT', '/api/admin/settings', { title: 'The Matrix Gazette', description: 'News.', language: 'en' }));
  add('GET /api/admin/users', 'list', ADMINS, (c) => send(c, 'GET', '/api/admin/users'));
  add('POST /api/admin/users', 'create', ADMINS, (c) =>
    send(c, 'POST', '/api/admin/users', { email: `new-${++n}@matrix.test`, name: 'New Reporter', role: 'contributor', password: PASSWORD }));
  add('PATCH /api/admin/users/{id}', 'rename', ADMINS, async (c) => send(c, 'PATCH', `/api/admin/users/${await newUser()}`, { name: 'Renamed Reporter' }));
  add('DELETE /api/admin/users/{id}', 'delete', ADMINS, async (c) => send(c, 'DELETE', `/api/admin/users/${await newUser()}`));

  // Reader comments: moderators, editors and administrators moderate; the policy and commenters' data are administrators'.
  /** A reader's comment on the shared article (held as a first-timer), then moved to `status`. */
  async function comment(status: CommentStatus = 'pending', email = `reader-${++n}@commenters.test`): Promise<number> {
    const { id } = await ctx.services.comments.submit({
      articleId: commentArticle.id, parentId: null, name: `Reader ${++n}`, email, website: '', text: `Comment ${n}.`,
      honeypot: '', stamp: formStamp, ip: '198.51.100.7', userAgent: 'matrix',
    });
    const path: Record<CommentStatus, ('approve' | 'spam' | 'trash')[]> = { pending: [], approved: ['approve'], spam: ['spam'], trash: ['approve', 'trash'] };
    for (const action of path[status]) await ctx.services.comments.moderation.apply(id, action);
    return id;
  }
  const C = '/api/admin/comments';
  add(`GET ${C}`, 'the pending queue', MODERATORS, (c) => send(c, 'GET', `${C}?status=pending`));
  add(`GET ${C}/{id}`, 'a held comment', MODERATORS, async (c) => send(c, 'GET', `${C}/${await comment()}`));
  const actions: [string, CommentStatus][] = [['approve', 'pending'], ['unapprove', 'approved'], ['spam', 'pending'], ['trash', 'approved'], ['restore', 'trash']];
  for (const [action, from] of actions) {
    add(`POST ${C}/{id}/${action}`, `a comment that is ${from}`, MODERATORS, async (c) => send(c, 'POST', `${C}/${await comment(from)}/${action}`));
  }
  add(`POST ${C}/bulk`, 'approve held comments', MODERATORS, async (c) => send(c, 'POST', `${C}/bulk`, { action: 'approve', ids: [await comment(), await comment()] }));
  add(`PATCH ${C}/{id}`, 'edit the text', MODERATORS, async (c) => send(c, 'PATCH', `${C}/${await comment('approved')}`, { text: `Edited ${++n}.` }));
  add(`DELETE ${C}/{id}`, 'delete for good', MODERATORS, async (c) => send(c, 'DELETE', `${C}/${await comment('spam')}`));
  add(`POST ${C}/{id}/replies`, 'a staff reply', MODERATORS, async (c) => send(c, 'POST', `${C}/${await comment('approved')}/replies`, { text: `Thanks ${++n}.` }));
  add('PUT /api/admin/articles/{slug}/comments', "close an article's comments", MODERATORS, async (c) => {
    const { slug } = await buildArticle(ctx.services.writer, { sectionSlug, authorSlugs: [authorSlug] });
    return send(c, 'PUT', `/api/admin/articles/${slug}/comments`, { open: false });
  });
  const policy = {
    moderation: 'first-time' as const, closeAfterDays: 0, holdLinks: 2, moderationWords: '', blockedWords: '', minFormSeconds: 0, floodSeconds: 0, notifyModerators: false,
  };
  add('GET /api/admin/comment-settings', 'read', ADMINS, (c) => send(c, 'GET', '/api/admin/comment-settings'));
  add('PUT /api/admin/comment-settings', 'replace', ADMINS, (c) => send(c, 'PUT', '/api/admin/comment-settings', policy));
  add('POST /api/admin/commenters/export', "a commenter's data", ADMINS, async (c) => {
    const email = `export-${++n}@commenters.test`;
    await comment('approved', email);
    return send(c, 'POST', '/api/admin/commenters/export', { email });
  });
  add('POST /api/admin/commenters/erase', "delete a commenter's comments", ADMINS, async (c) => {
    const email = `erase-${++n}@commenters.test`;
    await comment('approved', email);
    return send(c, 'POST', '/api/admin/commenters/erase', { email, mode: 'delete' });
  });

  beforeAll(async () => {
    sectionSlug = await buildSection(ctx.services.writer);
    authorSlug = await buildAuthor(ctx.services.writer);
    png = await makeImage(48, 32, 'png');
    commentArticle = await buildArticle(ctx.services.writer, { sectionSlug, authorSlugs: [authorSlug] });
    // Fixture comments come quickly from one address; the PUT case keeps these values.
    await ctx.services.comments.administration.saveSettings(policy);
    formStamp = (await ctx.services.comments.view(commentArticle.id, 1)).formStamp;
    for (const role of ROLES) callers.push(await sessionCaller(role, role));
    other = await sessionCaller('other editor', 'editor');
    await ctx.services.accounts.createUser({ email: 'signin@matrix.test', name: 'Signs in', role: 'contributor', password: PASSWORD });
    const tokenOwner = await sessionCaller('token owner', 'administrator');
    for (const role of ROLES) callers.push(await tokenCaller(role, tokenOwner));
    callers.push(ANONYMOUS);
  });

  /** What is wrong with `res` as the answer to `caller`, or null. */
  function judge(res: Reply, allowed: boolean, caller: Caller): string | null {
    let code: unknown;
    if (res.statusCode >= 400) {
      try { code = (res.json() as { error?: { code?: unknown } }).error?.code; } catch { return `${res.statusCode} without a JSON body`; }
      if (typeof code !== 'string') return `${res.statusCode} without error.code: ${res.body.slice(0, 200)}`;
    }
    if (allowed) return res.statusCode < 400 ? null : `should pass, got ${res.statusCode} ${String(code)}`;
    const [status, expected] = caller.role === null ? [401, 'ACCOUNTS_NOT_SIGNED_IN'] : [403, 'ACCOUNTS_FORBIDDEN'];
    return res.statusCode === status && code === expected ? null : `should get ${status} ${expected}, got ${res.statusCode} ${String(code ?? '')}`;
  }

  it('has expectations for exactly the routes the app serves and its OpenAPI document lists', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/admin/openapi.json' });
    expect(res.statusCode).toBe(200);
    const listed = listedRoutes(res.json());
    const documented = listed.flatMap((r) => r.expanded);
    const covered = [...new Set(cases.map((c) => c.route))];
    // Fastify's own route table too, so a route hidden from the document cannot slip past.
    const served = servedRoutes(ctx.app, '/api/admin/').filter((key) => key !== 'GET /api/admin/openapi.json');
    expect({
      notCovered: documented.filter((key) => !covered.includes(key)),
      notDocumented: covered.filter((key) => !documented.includes(key)),
      servedButUndocumented: served.filter((key) => !listed.some((r) => r.key === key)),
      documentedButNotServed: listed.filter((r) => !served.includes(r.key)).map((r) => r.key),
    }).toEqual({ notCovered: [], notDocumented: [], servedButUndocumented: [], documentedButNotServed: [] });
  });

  for (const c of cases) {
    it(`${c.route} — ${c.variant}: ${c.allowed.join(', ')}${c.anonymous ? ', anonymous' : ''}`, async () => {
      const wrong: string[] = [];
      for (const caller of callers) {
        // Anonymous callers own nothing: their 401s are checked in the "others" cases.
        if (c.whose === 'own' && caller.role === null) continue;
        const allowed = caller.role === null ? c.anonymous === true : c.allowed.includes(caller.role);
        const problem = judge(await c.run(caller), allowed, caller);
        if (problem) wrong.push(`${caller.name}: ${problem}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
