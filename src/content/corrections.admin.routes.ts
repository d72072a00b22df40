import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { adminGuard, requireUser, type AccountsService } from '../accounts/index.ts';
import { ErrorJson } from './article.schema.ts';
import {
  CorrectionArticleParams, CorrectionCreateBody, CorrectionParams, CorrectionPatchBody, NewsroomCorrectionJson, NewsroomCorrectionListJson,
} from './corrections.schema.ts';
import type { CorrectionsService } from './corrections.service.ts';

export interface CorrectionsAdminOptions { corrections: CorrectionsService; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };
const tags = ['corrections'];

/**
 * The Admin API's correction routes under /api/admin/articles/:slug/corrections. Who may do
 * what is decided by the service against the role matrix (it needs the article and correction).
 */
export const correctionsAdminRoutes: FastifyPluginAsyncTypebox<CorrectionsAdminOptions> = async (app, { corrections, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  app.get('/articles/:slug/corrections', {
    schema: { tags, summary: "An article's corrections and clarifications, oldest first", params: CorrectionArticleParams, response: { 200: NewsroomCorrectionListJson, ...errors } },
  }, async (request) => {
    const user = await requireUser(accounts, request);
    return { items: await corrections.list(request.params.slug, user) };
  });

  app.post('/articles/:slug/corrections', {
    schema: { tags, summary: 'Add a correction or clarification to a published article', params: CorrectionArticleParams, body: CorrectionCreateBody, response: { 201: NewsroomCorrectionJson, ...errors } },
  }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    const created = await corrections.add(request.params.slug, request.body, user);
    return reply.code(201).send(created);
  });

  app.patch('/articles/:slug/corrections/:id', {
    schema: { tags, summary: 'Reword a correction or change its kind', params: CorrectionParams, body: CorrectionPatchBody, response: { 200: NewsroomCorrectionJson, ...errors } },
  }, async (request) => {
    const user = await requireUser(accounts, request);
    return corrections.update(request.params.slug, Number(request.params.id), request.body, user);
  });

  app.delete('/articles/:slug/corrections/:id', {
    schema: { tags, summary: 'Remove a correction added by mistake', params: CorrectionParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    await corrections.remove(request.params.slug, Number(request.params.id), user);
    return reply.code(204).send(null);
  });
};
