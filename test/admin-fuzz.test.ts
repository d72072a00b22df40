import type { LightMyRequestResponse } from 'fastify';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeImage, multipartBody } from '../src/media/media.test-support.ts';
import { useTestApp } from './support/app.ts';
import { DIALECTS } from './support/db-matrix.ts';
import { buildArticle } from './support/factories.ts';
import { hostileStrings, ORDINARY_UNICODE, spreadSample, type HostileString } from './support/hostile-strings.ts';

const PASSWORD = 'correct horse battery staple';
const DESK = 'fz-desk';
const WRITER = 'fz-writer';
const FAR_FUTURE = '2031-03-04T05:06:07.000Z';
/** Accepted values per field whose public pages are fetched. */
const PAGE_SAMPLE = 100;
/** Values per field where every accepted request costs an argon2 hash (~30–120 ms each). */
const HASH_SAMPLE = 100;
/** Values for a reset link's new password (each accepted one costs a user and a link). */
const RESET_SAMPLE = 30;
const HOSTILE = hostileStrings();

interface Schema {
  type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; enum?: unknown[];
  pattern?: string; format?: string; minimum?: number; minItems?: number;
}
interface Failure { route: string; field: string; value: string; status: number | string; reason: string; excerpt: string }
/** A value shown on public pages; `html` values are article bodies, which are markup by design. */
interface Shown { field: string; value: string; html: boolean }
type Json = Record<string, unknown>;

/** How one Admin API route is fuzzed: where it is, what valid body surrounds the hostile field, and where the result shows. */
interface Plan {
  url(field: string, lane: number): string;
  fixture?(field: string, lane: number): Json;
  variants?: Record<string, Json[]>;
  strings?(field: string): HostileString[];
  remoteAddress?: string;
  cookie?(): string;
  /** Requests run in this many lanes side by side (each lane in order), so database round trips overlap. */
  lanes?: number;
  beginField?(field: string): Promise<void>;
  before?(field: string, lane: number): Promise<void>;
  accepted?(field: string, json: Json, value: string, response: LightMyRequestResponse, lane: number): Promise<void>;
  /** Runs after the public check of an accepted value (cleanup that keeps pages a realistic size). */
  after?(field: string, json: Json): Promise<void>;
  /** What the stored text should be for a sent value (default: trimmed); null skips the round-trip check. */
  stored?(field: string, value: string): string | null;
  publicCheck?(field: string, value: string, json: Json, lane: number): Promise<void>;
}

// ---- schema walking ------------------------------------------------------------------------

function objectBranch(schema: Schema): Schema {
  return schema.anyOf?.find((b) => b.type === 'object') ?? schema;
}

/** Paths of every string-valued property (`[]` marks an array element). */
function stringFields(schema: Schema, path: string[] = []): string[][] {
  if (schema.anyOf) {
    const own = schema.anyOf.some((b) => b.type === 'string') ? [path] : [];
    return [...own, ...schema.anyOf.filter((b) => b.type === 'object' || b.type === 'array').flatMap((b) => stringFields(b, path))];
  }
  if (schema.type === 'string') return [path];
  if (schema.type === 'object') return Object.entries(schema.properties ?? {}).flatMap(([k, s]) => stringFields(s, [...path, k]));
  if (schema.type === 'array' && schema.items) return stringFields(schema.items, [...path, '[]']);
  return [];
}

/** A valid-looking value for a schema: required properties only. */
function example(schema: Schema): unknown {
  if (schema.anyOf) return example(schema.anyOf.find((b) => b.type !== 'null') ?? schema.anyOf[0] ?? {});
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return FAR_FUTURE;
      if (schema.pattern?.includes('\\p{Ll}')) return 'fuzz-fixture';
      if (schema.pattern?.startsWith('^[a-zA-Z]{2,3}')) return 'en';
      return 'Fixture text';
    case 'integer': case 'number': return Math.max(schema.minimum ?? 1, 1);
    case 'boolean': return false;
    case 'array': return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items ?? {}));
    case 'object': return Object.fromEntries((schema.required ?? []).map((k) => [k, example(schema.properties?.[k] ?? {})]));
    default: return null;
  }
}

/** `body` with `value` at `path`, creating whatever objects or arrays lead there. */
function place(body: Json, schema: Schema, path: string[], value: string): Json {
  const [head, ...rest] = path;
  if (head === undefined) return body;
  const out = { ...body };
  const prop = objectBranch(schema).properties?.[head] ?? {};
  if (rest.length === 0) out[head] = value;
  else if (rest[0] === '[]') {
    const items = objectBranch(prop).items ?? {};
    out[head] = [rest.length === 1 ? value : place(example(objectBranch(items)) as Json, items, rest.slice(1), value)];
  } else {
    const current = out[head];
    const base = current && typeof current === 'object' ? current as Json : example(objectBranch(prop)) as Json;
    out[head] = place(base, objectBranch(prop), rest, value);
  }
  return out;
}

function valueAt(json: unknown, path: string[]): unknown {
  let at: unknown = json;
  for (const key of path) at = at && typeof at === 'object' && key !== '[]' ? (at as Json)[key] : undefined;
  return at;
}

// ---- what a response and a page may not contain ------------------------------------------------

const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat\s+(?:[\w$.<>[\]]+\s+)?\(?(?:file:\/\/|node:|\/)[^\s()"]*:\d+(?::\d+)?\)?/],
  ['node_modules path', /node_modules/],
  ['error class name', /\b(?:SqliteError|DatabaseError|TypeError|ReferenceError|RangeError|SyntaxError|AggregateError)\b/],
  ['SQLite error', /SQLITE_[A-Z]+|(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed|no such (?:table|column)/],
  ['PostgreSQL error', /syntax error at or near|relation "[^"]+" does not exist|invalid input syntax for|violates (?:unique|foreign key|not-null|check) constraint|invalid byte sequence for encoding|duplicate key value|unsupported Unicode escape/i],
  ['SQL statement', /\b(?:insert into "|update "|select "|delete from ")/i],
];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'background', 'xlink:href', 'srcset', 'longdesc', 'codebase', 'ping']);
const DANGEROUS_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'noscript', 'template']);

interface Tag { name: string; attrs: [string, string][]; at: number; content?: string }

/** The start tags of a document, as a browser's tokenizer would find them (raw-text elements skipped). */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) { const end = html.indexOf('-->', i + 4); i = end === -1 ? html.length : end + 3; continue; }
    const open = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64));
    if (!open?.[1]) { i++; continue; }
    const tag: Tag = { name: open[1].toLowerCase(), attrs: [], at: i };
    let j = i + open[0].length;
    while (j < html.length) {
      while (j < html.length && /[\s/]/.test(html[j] as string)) j++;
      if (j >= html.length || html[j] === '>') { j++; break; }
      const name = /^[^\s/>=]+/.exec(html.slice(j))?.[0] ?? html[j] as string;
      j += name.length;
      while (/\s/.test(html[j] ?? '')) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (/\s/.test(html[j] ?? '')) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end === -1 ? html.length : end);
          j = end === -1 ? html.length : end + 1;
        } else {
          value = /^[^\s>]*/.exec(html.slice(j))?.[0] ?? '';
          j += value.length;
        }
      }
      tag.attrs.push([name.toLowerCase(), decodeHTML(value)]);
    }
    if (['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes'].includes(tag.name)) {
      // Searched without lower-casing the document: lower case can change its length (İ → i̇).
      const closing = new RegExp(`</${tag.name}`, 'gi');
      closing.lastIndex = j;
      const close = closing.exec(html)?.index ?? -1;
      tag.content = html.slice(j, close === -1 ? html.length : close);
      j = close === -1 ? html.length : close;
    }
    tags.push(tag);
    i = j;
  }
  return tags;
}

function dangerousUrl(value: string): boolean {
  const url = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return url.startsWith('javascript:') || url.startsWith('vbscript:') || url.startsWith('data:text/html');
}

/** Everything executable in an HTML document or fragment; `allowedScript` is the site's own script's src. */
function executableMarkup(html: string, allowedScript: string | null): { reason: string; at: number }[] {
  const found: { reason: string; at: number }[] = [];
  const tags = tagsOf(html);
  const scripts = tags.filter((t) => t.name === 'script');
  for (const s of scripts) {
    const attrs = new Map(s.attrs);
    const ownScript = allowedScript !== null && attrs.get('src') === allowedScript && s.attrs.every(([n]) => n === 'src' || n === 'defer') && (s.content ?? '').trim() === '';
    const jsonLd = attrs.get('type') === 'application/ld+json' && s.attrs.length === 1;
    if (jsonLd) {
      try { JSON.parse(s.content ?? ''); } catch (error) {
        const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
        found.push({ reason: `JSON-LD that does not parse (${String(error).slice(0, 80)})`, at: html.indexOf(s.content ?? '', s.at) + position });
      }
    } else if (!ownScript) found.push({ reason: 'a <script> element that is not the site\'s', at: s.at });
  }
  const raw = [...html.matchAll(/<script/gi)].map((m) => m.index);
  if (raw.length !== scripts.length) found.push({ reason: `"<script" text outside the site's script elements (${raw.length} vs ${scripts.length})`, at: raw.find((at) => !scripts.some((s) => s.at === at)) ?? 0 });
  for (const tag of tags) {
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/i.test(name)) found.push({ reason: `event-handler attribute ${name} on <${tag.name}>`, at: tag.at });
      if (URL_ATTRIBUTES.has(name) && value.split(',').some((part) => dangerousUrl(part))) found.push({ reason: `${name}="${value.slice(0, 40)}" on <${tag.name}>`, at: tag.at });
    }
    const attrs = new Map(tag.attrs);
    if (DANGEROUS_ELEMENTS.has(tag.name)) found.push({ reason: `a <${tag.name}> element`, at: tag.at });
    if (tag.name === 'meta' && attrs.has('http-equiv')) found.push({ reason: 'a <meta http-equiv> element', at: tag.at });
  }
  return found;
}

function apiErrorOf(body: string): { code: string; message: string; property?: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = parsed && typeof parsed === 'object' ? (parsed as Json).error : undefined;
    if (!error || typeof error !== 'object') return null;
    const { code, message, property } = error as Json;
    return typeof code === 'string' && code !== '' && typeof message === 'string' && message !== '' ? { code, message, property } : null;
  } catch { return null; }
}

const show = (value: string) => JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value) + (value.length > 100 ? ` (${value.length} chars)` : '');
const excerpt = (text: string, at = 0) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 140).replace(/\s+/g, ' '));

function report(dialect: string, failures: Failure[], requests: number, pages: number): string {
  const byReason = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.route} ${f.field}: ${f.reason.replace(/[:(].*$/s, '')}`;
    byReason.set(key, [...(byReason.get(key) ?? []), f]);
  }
  const lines = [...byReason].sort((a, b) => b[1].length - a[1].length).map(([key, list]) => {
    const f = list[0] as Failure;
    return `  ${list.length} × ${key}\n      e.g. input ${show(f.value)} → ${f.status}: ${f.reason}\n      ${f.excerpt}`;
  });
  return `${failures.length} problems in ${requests} fuzzed requests and ${pages} page fetches on ${dialect}:\n${lines.join('\n')}\n`;
}

// ---- the run -------------------------------------------------------------------------------------

describe('the public-page checker', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>x</title><script src="/static/site.js" defer></script>`
    + `<script type="application/ld+json">{"a":"\\u003c/script>"}</script></head><body>${body}</body></html>`;

  it('passes the site\'s own scripts and escaped text, and flags every executable form', () => {
    expect(executableMarkup(page('<p title="&lt;script>">&lt;script>alert(1)&lt;/script></p>'), '/static/site.js')).toEqual([]);
    for (const bad of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href=" JaVaScRiPt:alert(1)">x</a>', '<iframe src="data:text/html,x"></iframe>', '<form><button formaction=vbscript:x>x</button></form>',
      '<title><script>alert(1)</script></title>', '<meta http-equiv=refresh content="0;url=//x">', '<div title="x" onmouseover="alert(1)">']) {
      expect(executableMarkup(page(bad), '/static/site.js'), bad).not.toEqual([]);
    }
    expect(executableMarkup(page('<script type="application/ld+json">{"a":"</script>'), '/static/site.js')).not.toEqual([]);
    expect(executableMarkup('<p>\u0130stanbul \u0130zmir</p><script type="application/ld+json">{"a":1}</script><p>x</p>', null)).toEqual([]);
  });
});

describe.each(DIALECTS)('Admin API text fields under hostile input on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let adminCookie = '';
  let siteScript: string | null = null;
  let sentinel: { slug: string; admin: string; corrections: string };
  let n = 0;
  const failures: Failure[] = [];
  const counts = { requests: 0, accepted: 0, pages: 0, fields: 0 };
  const perField: string[] = [];

  const inject = (method: string, url: string, payload?: unknown, extra: { cookie?: string; remoteAddress?: string } = {}) => ctx.app.inject({
    method: method as 'GET', url, headers: { cookie: extra.cookie ?? adminCookie },
    ...(payload === undefined ? {} : { payload: payload as Json }), ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
  async function ok(method: string, url: string, payload?: unknown): Promise<Json> {
    const res = await inject(method, url, payload);
    if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res.statusCode === 204 ? {} : res.json() as Json;
  }
  async function signIn(email: string, password: string): Promise<string> {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    return String(res.headers['set-cookie']).split(';')[0] as string;
  }
  const newArticle = async (extra: Json = {}) => ok('POST', '/api/admin/articles', {
    headline: `Fixture story ${++n}`, slug: `fz-fixture-${n}`, sectionSlug: DESK, authorSlugs: [WRITER], standfirst: 'Fixture standfirst.', body: '<p>Fixture body.</p>', ...extra,
  });
  async function publish(slug: string): Promise<Json | null> {
    ctx.services.clock.advance(1000);
    const res = await inject('POST', `/api/admin/articles/${encodeURIComponent(slug)}/publish`, {});
    return res.statusCode === 200 ? res.json() as Json : null;
  }
  const published = async (extra: Json = {}) => {
    const article = await newArticle(extra);
    return await publish(String(article.slug)) ?? article;
  };
  const pathOf = (json: Json) => String(json.path ?? `/${String((json.section as Json | undefined)?.slug ?? DESK)}/${String(json.slug)}/`);

  /** Fetches a public page and records anything executable, or a hostile value shown unescaped. */
  async function checkPage(route: string, url: string, shown: Shown[]): Promise<void> {
    counts.pages++;
    const res = await ctx.app.inject({ method: 'GET', url: encodeURI(url) });
    const first = shown[0] ?? { field: '-', value: '', html: false };
    const fail = (reason: string, at = 0): void => {
      failures.push({ route: `${route} → GET ${url.length > 80 ? `${url.slice(0, 80)}…` : url}`, field: first.field, value: first.value, status: res.statusCode, reason, excerpt: excerpt(res.body, at) });
    };
    if (res.statusCode !== 200) return fail(`public page answered ${res.statusCode}`);
    if (url.startsWith('/api/')) return checkApi(res.json() as Json, fail);
    for (const { reason, at } of executableMarkup(res.body, siteScript)) fail(reason, at);
    for (const item of shown) {
      const text = item.value.trim();
      if (!item.html && /<[a-zA-Z/!?]/.test(text) && res.body.includes(text)) {
        failures.push({ route: `${route} → GET ${url}`, field: item.field, value: item.value, status: res.statusCode, reason: 'the raw value appears unescaped', excerpt: excerpt(res.body, res.body.indexOf(text)) });
      }
    }
  }

  /** Content API JSON: the body is HTML apps render, and URLs are followed. */
  function checkApi(json: Json, fail: (reason: string, at?: number) => void): void {
    const bodyHtml = json.bodyHtml;
    if (typeof bodyHtml === 'string') for (const { reason } of executableMarkup(bodyHtml, null)) fail(`Content API bodyHtml: ${reason}`);
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string' && /url$/i.test(key) && dangerousUrl(value)) fail(`Content API ${key} is ${value.slice(0, 40)}`);
      else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(json, '');
  }

  /** The article's own page and Content API entry, plus its section, author and tag pages every `listEvery` calls. */
  let listCounter = 0;
  const recentlyShown: Shown[] = [];
  async function checkArticlePages(route: string, field: string, value: string, article: Json, listEvery = 5): Promise<void> {
    const shown: Shown = { field, value, html: field === 'body' };
    await checkPage(route, pathOf(article), [shown]);
    await checkPage(route, `/api/v1/articles/${String(article.slug)}`, [shown]);
    recentlyShown.push(shown);
    if (++listCounter % listEvery !== 0) return;
    const tags = (article.tags as Json[] | undefined) ?? [];
    const section = String((article.section as Json | undefined)?.slug ?? DESK);
    for (const url of ['/', `/${section}/`, ...((article.authors as Json[] | undefined) ?? []).map((a) => `/author/${String(a.slug)}/`), ...tags.map((t) => `/tag/${String(t.slug)}/`)]) {
      await checkPage(route, url, recentlyShown);
    }
    recentlyShown.length = 0;
  }

  beforeAll(async () => {
    await ctx.services.accounts.createUser({ email: 'fz-admin@example.org', name: 'Fuzz Admin', role: 'administrator', password: PASSWORD });
    adminCookie = await signIn('fz-admin@example.org', PASSWORD);
    await ok('POST', '/api/admin/sections', { name: 'Fuzz desk', slug: DESK });
    await ok('POST', '/api/admin/authors', { name: 'Fuzz Writer', slug: WRITER, bio: 'Writes fixtures.' });
    const story = await published({
      headline: 'Sentinel story stays as it is', slug: 'fz-sentinel', tags: ['Harbour', 'Bridge'], standfirst: 'Nothing may change this.',
      body: '<p>Sentinel <strong>body</strong> with <a href="https://example.org/">a link</a>.</p>',
      image: { url: '/media/sentinel.png', alt: 'Sentinel alt', caption: 'Sentinel caption', credit: 'Sentinel credit', width: 640, height: 480 },
    });
    await ok('POST', '/api/admin/articles/fz-sentinel/corrections', { kind: 'correction', text: 'The sentinel was first said to move.' });
    sentinel = {
      slug: String(story.slug),
      admin: (await inject('GET', '/api/admin/articles/fz-sentinel')).body,
      corrections: (await inject('GET', '/api/admin/articles/fz-sentinel/corrections')).body,
    };
    const home = await ctx.app.inject('/');
    const own = tagsOf(home.body).filter((t) => t.name === 'script' && t.attrs.some(([k]) => k === 'src'));
    expect(own).toHaveLength(1);
    siteScript = new Map(own[0]?.attrs).get('src') ?? null;
    expect(siteScript).toMatch(/^\/static\//);
    expect(executableMarkup(home.body, siteScript)).toEqual([]);
  });

  it('answers every hostile string in every request-body text field with a 2xx or a well-formed 4xx, and shows nothing executable on public pages', async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(500);
    const doc = (await ctx.app.inject('/api/admin/openapi.json')).json() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
    const plans = makePlans();
    const targets: { key: string; method: string; path: string; schema: Schema; fields: string[][] }[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        const fields = stringFields(schema);
        if (fields.length > 0) targets.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, schema, fields });
      }
    }
    // The document must describe the routes this suite knows, or the walk would prove nothing.
    const found = new Set(targets.flatMap((t) => t.fields.map((f) => `${t.key} ${f.join('.')}`)));
    for (const known of ['POST /api/admin/articles headline', 'PUT /api/admin/articles/{slug} body', 'POST /api/admin/articles/{slug}/{action} note',
      'POST /api/admin/articles/{slug}/corrections text', 'POST /api/admin/sections name', 'PATCH /api/admin/authors/{slug} bio',
      'PUT /api/admin/settings title', 'POST /api/admin/users email', 'PATCH /api/admin/media/{id} alt', 'POST /api/admin/tokens name',
      'POST /api/admin/articles image.url', 'POST /api/admin/articles tags.[]']) expect(found, known).toContain(known);

    for (const target of targets) {
      const plan = plans[target.key] ?? genericPlan(target.path);
      for (const path of target.fields) {
        const field = path.join('.').replace(/\.\[\]/g, '[]');
        counts.fields++;
        const started = Date.now();
        let accepted = 0;
        listCounter = 0;
        recentlyShown.length = 0;
        await plan.beginField?.(field);
        const strings = plan.strings?.(field) ?? HOSTILE;
        const sampled = new Set(spreadSample(strings.filter((s) => s.value.length < 5000 || field === 'body'), PAGE_SAMPLE).map((s) => s.value));
        const one = async (value: string, variant: Json, lane: number): Promise<void> => {
          await plan.before?.(field, lane);
          const base = { ...(example(target.schema) as Json), ...plan.fixture?.(field, lane), ...variant };
          const payload = place(base, target.schema, path, value);
          counts.requests++;
          const res = await inject(target.method, plan.url(field, lane), payload, { cookie: plan.cookie?.() ?? adminCookie, ...(plan.remoteAddress ? { remoteAddress: plan.remoteAddress } : {}) });
          const fail = (reason: string, at = 0) => failures.push({ route: target.key, field: Object.keys(variant).length ? `${field} (${JSON.stringify(variant)})` : field, value, status: res.statusCode, reason, excerpt: excerpt(res.body, at) });
          inspectResponse(res, value, field, fail);
          if (res.statusCode < 200 || res.statusCode >= 300) return;
          accepted++;
          counts.accepted++;
          const json = res.statusCode === 204 ? {} : res.json() as Json;
          const expected = plan.stored ? plan.stored(field, value) : value.trim();
          const echoed = valueAt(json, path);
          if (expected !== null && typeof echoed === 'string' && echoed !== expected && echoed !== value) {
            fail(`accepted but stored differently: sent ${show(value)}, got back ${show(echoed)}`);
          }
          await plan.accepted?.(field, json, value, res, lane);
          if (sampled.has(value) && plan.publicCheck) await plan.publicCheck(field, value, json, lane);
          await plan.after?.(field, json);
        };
        const lanes = plan.lanes ?? 1;
        for (const variant of plan.variants?.[field] ?? [{}]) {
          await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
            for (let i = lane; i < strings.length; i += lanes) await one((strings[i] as HostileString).value, variant, lane);
          }));
        }
        perField.push(`${target.key} ${field}: ${strings.length} strings × ${(plan.variants?.[field] ?? [{}]).length}, ${accepted} accepted, ${Date.now() - started} ms`);
      }
    }
    await ok('PUT', '/api/admin/settings', { title: 'Fuzz Times', description: 'Fixture description.', language: 'en' });
    await fuzzUploadForm();

    console.log(`[admin-fuzz ${dialect}] ${HOSTILE.length} hostile strings; ${counts.fields} fields; ${counts.requests} requests (${counts.accepted} accepted); ${counts.pages} public page/API fetches`);
    expect(counts.pages, 'public pages fetched for accepted values').toBeGreaterThan(2000);
    expect(failures.length, `${report(dialect, failures, counts.requests, counts.pages)}Per field:\n  ${perField.join('\n  ')}\n`).toBe(0);
  }, 900_000);

  it('left the article written before the fuzzing byte-for-byte as it was, and its corrections too', async () => {
    expect((await inject('GET', `/api/admin/articles/${sentinel.slug}`)).body).toBe(sentinel.admin);
    expect((await inject('GET', `/api/admin/articles/${sentinel.slug}/corrections`)).body).toBe(sentinel.corrections);
    const page = await ctx.app.inject('/fz-desk/fz-sentinel/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sentinel <strong>body</strong>');
  });

  it('refuses a lone surrogate or stores it as sent, also where the write answers with the request rather than the stored row', async () => {
    const value = 'Harbour \ud83d bridge';
    const article = String((await published()).slug);
    /** The item with this id from a paged Admin API list (the fuzzing left hundreds behind). */
    const findIn = async (url: string, id: unknown): Promise<Json | undefined> => {
      for (let page = 1; ; page++) {
        const list = await ok('GET', `${url}?limit=100&page=${page}`);
        const hit = (list.items as Json[]).find((item) => item.id === id);
        if (hit || page >= Number(list.pageCount)) return hit;
      }
    };
    const cases: [string, string, Json, (created: Json) => Promise<unknown>][] = [
      ['POST /api/admin/tokens', '/api/admin/tokens', { name: value, role: 'author' },
        async (c) => ((await ok('GET', '/api/admin/tokens')).items as Json[]).find((t) => t.id === c.id)?.name],
      ['POST …/corrections', `/api/admin/articles/${article}/corrections`, { kind: 'correction', text: value },
        async (c) => ((await ok('GET', `/api/admin/articles/${article}/corrections`)).items as Json[]).find((t) => t.id === c.id)?.text],
      ['POST /api/admin/sections', '/api/admin/sections', { name: value, slug: 'fz-surrogate-section' },
        async (c) => (await findIn('/api/admin/sections', c.id))?.name],
      ['POST /api/admin/tags', '/api/admin/tags', { name: value, slug: 'fz-surrogate-tag' },
        async (c) => (await findIn('/api/admin/tags', c.id))?.name],
      ['POST /api/admin/authors', '/api/admin/authors', { name: value, slug: 'fz-surrogate-author' },
        async (c) => (await findIn('/api/admin/authors', c.id))?.name],
    ];
    for (const [route, url, payload, readBack] of cases) {
      const res = await inject('POST', url, payload);
      if (res.statusCode >= 400 && res.statusCode < 500) continue;
      expect(res.statusCode, route).toBe(201);
      expect.soft(await readBack(res.json() as Json), `${route} stored the text it accepted`).toBe(value);
    }
  });

  it('round-trips Arabic, Hebrew, emoji with ZWJ and skin tones, combining marks and CJK unchanged through the Admin API to the public pages', async () => {
    const u = ORDINARY_UNICODE;
    const section = await ok('POST', '/api/admin/sections', { name: u.arabic, description: u.hebrew });
    const author = await ok('POST', '/api/admin/authors', { name: u.hebrew, bio: `${u.emoji} ${u.combining}` });
    expect(section).toMatchObject({ name: u.arabic, description: u.hebrew });
    expect(author).toMatchObject({ name: u.hebrew, bio: `${u.emoji} ${u.combining}` });
    const tags = [u.cjk, u.combining, u.emoji, u.arabic, u.mixed];
    const created = await ok('POST', '/api/admin/articles', {
      headline: u.arabic, standfirst: `${u.hebrew} ${u.emoji}`, body: `<p>${u.combining} ${u.cjk}</p><p>${u.emoji} ${u.mixed}</p>`,
      sectionSlug: section.slug, authorSlugs: [author.slug], tags,
      image: { url: '/media/unicode.png', alt: u.cjk, caption: u.hebrew, credit: u.emoji, width: 100, height: 100 },
    });
    const slug = String(created.slug);
    expect(slug).toMatch(/^[\p{L}\p{M}\p{N}-]+$/u);
    const correction = await ok('POST', `/api/admin/articles/${encodeURIComponent(slug)}/corrections`, { kind: 'clarification', text: `${u.arabic} ${u.emoji}` }).catch((e: unknown) => e);
    // Corrections belong to published articles: publish first, then add.
    expect(correction).toBeInstanceOf(Error);
    expect(await publish(slug)).not.toBeNull();
    const added = await ok('POST', `/api/admin/articles/${encodeURIComponent(slug)}/corrections`, { kind: 'clarification', text: `${u.arabic} ${u.emoji} ${u.combining}` });
    expect(added.text).toBe(`${u.arabic} ${u.emoji} ${u.combining}`);

    const admin = await ok('GET', `/api/admin/articles/${encodeURIComponent(slug)}`);
    expect(admin).toMatchObject({
      headline: u.arabic, standfirst: `${u.hebrew} ${u.emoji}`, section: { name: u.arabic }, authors: [{ name: u.hebrew }],
      image: { alt: u.cjk, caption: u.hebrew, credit: u.emoji },
    });
    expect((admin.tags as Json[]).map((t) => t.name).sort()).toEqual([...tags].sort());
    for (const text of [u.combining, u.cjk, u.emoji, u.mixed]) expect(admin.bodyHtml).toContain(text);
    expect(String(admin.bodyHtml)).toContain('Cafe\u0301 and caf\u00e9');

    const api = await ctx.app.inject(`/api/v1/articles/${encodeURIComponent(slug)}`);
    expect(api.json()).toMatchObject({ headline: u.arabic, standfirst: `${u.hebrew} ${u.emoji}`, corrections: [{ text: `${u.arabic} ${u.emoji} ${u.combining}` }] });

    const pages = {
      article: (await ctx.app.inject(encodeURI(String(admin.path)))).body,
      section: (await ctx.app.inject(encodeURI(`/${String(section.slug)}/`))).body,
      author: (await ctx.app.inject(encodeURI(`/author/${String(author.slug)}/`))).body,
      corrections: (await ctx.app.inject('/corrections/')).body,
      home: (await ctx.app.inject('/')).body,
    };
    for (const text of [u.arabic, u.hebrew, u.emoji, u.cjk, u.combining, u.mixed, `${u.arabic} ${u.emoji} ${u.combining}`]) expect(pages.article).toContain(text);
    expect(pages.article).toContain(`<h1 class="headline">${u.arabic}</h1>`);
    expect(pages.article).toContain('Cafe\u0301 and caf\u00e9');
    for (const tag of admin.tags as Json[]) {
      const tagPage = (await ctx.app.inject(encodeURI(`/tag/${String(tag.slug)}/`))).body;
      expect(tagPage).toContain(String(tag.name));
    }
    expect(pages.section).toContain(u.arabic);
    expect(pages.section).toContain(u.hebrew);
    expect(pages.author).toContain(u.hebrew);
    expect(pages.author).toContain(u.emoji);
    expect(pages.corrections).toContain(`${u.arabic} ${u.emoji} ${u.combining}`);
    expect(pages.home).toContain(u.arabic);

    const before = await ok('GET', '/api/admin/settings');
    const settings = await ok('PUT', '/api/admin/settings', { title: `${u.hebrew} ${u.emoji}`, description: `${u.cjk} ${u.combining}`, language: 'he' });
    expect(settings).toEqual({ title: `${u.hebrew} ${u.emoji}`, description: `${u.cjk} ${u.combining}`, language: 'he', timeZone: before.timeZone, feedContent: before.feedContent, smtpConfigured: before.smtpConfigured });
    const home = (await ctx.app.inject('/')).body;
    expect(home).toContain(`${u.hebrew} ${u.emoji}`);
    expect(home).toContain(`${u.cjk} ${u.combining}`);
    await ok('PUT', '/api/admin/settings', before);

    const user = await ok('POST', '/api/admin/users', { email: 'unicode@example.org', name: u.arabic, role: 'author', password: 'a long unicode passphrase' });
    expect(user.name).toBe(u.arabic);
    expect((await ok('PATCH', `/api/admin/users/${String(user.id)}`, { name: `${u.cjk} ${u.emoji}` })).name).toBe(`${u.cjk} ${u.emoji}`);
    expect((await ok('POST', '/api/admin/tokens', { name: u.emoji, role: 'author' })).name).toBe(u.emoji);
    const upload = multipartBody([{ name: 'alt', value: u.combining }, { name: 'file', filename: 'u.png', contentType: 'image/png', data: await makeImage(8, 8) }]);
    const media = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', headers: { ...upload.headers, cookie: adminCookie }, payload: upload.payload });
    expect(media.statusCode, media.body).toBe(201);
    expect(media.json()).toMatchObject({ alt: u.combining });
    expect((await ok('PATCH', `/api/admin/media/${String((media.json() as Json).id)}`, { caption: u.arabic, credit: u.hebrew })).caption).toBe(u.arabic);
  });

  // ---- per-response contract ---------------------------------------------------------------------

  function inspectResponse(res: LightMyRequestResponse, value: string, field: string, fail: (reason: string, at?: number) => void): void {
    const status = res.statusCode;
    if (status >= 500) fail(`status ${status}`);
    else if (status < 200 || (status >= 300 && status < 400)) fail(`status ${status}`);
    for (const [name, pattern] of LEAKS) {
      const match = pattern.exec(res.body);
      if (match && !pattern.test(value)) fail(`${name} leaked`, match.index);
    }
    if (status === 204) return;
    if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) fail(`answered ${String(res.headers['content-type'])}`);
    if (status < 400) return;
    const error = apiErrorOf(res.body);
    if (!error) return fail('a 4xx without { error: { code, message } }');
    if (status !== 400 && status !== 422) return;
    if (typeof error.property !== 'string' || error.property === '') return fail(`${error.code} names no property`);
    const named = error.property.replace(/\.\d+(?=\.|$)/g, '[]');
    const plain = field.replace(/ .*$/, '');
    if (named !== plain && !plain.startsWith(`${named}.`) && !plain.startsWith(`${named}[]`)) fail(`${error.code} names property "${error.property}", not "${plain}"`);
  }

  // ---- route plans ---------------------------------------------------------------------------------

  function genericPlan(path: string): Plan {
    return {
      url: () => path.replace('{slug}', path.startsWith('/api/admin/articles/') ? 'fz-sentinel-missing' : 'fuzz-fixture')
        .replace('{id}', '999999').replace('{action}', 'submit').replace('{number}', '1').replace(/\{[^}]+\}/g, 'x'),
    };
  }

  function makePlans(): Record<string, Plan> {
    const hashSample = spreadSample(HOSTILE, HASH_SAMPLE);
    const ids = {
      editTargets: [] as { slug: string; revision: number }[], workflowTarget: { slug: '', status: '' },
      correctionArticles: [] as { slug: string; count: number }[], patchCorrection: { slug: '', id: 0 },
      section: '', sectionArticle: '', tag: '', tagArticle: '', author: '', authorArticle: '', mergeSource: '', media: 0, user: 0, pwCookie: '', pwPassword: 'first fuzz passphrase', resetToken: '',
    };
    /** A fresh reset link's token, for a new user, from the log line a site without mail writes. */
    const resetToken = async (): Promise<string> => {
      const email = `fz-reset-${++n}@example.org`;
      await ctx.services.accounts.createUser({ email, name: 'Reset Fuzz', role: 'author', password: 'a fuzz reset passphrase' });
      const lines: string[] = [];
      ctx.services.passwordResets.request(email, `192.0.2.${n % 250}`, { warn: (line) => { lines.push(line); }, error: () => undefined });
      await ctx.services.passwordResets.settled();
      return /[?&]token=([\w-]+)$/.exec(lines.join('\n'))?.[1] ?? '';
    };
    const linked = async (fields: Json) => buildArticle(ctx.services.writer, { sectionSlug: DESK, authorSlugs: [WRITER], publishedAt: ctx.services.clock.now().toISOString(), ...fields });
    const deleteQuietly = async (url: string) => { await inject('DELETE', url); };
    const nextTaxonomy = (kind: string) => `fz-${kind}-${++n}`;
    const trimmed = (v: string) => v.trim();

    const image = (field: string) => (field.startsWith('image.')
      ? { image: { url: '/media/fixture.png', alt: 'Fixture alt', caption: 'Fixture caption', credit: 'Fixture credit', width: 640, height: 480 } } : {});
    const articleFixture = (field: string): Json => ({
      headline: `Fuzz story ${++n}`, ...(field === 'slug' ? {} : { slug: `fz-a-${n}` }), sectionSlug: DESK, authorSlugs: [WRITER],
      standfirst: 'Fixture standfirst.', body: '<p>Fixture body.</p>', ...image(field),
    });
    const articleStored = (field: string, value: string) => (['body', 'tags[]', 'embargoUntil', 'bodyFormat'].includes(field) ? null : field === 'slug' ? value : value.trim());
    const bodyVariants = { body: [{ bodyFormat: 'html' }, { bodyFormat: 'markdown' }] };

    return {
      'POST /api/admin/session': {
        url: () => '/api/admin/session', remoteAddress: '203.0.113.7', cookie: () => '',
        fixture: () => ({ email: 'nobody-fuzz@example.org', password: 'not the password at all' }),
        // Every unknown email costs one decoy argon2 verification; a wrong password for one email locks after five.
        strings: (field) => (field === 'email' ? hashSample : HOSTILE),
        lanes: 4,
      },
      'PUT /api/admin/session/password': {
        url: () => '/api/admin/session/password', cookie: () => ids.pwCookie, strings: () => hashSample,
        beginField: async () => {
          if (ids.pwCookie) return;
          await ctx.services.accounts.createUser({ email: 'fz-pw@example.org', name: 'Password Fuzz', role: 'author', password: ids.pwPassword });
          ids.pwCookie = await signIn('fz-pw@example.org', ids.pwPassword);
        },
        fixture: (field) => (field === 'currentPassword' ? { newPassword: 'another fuzz passphrase' } : { currentPassword: ids.pwPassword }),
        stored: () => null,
        accepted: async (field, _json, value, res) => {
          if (field === 'newPassword') ids.pwPassword = value;
          ids.pwCookie = String(res.headers['set-cookie']).split(';')[0] as string;
        },
      },
      'POST /api/admin/password-reset/complete': {
        url: () => '/api/admin/password-reset/complete', cookie: () => '',
        // Every accepted password costs two argon2 hashes (a new user for each link, then the
        // password itself); PUT /api/admin/session/password runs the same rules on the larger sample.
        strings: (field) => (field === 'newPassword' ? spreadSample(HOSTILE, RESET_SAMPLE) : HOSTILE),
        before: async (field) => { if (field === 'newPassword' && !ids.resetToken) ids.resetToken = await resetToken(); },
        fixture: (field) => (field === 'token' ? { newPassword: 'another fuzz passphrase' } : { token: ids.resetToken }),
        stored: () => null,
        accepted: async (field) => { if (field === 'newPassword') ids.resetToken = ''; },
      },
      'POST /api/admin/tokens': { url: () => '/api/admin/tokens', fixture: () => ({ name: 'Fuzz token', role: 'author' }), lanes: 4 },
      'POST /api/admin/articles': {
        url: () => '/api/admin/articles', fixture: articleFixture, variants: bodyVariants, stored: articleStored, lanes: 4,
        publicCheck: async (field, value, json) => {
          const live = await publish(String(json.slug));
          if (live) await checkArticlePages('POST /api/admin/articles', field, value, live);
        },
      },
      'PUT /api/admin/articles/{slug}': {
        url: (_field, lane) => `/api/admin/articles/${encodeURIComponent(ids.editTargets[lane]?.slug ?? '')}`, variants: bodyVariants, stored: articleStored, lanes: 4,
        beginField: async () => {
          ids.editTargets = [];
          for (let lane = 0; lane < 4; lane++) {
            const article = await published({ tags: ['Edit target'] });
            ids.editTargets.push({ slug: String(article.slug), revision: Number(article.revision) });
          }
        },
        fixture: (field, lane) => ({
          headline: 'Edit target', sectionSlug: DESK, authorSlugs: [WRITER], standfirst: 'Fixture standfirst.', body: '<p>Fixture body.</p>',
          baseRevision: ids.editTargets[lane]?.revision ?? 0, ...image(field),
        }),
        accepted: async (_field, json, _value, _res, lane) => { ids.editTargets[lane] = { slug: String(json.slug), revision: Number(json.revision) }; },
        publicCheck: async (field, value, json) => checkArticlePages('PUT /api/admin/articles/{slug}', field, value, json),
      },
      'POST /api/admin/articles/{slug}/{action}': {
        url: (field) => `/api/admin/articles/${ids.workflowTarget.slug}/${field === 'note' ? 'send-back' : 'schedule'}`,
        beginField: async () => {
          const article = await newArticle();
          ids.workflowTarget = { slug: String(article.slug), status: String(article.status) };
        },
        before: async (field) => {
          const wanted = field === 'note' ? 'in_review' : 'draft';
          if (ids.workflowTarget.status === wanted) return;
          const action = field === 'note' ? 'submit' : 'unschedule';
          ids.workflowTarget.status = String((await ok('POST', `/api/admin/articles/${ids.workflowTarget.slug}/${action}`, {})).status);
        },
        fixture: (field) => (field === 'note' ? {} : { note: 'Scheduled by the fuzzer.' }),
        stored: () => null,
        accepted: async (_field, json) => { ids.workflowTarget.status = String(json.status); },
        publicCheck: async (field, value) => {
          if (field !== 'note') return;
          // The note is shown to the newsroom only: it must come back exactly (trimmed) in the history.
          const history = await ok('GET', `/api/admin/articles/${ids.workflowTarget.slug}/history`);
          const last = (history.events as Json[]).at(-1);
          if (last?.note !== value.trim()) failures.push({ route: 'GET /api/admin/articles/{slug}/history', field, value, status: 200, reason: `note stored as ${show(String(last?.note))}`, excerpt: '' });
        },
      },
      'POST /api/admin/articles/{slug}/corrections': {
        url: (_field, lane) => `/api/admin/articles/${ids.correctionArticles[lane]?.slug ?? ''}/corrections`, lanes: 4,
        before: async (_field, lane) => {
          // Twenty corrections per article keeps each page a realistic size.
          const current = ids.correctionArticles[lane];
          if (current && current.count < 20) return;
          ids.correctionArticles[lane] = { slug: String((await published()).slug), count: 0 };
        },
        fixture: () => ({ kind: 'correction', text: 'Fixture correction.' }),
        stored: (field, value) => (field === 'text' ? value.replace(/\r\n?/g, '\n').trim() : value),
        accepted: async (_field, _json, _value, _res, lane) => { (ids.correctionArticles[lane] as { count: number }).count++; },
        publicCheck: async (field, value, _json, lane) => {
          const shown = [{ field, value, html: false }];
          const slug = ids.correctionArticles[lane]?.slug ?? '';
          await checkPage('POST …/corrections', `/fz-desk/${slug}/`, shown);
          await checkPage('POST …/corrections', '/corrections/', shown);
          await checkPage('POST …/corrections', `/api/v1/articles/${slug}`, shown);
        },
      },
      'PATCH /api/admin/articles/{slug}/corrections/{id}': {
        url: () => `/api/admin/articles/${ids.patchCorrection.slug}/corrections/${ids.patchCorrection.id}`,
        beginField: async () => {
          const slug = String((await published()).slug);
          const correction = await ok('POST', `/api/admin/articles/${slug}/corrections`, { kind: 'clarification', text: 'To be reworded.' });
          ids.patchCorrection = { slug, id: Number(correction.id) };
        },
        fixture: () => ({}),
        stored: (field, value) => (field === 'text' ? value.replace(/\r\n?/g, '\n').trim() : value),
        publicCheck: async (field, value) => {
          const shown = [{ field, value, html: false }];
          await checkPage('PATCH …/corrections/{id}', `/fz-desk/${ids.patchCorrection.slug}/`, shown);
          await checkPage('PATCH …/corrections/{id}', '/corrections/', shown);
        },
      },
      'POST /api/admin/sections': {
        url: () => '/api/admin/sections', lanes: 4, fixture: (field) => ({ name: `Fuzz section ${++n}`, ...(field === 'slug' ? {} : { slug: nextTaxonomy('s') }) }),
        stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        publicCheck: async (field, value, json) => {
          const article = await linked({ sectionSlug: String(json.slug) });
          const shown = [{ field, value, html: false }];
          for (const url of [`/${String(json.slug)}/`, `/${String(json.slug)}/${article.slug}/`, '/api/v1/sections']) await checkPage('POST /api/admin/sections', url, shown);
        },
        // Sections are in every page's navigation: keep the list a realistic size.
        after: async (_field, json) => deleteQuietly(`/api/admin/sections/${encodeURIComponent(String(json.slug))}?reassignTo=${DESK}`),
      },
      'PATCH /api/admin/sections/{slug}': {
        url: () => `/api/admin/sections/${encodeURIComponent(ids.section)}`,
        beginField: async () => {
          ids.section = String((await ok('POST', '/api/admin/sections', { name: `Patched section ${++n}`, slug: nextTaxonomy('ps') })).slug);
          ids.sectionArticle = (await linked({ sectionSlug: ids.section })).slug;
        },
        fixture: () => ({}), stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        accepted: async (_field, json) => { ids.section = String(json.slug); },
        publicCheck: async (field, value) => {
          const shown = [{ field, value, html: false }];
          for (const url of [`/${ids.section}/`, `/${ids.section}/${ids.sectionArticle}/`, '/api/v1/sections']) await checkPage('PATCH /api/admin/sections/{slug}', url, shown);
        },
      },
      'POST /api/admin/tags': {
        url: () => '/api/admin/tags', lanes: 4, fixture: (field) => ({ name: `Fuzz tag ${++n}`, ...(field === 'slug' ? {} : { slug: nextTaxonomy('t') }) }),
        stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        publicCheck: async (field, value, json) => {
          const article = await linked({});
          await ctx.services.handle.db.insertInto('articleTags').values({ articleId: article.id, tagId: Number(json.id) }).execute();
          const shown = [{ field, value, html: false }];
          for (const url of [`/${DESK}/${article.slug}/`, `/tag/${String(json.slug)}/`, '/api/v1/tags']) await checkPage('POST /api/admin/tags', url, shown);
        },
        after: async (_field, json) => deleteQuietly(`/api/admin/tags/${encodeURIComponent(String(json.slug))}?force=true`),
      },
      'PATCH /api/admin/tags/{slug}': {
        url: () => `/api/admin/tags/${encodeURIComponent(ids.tag)}`,
        beginField: async () => {
          const article = await published({ tags: [`Patched tag ${++n}`] });
          ids.tag = String(((article.tags as Json[])[0] as Json).slug);
          ids.tagArticle = String(article.slug);
        },
        fixture: () => ({}), stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        accepted: async (_field, json) => { ids.tag = String(json.slug); },
        publicCheck: async (field, value) => {
          const shown = [{ field, value, html: false }];
          for (const url of [`/tag/${ids.tag}/`, `/${DESK}/${ids.tagArticle}/`]) await checkPage('PATCH /api/admin/tags/{slug}', url, shown);
        },
      },
      'POST /api/admin/tags/{slug}/merge': {
        url: () => `/api/admin/tags/${ids.mergeSource}/merge`,
        before: async () => {
          if (ids.mergeSource) return;
          ids.mergeSource = String((await ok('POST', '/api/admin/tags', { name: `Merge source ${++n}`, slug: nextTaxonomy('m') })).slug);
        },
        fixture: () => ({ into: 'fuzz-fixture' }), stored: () => null,
        accepted: async () => { ids.mergeSource = ''; },
      },
      'POST /api/admin/authors': {
        url: () => '/api/admin/authors', lanes: 4, fixture: (field) => ({ name: `Fuzz author ${++n}`, ...(field === 'slug' ? {} : { slug: nextTaxonomy('au') }) }),
        stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        publicCheck: async (field, value, json) => {
          const article = await linked({ authorSlugs: [String(json.slug)] });
          const shown = [{ field, value, html: false }];
          for (const url of [`/author/${String(json.slug)}/`, `/${DESK}/${article.slug}/`, '/api/v1/authors', `/api/v1/articles/${article.slug}`]) await checkPage('POST /api/admin/authors', url, shown);
        },
        after: async (_field, json) => deleteQuietly(`/api/admin/authors/${encodeURIComponent(String(json.slug))}?reassignTo=${WRITER}`),
      },
      'PATCH /api/admin/authors/{slug}': {
        url: () => `/api/admin/authors/${encodeURIComponent(ids.author)}`,
        beginField: async () => {
          ids.author = String((await ok('POST', '/api/admin/authors', { name: `Patched author ${++n}`, slug: nextTaxonomy('pa') })).slug);
          ids.authorArticle = (await linked({ authorSlugs: [ids.author] })).slug;
        },
        fixture: () => ({}), stored: (field, value) => (field === 'slug' ? value : trimmed(value)),
        accepted: async (_field, json) => { ids.author = String(json.slug); },
        publicCheck: async (field, value) => {
          const shown = [{ field, value, html: false }];
          for (const url of [`/author/${ids.author}/`, `/${DESK}/${ids.authorArticle}/`]) await checkPage('PATCH /api/admin/authors/{slug}', url, shown);
        },
      },
      'PUT /api/admin/settings': {
        url: () => '/api/admin/settings', fixture: () => ({ title: 'Fuzz Times', description: 'Fixture description.', language: 'en' }),
        publicCheck: async (field, value) => {
          const shown = [{ field, value, html: false }];
          for (const url of ['/', `/${DESK}/fz-sentinel/`, '/corrections/']) await checkPage('PUT /api/admin/settings', url, shown);
        },
        beginField: async () => { await ok('PUT', '/api/admin/settings', { title: 'Fuzz Times', description: 'Fixture description.', language: 'en' }); },
      },
      'POST /api/admin/users': {
        url: () => '/api/admin/users', lanes: 4,
        fixture: () => ({ email: `fz-user-${++n}@example.org`, name: 'Fuzz User', role: 'author', password: `fuzz passphrase ${n} harbour` }),
        // An accepted name or password costs an argon2 hash; emails, roles and author slugs are refused before it.
        strings: (field) => (field === 'name' || field === 'password' ? hashSample : HOSTILE),
        stored: (field, value) => (field === 'email' ? value.trim().toLowerCase() : field === 'password' ? null : value.trim()),
      },
      'PATCH /api/admin/users/{id}': {
        url: () => `/api/admin/users/${ids.user}`,
        beginField: async () => {
          if (!ids.user) ids.user = Number((await ok('POST', '/api/admin/users', { email: 'fz-target@example.org', name: 'Target', role: 'author', password: 'fuzz target passphrase' })).id);
        },
        strings: (field) => (field === 'password' ? hashSample : HOSTILE),
        fixture: () => ({}), stored: (field, value) => (field === 'password' ? null : value.trim()),
      },
      // The export names the address it searched for as it is stored: trimmed and lower-cased.
      'POST /api/admin/commenters/export': {
        url: () => '/api/admin/commenters/export', fixture: () => ({}), stored: (_field, value) => value.trim().toLowerCase(),
      },
      'PATCH /api/admin/media/{id}': {
        url: () => `/api/admin/media/${ids.media}`,
        beginField: async () => {
          if (ids.media) return;
          const upload = multipartBody([{ name: 'file', filename: 'fuzz.png', contentType: 'image/png', data: await makeImage(8, 8) }]);
          const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', headers: { ...upload.headers, cookie: adminCookie }, payload: upload.payload });
          expect(res.statusCode, res.body).toBe(201);
          ids.media = Number((res.json() as Json).id);
        },
        fixture: () => ({}),
      },
    };
  }

  /** The upload form's text parts (multipart, so not in the JSON schemas): each accepted upload decodes an image. */
  async function fuzzUploadForm(): Promise<void> {
    const image = await makeImage(8, 8);
    for (const field of ['alt', 'caption', 'credit']) {
      const started = Date.now();
      let accepted = 0;
      const strings = spreadSample(HOSTILE.filter((s) => s.value.length <= 5000), HASH_SAMPLE);
      for (const { value } of strings) {
        counts.requests++;
        const form = multipartBody([{ name: field, value }, { name: 'file', filename: 'fuzz.png', contentType: 'image/png', data: image }]);
        const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', headers: { ...form.headers, cookie: adminCookie }, payload: form.payload });
        const fail = (reason: string, at = 0) => failures.push({ route: 'POST /api/admin/media (multipart)', field, value, status: res.statusCode, reason, excerpt: excerpt(res.body, at) });
        inspectResponse(res, value, field, fail);
        if (res.statusCode !== 201) continue;
        accepted++;
        const stored = (res.json() as Json)[field];
        const sent = Buffer.from(value).toString('utf8').trim();
        if (stored !== sent) fail(`accepted but stored differently: sent ${show(sent)}, got back ${show(String(stored))}`);
      }
      perField.push(`POST /api/admin/media (multipart) ${field}: ${strings.length} strings, ${accepted} accepted, ${Date.now() - started} ms`);
    }
  }
});
