import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PageCache } from '../../cache/index.ts';
import type { Clock } from '../../common/clock.ts';
import { serveDocument } from '../feeds/cached-document.ts';
import { sendNotFound } from '../site.routes.tsx';
import type { SiteService } from '../site.service.ts';
import { parseSitemapName, type SitemapService } from './sitemap.service.ts';

export interface SitemapRoutesOptions {
  sitemaps: SitemapService;
  /** For the 404 page. */
  site: SiteService;
  clock: Clock;
  /** null when page caching is off. */
  cache: PageCache | null;
}

/**
 * Nothing is written when an article turns 48 hours old, so no purge drops it from the news
 * sitemap; and a topic gets its page in a background sweep after the purge of the write that gave
 * it one. Those entries are keyed by the five minutes they were built in as well.
 */
const BUCKET_MS = 5 * 60_000;

const SitemapFileParams = Type.Object({ file: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

/** `/sitemap.xml`, `/sitemaps/*.xml`, `/news-sitemap.xml` and `/robots.txt`. */
export const sitemapRoutes: FastifyPluginAsyncTypebox<SitemapRoutesOptions> = async (app, { sitemaps, site, clock, cache }) => {
  const bucket = () => Math.floor(clock.now().getTime() / BUCKET_MS);

  app.get('/sitemap.xml', { schema: { hide: true } }, (request, reply) => serveDocument(request, reply, cache, `/sitemap.xml@${bucket()}`, () => sitemaps.index()));

  app.get('/sitemaps/:file', { schema: { params: SitemapFileParams, hide: true } }, async (request, reply) => {
    const name = parseSitemapName(request.params.file);
    if (name === null) return sendNotFound(request, reply, site);
    // An empty slice is not stored: the next article may fill it.
    const key = `/sitemaps/${request.params.file}${name.kind === 'topics' ? `@${bucket()}` : ''}`;
    const sent = await serveDocument(request, reply, cache, key, () => sitemaps.file(name));
    return sent ?? sendNotFound(request, reply, site);
  });

  app.get('/news-sitemap.xml', { schema: { hide: true } }, (request, reply) => serveDocument(request, reply, cache, `/news-sitemap.xml@${bucket()}`, () => sitemaps.news()));

  app.get('/robots.txt', { schema: { hide: true } }, (request, reply) => serveDocument(request, reply, cache, '/robots.txt', async () => sitemaps.robots()));
};
