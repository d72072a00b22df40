import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from '../../cache/index.ts';
import { isAppError } from '../../common/app-error.ts';
import type { TaxonomyKind } from '../../content/index.ts';
import { SectionParams, SlugParams } from '../site.schema.ts';
import type { SiteService } from '../site.service.ts';
import { serveDocument } from './cached-document.ts';
import type { FeedFormat } from './feed-builder.ts';
import { feedPaths, subjectPath, type FeedService, type FeedSubject } from './feed.service.ts';

export interface FeedRoutesOptions {
  feeds: FeedService;
  /** For the new address of a renamed or merged section, tag or author. */
  site: SiteService;
  /** null when page caching is off. */
  cache: PageCache | null;
}

/** Each format's path under a list page's path (`/` for the site's own feeds). */
const SUFFIXES: [FeedFormat, string][] = [['rss', 'feed/'], ['atom', 'feed/atom/'], ['json', 'feed.json']];
const MISSING = new Set(['CONTENT_SECTION_NOT_FOUND', 'CONTENT_TAG_NOT_FOUND', 'CONTENT_AUTHOR_NOT_FOUND', 'TOPICS_NOT_FOUND']);

/**
 * RSS, Atom and JSON Feed for the site (`/feed/`, `/feed/atom/`, `/feed.json`) and for each
 * section, tag, author and topic (the same below `/{section}/`, `/tag/{slug}/`, `/author/{slug}/`,
 * `/topic/{slug}/`).
 */
export const feedRoutes: FastifyPluginAsyncTypebox<FeedRoutesOptions> = async (app, { feeds, site, cache }) => {
  async function serve(request: FastifyRequest, reply: FastifyReply, subject: FeedSubject, format: FeedFormat) {
    // Query strings (utm_* and the like) do not change a feed, so they share its cache entry.
    const key = feedPaths(subjectPath(subject))[format];
    try {
      return await serveDocument(request, reply, cache, key, () => feeds.build(subject, format));
    } catch (error) {
      if (subject.kind === 'site' || !isAppError(error) || !MISSING.has(error.code)) throw error;
      const moved = subject.kind === 'topic' ? await site.movedTopic(subject.slug) : await site.movedList(subject.kind, subject.slug);
      if (moved === null) throw error;
      return reply.header('cache-control', 'public, max-age=300').redirect(encodeURI(feedPaths(moved)[format]), 301);
    }
  }

  const taxonomy = (kind: Exclude<TaxonomyKind, 'section'> | 'topic', format: FeedFormat) =>
    (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => serve(request, reply, { kind, slug: request.params.slug }, format);

  for (const [format, suffix] of SUFFIXES) {
    app.get(`/${suffix}`, { schema: { hide: true } }, (request, reply) => serve(request, reply, { kind: 'site' }, format));
    app.get(`/:section/${suffix}`, { schema: { params: SectionParams, hide: true } },
      (request, reply) => serve(request, reply, { kind: 'section', slug: request.params.section }, format));
    app.get(`/tag/:slug/${suffix}`, { schema: { params: SlugParams, hide: true } }, taxonomy('tag', format));
    app.get(`/author/:slug/${suffix}`, { schema: { params: SlugParams, hide: true } }, taxonomy('author', format));
    app.get(`/topic/:slug/${suffix}`, { schema: { params: SlugParams, hide: true } }, taxonomy('topic', format));
  }
};
