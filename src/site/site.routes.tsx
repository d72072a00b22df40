import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { CachedPage, PageCache } from '../cache/index.ts';
import { isAppError } from '../common/app-error.ts';
import { cacheTags, type TaxonomyKind } from '../content/index.ts';
import { pageCacheKey } from './page-key.ts';
import { buildCachedPage, sendCachedPage, sendFreshPage } from './page-response.ts';
import { ArticleParams, CommentPageParams, PageQuery, SectionParams, SlugParams } from './site.schema.ts';
import type { CommentsService } from '../comments/index.ts';
import { articleExtras, sendPersonalArticle } from './comment-form.routes.tsx';
import type { SiteService } from './site.service.ts';
import { ArticlePage } from './templates/article-page.tsx';
import { CorrectionsPage } from './templates/corrections-page.tsx';
import { ErrorPage } from './templates/error-page.tsx';
import { HomePage } from './templates/home-page.tsx';
import { ListPage } from './templates/list-page.tsx';

/** What rendering a reader URL came to. */
type Rendered = { kind: 'page'; tree: VNode; tags: string[] } | { kind: 'redirect'; location: string } | { kind: 'not-found' };
type Outcome = { kind: 'cached'; page: CachedPage } | { kind: 'fresh'; html: string; tags: string[] } | Exclude<Rendered, { kind: 'page' }>;

export interface SiteRoutesOptions {
  site: SiteService;
  /** Comment threads, for the pages drawn for one reader (reply form, held comment). */
  comments: CommentsService;
  /** null when page caching is off. */
  cache: PageCache | null;
}

/** Renders a template tree to a complete HTML document. */
export function renderDocument(tree: VNode): string {
  return '<!DOCTYPE html>' + renderToString(tree);
}

/** Reader pages: home, section, tag, author and article. */
export const siteRoutes: FastifyPluginAsyncTypebox<SiteRoutesOptions> = async (app, { site, cache, comments }) => {
  if (cache) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const key = pageCacheKey(request.url);
      const hit = key === null ? undefined : cache.get(key);
      if (hit) return sendCachedPage(request, reply, hit);
    });
  }

  // Requests for the same page that arrive while it is being rendered wait for that one render
  // (after a purge, a busy page would otherwise be rendered once per waiting reader).
  const inflight = new Map<string, { generation: number; outcome: Promise<Outcome> }>();

  /** Renders (or joins the render of) a page, stores it unless a purge landed meanwhile, and sends it. */
  async function servePage(request: FastifyRequest, reply: FastifyReply, render: () => Promise<Rendered>, paginated = true) {
    // A page that takes no page number is one entry whatever query string it was asked with.
    const key = cache ? pageCacheKey(paginated ? request.url : request.url.split('?')[0] ?? '/') : null;
    const generation = cache?.generation ?? 0;
    // A render begun before the latest purge may show what the purge removed: do not join it.
    let flight = key === null ? undefined : inflight.get(key);
    if (!flight || flight.generation !== generation) {
      const outcome = render().then((out): Outcome => {
        if (out.kind !== 'page') return out;
        const html = renderDocument(out.tree);
        if (!cache || key === null) return { kind: 'fresh', html, tags: out.tags };
        const page = buildCachedPage(html, out.tags);
        if (cache.generation === generation) cache.set(key, page);
        return { kind: 'cached', page };
      });
      const started = { generation, outcome };
      flight = started;
      if (key !== null) {
        inflight.set(key, started);
        void outcome.finally(() => { if (inflight.get(key) === started) inflight.delete(key); }).catch(() => undefined);
      }
    }
    const out = await flight.outcome;
    if (out.kind === 'cached') return sendCachedPage(request, reply, out.page);
    if (out.kind === 'fresh') return sendFreshPage(request, reply, out.html, out.tags);
    if (out.kind === 'redirect') return reply.header('cache-control', 'public, max-age=300').redirect(encodeURI(out.location), 301);
    return sendNotFound(request, reply, site);
  }

  /**
   * A list page whose section, tag or author was renamed or merged answers 301 to its new
   * address, with the same page number; looked up only once the slug is found missing.
   */
  function orMoved(request: FastifyRequest, kind: TaxonomyKind, slug: string, render: () => Promise<Rendered>) {
    return async (): Promise<Rendered> => {
      try {
        return await render();
      } catch (error) {
        const moved = isAppError(error) && error.code === MISSING[kind] ? await site.movedList(kind, slug) : null;
        if (moved === null) throw error;
        const page = new URLSearchParams(request.url.split('?')[1] ?? '').get('page');
        return { kind: 'redirect', location: page === null ? moved : `${moved}?page=${page}` };
      }
    };
  }

  app.get('/', { schema: { querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, async () => {
    const [view, home] = await Promise.all([site.siteView(), site.home()]);
    return { kind: 'page', tree: <HomePage site={view} view={home} />, tags: [cacheTags.home, cacheTags.sections] };
  }, false));

  app.get('/:section/', { schema: { params: SectionParams, querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, orMoved(request, 'section', request.params.section, async () => {
    const [view, list] = await Promise.all([site.siteView(), site.section(request.params.section, Number(request.query.page))]);
    return { kind: 'page', tree: <ListPage site={view} view={list} />, tags: [cacheTags.section(request.params.section), cacheTags.sections] };
  })));

  app.get('/tag/:slug/', { schema: { params: SlugParams, querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, orMoved(request, 'tag', request.params.slug, async () => {
    const view = await site.siteView();
    const list = await site.tag(request.params.slug, Number(request.query.page), view.t);
    return { kind: 'page', tree: <ListPage site={view} view={list} />, tags: [cacheTags.tag(request.params.slug), cacheTags.sections] };
  })));

  app.get('/author/:slug/', { schema: { params: SlugParams, querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, orMoved(request, 'author', request.params.slug, async () => {
    const view = await site.siteView();
    const list = await site.author(request.params.slug, Number(request.query.page), view.t);
    return { kind: 'page', tree: <ListPage site={view} view={list} />, tags: [cacheTags.author(request.params.slug), cacheTags.sections] };
  })));

  // Tagged with home too: an article joining or leaving the site purges home, and may join or leave the topic.
  app.get('/topic/:slug/', { schema: { params: SlugParams, querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, async (): Promise<Rendered> => {
    const view = await site.siteView();
    try {
      const topic = await site.topic(request.params.slug, Number(request.query.page), view.t);
      return { kind: 'page', tree: <ListPage site={view} view={topic.view} />, tags: [...topic.tags, cacheTags.home, cacheTags.sections] };
    } catch (error) {
      if (!isAppError(error) || error.code !== 'TOPICS_NOT_FOUND') throw error;
      const moved = await site.movedTopic(request.params.slug);
      if (moved === null) return { kind: 'not-found' };
      const page = new URLSearchParams(request.url.split('?')[1] ?? '').get('page');
      return { kind: 'redirect', location: page === null ? moved : `${moved}?page=${page}` };
    }
  }));

  // Tagged with home too: an article leaving or rejoining the site purges home, and its corrections go or come with it.
  app.get('/corrections/', { schema: { querystring: PageQuery, hide: true } }, (request, reply) => servePage(request, reply, async () => {
    const [view, list] = await Promise.all([site.siteView(), site.corrections(Number(request.query.page))]);
    const tags = [cacheTags.corrections, cacheTags.home, cacheTags.sections, ...new Set(list.items.map((c) => cacheTags.article(c.article.id)))];
    return { kind: 'page', tree: <CorrectionsPage site={view} list={list} />, tags };
  }));

  app.get('/:section/:slug/', { schema: { params: ArticleParams, hide: true } }, (request, reply) => {
    const extras = articleExtras(request.url);
    if (extras) return sendPersonalArticle(request, reply, { site, comments }, request.params, extras);
    return servePage(request, reply, async () => {
      const [view, outcome] = await Promise.all([site.siteView(), site.article(request.params.section, request.params.slug)]);
      if (!outcome) {
        // Under a renamed section, any article address tries the same slug under the new name.
        const moved = await site.movedList('section', request.params.section);
        return moved ? { kind: 'redirect', location: `${moved}${request.params.slug}/` } : { kind: 'not-found' };
      }
      if (outcome.kind === 'redirect') return outcome;
      return { kind: 'page', tree: <ArticlePage site={view} view={outcome.view} />, tags: outcome.tags };
    }, false);
  });

  // Older comments: /section/slug/comment-page-2/ (page 1 is the article itself).
  app.get('/:section/:slug/comment-page-:page/', { schema: { params: CommentPageParams, hide: true } }, (request, reply) => {
    const page = Number(request.params.page);
    const extras = articleExtras(request.url);
    if (extras && page > 1) return sendPersonalArticle(request, reply, { site, comments }, request.params, { ...extras, page });
    return servePage(request, reply, () => commentPage(request.params.section, request.params.slug, page), false);
  });

  async function commentPage(section: string, slug: string, page: number): Promise<Rendered> {
    if (page === 1) return { kind: 'redirect', location: `/${section}/${slug}/` };
    const [view, outcome] = await Promise.all([site.siteView(), site.article(section, slug, { page })]);
    if (!outcome) return { kind: 'not-found' };
    if (outcome.kind === 'redirect') return { kind: 'redirect', location: `${outcome.location}comment-page-${page}/` };
    return { kind: 'page', tree: <ArticlePage site={view} view={outcome.view} />, tags: outcome.tags };
  }
};

/** The not-found code of each kind of list page's subject. */
const MISSING: Record<TaxonomyKind, string> = { section: 'CONTENT_SECTION_NOT_FOUND', tag: 'CONTENT_TAG_NOT_FOUND', author: 'CONTENT_AUTHOR_NOT_FOUND' };

/** The 404 page; also used by the app's not-found handler. */
export async function sendNotFound(request: FastifyRequest, reply: FastifyReply, site: SiteService) {
  const view = await site.siteView().catch(() => null);
  if (!view) return sendBarePage(reply, 404, 'Not found', 'That page could not be found.');
  return sendFreshPage(request, reply, renderDocument(<ErrorPage site={view} status={404} path={safePath(request.url)} />), [], 404);
}

/** The 500 page, drawn without touching the database if the frame is not at hand. */
export async function sendServerError(request: FastifyRequest, reply: FastifyReply, site: SiteService) {
  const view = await site.siteView().catch(() => null);
  if (!view) return sendBarePage(reply, 500, 'Error', 'Something went wrong.');
  return sendFreshPage(request, reply, renderDocument(<ErrorPage site={view} status={500} path={safePath(request.url)} />), [], 500);
}

/** The last resort when even the site frame cannot be read: a plain page that needs no database. */
function sendBarePage(reply: FastifyReply, status: number, title: string, text: string) {
  return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store')
    .send(`<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>${title}</title><p>${text}</p></html>`);
}

function safePath(url: string): string {
  return url.split('?')[0] ?? '/';
}
