import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../src/content/article.schema.ts';
import { buildApp } from '../src/server/app.ts';
import { createTestServices, DIALECTS } from './support/db-matrix.ts';
import { buildArticle, buildAuthor, buildSection } from './support/factories.ts';

const SECTION = 'world';
const AUTHOR = 'ada-lovelace';
const TAG = 'harbour';
const ARTICLE = 'harbour-bridge-reopens';
const DRAFT = { slug: 'dlx-draft-story', headline: 'Secret draft headline dlx' };
const EMBARGOED = { slug: 'dlx-embargoed-story', headline: 'Embargoed headline dlx' };
const EVIL_HOST = 'evil-dlx.example';

const LIST_ROUTES = ['/', `/${SECTION}/`, `/tag/${TAG}/`, `/author/${AUTHOR}/`];
const READER_ROUTES = [...LIST_ROUTES, `/${SECTION}/${ARTICLE}/`, '/static/site.css', '/no-such-page/', `/${SECTION}`];
const API_ROUTES = ['/api/v1/articles', `/api/v1/articles/${ARTICLE}`, '/api/v1/sections', '/api/v1/tags', '/api/v1/authors',
  '/api/v1/openapi.json', `/api/v1/articles?section=${SECTION}&page=1&limit=5`, '/api/v1/nope'];
const SLUG = new RegExp(SLUG_PATTERN, 'u');

interface Probe {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string;
  /** The one status the requirement demands for this request, when it demands one. */
  expectStatus?: number;
  /** Markup that must never reach an HTML body unescaped. */
  danger?: string[];
  /** A host the request claimed, which must never be reflected. */
  hostileHost?: string;
}
interface HostileCase { kind: string; probes: Probe[] }
interface Failure { kind: string; probe: Probe; status: number | string; reasons: string[]; excerpt: string }

// ---- deterministic generation ----------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCases(seed: number): HostileCase[] {
  const rng = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(rng() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const cases: HostileCase[] = [];
  const add = (kind: string, ...probes: Probe[]) => cases.push({ kind, probes });
  const get = (url: string, extra: Partial<Probe> = {}): Probe => ({ method: 'GET', url, ...extra });

  /** A reader and an API request that carry `segment` as a path segment. */
  const pathProbes = (segment: string, extra: Partial<Probe> = {}): Probe[] => {
    const contained = isSelfContained(segment);
    const readerTemplates: [string, number | undefined][] = [
      [`/${segment}/`, contained ? 404 : undefined], [`/${SECTION}/${segment}/`, contained ? 404 : undefined],
      [`/tag/${segment}/`, contained ? 404 : undefined], [`/author/${segment}/`, contained ? 404 : undefined],
      [`/static/${segment}`, undefined], [`/${segment}`, undefined],
    ];
    const [readerUrl, readerStatus] = pick(readerTemplates);
    const apiTemplates: [string, number | undefined][] = [
      [`/api/v1/articles/${segment}`, slugParamStatus(segment)], [`/api/v1/${segment}`, undefined],
    ];
    const [apiUrl, apiStatus] = pick(apiTemplates);
    return [get(readerUrl, { ...extra, expectStatus: readerStatus }), get(apiUrl, { ...extra, expectStatus: apiStatus })];
  };

  /** A reader and an API request that carry `value` (already in URL form) in the query string. */
  const queryProbes = (value: string, extra: Partial<Probe> = {}): Probe[] => {
    const filter = pick(['section', 'tag', 'author']);
    return [
      get(`${pick(LIST_ROUTES)}?${pick(['utm_source', 'q', 'ref', 'page'])}=${value}`, extra),
      get(`/api/v1/articles?${filter}=${value}`, { ...extra, expectStatus: filterValueStatus(value) }),
    ];
  };
  const placed = (value: string, extra: Partial<Probe> = {}) => (rng() < 0.5 ? pathProbes(value, extra) : queryProbes(value, extra));

  // Path traversal, raw and encoded (raw dot segments are resolved by the client, as a browser would).
  const dots = ['../', '..%2f', '..%2F', '%2e%2e%2f', '%2E%2E%2F', '%2e%2e/', '..%c0%af', '..%C0%AF', '..%5c', '..\\',
    '%252e%252e%252f', '....//', '..;/', '.%2e/', '%c0%ae%c0%ae/', '..%00/', '..%u2216', '%uff0e%uff0e%u2215', '..%255c'];
  const targets = ['etc/passwd', 'package.json', 'src/server/app.ts', '.env', 'windows/win.ini', 'proc/self/environ',
    'dateline.sqlite', 'node_modules/fastify/package.json', '.git/config'];
  for (let i = 0; i < 110; i++) {
    const segment = pick(dots).repeat(int(1, 8)) + pick(targets);
    add('path-traversal', get(`/static/${segment}`), ...pathProbes(segment));
  }

  // Invalid UTF-8 and malformed percent-encoding.
  const badBytes = ['%C0%AF', '%FF', '%FE', '%E2%82', '%ED%A0%80', '%ED%BF%BF', '%ED%B0%80', '%F8%88%80%80%80', '%C3', '%80',
    '%BF', '%F4%90%80%80', '%EF%BF%BE', '%C1%81', '%E0%80%AF', '%F0%80%80%AF', '%', '%%', '%G0', '%2', '%u0041', '%ZZ',
    '%C3%28', '%E2%28%A1', '%%30%30', '%25%', '%FC%80%80%80%80%AF'];
  for (let i = 0; i < 170; i++) {
    let value = pick(['harbour', 'news', 'a', 'world-news', '1', '']);
    for (let n = int(1, 3); n > 0; n--) {
      const at = int(0, value.length);
      value = value.slice(0, at) + pick(badBytes) + value.slice(at);
    }
    add('invalid-utf8', ...placed(value));
  }

  // Overlong segments and values (1k-20k characters).
  const units = ['a', 'ab-', '%41', '%C3%A9', 'é', '😀', '9', '%2F', 'x/', '../'];
  for (let i = 0; i < 70; i++) {
    const unit = pick(units);
    const value = unit.repeat(Math.ceil(int(1000, 20000) / unit.length));
    const where = pick(['path', 'query', 'page', 'limit']);
    if (where === 'path') add('overlong', ...pathProbes(value));
    else if (where === 'query') add('overlong', ...queryProbes(value));
    else {
      const digits = '9'.repeat(int(1000, 20000));
      add('overlong', get(`${pick(LIST_ROUTES)}?page=${digits}`, { expectStatus: 404 }), get(`/api/v1/articles?${where}=${digits}`, { expectStatus: 400 }));
    }
  }

  // Null bytes, control characters and CRLF (header injection through redirects).
  const controls = ['%00', '\u0000', '%01', '%07', '%08', '%0B', '%0C', '%1B', '%1B[31m', '%7F', '\u0007', '\u001b[2J', '%0D%0A',
    '%0D%0ASet-Cookie:%20dlx=1', '%0ALocation:%20http://evil-dlx.example', '\r\nX-Injected: 1', '%E2%80%A8', '%C2%85', '%00.css'];
  for (let i = 0; i < 110; i++) {
    const base = pick(['harbour', SECTION, ARTICLE, 'site.css', 'x']);
    const at = int(0, base.length);
    add('control-chars', ...placed(base.slice(0, at) + pick(controls) + base.slice(at)));
  }

  // Unicode oddities: bidi overrides, emoji, BOM, combining marks, look-alikes, non-characters.
  const unicode = ['\u202E', '%E2%80%AE', '\u202Egnp.exe', '😀', '%F0%9F%98%80', '👨‍👩‍👧', '%EF%BB%BF', 'e\u0301', 'İ', 'ı',
    '／', '%EF%BC%8F', 'ｈａｒｂｏｕｒ', 'һarbour', '٣', '\uFFFD', '%EF%BF%BF', 'ﬀ', 'ß', 'Ω', '\u200B', '\u2028', '\u0085',
    '%F3%A0%80%81', 'WORLD', 'Harbour'];
  for (let i = 0; i < 110; i++) {
    const base = pick(['harbour', SECTION, 'ada-lovelace', ARTICLE]);
    const at = int(0, base.length);
    add('unicode', ...placed(base.slice(0, at) + pick(unicode) + base.slice(at)));
  }

  // SQL injection fragments.
  const sql = ["' OR 1=1--", "' OR '1'='1", "1' OR '1'='1' -- ", "'; DROP TABLE articles;--", '; DROP TABLE articles',
    '1; DELETE FROM articles', "' UNION SELECT headline, body_html FROM articles--", '" OR ""="', "admin'--", "') OR ('1'='1",
    '1 AND SLEEP(5)', '1; SELECT pg_sleep(5)--', "' || (SELECT status FROM articles LIMIT 1) || '", "%' OR slug LIKE '%",
    "\\'; --", "1' ORDER BY 99--", "' AND 1=CAST((SELECT version()) AS int)--", "'; UPDATE articles SET status='draft'--",
    '1)) OR ((1=1', "' OR sqlite_version() NOT NULL--", '$1', ':slug', "' COLLATE NOCASE--", "\u0000' OR 1=1", `${ARTICLE}' OR '1'='1`];
  for (let i = 0; i < 140; i++) {
    const fragment = pick(sql);
    add('sql-injection', ...placed(rng() < 0.7 ? encodeURIComponent(fragment) : fragment.replace(/[#?/]/g, encodeURIComponent)));
  }

  // XSS payloads, each with a unique marker and the markup that must never come back unescaped.
  for (let i = 0; i < 140; i++) {
    const m = `dlx${i}`;
    const [payload, danger] = pick<[string, string[]]>([
      [`<script>alert('${m}')</script>`, [`<script>alert('${m}')`]],
      [`"><img src=x onerror=alert('${m}')>`, [`<img src=x onerror=alert('${m}')`]],
      [`'><svg/onload=alert('${m}')>`, [`<svg/onload=alert('${m}')`]],
      [`</title><script>alert('${m}')</script>`, [`</title><script>alert('${m}')`]],
      [`javascript:alert('${m}')`, []],
      [`<iframe src=javascript:alert('${m}')>`, [`<iframe src=javascript:alert('${m}')`]],
      [`<a href="x" onmouseover="alert('${m}')">x</a>`, [`onmouseover="alert('${m}')"`]],
      [`<ScRiPt>alert('${m}')</sCrIpT>`, [`<ScRiPt>alert('${m}')`]],
      [`<<script>alert('${m}');//<</script>`, [`<script>alert('${m}')`]],
      [`<meta http-equiv=refresh content=0;url=//${m}.example>`, [`<meta http-equiv=refresh content=0;url=//${m}`]],
      [`</script><script>alert('${m}')</script>`, [`</script><script>alert('${m}')`]],
    ]);
    const encoding = pick(['encoded', 'encoded', 'double', 'raw']);
    const value = encoding === 'raw' ? payload.replace(/[#?/]/g, encodeURIComponent)
      : encoding === 'double' ? encodeURIComponent(encodeURIComponent(payload)) : encodeURIComponent(payload);
    const where = pick(['path', 'query', 'header']);
    if (where === 'header') {
      const header = pick(['referer', 'user-agent', 'accept-language', 'host', 'x-forwarded-host']);
      add('xss', get(pick(READER_ROUTES), { headers: { [header]: payload }, danger }), get(pick(API_ROUTES), { headers: { [header]: payload }, danger }));
    } else add('xss', ...(where === 'path' ? pathProbes(value, { danger }) : queryProbes(value, { danger })));
  }

  // page and limit values: never an in-range integer (strict) or another spelling of one (lenient).
  const strictNumbers = ['-1', '0', '-0', '-99999999999', '1e9', '1E9', '99999999999999999999', '100001', '1000000', '1.5', '0.5',
    '-1.5', 'abc', '1abc', 'abc1', 'NaN', 'Infinity', '-Infinity', '%2BInfinity', '1e400', '-1e400', '1e309', '1.7976931348623159e308',
    'null', 'undefined', 'true', 'false', '[]', '{}', '%00', '1%00', '%20', '', '%FF', '%E2%82', '１', '٣', '1,2', '1;2', '2-1', '1/1',
    '--1', '0x', 'e5', '9007199254740993', '-9223372036854775809', '1e-5', '1.0000001', '%2d1', '1_000', '0x1p3', '%0A', '1%0A2'];
  const lenientNumbers = ['0x10', '0X1', '0b1', '0o7', '1e3', '1E2', '%2B1', '%201', '1%20', '1.0', '01', '0001', '1e0', '100000', '99999'];
  for (const v of strictNumbers) {
    add('page-value', ...LIST_ROUTES.map((route) => get(`${route}?page=${v}`, { expectStatus: 404 })), get(`/api/v1/articles?page=${v}`, { expectStatus: 400 }));
    add('limit-value', get(`/api/v1/articles?limit=${v}`, { expectStatus: 400 }), get(`/api/v1/articles?section=${SECTION}&page=1&limit=${v}`, { expectStatus: 400 }),
      get(`${pick(LIST_ROUTES)}?limit=${v}`));
  }
  for (const v of ['101', '1000', '-100']) add('limit-value', get(`/api/v1/articles?limit=${v}`, { expectStatus: 400 }), get(`${pick(LIST_ROUTES)}?limit=${v}`));
  for (const v of lenientNumbers) add('page-value', get(`${pick(LIST_ROUTES)}?page=${v}`), get(`/api/v1/articles?page=${v}&limit=${v}`));
  const forms: [string, number | undefined, number | undefined][] = [
    ['page=1&page=2', 400, 404], ['page=2&page=2', 400, 404], ['page=1&page=', 400, 404], ['page=&page=1', 400, 404],
    ['page[]=1', 400, undefined], ['page[0]=1', 400, undefined], ['page[a]=1', 400, undefined], ['page=1&page[]=2', 400, undefined],
    ['page.x=1', 400, undefined], ['page', 400, 404], ['page==1', 400, 404], ['page=1=2', 400, 404], ['page=1;page=2', 400, 404],
    ['page%5B%5D=1', 400, undefined], ['pa%00ge=1', 400, undefined], ['page=1%26page%3D2', 400, 404], ['=1', undefined, undefined],
    ['&&&page=2&&&', undefined, undefined], ['limit=1&limit=2', 400, undefined], ['limit[]=5', 400, undefined], ['limit', 400, undefined],
    ['page=1&limit=1&page=1&limit=1', 400, 404], [`page=${'1&page='.repeat(500)}1`, 400, 404]];
  for (const [query, apiStatus, readerStatus] of forms) {
    add('duplicated-param', ...LIST_ROUTES.map((route) => get(`${route}?${query}`, { expectStatus: readerStatus })),
      get(`/api/v1/articles?${query}`, { expectStatus: apiStatus }));
  }

  // Unknown API filters (the list endpoint takes only section, tag, author, page and limit).
  const unknown = ['foo', 'sort', 'order', 'orderBy', 'status', 'include', 'includeDrafts', 'preview', 'draft', 'q', 'search', 'fields',
    'expand', 'sectionId', 'id', 'slug', 'where[status]', 'filter[status]', 'status[]', 'section[]', 'tag[]', 'author[]', '__proto__',
    '__proto__[status]', 'constructor[prototype][status]', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$where', '$ne',
    'section[$ne]', 'page%20', 'PAGE', 'Page', 'LIMIT', 'utm_source', 'callback', 'jsonp', '_method', 'format', 'offset', 'cursor',
    'per_page', 'pageSize', 'section%00'];
  for (const name of unknown) {
    const value = pick(['draft', '1', '', 'x', 'true', '%27', '%3Cx%3E', 'published', '*', 'scheduled', DRAFT.slug]);
    add('unknown-filter', get(`/api/v1/articles?${name}=${value}`, { expectStatus: 400 }),
      get(`/api/v1/articles?section=${SECTION}&${name}=${value}&page=1`, { expectStatus: 400 }), get(`${pick(LIST_ROUTES)}?${name}=${value}`));
  }
  for (const suffix of ['', '?preview=1', '?status=draft', '%00', '%20', ';', '.json', '/..%2f', '?page=1&draft=1', `%2f..%2f${ARTICLE}`]) {
    for (const slug of [DRAFT.slug, EMBARGOED.slug]) {
      add('unpublished-probe', get(`/api/v1/articles/${slug}${suffix}`), get(`/${SECTION}/${slug}/${suffix}`));
    }
  }

  // Double and encoded slashes, including protocol-relative paths that must never become an open redirect.
  const slashes = ['//', '///', `//${EVIL_HOST}/`, `//${EVIL_HOST}`, `/%2f%2f${EVIL_HOST}`, `/%2F%2F${EVIL_HOST}/`, `/%5c%5c${EVIL_HOST}`,
    `/%5C/${EVIL_HOST}`, `/\\/${EVIL_HOST}`, `/%09/${EVIL_HOST}`, `/.//${EVIL_HOST}`, `//${SECTION}/`, `/${SECTION}//`, `/${SECTION}//${ARTICLE}/`,
    `/${SECTION}%2f${ARTICLE}/`, `/${SECTION}%2F${ARTICLE}`, `/tag%2f${TAG}/`, `/tag//${TAG}/`, `/author%2F${AUTHOR}/`, '/static//site.css',
    '/static%2fsite.css', '/static/%2fetc%2fpasswd', '/static/%2e%2e%2fpackage.json', '/api//v1/articles', '/api/v1//articles',
    '/api/v1/articles//', `/api/v1/articles/%2f${ARTICLE}`, `/api/v1/articles%2f${ARTICLE}`, '/api%2fv1/articles', '//api/v1/articles',
    '/%2fapi/v1/articles', '/api/v1/articles/..%2f..%2fsections', `/${SECTION}/%2e%2e/`, '/%2e/', `/%2e%2e/${SECTION}/`, '/api/v1/./articles'];
  for (const base of slashes) {
    for (const suffix of ['', '/', '?page=1', `?next=//${EVIL_HOST}`, '%00', '?page=-1']) add('slashes', get(base + suffix));
  }

  // Very long query strings.
  for (let i = 0; i < 45; i++) {
    const n = int(500, 5000);
    const [query, apiStatus] = pick<[() => string, number | undefined]>([
      [() => Array.from({ length: n }, (_, k) => `a${k}=x`).join('&'), 400],
      [() => `q=${'x'.repeat(n * 12)}`, 400],
      [() => `${'a['.repeat(n / 10)}${']'.repeat(n / 10)}=1`, 400],
      [() => '&'.repeat(n * 4), undefined],
      [() => `utm_source=${'%25'.repeat(n)}`, 400],
      [() => `section=${SECTION}&${'page=1&'.repeat(n / 5)}`, 400],
      [() => Array.from({ length: n }, () => '__proto__[x]=1').join('&'), 400],
    ]);
    const q = query();
    add('long-query', get(`${pick(LIST_ROUTES)}?${q}`), get(`/api/v1/articles?${q}`, { expectStatus: apiStatus }));
  }

  // Odd methods on every route, with and without hostile bodies.
  const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'SEARCH', 'PURGE', 'LOCK', 'MKCOL'];
  for (const method of methods) for (const url of [...READER_ROUTES, ...API_ROUTES]) add('odd-method', { method, url });
  const bodies: [string, string][] = [
    ['application/json', '{"status":"published","headline":"pwned dlx"}'], ['application/json', '{"a":'], ['application/json', '{"__proto__":{"x":1}}'],
    ['application/x-www-form-urlencoded', 'status=draft&headline=%3Cscript%3E'], ['text/plain', "'; DROP TABLE articles;--"],
    ['multipart/form-data', '--x\r\n\r\n'], ['klingon/x; charset=tlh', 'zz'], ['application/json; charset=utf-7', '{}'], ['', 'x'.repeat(2048)],
  ];
  for (let i = 0; i < 70; i++) {
    const [type, payload] = pick(bodies);
    const headers: Record<string, string> = type ? { 'content-type': type } : {};
    add('odd-method', { method: pick(['POST', 'PUT', 'PATCH', 'DELETE']), url: pick([...READER_ROUTES, ...API_ROUTES]), headers, payload });
  }
  add('odd-method', { method: 'POST', url: '/api/v1/articles', headers: { 'content-type': 'application/json' }, payload: `"${'x'.repeat(1_100_000)}"` },
    { method: 'PUT', url: `/${SECTION}/`, headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(1_100_000) });

  // Weird headers.
  const headerSets: Record<string, string>[] = [
    ...['gzip;q=abc', 'br;q=-1', '*;q=NaN', 'br;q=1e999, gzip;q=-1', 'x'.repeat(10000), 'gzip,'.repeat(2000), ',,,,', ';;;', 'identity;q=0',
      'identity;q=0, *;q=0', 'br;q=0, gzip;q=0', 'deflate', 'compress', 'zstd', 'BR', 'GZIP;Q=0', 'gzip;q=0.0000', 'gzip; q=0.001', 'ÿþ',
      'br, br, br', '*', 'gzip, deflate, br, zstd;q=1.5', 'gzip;q=', '=;q'].map((v) => ({ 'accept-encoding': v })),
    ...['*', 'W/"', '"', 'W/"abc"', '"ÿ"', 'x'.repeat(8000), 'W/"a", W/"b", *', "<script>alert('dlx')</script>", "' OR 1=1--", 'null',
      'W/""', ', , ,'].map((v) => ({ 'if-none-match': v, 'accept-encoding': pick(['gzip', 'br', 'identity', '']) })),
    ...['Wed, 99 Foo 9999 99:99:99 GMT', '-1', '0', 'x'.repeat(5000)].map((v) => ({ 'if-modified-since': v })),
    ...[EVIL_HOST, `${EVIL_HOST}:443`, `news.example.test@${EVIL_HOST}`, 'news.example.test:99999', '[::1', '[::1]:80', '', ' ',
      `${'a'.repeat(4096)}.${EVIL_HOST}`, `${EVIL_HOST}/../`, `${EVIL_HOST}\tx`, `\u202E${EVIL_HOST}`, `localhost%00.${EVIL_HOST}`, '127.0.0.1', '0']
      .map((v) => ({ host: v })),
    { 'x-forwarded-host': EVIL_HOST }, { forwarded: `host=${EVIL_HOST};proto=javascript` }, { 'x-forwarded-proto': 'javascript' },
    { 'x-original-url': '/api/v1/articles?page=-1' }, { 'x-rewrite-url': `/${DRAFT.slug}/` }, { 'x-http-method-override': 'DELETE' },
    { accept: 'text/html;q=garbage, */*;q=-1' }, { accept: 'application/json' }, { 'accept-language': 'x'.repeat(5000) },
    { 'accept-language': "''; DROP TABLE articles;--" }, { cookie: `${'a=b; '.repeat(1000)}` }, { 'user-agent': '\u0000\u202E' },
    { 'content-type': 'application/json' }, { 'content-type': 'multipart/form-data; boundary=' }, { referer: 'javascript:alert(1)' },
  ];
  for (const headers of headerSets) {
    const hostileHost = Object.values(headers).some((v) => v.includes(EVIL_HOST)) ? EVIL_HOST : undefined;
    for (let n = 0; n < 2; n++) add('weird-headers', get(pick(READER_ROUTES), { headers, hostileHost }), get(pick(API_ROUTES), { headers, hostileHost }));
  }
  // A URL the WHATWG parser rejects (a NUL in a host) never leaves a real client, so it is not a case.
  return cases.map((c) => ({ ...c, probes: c.probes.filter((p) => URL.canParse(p.url, 'http://localhost')) })).filter((c) => c.probes.length > 0);
}

/** True when the segment stays one path segment after the client normalises the URL. */
function isSelfContained(segment: string): boolean {
  return /^[^/\\?#\t\n\r]+$/.test(segment) && !/^(?:\.|%2e){1,2}$/i.test(segment);
}

/** 400 when `/api/v1/articles/{segment}` carries a slug that is malformed, overlong or badly encoded. */
function slugParamStatus(segment: string): number | undefined {
  if (!isSelfContained(segment)) return undefined;
  const value = strictDecode(segment);
  return value === null || value.length > 120 || !SLUG.test(value) ? 400 : undefined;
}

/** 400 when a section/tag/author filter value can never be a slug. */
function filterValueStatus(value: string): number | undefined {
  if (/[#&]/.test(value)) return undefined;
  const decoded = strictDecode(value.replace(/\+/g, ' '));
  return decoded === null || decoded.length > 120 || !SLUG.test(decoded) ? 400 : undefined;
}

function strictDecode(value: string): string | null {
  try { return decodeURIComponent(value); } catch { return null; }
}

function lenientDecode(value: string): string {
  return value.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try { return decodeURIComponent(run); } catch { return Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1'); }
  });
}

// ---- response checks -------------------------------------------------------------------------

const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat\s+(?:[^\s()]+\s+\()?(?:file:\/\/)?[^\s()"<>]*\.(?:ts|tsx|js|mjs|cjs):\d+/],
  ['node_modules path', /node_modules/],
  ['error with stack', /\b\w*Error:[^\n]*\n\s*at\s/],
  ['error class name', /\b(?:SqliteError|DatabaseError|TypeError|ReferenceError|RangeError|SyntaxError)\b/],
  ['source path', /file:\/\/|\/src\/[\w\-/]+\.tsx?\b/],
  ['SQLite error', /SQLITE_[A-Z]/],
  ['PostgreSQL error', /syntax error at or near|relation "[^"]+" does not exist|invalid input syntax for/i],
  ['SQL text', /\bselect\s/i],
  ['file contents', /root:x:0:0|"allowScripts"|"devDependencies"|SQLite format 3|\[boot loader\]|export async function buildApp|\[core\]\s*repositoryformatversion/],
  ['unpublished headline', new RegExp(`${DRAFT.headline}|${EMBARGOED.headline}`)],
  ['unpublished slug', new RegExp(`${DRAFT.slug}|${EMBARGOED.slug}`)],
];
const ERROR_PAGE = /class="error-status">404</;

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function decodeBody(response: LightMyRequestResponse): string {
  const encoding = String(response.headers['content-encoding'] ?? '');
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
  if (encoding === 'deflate') return inflateSync(response.rawPayload).toString('utf8');
  return response.rawPayload.toString('utf8');
}

function hasJsonError(body: string): boolean {
  let parsed: unknown;
  try { parsed = JSON.parse(body); } catch { return false; }
  if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return false;
  const error: unknown = parsed.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error
    && typeof error.code === 'string' && error.code.length > 0 && typeof error.message === 'string' && error.message.length > 0;
}

/** Every reason this response breaks the hostile-input contract (empty when it holds). */
function inspect(probe: Probe, response: LightMyRequestResponse): { reasons: string[]; body: string } {
  // The client resolves dot segments first, so `/api/v1/../x` reaches the server as the reader URL `/x`.
  const received = response.raw.req.url ?? probe.url;
  const reasons: string[] = [];
  const status = response.statusCode;
  const type = String(response.headers['content-type'] ?? '');
  const location = String(response.headers.location ?? '');
  let body = '';
  try { body = decodeBody(response); } catch { reasons.push(`body does not decode as ${String(response.headers['content-encoding'])}`); }
  const sent = [probe.url, lenientDecode(probe.url), lenientDecode(lenientDecode(probe.url)), ...Object.values(probe.headers ?? {}), probe.payload ?? ''].join('\n');
  const api = isApiUrl(received);
  const bodyless = probe.method === 'HEAD' || status === 304 || (status >= 300 && status < 400);

  if (status >= 500) reasons.push(`status ${status}`);
  if (probe.expectStatus !== undefined && status !== probe.expectStatus) reasons.push(`expected ${probe.expectStatus}, got ${status}`);
  for (const [name, pattern] of LEAKS) {
    const match = pattern.exec(body);
    if (match && !pattern.test(sent)) reasons.push(`${name} leaked: ${JSON.stringify(body.slice(Math.max(0, match.index - 40), match.index + 80))}`);
  }
  if (response.headers['set-cookie'] !== undefined) reasons.push('sets a cookie');
  for (const [name, value] of Object.entries(response.headers)) if (/[\r\n]/.test(String(value))) reasons.push(`header ${name} carries CR/LF`);
  if (!['GET', 'HEAD', 'OPTIONS'].includes(probe.method) && status < 300) reasons.push(`${probe.method} accepted with ${status}`);
  if (status >= 300 && status < 400 && status !== 304) {
    if (!/^\/(?![/\\])/.test(location) || /[\u0000-\u001f]/.test(location)) reasons.push(`redirect leaves the site: ${JSON.stringify(location)}`);
  }
  if (probe.hostileHost && (body.includes(probe.hostileHost) || location.includes(probe.hostileHost))) reasons.push('reflects the request Host');

  if (api) {
    if (!bodyless && !type.startsWith('application/json')) reasons.push(`API answered ${type || 'no content type'}`);
    if (status >= 400 && status < 500 && probe.method !== 'HEAD' && !hasJsonError(body)) reasons.push('API 4xx without { error: { code, message } }');
  } else if (probe.method === 'GET' || probe.method === 'HEAD') {
    if (status >= 400 && status < 500 && status !== 404) reasons.push(`reader route answered ${status}, not the 404 page`);
    if (status === 404 && probe.method === 'GET' && (!type.startsWith('text/html') || !ERROR_PAGE.test(body))) reasons.push('reader 404 is not the HTML 404 page');
    if (status >= 300 && status < 400 && ![301, 308].includes(status) && !(status === 304 && probe.headers?.['if-none-match'])) reasons.push(`reader route answered ${status}`);
  }
  if (type.startsWith('text/html')) {
    for (const fragment of probe.danger ?? []) if (body.includes(fragment)) reasons.push(`unescaped input in HTML: ${fragment}`);
    if (/\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(body)) reasons.push('javascript: URL in HTML');
  }
  return { reasons, body };
}

function formatFailures(dialect: string, failures: Failure[], requests: number): string {
  const byReason = new Map<string, number>();
  const firstOfEach = new Set<Failure>();
  for (const f of failures) {
    for (const r of f.reasons) {
      const key = `${f.kind}: ${r.replace(/:.*$/s, '')}`;
      if (!byReason.has(key)) firstOfEach.add(f);
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
  }
  const summary = [...byReason].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`).join('\n');
  // One example of every class and reason first, so a single run shows each distinct problem.
  const ordered = [...firstOfEach, ...failures.filter((f) => !firstOfEach.has(f))];
  const shown = ordered.slice(0, 20).map((f, i) => {
    const url = f.probe.url.length > 160 ? `${f.probe.url.slice(0, 160)}…(${f.probe.url.length} chars)` : f.probe.url;
    const headers = f.probe.headers ? ` headers=${JSON.stringify(f.probe.headers).slice(0, 120)}` : '';
    return `${i + 1}. [${f.kind}] ${f.probe.method} ${url}${headers}\n   → ${f.status}: ${f.reasons.join('; ')}\n   body: ${f.excerpt}`;
  }).join('\n');
  return `${failures.length} of ${requests} hostile requests broke the contract on ${dialect}\nBy class and reason:\n${summary}\n${Math.min(20, failures.length)} offending requests (one per class and reason first):\n${shown}\n`;
}

// ---- the run ---------------------------------------------------------------------------------

describe.each(DIALECTS)('hostile paths, query strings, methods and headers on %s', (dialect) => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    services = await createTestServices(dialect);
    await buildSection(services.writer, { slug: SECTION, name: 'World' });
    await buildAuthor(services.writer, { slug: AUTHOR, name: 'Ada Lovelace' });
    const base = { sectionSlug: SECTION, authorSlugs: [AUTHOR] };
    await buildArticle(services.writer, { ...base, slug: ARTICLE, headline: 'Harbour bridge reopens', tags: ['Harbour', 'Bridge'] });
    await buildArticle(services.writer, { ...base, ...DRAFT, status: 'draft', publishedAt: null, tags: ['Harbour'] });
    await buildArticle(services.writer, { ...base, ...EMBARGOED, status: 'scheduled', publishedAt: '2027-06-01T00:00:00.000Z', tags: ['Harbour'] });
    app = await buildApp(services);
  });

  afterAll(async () => {
    await app?.close();
    await services?.close();
  });

  async function storedState(): Promise<{ rows: Record<string, string[]>; pages: Record<string, string> }> {
    const db = services.handle.db;
    const tables = ['sections', 'authors', 'tags', 'articles', 'articleAuthors', 'articleTags', 'slugHistory', 'siteSettings'] as const;
    const rows: Record<string, string[]> = {};
    for (const table of tables) rows[table] = (await db.selectFrom(table).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
    const pages: Record<string, string> = {};
    for (const url of [...LIST_ROUTES, `/${SECTION}/${ARTICLE}/`, `/api/v1/articles/${ARTICLE}`, '/api/v1/articles', '/api/v1/tags']) {
      const response = await app.inject({ method: 'GET', url });
      pages[url] = `${response.statusCode} ${response.body}`;
    }
    return { rows, pages };
  }

  it('answers every generated hostile request with a 4xx page or JSON error, never a 5xx or a leak, and changes no stored data', async () => {
    const cases = generateCases(0xda7e11e);
    const probes = cases.flatMap((c) => c.probes.map((probe) => ({ kind: c.kind, probe })));
    expect(cases.length).toBeGreaterThanOrEqual(1200);
    expect(probes.length).toBeGreaterThanOrEqual(2000);
    const before = await storedState();
    expect(before.pages[`/${SECTION}/${ARTICLE}/`]).toMatch(/^200 <!DOCTYPE html>/);
    expect(before.pages[`/api/v1/articles/${ARTICLE}`]).toMatch(/^200 \{"id":/);

    const failures: Failure[] = [];
    for (const { kind, probe } of probes) {
      let response: LightMyRequestResponse;
      try {
        response = await app.inject({ method: probe.method, url: probe.url, headers: probe.headers, payload: probe.payload });
      } catch (error) {
        failures.push({ kind, probe, status: 'threw', reasons: [`inject threw ${String(error)}`], excerpt: '' });
        continue;
      }
      const { reasons, body } = inspect(probe, response);
      if (reasons.length > 0) {
        failures.push({ kind, probe, status: response.statusCode, reasons, excerpt: JSON.stringify(body.replace(/\s+/g, ' ').slice(0, 240)) });
      }
    }

    expect.soft(failures.length, formatFailures(dialect, failures, probes.length)).toBe(0);
    expect(await storedState()).toEqual(before);
  }, 600_000);
});
