import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { adminGuard, can, forbidden, requireUser, type AccountsService, type SignedInUser } from '../accounts/index.ts';
import { ErrorJson } from '../content/index.ts';
import { commentError } from './comment.errors.ts';
import { presentModerated } from './comment.presenter.ts';
import {
  ArticleSlugParams, BulkBody, BulkJson, CommentActionParams, CommentParams, CommentSettingsBody, CommentSettingsJson, EditBody, EmailBody, EraseBody,
  ModeratedCommentJson, OpenBody, QueueJson, QueueQuery, ReplyBody,
} from './comment.schema.ts';
import type { CommentsService } from './comments.service.ts';

export interface CommentsAdminOptions { comments: CommentsService; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };
const tags = ['admin: comments'];

/** Signed in with `action` allowed. @throws ACCOUNTS_UNAUTHENTICATED, ACCOUNTS_FORBIDDEN */
async function userWho(accounts: AccountsService, request: FastifyRequest, action: 'comment.moderate' | 'user.manage' | 'settings.manage', refusal: string): Promise<SignedInUser> {
  const user = await requireUser(accounts, request);
  if (!can(user.role, action)) throw forbidden(refusal);
  return user;
}

/**
 * The Admin API's comment moderation under /api/admin: queues, actions one by one or in bulk,
 * edits and staff replies (moderators, editors, administrators); the comment policy and
 * commenters' data requests (administrators).
 */
export const commentsAdminRoutes: FastifyPluginAsyncTypebox<CommentsAdminOptions> = async (app, { comments, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));
  const moderator = (request: FastifyRequest) => userWho(accounts, request, 'comment.moderate', 'Only moderators, editors and administrators handle comments.');
  const administrator = (request: FastifyRequest, action: 'user.manage' | 'settings.manage') => userWho(accounts, request, action, 'Only administrators do this.');
  const { moderation, administration } = comments;

  app.get('/comments', {
    preValidation: moderator,
    schema: { tags, summary: 'A moderation queue, newest first, with the count in each status', querystring: QueueQuery, response: { 200: QueueJson, ...errors } },
  }, async (request) => {
    const { status, article, email, q, page, perPage } = request.query;
    let articleId: number | undefined;
    if (article !== undefined) {
      const found = await comments.articleBySlug(article);
      if (!found) throw commentError('COMMENT_ARTICLE_NOT_FOUND', `There is no article "${article}".`, 'article');
      articleId = found.id;
    }
    const list = await moderation.list({ status, articleId, email: email?.trim().toLowerCase() || undefined, search: q?.trim() || undefined }, Number(page), Number(perPage));
    return { ...list, items: list.items.map(presentModerated) };
  });

  app.get('/comments/:id', { preValidation: moderator, schema: { tags, summary: 'One comment, with the commenter\'s email and address', params: CommentParams, response: { 200: ModeratedCommentJson, ...errors } } },
    async (request) => presentModerated(await moderation.get(Number(request.params.id))));

  app.post('/comments/:id/:action', {
    preValidation: moderator,
    schema: { tags, summary: 'Approve, unapprove, mark as spam, move to the trash, or restore one comment', params: CommentActionParams, response: { 200: ModeratedCommentJson, ...errors } },
  }, async (request) => {
    const id = Number(request.params.id);
    await moderation.apply(id, request.params.action);
    return presentModerated(await moderation.get(id));
  });

  app.post('/comments/bulk', {
    preValidation: moderator,
    schema: { tags, summary: 'One action on many comments; each succeeds or fails on its own', body: BulkBody, response: { 200: BulkJson, ...errors } },
  }, async (request) => ({ results: await moderation.applyMany(request.body.ids, request.body.action) }));

  app.patch('/comments/:id', {
    preValidation: moderator,
    schema: { tags, summary: "Edit a comment's text, name or website", params: CommentParams, body: EditBody, response: { 200: ModeratedCommentJson, ...errors } },
  }, async (request) => presentModerated(await moderation.edit(Number(request.params.id), request.body)));

  app.delete('/comments/:id', {
    preValidation: moderator,
    schema: { tags, summary: 'Delete a comment for good (its replies move up a level)', params: CommentParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await moderation.apply(Number(request.params.id), 'delete');
    return reply.code(204).send(null);
  });

  app.post('/comments/:id/replies', {
    preValidation: moderator,
    schema: { tags, summary: 'Reply as the newsroom; shown at once', params: CommentParams, body: ReplyBody, response: { 201: ModeratedCommentJson, ...errors } },
  }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    return reply.code(201).send(presentModerated(await moderation.reply(user, Number(request.params.id), request.body.text)));
  });

  app.put('/articles/:slug/comments', {
    preValidation: moderator,
    schema: { tags, summary: "Open or close an article's comments", params: ArticleSlugParams, body: OpenBody, response: { 200: Type.Object({ slug: Type.String(), commentsOpen: Type.Boolean() }), ...errors } },
  }, async (request) => moderation.setArticleOpen(request.params.slug, request.body.open));

  app.get('/comment-settings', {
    preValidation: (request) => administrator(request, 'settings.manage'),
    schema: { tags, summary: 'The comment policy', response: { 200: CommentSettingsJson, ...errors } },
  }, async () => administration.settings());

  app.put('/comment-settings', {
    preValidation: (request) => administrator(request, 'settings.manage'),
    schema: { tags, summary: 'Replace the comment policy', body: CommentSettingsBody, response: { 200: CommentSettingsJson, ...errors } },
  }, async (request) => administration.saveSettings(request.body));

  app.post('/commenters/export', {
    preValidation: (request) => administrator(request, 'user.manage'),
    schema: { tags, summary: 'Everything stored about a commenter, by email (a data-access request)', body: EmailBody, response: { 200: Type.Unknown(), ...errors } },
  }, async (request) => administration.exportByEmail(request.body.email));

  app.post('/commenters/erase', {
    preValidation: (request) => administrator(request, 'user.manage'),
    schema: { tags, summary: "Erase a commenter's comments or personal data, by email (a right-to-erasure request)", body: EraseBody, response: { 200: Type.Object({ erased: Type.Integer() }), ...errors } },
  }, async (request) => administration.eraseByEmail(request.body.email, request.body.mode, (id) => moderation.apply(id, 'delete')));
};
