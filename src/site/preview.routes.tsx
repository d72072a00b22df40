import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { articlePath, type ContentReader, type PreviewLinks } from '../content/index.ts';
import { sendFreshPage } from './page-response.ts';
import { renderDocument, sendNotFound } from './site.routes.tsx';
import type { SiteService } from './site.service.ts';
import { ArticlePage } from './templates/article-page.tsx';

export interface PreviewRoutesOptions { site: SiteService; content: ContentReader; previews: PreviewLinks }

const PreviewParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 300 }) });

/**
 * `/preview/{token}`: an article before it is public, for whoever holds a live preview link.
 * Never cached (by us, a CDN or the browser), never indexed, and no referrer leaves the page, so
 * the token stays with the people it was given to. An unknown, revoked or expired token is the
 * ordinary 404 page; once the article is public, the link leads to its public page.
 */
export const previewRoutes: FastifyPluginAsyncTypebox<PreviewRoutesOptions> = async (app, { site, content, previews }) => {
  app.get('/preview/:token', { schema: { params: PreviewParams, hide: true } }, async (request, reply) => {
    reply.header('x-robots-tag', 'noindex, nofollow').header('referrer-policy', 'no-referrer');
    const link = await previews.resolve(request.params.token);
    if (!link) return sendNotFound(request, reply, site);
    const [view, article] = await Promise.all([site.siteView(), content.getArticleForEditingById(link.articleId)]);
    // Once readers can see it, the preview has done its job: send the holder to the real page.
    const visible = await content.getArticle(article.slug).then(() => true, () => false);
    if (visible) return reply.redirect(articlePath(article), 302);
    const html = renderDocument(
      <ArticlePage site={view} view={{ article, related: [], description: article.seoDescription || article.standfirst, preview: { status: article.status, expiresAt: link.expiresAt } }} />,
    );
    return sendFreshPage(request, reply, html, []);
  });
  // In onSend, not after sendFreshPage: headers set once a reply is sent never reach the client.
  app.addHook('onSend', async (_request, reply) => { reply.header('cache-control', 'private, no-store').removeHeader('surrogate-key'); });
};
