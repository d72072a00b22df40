import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage } from '../cache/index.ts';

/** Browsers revalidate every view (a cheap 304); a CDN may keep a page briefly and serve it stale while refreshing. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=30';

type Encoding = 'br' | 'gzip' | 'identity';

/** Picks the best encoding the client accepts (q=0 means "not this one"). */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    if (refused) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === '*') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

/** Tags hold slugs, which may be Unicode; HTTP headers carry Latin-1 only, so each is percent-encoded. */
export function surrogateKey(tags: readonly string[]): string {
  return tags.map((tag) => encodeURIComponent(tag).replace(/%3A/g, ':')).join(' ');
}

/** If-None-Match may list several tags or be `*`; weak comparison, as RFC 9110 asks for GET. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/**
 * Renders-once work: compresses a page both ways and hashes it, for the cache. Brotli quality 6:
 * on an article page quality 9 took 20 times as long (6.9 ms against 0.34 ms) to save 0.2 %.
 */
export function buildCachedPage(html: string, tags: string[], status = 200): CachedPage {
  return buildCompressedResponse(Buffer.from(html, 'utf8'), tags, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': PAGE_CACHE_CONTROL,
  }, status);
}

/** Compresses a response body both ways once and hashes it; `headers` adds to the common ones. */
export function buildCompressedResponse(identity: Buffer, tags: string[], headers: Record<string, string>, status = 200): CachedPage {
  const etag = `W/"${createHash('sha1').update(identity).digest('base64url').slice(0, 27)}"`;
  return {
    status,
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    brotli: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    etag,
    tags,
    headers: {
      ...headers,
      ...(tags.length > 0 ? { 'surrogate-key': surrogateKey(tags) } : {}),
      vary: 'Accept-Encoding',
      etag,
    },
  };
}

/** Sends a cached page: 304 when the client has it, else the bytes in the encoding it accepts. */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  reply.headers(page.headers);
  if (matchesEtag(request.headers['if-none-match'], page.etag)) return reply.code(304).send();
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  reply.code(page.status);
  if (encoding === 'br') return reply.header('content-encoding', 'br').send(page.brotli);
  if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send(page.gzip);
  return reply.send(page.identity);
}

/** Sends a page rendered for this request only (cache off, or an error page). */
export function sendFreshPage(request: FastifyRequest, reply: FastifyReply, html: string, tags: string[], status = 200, personal = false): FastifyReply {
  const body = Buffer.from(html, 'utf8');
  reply.code(status).header('content-type', 'text/html; charset=utf-8').header('vary', 'Accept-Encoding');
  if (personal) reply.header('cache-control', 'private, no-store');
  else if (status === 200) reply.header('cache-control', PAGE_CACHE_CONTROL).header('surrogate-key', surrogateKey(tags));
  else reply.header('cache-control', 'no-store');
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  if (encoding === 'identity' || body.length < 1024) return reply.send(body);
  // Fast settings: this page is compressed for one response only.
  if (encoding === 'br') return reply.header('content-encoding', 'br').send(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }));
  return reply.header('content-encoding', 'gzip').send(gzipSync(body, { level: 6 }));
}
