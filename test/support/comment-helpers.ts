import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CommentsService, CommentSubmission, SubmitOutcome } from '../../src/comments/index.ts';

/**
 * Steps shared by the end-to-end comment suites: posting through the "Leave a Reply" form the
 * way a browser does, and moderating through the Admin API.
 */

/** A form field and its value, in the order sent (a name may repeat, as in a real form post). */
export type FormFields = Record<string, string> | [string, string][];

/** How a test comment is posted. */
export interface PostOptions {
  /** Ask for JSON, as site.js does; otherwise a plain form post (the no-JavaScript path). */
  json?: boolean;
  /** The client address; the flood rule allows one comment per address per floodSeconds. */
  remoteAddress?: string;
  /** The site's origin, sent as the Origin header as a browser does (omit to send none). */
  origin?: string;
  /** A body sent as is instead of `fields` (raw bytes, or a hand-made encoding). */
  rawBody?: Buffer | string;
}

/** The signed form stamp in an article page's comment form. @throws when the page has no form */
export function readFormStamp(html: string): string {
  const stamp = /<input type="hidden" name="stamp" value="([^"]+)"/.exec(html)?.[1];
  if (!stamp) throw new Error('the page has no comment form stamp');
  return stamp;
}

/** Fetches an article page and returns its form stamp. */
export async function fetchFormStamp(app: FastifyInstance, articlePath: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: articlePath });
  if (res.statusCode !== 200) throw new Error(`GET ${articlePath} → ${res.statusCode}`);
  return readFormStamp(res.body);
}

/**
 * Percent-encodes one value as a browser encodes a form (UTF-8, space as `+`). A lone surrogate,
 * which no browser would send, becomes its three generalised UTF-8 bytes: invalid UTF-8, which
 * is exactly what a hostile client can send.
 */
export function encodeFormValue(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (/^[A-Za-z0-9*\-._]$/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map(percentByte).join('');
    } else out += [...Buffer.from(char, 'utf8')].map(percentByte).join('');
  }
  return out;
}

const percentByte = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** An application/x-www-form-urlencoded body. */
export function encodeForm(fields: FormFields): string {
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  return pairs.map(([name, value]) => `${encodeFormValue(name)}=${encodeFormValue(value)}`).join('&');
}

/** POSTs the comment form of the article at `articlePath` (which ends in `/`). */
export function postComment(app: FastifyInstance, articlePath: string, fields: FormFields, options: PostOptions = {}): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `${articlePath}comments`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(options.json ? { accept: 'application/json' } : { accept: 'text/html,application/xhtml+xml' }),
      ...(options.origin ? { origin: options.origin } : {}),
    },
    payload: options.rawBody ?? encodeForm(fields),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
}

/** The id of the comment a successful post created, from its 201 JSON or its 303 Location. */
export function postedCommentId(res: LightMyRequestResponse): number | null {
  if (res.statusCode === 201) return Number((res.json() as { id: number }).id);
  const location = res.statusCode === 303 ? String(res.headers.location ?? '') : '';
  const id = /#comment-(\d+)$/.exec(location)?.[1];
  return id ? Number(id) : null;
}

/** An n-th distinct private-range address, for spreading posts over the flood rule's per-address limit. */
export function clientAddress(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * Approves every pending comment through the Admin API as the user of `cookie` (a moderator or
 * above), page by page, and returns the ids approved.
 */
export async function approveAllPending(app: FastifyInstance, cookie: string): Promise<number[]> {
  const approved: number[] = [];
  for (;;) {
    const list = await app.inject({ method: 'GET', url: '/api/admin/comments?status=pending&perPage=100', headers: { cookie } });
    if (list.statusCode !== 200) throw new Error(`listing pending comments → ${list.statusCode} ${list.body.slice(0, 200)}`);
    const ids = (list.json() as { items: { id: number }[] }).items.map((c) => c.id);
    if (ids.length === 0) return approved;
    const bulk = await app.inject({ method: 'POST', url: '/api/admin/comments/bulk', headers: { cookie }, payload: { action: 'approve', ids } });
    if (bulk.statusCode !== 200) throw new Error(`bulk approve → ${bulk.statusCode} ${bulk.body.slice(0, 200)}`);
    const results = (bulk.json() as { results: { id: number; ok: boolean }[] }).results;
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) throw new Error(`bulk approve refused ${failed.length} comments: ${JSON.stringify(failed.slice(0, 3))}`);
    approved.push(...ids);
  }
}

/**
 * Submits the `n`-th reader comment of a test through the comments service, with the form stamp
 * the article's form would carry. Name, email and address differ for each `n` (the email also
 * at random), so each is a first-time commenter; `fields` overrides any of them.
 */
export async function submitReaderComment(comments: CommentsService, n: number, articleId: number, fields: Partial<CommentSubmission> = {}): Promise<SubmitOutcome> {
  const { formStamp } = await comments.view(articleId, 1);
  return comments.submit({
    articleId, parentId: null, name: `Reader ${n}`, email: `reader-${n}-${randomBytes(3).toString('hex')}@example.test`, website: '',
    text: `Comment number ${n}.`, honeypot: '', stamp: formStamp, ip: `198.51.100.${n % 250}`, userAgent: 'Mozilla/5.0 (Test)', ...fields,
  });
}
