import fastifyFormbody from '@fastify/formbody';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { isAppError, type AppError } from '../common/app-error.ts';
import { isCrossSite } from '../common/cross-site.ts';
import { commentArticlePath, commentError, findCommentProblems, MAX_DEPTH, normaliseCommentInput, type CommentNode, type CommentsService } from '../comments/index.ts';
import type { MessageKey, Translator } from './i18n/index.ts';
import { sendFreshPage } from './page-response.ts';
import { ArticleParams } from './site.schema.ts';
import type { SiteService } from './site.service.ts';
import { ArticlePage } from './templates/article-page.tsx';
import { CommentItem, commentPagePath, type CommentFormState, type ReplyTarget } from './templates/comments-section.tsx';
import { renderDocument, sendNotFound } from './site.routes.tsx';

export interface CommentFormOptions { site: SiteService; comments: CommentsService; siteUrl: string }

// Every field optional and loosely typed here: the service names what is missing or wrong, in
// words the reader understands, next to the field. Only the form's own names are accepted.
const FormBody = Type.Object({
  comment: Type.Optional(Type.String()),
  author: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  remember: Type.Optional(Type.String()),
  contact_website: Type.Optional(Type.String()),
  stamp: Type.Optional(Type.String({ maxLength: 200 })),
  comment_parent: Type.Optional(Type.String({ maxLength: 12 })),
});

/** What the article page is asked for beyond the article: a reply form, or a held comment. */
export interface ArticleExtras { replyTo?: number; held?: { id: number; hash: string }; /** The page of comments, when past the first. */ page?: number }

/**
 * Reads `?replytocom=ID` and `?unapproved=ID&moderation-hash=H` from an article URL. These are
 * drawn for one reader, so such a request never touches the page cache.
 */
export function articleExtras(url: string): ArticleExtras | null {
  const q = url.indexOf('?');
  if (q === -1) return null;
  const params = new URLSearchParams(url.slice(q + 1));
  const id = (name: string) => { const v = params.get(name); return v !== null && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : undefined; };
  const replyTo = id('replytocom');
  const heldId = id('unapproved');
  const hash = params.get('moderation-hash');
  if (replyTo === undefined && (heldId === undefined || hash === null)) return null;
  return { ...(replyTo !== undefined ? { replyTo } : {}), ...(heldId !== undefined && hash !== null ? { held: { id: heldId, hash: hash.slice(0, 64) } } : {}) };
}

const FORM_ERROR_KEYS: Record<string, MessageKey> = {
  COMMENT_DUPLICATE: 'commentError_duplicate', COMMENT_TOO_FAST: 'commentError_tooFast', COMMENT_CLOSED: 'commentError_closed',
  COMMENT_PARENT_NOT_FOUND: 'commentError_parent', COMMENT_CROSS_SITE: 'commentError_crossSite',
};

/**
 * Renders an article page for one reader (a reply form, a held comment, or the form sent back
 * with problems): never cached, never indexed.
 */
export async function sendPersonalArticle(
  request: FastifyRequest, reply: FastifyReply, deps: { site: SiteService; comments: CommentsService },
  where: { section: string; slug: string }, extras: ArticleExtras, form?: CommentFormState, status = 200,
) {
  const [view, outcome] = await Promise.all([deps.site.siteView(), deps.site.article(where.section, where.slug, { held: extras.held ?? null, page: extras.page ?? 1 })]);
  if (!outcome) return sendNotFound(request, reply, deps.site);
  if (outcome.kind === 'redirect') return reply.header('cache-control', 'no-store').redirect(encodeURI(outcome.location), 301);
  const replyTo: ReplyTarget | null = extras.replyTo === undefined ? null : await deps.comments.replyTarget(outcome.view.article.id, extras.replyTo);
  const html = renderDocument(<ArticlePage site={view} view={{ ...outcome.view, ...(form ? { commentForm: form } : {}), replyTo }} />);
  // A held comment's link is a secret of its sender's: not cached, not indexed, not passed on.
  // Other sites never see these addresses (the held link is its sender's secret); this site
  // does, so the browser still names it as the form's origin when the reader posts from here.
  reply.header('x-robots-tag', 'noindex').header('referrer-policy', 'same-origin');
  return sendFreshPage(request, reply, html, [], status, true);
}

/** The "Leave a Reply" form's target: a plain form post, or the same post from site.js asking for JSON. */
export const commentFormRoutes: FastifyPluginAsyncTypebox<CommentFormOptions> = async (app, { site, comments, siteUrl }) => {
  await app.register(fastifyFormbody, { bodyLimit: 1024 * 1024 });

  // A body the framework refused (too large, not a form, a field sent twice) is answered like
  // any other problem with the form: JSON for site.js, the article page with a message for a
  // plain post. Anything else goes on to the site's error handler.
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    // The app-wide text guard refuses a NUL character with an AppError, which carries `status`.
    const status = isAppError(error) ? error.status : error.statusCode ?? 500;
    if (status >= 500 || status < 400) throw error;
    const params = request.params as { section?: unknown; slug?: unknown };
    const tooLarge = status === 413;
    const code = tooLarge ? 'REQUEST_TOO_LARGE' : 'REQUEST_INVALID';
    if ((request.headers.accept ?? '').includes('application/json')) {
      const message = tooLarge ? 'The comment is too large to send.' : 'The form arrived damaged; reload the page and try again.';
      const sent = isAppError(error) ? { code: error.code, message: error.message, ...(error.property ? { property: error.property } : {}) } : { code, message };
      return reply.code(status).header('cache-control', 'no-store').send({ error: sent });
    }
    if (typeof params.section !== 'string' || typeof params.slug !== 'string' || error.validationContext === 'params') return sendNotFound(request, reply, site);
    const t = (await site.siteView()).t;
    const form: CommentFormState = { values: { comment: '', author: '', email: '', url: '' }, problems: [], formError: t(tooLarge ? 'commentError_tooLarge' : 'commentError_badRequest') };
    return sendPersonalArticle(request, reply, { site, comments }, { section: params.section, slug: params.slug }, {}, form, status);
  });

  app.post('/:section/:slug/comments', { schema: { params: ArticleParams, body: FormBody, hide: true } }, async (request, reply) => {
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    const body = request.body;
    const values = { comment: body.comment ?? '', author: body.author ?? '', email: body.email ?? '', url: body.url ?? '' };
    const article = await comments.articleBySlug(request.params.slug);
    const parentText = body.comment_parent ?? '0';
    const parentId = /^\d{1,10}$/.test(parentText) && Number(parentText) > 0 ? Number(parentText) : null;
    const extras: ArticleExtras = parentId === null ? {} : { replyTo: parentId };
    const refuse = async (error: AppError) => {
      // The site's own flood interval, not the default: waiting this long always gets through.
      if (error.code === 'COMMENT_TOO_FAST') reply.header('retry-after', String((await comments.administration.settings()).floodSeconds));
      if (wantsJson) {
        return reply.code(error.status).header('cache-control', 'no-store')
          .send({ error: error.property ? { code: error.code, message: error.message, property: error.property } : { code: error.code, message: error.message } });
      }
      const t = (await site.siteView()).t;
      const form: CommentFormState = error.code === 'COMMENT_INVALID_INPUT'
        ? { values, problems: findCommentProblems(normaliseCommentInput({ name: values.author, email: values.email, website: values.url, text: values.comment })) }
        : { values, problems: [], formError: t(FORM_ERROR_KEYS[error.code] ?? 'commentFormProblems') };
      return sendPersonalArticle(request, reply, { site, comments }, request.params, error.code === 'COMMENT_PARENT_NOT_FOUND' ? {} : extras, form, error.status);
    };
    if (!article || article.sectionSlug !== request.params.section) {
      return wantsJson ? reply.code(404).send({ error: { code: 'COMMENT_ARTICLE_NOT_FOUND', message: 'There is no such article to comment on.' } }) : sendNotFound(request, reply, site);
    }
    if (isCrossSite(request.headers, siteUrl)) {
      return refuse(commentError('COMMENT_CROSS_SITE', 'Comments can only be posted from this site.'));
    }
    try {
      const outcome = await comments.submit({
        name: values.author, email: values.email, website: values.url, text: values.comment, articleId: article.id, parentId,
        honeypot: body.contact_website ?? '', stamp: body.stamp, ip: request.ip, userAgent: request.headers['user-agent'] ?? '',
      });
      const path = commentArticlePath(article);
      const location = outcome.visible
        ? `${commentPagePath(path, await comments.pageOf(outcome.id))}#comment-${outcome.id}`
        : `${commentPagePath(path, await comments.pageOf(outcome.id))}?unapproved=${outcome.id}&moderation-hash=${outcome.moderationHash}#comment-${outcome.id}`;
      if (!wantsJson) return reply.code(303).header('cache-control', 'no-store').redirect(location, 303);
      const t = (await site.siteView()).t;
      return reply.code(201).header('cache-control', 'no-store')
        .send({ id: outcome.id, status: outcome.visible ? 'approved' : 'pending', parentId: outcome.shown.parentId, location, html: renderComment(outcome, t) });
    } catch (error) {
      if (isAppError(error) && error.status < 500) return refuse(error);
      throw error;
    }
  });
};

function renderComment(outcome: Awaited<ReturnType<CommentsService['submit']>>, t: Translator): string {
  const { shown } = outcome;
  const node: CommentNode = {
    id: outcome.id, authorName: shown.authorName, authorUrl: shown.authorUrl, avatarKey: shown.avatarKey, createdAt: shown.createdAt, text: shown.text,
    removed: false, awaitingModeration: !outcome.visible, staff: false, depth: shown.depth, canReply: outcome.visible && shown.depth < MAX_DEPTH - 1, replies: [],
  };
  return renderToString(<CommentItem node={node} t={t} open />);
}
