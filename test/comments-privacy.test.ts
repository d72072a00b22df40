import { createHash, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app.ts';
import { approveAllPending, clientAddress, fetchFormStamp, postComment, postedCommentId } from './support/comment-helpers.ts';
import { DIALECTS } from './support/db-matrix.ts';
import { buildArticle, buildSection } from './support/factories.ts';
import { signInRoles } from './support/sign-in.ts';

const MARKERS = 200;
/** Top-level comments per article; the first has more than two pages of 50 threads. */
const TOP_LEVEL = [110, 40, 20, 15];
const MAX_FETCHES = 4000;
/** Every marker address starts with this, and nothing else the site shows contains it. */
const MARKER_PREFIX = 'dl-marker-';

interface Marker { n: number; email: string; typed: string; name: string }
interface Leak { url: string; where: string; found: string; excerpt: string }

function makeMarkers(): Marker[] {
  return Array.from({ length: MARKERS }, (_, n) => {
    const email = `${MARKER_PREFIX}${n}-${randomBytes(4).toString('hex')}@example.test`;
    // Some typed in capitals or with spaces around, as people do; the site stores them tidied.
    const typed = n % 5 === 0 ? email.toUpperCase() : n % 7 === 0 ? `  ${email} ` : email;
    return { n, email, typed, name: `Reader ${n} Q${randomBytes(3).toString('hex')}` };
  });
}

// ---- the leak detector -----------------------------------------------------------------------------

const HASH_WINDOW = 16;

/** 16-hex-digit slices of every plain hash of every marker (a truncated Gravatar-style hash leaks too). */
function hashIndex(markers: Marker[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of markers) {
    for (const form of new Set([m.email, m.typed.trim(), m.email.toUpperCase()])) {
      for (const algorithm of ['md5', 'sha1', 'sha256']) {
        const hex = createHash(algorithm).update(form).digest('hex');
        for (let at = 0; at + HASH_WINDOW <= hex.length; at += HASH_WINDOW) index.set(hex.slice(at, at + HASH_WINDOW), `${algorithm} of ${m.email}`);
      }
    }
  }
  return index;
}

function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1'))
    .replace(/[\u0080-\u00ff]+/g, (bytes) => Buffer.from(bytes, 'latin1').toString('utf8'));
}

function jsUnescape(text: string): string {
  return text.replace(/\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (_, a: string | undefined, b: string | undefined, c: string | undefined) =>
    String.fromCodePoint(parseInt(a ?? b ?? c ?? '0', 16)));
}

/** Every base64 run of `text` decoded at each of the four alignments, standard and URL-safe alphabets alike. */
function base64Decodings(text: string): string[] {
  const out: string[] = [];
  // The base64 of a marker address alone is 44 characters; inside longer text, at least 40 of it are a run.
  for (const [run] of text.matchAll(/[A-Za-z0-9+/_-]{40,}/g)) {
    const standard = run.replace(/-/g, '+').replace(/_/g, '/');
    for (let offset = 0; offset < 4; offset++) out.push(Buffer.from(standard.slice(offset), 'base64').toString('latin1'));
  }
  return out;
}

function hexDecodings(text: string): string[] {
  return [...text.matchAll(/[0-9a-f]{20,}/gi)].flatMap(([run]) => [Buffer.from(run, 'hex').toString('latin1'), Buffer.from(run.slice(1), 'hex').toString('latin1')]);
}

/**
 * Finds any marker address in `text` in the spellings a page, header or API could carry it:
 * as is and in any case, percent-encoded, HTML-entity-encoded (named, decimal, hex, whole or in
 * part), JavaScript-escaped, hex bytes, base64 (either alphabet, alone or inside longer text,
 * also inside a URL or an attribute) and as a plain MD5, SHA-1 or SHA-256 hex digest.
 */
function findLeaks(text: string, hashes: Map<string, string>): { where: string; found: string; at: number }[] {
  const entities = decodeHTML(text);
  const percent = percentDecode(text);
  const views: [string, string][] = [
    ['as sent', text], ['HTML entities decoded', entities], ['percent-decoded', percent], ['percent-decoded after entities', percentDecode(entities)],
    ['entities decoded after percent', decodeHTML(percent)], ['JavaScript escapes decoded', jsUnescape(text)],
  ];
  for (const [name, view] of views.slice(0, 3)) {
    for (const decoded of base64Decodings(view)) views.push([`base64 (${name})`, decoded], [`base64 then percent (${name})`, percentDecode(decoded)]);
  }
  for (const decoded of hexDecodings(text)) views.push(['hex bytes', decoded]);
  const found: { where: string; found: string; at: number }[] = [];
  for (const [where, view] of views) {
    const at = view.toLowerCase().indexOf(MARKER_PREFIX);
    if (at !== -1) found.push({ where, found: view.slice(at, at + 60), at: where === 'as sent' ? at : 0 });
  }
  const lower = text.toLowerCase();
  for (const [run, at] of [...lower.matchAll(/[0-9a-f]{16,}/g)].map((m) => [m[0], m.index] as const)) {
    for (let i = 0; i + HASH_WINDOW <= run.length; i++) {
      const hit = hashes.get(run.slice(i, i + HASH_WINDOW));
      if (hit) found.push({ where: 'hex digest', found: hit, at: at + i });
    }
  }
  return found;
}

describe('the marker-address leak detector', () => {
  const email = `${MARKER_PREFIX}7-0a1b2c3d@example.test`;
  const marker: Marker = { n: 7, email, typed: email, name: 'Reader 7' };
  const hashes = hashIndex([marker]);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const entityAll = (s: string, hex: boolean) => [...s].map((c) => (hex ? `&#x${c.codePointAt(0)?.toString(16)};` : `&#${c.codePointAt(0)};`)).join('');

  it('finds the address in every spelling the privacy check claims to cover', () => {
    const spellings: Record<string, string> = {
      plain: `<p>${email}</p>`,
      upper: `<p>${email.toUpperCase()}</p>`,
      'URL-encoded': `<a href="/x?e=${encodeURIComponent(email)}">`,
      'every byte percent-encoded': [...Buffer.from(email)].map((b) => `%${b.toString(16)}`).join(''),
      '&#64;': email.replace('@', '&#64;'),
      '&#x40;': email.replace('@', '&#x40;'),
      '&commat;': email.replace('@', '&commat;'),
      'decimal entities': entityAll(email, false),
      'hex entities': entityAll(email, true),
      base64: `<img data-x="${b64(email)}">`,
      'base64 url-safe': Buffer.from(`?${email}>>`).toString('base64url'),
      'base64 of longer text': `"${b64(`{"name":"Reader","email":"${email}","x":1}`)}"`,
      'base64 in a data URL': `<img src="data:text/plain;base64,${b64(`xx ${email} yy`)}">`,
      'JSON unicode escapes': JSON.stringify(email).replace(/[a-z@.-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      'hex bytes': Buffer.from(email).toString('hex'),
      md5: `https://www.gravatar.com/avatar/${createHash('md5').update(email).digest('hex')}?s=40`,
      sha256: createHash('sha256').update(email).digest('hex').toUpperCase(),
      'truncated sha256': `/avatars/${createHash('sha256').update(email).digest('hex').slice(0, 24)}.svg`,
    };
    for (const [name, text] of Object.entries(spellings)) expect(findLeaks(`<html>${text}</html>`, hashes), name).not.toEqual([]);
  });

  it('finds nothing in a page that only shows names, avatars keyed by the site and other addresses', () => {
    const page = `<p>Reader 7</p><img src="/avatars/0123456789abcdef01234567.svg"><p>editor@example.org ${b64('someone-else@example.test, a long text')}</p>`;
    expect(findLeaks(page, hashes)).toEqual([]);
  });
});

// ---- the crawl -----------------------------------------------------------------------------------

/** Same-origin URLs an HTML, CSS or JSON response points at (href, src, srcset, action, url(), JSON strings). */
function linksIn(res: LightMyRequestResponse, base: URL, origin: string): string[] {
  const type = String(res.headers['content-type'] ?? '');
  const refs: string[] = [];
  if (type.includes('html') || type.includes('svg') || type.includes('xml')) {
    for (const m of res.body.matchAll(/\s(href|src|srcset|action|poster|data|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const value = decodeHTML(m[2] ?? m[3] ?? m[4] ?? '');
      if (m[1]?.toLowerCase() === 'srcset') refs.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
      else refs.push(value);
    }
  }
  if (type.includes('css') || type.includes('html')) for (const m of res.body.matchAll(/url\(\s*['"]?([^'")]+)/g)) refs.push(m[1] ?? '');
  if (type.includes('json')) {
    const walk = (value: unknown): void => {
      if (typeof value === 'string') { if (value.startsWith('/') || value.startsWith(origin)) refs.push(value); }
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    try { walk(JSON.parse(res.body)); } catch { /* not JSON after all */ }
  }
  const out: string[] = [];
  for (const ref of refs) {
    if (ref === '' || ref.startsWith('//') || /^(?:javascript|data|mailto|tel):/i.test(ref)) continue;
    try {
      const url = new URL(ref, base);
      if (url.origin === origin) out.push(url.pathname + url.search);
    } catch { /* not a URL */ }
  }
  return out;
}

describe.each(DIALECTS)('commenters\' email addresses on public output on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const markers = makeMarkers();
  const hashes = hashIndex(markers);
  const articles: { slug: string; section: string; path: string }[] = [];
  const leaks: Leak[] = [];
  const fetched = new Map<string, number>();
  const namesInHtml = new Set<string>();
  const namesInApi = new Set<string>();
  let heldLink = '';
  let adminCookie = '';
  let origin = '';

  const check = (url: string, res: LightMyRequestResponse) => {
    const headers = Object.entries(res.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('\n');
    for (const [part, text] of [['headers', headers], ['body', res.body]] as const) {
      for (const leak of findLeaks(text, hashes)) {
        leaks.push({ url, where: `${part}, ${leak.where}`, found: leak.found, excerpt: JSON.stringify(text.slice(Math.max(0, leak.at - 80), leak.at + 80)) });
      }
    }
  };

  beforeAll(async () => {
    origin = new URL(ctx.services.config.siteUrl).origin;
    adminCookie = (await signInRoles(ctx.app, ctx.services.accounts, ['administrator'])).get('administrator') ?? '';
    const section = await buildSection(ctx.services.writer, { name: 'Letters' });
    for (let i = 0; i < TOP_LEVEL.length; i++) {
      const { slug } = await buildArticle(ctx.services.writer, { sectionSlug: section, tags: [`Talk ${i}`] });
      articles.push({ slug, section, path: `/${section}/${slug}/` });
    }

    // Comments go in rounds: replies need an approved parent, and first-time commenters are held.
    let next = 0;
    const post = async (marker: Marker, article: { path: string }, parentId: number, stamp: string) => {
      const fields = {
        comment: `Marker comment ${marker.n}: a view on the story.\n\nSecond paragraph.`, author: marker.name, email: marker.typed,
        url: marker.n % 3 === 0 ? `https://reader${marker.n}.example.org/blog/` : '', stamp, comment_parent: String(parentId),
        ...(marker.n % 4 === 0 ? { remember: 'yes' } : {}),
      };
      const res = await postComment(ctx.app, article.path, fields, { json: marker.n % 2 === 0, remoteAddress: clientAddress(marker.n + 1), origin });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(marker.n % 2 === 0 ? 201 : 303);
      // The address a held comment's sender is sent to is kept in their history: no address in it.
      check(`POST ${article.path}comments (response to the sender)`, res);
      const id = postedCommentId(res);
      if (id === null) throw new Error(`no comment id in the answer to marker ${marker.n}`);
      return id;
    };
    const stamps = async () => {
      const drawn = await Promise.all(articles.map((a) => fetchFormStamp(ctx.app, a.path)));
      ctx.services.clock.advance(5_000);
      return drawn;
    };
    let drawn = await stamps();
    const topLevel: { id: number; article: number }[] = [];
    for (const [index, count] of TOP_LEVEL.entries()) {
      for (let i = 0; i < count; i++) {
        const marker = markers[next++] as Marker;
        topLevel.push({ id: await post(marker, articles[index] as { path: string }, 0, drawn[index] as string), article: index });
      }
    }
    expect(await approveAllPending(ctx.app, adminCookie)).toHaveLength(next);
    const replies: { id: number; article: number }[] = [];
    drawn = await stamps();
    for (let i = 0; next < MARKERS - 5; i++) {
      const parent = topLevel[i * 7] as { id: number; article: number };
      replies.push({ id: await post(markers[next++] as Marker, articles[parent.article] as { path: string }, parent.id, drawn[parent.article] as string), article: parent.article });
    }
    expect(await approveAllPending(ctx.app, adminCookie)).toHaveLength(replies.length);
    drawn = await stamps();
    for (let i = 0; next < MARKERS; i++) {
      const parent = replies[i] as { id: number; article: number };
      await post(markers[next++] as Marker, articles[parent.article] as { path: string }, parent.id, drawn[parent.article] as string);
    }
    expect(await approveAllPending(ctx.app, adminCookie)).toHaveLength(5);

    // Someone else's comment, held: its link shows it to its sender, next to everybody's approved ones.
    const [first] = articles;
    if (!first) throw new Error('no article');
    const held = await postComment(ctx.app, first.path, {
      comment: 'A held comment from somebody new.', author: 'Held Reader', email: `holder-${randomBytes(4).toString('hex')}@example.test`, url: '',
      stamp: (await stamps())[0] as string, comment_parent: '0',
    }, { remoteAddress: '192.0.2.200', origin });
    expect(held.statusCode).toBe(303);
    heldLink = String(held.headers.location).split('#')[0] ?? '';
    expect(heldLink).toMatch(/\?unapproved=\d+&moderation-hash=/);
  }, 240_000);

  it('the moderation queue, which may show them, holds every marker address (the detector sees what the site stored)', async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/admin/comments?status=approved&perPage=100&page=${page}`, headers: { cookie: adminCookie } });
      expect(res.statusCode).toBe(200);
      for (const leak of findLeaks(res.body, new Map())) seen.add(leak.where);
      for (const item of (res.json() as { items: { authorEmail: string }[] }).items) seen.add(item.authorEmail);
    }
    expect(seen).toContain('as sent');
    for (const m of markers) expect(seen, m.email).toContain(m.email);
  });

  it('shows no marker address, in any encoding, in any page, header, feed, API answer, avatar or error page a visitor can reach', async () => {
    const [first] = articles;
    if (!first) throw new Error('no article');
    const api = '/api/v1';
    const seeds = [
      '/', ...articles.flatMap((a) => [a.path, `${a.path}comment-page-2/`, `${api}/articles/${a.slug}`, `${api}/articles/${a.slug}/comments`]),
      `${first.path}comment-page-3/`, `${api}/articles/${first.slug}/comments?page=2`, `${api}/articles/${first.slug}/comments?page=3`,
      `${api}/articles`, `${api}/openapi.json`,
      // Feeds and sitemaps, if the site has them (a 404 is fine).
      '/feed/', '/feed/atom/', '/feed.json', '/rss/', '/rss.xml', '/atom.xml', '/sitemap.xml', '/sitemap-index.xml', '/robots.txt', '/humans.txt',
      // The 404 page and error answers: bad page numbers, unknown articles, a wrong held-comment signature.
      `/no-such-page-${randomBytes(3).toString('hex')}/`, `/${first.section}/no-such-story/`, `${first.path}comment-page-0/`, `${first.path}comment-page-99/`,
      '/?page=0', `/${first.section}/?page=abc`, `${api}/articles/${first.slug}/comments?page=0`, `${api}/articles/${first.slug}/comments?page=99`,
      `${api}/articles/no-such-story/comments`, `${first.path}?unapproved=1&moderation-hash=forged`, `${first.path}?replytocom=999999`,
      `${first.path}comments`, '/api/admin/comments', '/api/admin/openapi.json', '/admin/',
      heldLink,
    ];
    const queue = [...new Set(seeds)];
    const queued = new Set(queue);
    const expand = (res: LightMyRequestResponse, url: string) => {
      const found = linksIn(res, new URL(url, origin), origin);
      const moved = res.headers.location ? new URL(String(res.headers.location), new URL(url, origin)) : null;
      if (moved?.origin === origin) found.push(moved.pathname + moved.search);
      if (url === `${api}/openapi.json`) {
        // The Content API's own routes, with every slug this site has in each path parameter.
        const slugs = [...articles.map((a) => a.slug), articles[0]?.section ?? '', 'talk-0'];
        for (const path of Object.keys((res.json() as { paths?: Record<string, unknown> }).paths ?? {})) {
          found.push(...(path.includes('{') ? slugs.map((slug) => path.replace(/\{[^}]+\}/g, slug)) : [path]));
        }
      }
      for (const link of found) {
        if (!queued.has(link)) { queued.add(link); queue.push(link); }
      }
    };
    while (queue.length > 0 && fetched.size < MAX_FETCHES) {
      const url = queue.shift() as string;
      const res = await ctx.app.inject({ method: 'GET', url });
      fetched.set(url, res.statusCode);
      expect(res.statusCode, `GET ${url}`).toBeLessThan(500);
      check(url, res);
      const names = new Set([...res.body.matchAll(/Reader \d+ Q[0-9a-f]{6}/g)].map((m) => m[0]));
      for (const name of names) (url.startsWith('/api/') ? namesInApi : namesInHtml).add(name);
      if (res.statusCode < 400) expand(res, url);
    }

    // The crawl must have reached what it is meant to check, or finding nothing would prove nothing.
    const visited = [...fetched.keys()];
    expect(queue, 'the crawl finished within its fetch budget').toEqual([]);
    expect(fetched.get(`${first.path}comment-page-2/`)).toBe(200);
    expect(fetched.get(`${first.path}comment-page-3/`)).toBe(200);
    expect(fetched.get(heldLink)).toBe(200);
    expect(visited.filter((u) => /^\/avatars\/[0-9a-f]{24}\.svg$/.test(u) && fetched.get(u) === 200).length, 'avatars fetched').toBeGreaterThanOrEqual(MARKERS);
    expect(visited.filter((u) => u.includes('?replytocom=')).length, 'reply-form pages fetched').toBeGreaterThan(100);
    expect([...fetched.values()]).toContain(404);
    for (const m of markers) {
      expect.soft(namesInHtml, `${m.name} on an article or comment page`).toContain(m.name);
      expect.soft(namesInApi, `${m.name} in the Content API`).toContain(m.name);
    }
    const heldPage = await ctx.app.inject(heldLink);
    expect(heldPage.body).toContain('A held comment from somebody new.');
    expect(heldPage.body).toContain('Your comment is awaiting moderation.');

    const summary = [...new Map(leaks.map((l) => [`${l.url} ${l.where}`, l])).values()].slice(0, 30)
      .map((l) => `  ${l.url} (${l.where}): ${l.found}\n      ${l.excerpt}`).join('\n');
    console.log(`[comments-privacy ${dialect}] ${fetched.size} URLs fetched, ${namesInHtml.size} marker names on pages, ${namesInApi.size} in the Content API`);
    expect(leaks.length, `${leaks.length} marker addresses found in ${fetched.size} public responses:\n${summary}\n`).toBe(0);
  }, 300_000);
});
