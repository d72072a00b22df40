import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../common/clock.ts';
import { ErrorJson, isPublicArticle, PageNumber, SlugString } from '../content/index.ts';
import { renderAvatarSvg } from './avatar.ts';
import { commentError } from './comment.errors.ts';
import { presentPublicThreads } from './comment.presenter.ts';
import { PublicCommentJson } from './comment.schema.ts';
import type { CommentsService } from './comments.service.ts';

export interface CommentsPublicOptions { comments: CommentsService; clock: Clock; siteUrl: string }

const PublicThreadJson = Type.Object({
  items: Type.Array(PublicCommentJson),
  count: Type.Integer({ description: 'approved comments on the article' }),
  open: Type.Boolean({ description: 'whether readers may comment now' }),
  page: Type.Integer(),
  pageCount: Type.Integer(),
});

/** The Content API's comment list (register under /api/v1). */
export const commentsApiRoutes: FastifyPluginAsyncTypebox<CommentsPublicOptions> = async (app, { comments, clock, siteUrl }) => {
  app.get('/articles/:slug/comments', {
    schema: {
      tags: ['comments'], summary: "An article's approved comments, oldest first, threads 50 to a page",
      params: Type.Object({ slug: SlugString }), querystring: Type.Object({ page: PageNumber }), response: { 200: PublicThreadJson, 404: ErrorJson, 400: ErrorJson },
    },
  }, async (request, reply) => {
    const article = await comments.articleBySlug(request.params.slug);
    if (!article || !isPublicArticle(article, clock.now().toISOString())) throw commentError('COMMENT_ARTICLE_NOT_FOUND', `There is no article "${request.params.slug}".`, 'slug');
    const view = await comments.view(article.id, Number(request.query.page));
    reply.header('cache-control', 'public, max-age=60');
    return { items: presentPublicThreads(view.threads, siteUrl), count: view.count, open: view.open, page: view.page, pageCount: view.pageCount };
  });
};

/** Avatars, drawn here from the keyed hash: no outside service learns who reads or writes. */
export const avatarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/avatars/:file', { schema: { hide: true, params: Type.Object({ file: Type.String({ pattern: '^[0-9a-f]{24}\\.svg$' }) }) } }, async (request, reply) => {
    const svg = renderAvatarSvg(request.params.file.slice(0, 24));
    return reply.header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(svg);
  });
};
