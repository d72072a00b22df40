import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminGuard, requireUser, type AccountsService } from '../accounts/index.ts';
import { presentEditable, presentNewsroomItem } from './article.admin.presenter.ts';
import { AdminSlugParams, ArticleUpdateBody, ArticleWriteBody, EditableArticleJson, NewsroomListJson, NewsroomListQuery } from './article.admin.schema.ts';
import { ErrorJson } from './article.schema.ts';
import type { ContentWriter } from './content-writer.service.ts';
import type { ContentReader } from './content.service.ts';
import { authoriseArticleChange, authoriseArticleView, newsroomListScope } from './editorial-policy.ts';

export interface ContentAdminOptions { content: ContentReader; writer: ContentWriter; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };

/**
 * The Admin API's article routes under /api/admin: read, create and change articles in any
 * status, each checked against the role matrix (src/accounts/permissions.ts). State changes are
 * in article.workflow.routes.ts.
 */
export const contentAdminRoutes: FastifyPluginAsyncTypebox<ContentAdminOptions> = async (app, { content, writer, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  app.get('/articles', { schema: { querystring: NewsroomListQuery, response: { 200: NewsroomListJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const scope = newsroomListScope(user);
    const { status, q, section, author, tag, sort, page, limit } = request.query;
    const filter = { ...scope, status, search: q?.trim(), sectionSlug: section, authorSlug: author, tagSlug: tag };
    const list = await content.listForNewsroom(filter, Number(page), Number(limit), sort);
    return { ...list, items: list.items.map(presentNewsroomItem) };
  });

  app.get('/articles/:slug', { schema: { params: AdminSlugParams, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const article = await content.getArticleForEditing(request.params.slug);
    authoriseArticleView(user, article);
    return presentEditable(article);
  });

  app.post('/articles', { schema: { body: ArticleWriteBody, response: { 201: EditableArticleJson, ...errors } } }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    authoriseArticleChange(user, { current: null, status: 'draft' });
    // New articles start as drafts; going public is a workflow action (…/publish, …/schedule).
    const id = await writer.createArticle({ ...request.body, status: 'draft' }, user.id);
    return reply.code(201).send(presentEditable(await content.getArticleForEditingById(id)));
  });

  app.put('/articles/:slug', { schema: { params: AdminSlugParams, body: ArticleUpdateBody, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const current = await content.getArticleForEditing(request.params.slug);
    authoriseArticleChange(user, { current, status: current.status });
    const { baseRevision, ...fields } = request.body;
    await writer.updateArticle(request.params.slug, fields, {
      by: user.id, baseRevision, authorise: (locked) => authoriseArticleChange(user, { current: locked, status: locked.status }),
    });
    return presentEditable(await content.getArticleForEditing(request.body.slug ?? request.params.slug));
  });
};
