import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminGuard, requireUser, type AccountsService } from '../accounts/index.ts';
import type { EditableArticle } from './article.model.ts';
import { AdminSlugParams, ArticleWriteBody, EditableArticleJson, NewsroomListJson, NewsroomListQuery } from './article.admin.schema.ts';
import { ErrorJson } from './article.schema.ts';
import type { ContentWriter } from './content-writer.service.ts';
import type { ContentReader } from './content.service.ts';
import { authoriseArticleChange, authoriseArticleView, newsroomListScope } from './editorial-policy.ts';

export interface ContentAdminOptions { content: ContentReader; writer: ContentWriter; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };

/** The allow-listed JSON of an article as the newsroom edits it. */
function presentEditable(article: EditableArticle) {
  return {
    id: article.id, slug: article.slug, status: article.status, headline: article.headline, standfirst: article.standfirst,
    bodyHtml: article.bodyHtml, language: article.language, publishedAt: article.publishedAt, updatedAt: article.updatedAt,
    section: { name: article.section.name, slug: article.section.slug },
    authors: article.authors.map((a) => ({ name: a.name, slug: a.slug })),
    tags: article.tags.map((t) => ({ name: t.name, slug: t.slug })),
  };
}

/**
 * The Admin API's article routes under /api/admin: read, create and change articles in any
 * status, each checked against the role matrix (src/accounts/permissions.ts).
 */
export const contentAdminRoutes: FastifyPluginAsyncTypebox<ContentAdminOptions> = async (app, { content, writer, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  app.get('/articles', { schema: { querystring: NewsroomListQuery, response: { 200: NewsroomListJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const scope = newsroomListScope(user);
    const { status, page, limit } = request.query;
    const list = await content.listForNewsroom({ ...scope, ...(status ? { status } : {}) }, Number(page), Number(limit));
    return { ...list, items: list.items.map((a) => ({
      id: a.id, slug: a.slug, headline: a.headline, status: a.status, publishedAt: a.publishedAt, updatedAt: a.updatedAt,
      section: { name: a.sectionName, slug: a.sectionSlug },
    })) };
  });

  app.get('/articles/:slug', { schema: { params: AdminSlugParams, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const article = await content.getArticleForEditing(request.params.slug);
    authoriseArticleView(user, article);
    return presentEditable(article);
  });

  app.post('/articles', { schema: { body: ArticleWriteBody, response: { 201: EditableArticleJson, ...errors } } }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    authoriseArticleChange(user, { current: null, status: request.body.status ?? 'draft' });
    const id = await writer.createArticle(request.body, user.id);
    return reply.code(201).send(presentEditable(await content.getArticleForEditingById(id)));
  });

  app.put('/articles/:slug', { schema: { params: AdminSlugParams, body: ArticleWriteBody, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    const current = await content.getArticleForEditing(request.params.slug);
    authoriseArticleChange(user, { current, status: request.body.status ?? current.status });
    await writer.updateArticle(request.params.slug, request.body);
    return presentEditable(await content.getArticleForEditing(request.body.slug ?? request.params.slug));
  });
};
