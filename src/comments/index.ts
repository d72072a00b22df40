/**
 * Reader comments: the "Leave a Reply" form's submissions, spam and moderation rules, threads
 * for reader pages, the newsroom's moderation queue and commenters' data requests.
 */
export { createCommentsService, type CommentsService, type CommentsDeps } from './comments.service.ts';
export type { CommentSubmission, SubmitOutcome } from './comment-submit.service.ts';
export type { CommentNode, CommentsView, HeldCommentRequest } from './comment-thread.service.ts';
export { THREADS_PER_PAGE } from './comment-thread.service.ts';
export { COMMENT_LIMITS, MAX_DEPTH, findCommentProblems, normaliseCommentInput, type CommentFormInput, type FieldProblem } from './comment.input.ts';
export { COMMENT_ERRORS, commentError } from './comment.errors.ts';
export { CommentText, commentExcerpt } from './comment-text.tsx';
export { avatarPath } from './comment.presenter.ts';
export { commentsAdminRoutes } from './comment.admin.routes.ts';
export { commentsApiRoutes, avatarRoutes } from './comment.public.routes.ts';
export { createMailer, type Mailer } from './moderation-mail.ts';
export { MODERATION_ACTIONS, type ModerationAction } from './comment-moderation.service.ts';
export { COMMENT_STATUSES, type CommentStatus } from './comment.table.ts';
export { commentArticlePath } from './comment.repository.ts';
