import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from '../../cache/index.ts';
import { buildCompressedResponse, PAGE_CACHE_CONTROL, sendCachedPage } from '../page-response.ts';

/** A machine-read document (feed, sitemap, robots.txt) and the page-cache tags of what it shows. */
export interface MachineDocument { body: string; contentType: string; tags: string[] }

/**
 * Serves a document the way reader pages are served: from the page cache when it holds `key`,
 * else built, stored (unless a purge landed while it was built) and sent; compressed both ways and
 * with an ETag either way, so a feed reader's conditional GET costs a 304. Returns null, sending
 * nothing, when `build` finds no such document.
 */
export async function serveDocument(request: FastifyRequest, reply: FastifyReply, cache: PageCache | null, key: string, build: () => Promise<MachineDocument | null>) {
  const hit = cache?.get(key);
  if (hit) return sendCachedPage(request, reply, hit);
  const generation = cache?.generation ?? 0;
  const doc = await build();
  if (doc === null) return null;
  const page = buildCompressedResponse(Buffer.from(doc.body, 'utf8'), doc.tags, { 'content-type': doc.contentType, 'cache-control': PAGE_CACHE_CONTROL });
  if (cache && cache.generation === generation) cache.set(key, page);
  return sendCachedPage(request, reply, page);
}
