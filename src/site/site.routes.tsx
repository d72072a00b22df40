import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { PageCache } from '../cache/index.ts';
import { pageCacheKey } from './page-key.ts';
import { buildCachedPage, sendCachedPage, sendFreshPage } from './page-response.ts';
import { ArticleParams, PageQuery, SectionParams, SlugParams } from './site.schema.ts';
import type { SiteService } from './site.service.ts';
import { ArticlePage } from './templates/article-page.tsx';
import { ErrorPage } from './templates/error-page.tsx';
import { HomePage } from './templates/home-page.tsx';
import { ListPage } from './templates/list-page.tsx';

export interface SiteRoutesOptions {
  site: SiteService;
  /** null when page caching is off. */
  cache: PageCache | null;
}

/** Renders a template tree to a complete HTML document. */
export function renderDocument(tree: VNode): string {
  return '<!DOCTYPE html>' + renderToString(tree);
}

/** Reader pages: home, section, tag, author and article. */
export const siteRoutes: FastifyPluginAsyncTypebox<SiteRoutesOptions> = async (app, { site, cache }) => {
  if (cache) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const key = pageCacheKey(request.url);
      const hit = key === null ? undefined : cache.get(key);
      if (hit) return sendCachedPage(request, reply, hit);
    });
  }

  /** Sends a rendered page, storing it unless a purge landed while it was being rendered. */
  async function respond(request: FastifyRequest, reply: FastifyReply, generation: number, tree: VNode, tags: string[]) {
    const html = renderDocument(tree);
    const key = pageCacheKey(request.url);
    if (!cache || key === null) return sendFreshPage(request, reply, html, tags);
    const page = buildCachedPage(html, tags);
    if (cache.generation === generation) cache.set(key, page);
    return sendCachedPage(request, reply, page);
  }
  const generation = () => cache?.generation ?? 0;

  app.get('/', { schema: { querystring: PageQuery, hide: true } }, async (request, reply) => {
    const gen = generation();
    const [view, home] = await Promise.all([site.siteView(), site.home()]);
    return respond(request, reply, gen, <HomePage site={view} view={home} />, ['home', 'sections']);
  });

  app.get('/:section/', { schema: { params: SectionParams, querystring: PageQuery, hide: true } }, async (request, reply) => {
    const gen = generation();
    const [view, list] = await Promise.all([site.siteView(), site.section(request.params.section, Number(request.query.page))]);
    return respond(request, reply, gen, <ListPage site={view} view={list} />, [`section:${request.params.section}`, 'sections']);
  });

  app.get('/tag/:slug/', { schema: { params: SlugParams, querystring: PageQuery, hide: true } }, async (request, reply) => {
    const gen = generation();
    const view = await site.siteView();
    const list = await site.tag(request.params.slug, Number(request.query.page), view.t);
    return respond(request, reply, gen, <ListPage site={view} view={list} />, [`tag:${request.params.slug}`, 'sections']);
  });

  app.get('/author/:slug/', { schema: { params: SlugParams, querystring: PageQuery, hide: true } }, async (request, reply) => {
    const gen = generation();
    const view = await site.siteView();
    const list = await site.author(request.params.slug, Number(request.query.page), view.t);
    return respond(request, reply, gen, <ListPage site={view} view={list} />, [`author:${request.params.slug}`, 'sections']);
  });

  app.get('/:section/:slug/', { schema: { params: ArticleParams, hide: true } }, async (request, reply) => {
    const gen = generation();
    const [view, outcome] = await Promise.all([site.siteView(), site.article(request.params.section, request.params.slug)]);
    if (!outcome) return sendNotFound(request, reply, site);
    if (outcome.kind === 'redirect') return reply.code(301).header('cache-control', 'public, max-age=300').redirect(outcome.location, 301);
    return respond(request, reply, gen, <ArticlePage site={view} view={outcome.view} />, outcome.tags);
  });
};

/** The 404 page; also used by the app's not-found handler. */
export async function sendNotFound(request: FastifyRequest, reply: FastifyReply, site: SiteService) {
  const view = await site.siteView();
  return sendFreshPage(request, reply, renderDocument(<ErrorPage site={view} status={404} path={safePath(request.url)} />), [], 404);
}

/** The 500 page, drawn without touching the database if the frame is not at hand. */
export async function sendServerError(request: FastifyRequest, reply: FastifyReply, site: SiteService) {
  const view = await site.siteView().catch(() => null);
  if (!view) return reply.code(500).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send('<!DOCTYPE html><title>Error</title><p>Something went wrong.</p>');
  return sendFreshPage(request, reply, renderDocument(<ErrorPage site={view} status={500} path={safePath(request.url)} />), [], 500);
}

function safePath(url: string): string {
  return url.split('?')[0] ?? '/';
}
