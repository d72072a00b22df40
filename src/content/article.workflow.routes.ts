import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminGuard, requireUser, type AccountsService } from '../accounts/index.ts';
import { presentActor, presentEditable } from './article.admin.presenter.ts';
import { AdminSlugParams, EditableArticleJson } from './article.admin.schema.ts';
import { ErrorJson } from './article.schema.ts';
import {
  CompareJson, CompareQuery, HistoryJson, NewPreviewLinkJson, PreviewLinkBody, PreviewLinkListJson, PreviewLinkParams,
  RestoreBody, RevisionJson, RevisionListJson, RevisionParams, TransitionBody, TransitionParams,
} from './article.workflow.schema.ts';
import type { ContentReader } from './content.service.ts';
import { authoriseArticleChange, authoriseArticleView, authorisePreviewLink } from './editorial-policy.ts';
import type { PreviewLinks } from './preview.service.ts';
import type { RevisionService } from './revision.service.ts';
import type { Workflow } from './workflow.service.ts';

export interface WorkflowRoutesOptions {
  content: ContentReader; workflow: Workflow; revisions: RevisionService; previews: PreviewLinks; accounts: AccountsService; siteUrl: string;
}

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };

/**
 * The Admin API's workflow routes for one article under /api/admin/articles/:slug — state
 * changes, history, revisions and preview links — each checked against the role matrix.
 */
export const workflowRoutes: FastifyPluginAsyncTypebox<WorkflowRoutesOptions> = async (app, { content, workflow, revisions, previews, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));
  // Every field of these bodies is optional, so a POST without a body means "no options".
  app.addHook('preValidation', async (request) => {
    if (request.method === 'POST' && (request.body === undefined || request.body === null)) request.body = {};
  });

  /** The article, once the signed-in user is known to be allowed to open it. */
  async function openArticle(request: Parameters<typeof requireUser>[1], slug: string) {
    const user = await requireUser(accounts, request);
    const article = await content.getArticleForEditing(slug);
    authoriseArticleView(user, article);
    return { user, article };
  }

  app.post('/articles/:slug/:action', { schema: { params: TransitionParams, body: TransitionBody, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const user = await requireUser(accounts, request);
    await workflow.transition(request.params.slug, request.params.action, user, request.body);
    return presentEditable(await content.getArticleForEditing(request.params.slug));
  });

  app.get('/articles/:slug/history', { schema: { params: AdminSlugParams, response: { 200: HistoryJson, ...errors } } }, async (request) => {
    const { article } = await openArticle(request, request.params.slug);
    const [{ events, jobs }, { timeZone }] = await Promise.all([workflow.history(article.id), content.getSiteSettings()]);
    return {
      timeZone,
      events: events.map((e) => ({ fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, at: e.createdAt, by: presentActor(e.userId, e.userName) })),
      jobs: jobs.map((j) => ({ kind: j.kind, runAt: j.runAt, state: j.state, attempts: j.attempts, lastError: j.lastError })),
    };
  });

  app.get('/articles/:slug/revisions', { schema: { params: AdminSlugParams, response: { 200: RevisionListJson, ...errors } } }, async (request) => {
    const { article } = await openArticle(request, request.params.slug);
    const items = await revisions.list(article.id);
    return { items: items.map((r) => ({ number: r.number, at: r.createdAt, by: presentActor(r.userId, r.userName), changed: r.changed, note: r.note })) };
  });

  app.get('/articles/:slug/revisions/compare', { schema: { params: AdminSlugParams, querystring: CompareQuery, response: { 200: CompareJson, ...errors } } }, async (request) => {
    const { article } = await openArticle(request, request.params.slug);
    return revisions.compare(article.id, request.query.from, request.query.to);
  });

  app.get('/articles/:slug/revisions/:number', { schema: { params: RevisionParams, response: { 200: RevisionJson, ...errors } } }, async (request) => {
    const { article } = await openArticle(request, request.params.slug);
    const r = await revisions.get(article.id, request.params.number);
    return { number: r.number, at: r.createdAt, by: presentActor(r.userId, r.userName), changed: r.changed, note: r.note, snapshot: r.snapshot };
  });

  app.post('/articles/:slug/revisions/:number/restore', { schema: { params: RevisionParams, body: RestoreBody, response: { 200: EditableArticleJson, ...errors } } }, async (request) => {
    const { user, article } = await openArticle(request, request.params.slug);
    authoriseArticleChange(user, { current: article, status: article.status });
    await revisions.restore(article.id, article.slug, request.params.number, user.id, request.body.baseRevision);
    return presentEditable(await content.getArticleForEditingById(article.id));
  });

  app.post('/articles/:slug/preview-links', { schema: { params: AdminSlugParams, body: PreviewLinkBody, response: { 201: NewPreviewLinkJson, ...errors } } }, async (request, reply) => {
    const { user, article } = await openArticle(request, request.params.slug);
    authorisePreviewLink(user, article);
    return reply.code(201).send(await previews.create(article.id, user.id, request.body.expiresInHours));
  });

  app.get('/articles/:slug/preview-links', { schema: { params: AdminSlugParams, response: { 200: PreviewLinkListJson, ...errors } } }, async (request) => {
    const { article } = await openArticle(request, request.params.slug);
    const links = await previews.list(article.id);
    return { items: links.map((l) => ({ id: l.id, expiresAt: l.expiresAt, createdAt: l.createdAt, createdBy: l.createdByName })) };
  });

  app.delete('/articles/:slug/preview-links/:id', { schema: { params: PreviewLinkParams, response: { 204: { type: 'null' }, ...errors } } }, async (request, reply) => {
    const { user, article } = await openArticle(request, request.params.slug);
    authorisePreviewLink(user, article);
    await previews.revoke(article.id, request.params.id);
    return reply.code(204).send();
  });
};
