import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isAppError } from '../common/app-error.ts';
import type { Clock } from '../common/clock.ts';
import { cacheTags, isPublicArticle, type WriteRunner } from '../content/index.ts';
import type { Database } from '../db/index.ts';
import { avatarKey } from './avatar.ts';
import { commentError } from './comment.errors.ts';
import { findCommentProblems, normaliseCommentInput, placeReply, type CommentFormInput } from './comment.input.ts';
import {
  claimFloodSlot, findComment, findCommentArticle, hasApprovedComment, insertComment, pruneFloodMarks,
  type CommentArticleRow, type CommentSettingsRow,
} from './comment.repository.ts';
import type { CommentSecrets } from './comment-secrets.ts';
import { formStampAge } from './form-stamp.ts';
import { judgeComment, parseWordList, type HeldReason } from './spam-rules.ts';

/** One comment as a reader sent it, with where it came from. */
export interface CommentSubmission extends CommentFormInput {
  articleId: number;
  parentId: number | null;
  /** The hidden field people leave empty. */
  honeypot: string;
  /** The signed time the form was drawn. */
  stamp: unknown;
  ip: string;
  userAgent: string;
}

/** What became of a submission. Spam is reported to the sender as held, never as spam. */
export interface SubmitOutcome {
  id: number;
  articleId: number;
  /** What the sender is told: shown at once, or awaiting moderation. */
  visible: boolean;
  /** Signs `?unapproved=id&moderation-hash=…`, which shows a held comment to its sender only. */
  moderationHash: string | null;
  /** Set when moderators should hear of it (held for review, not spam). */
  notify: { reason: HeldReason; article: CommentArticleRow } | null;
  /** The comment as its sender may see it now (to show it in place). */
  shown: { parentId: number | null; depth: number; authorName: string; authorUrl: string; avatarKey: string; text: string; createdAt: string };
}

/** True when readers may comment on this article now. */
export function commentsAreOpen(article: Pick<CommentArticleRow, 'commentsOpen' | 'publishedAt'>, settings: Pick<CommentSettingsRow, 'closeAfterDays'>, now: Date): boolean {
  if (article.commentsOpen !== 1) return false;
  if (settings.closeAfterDays <= 0 || article.publishedAt === null) return true;
  return Date.parse(article.publishedAt) + settings.closeAfterDays * 86_400_000 > now.getTime();
}

/** The signature that lets the sender of a held comment see it. */
export function moderationHash(secret: string, commentId: number): string {
  return createHmac('sha256', secret).update(`held-comment:${commentId}`).digest('base64url').slice(0, 22);
}

/** True when `hash` is the sender's signature for `commentId`. */
export function isModerationHash(secret: string, commentId: number, hash: string): boolean {
  const expected = Buffer.from(moderationHash(secret, commentId));
  const given = Buffer.from(hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The duplicate check's key: the same words from the same person in the same place. */
export function commentFingerprint(articleId: number, parentId: number | null, name: string, email: string, text: string): string {
  return createHash('sha256').update(JSON.stringify([articleId, parentId, name, email, text])).digest('hex');
}

/**
 * Takes readers' comments: checks the form, the article and the thread, judges the comment by
 * the site's rules, and stores it exactly once.
 */
export function createCommentSubmitter(deps: { db: Kysely<Database>; clock: Clock; write: WriteRunner; secrets: () => Promise<CommentSecrets>; settings: () => Promise<CommentSettingsRow> }) {
  const { db, clock, write } = deps;

  return {
    /**
     * Stores a reader's comment.
     * @throws COMMENT_INVALID_INPUT (naming the field), COMMENT_ARTICLE_NOT_FOUND, COMMENT_CLOSED,
     *   COMMENT_PARENT_NOT_FOUND, COMMENT_DUPLICATE, COMMENT_TOO_FAST
     */
    async submit(submission: CommentSubmission): Promise<SubmitOutcome> {
      const input = normaliseCommentInput(submission);
      const [problem] = findCommentProblems(input);
      if (problem) throw commentError('COMMENT_INVALID_INPUT', problem.message, problem.field);
      const now = clock.now();
      const nowIso = now.toISOString();
      const [secrets, settings, article] = await Promise.all([deps.secrets(), deps.settings(), findCommentArticle(db, { id: submission.articleId })]);
      if (!article || !isPublicArticle(article, nowIso)) throw commentError('COMMENT_ARTICLE_NOT_FOUND', 'There is no such article to comment on.');
      if (!commentsAreOpen(article, settings, now)) throw commentError('COMMENT_CLOSED', 'Comments are closed on this article.');
      const place = await placeInThread(submission.parentId, article.id);
      const verdict = judgeComment({
        fields: { name: input.name, email: input.email, website: input.website, text: input.text, ip: submission.ip },
        honeypot: submission.honeypot,
        stampAgeMs: formStampAge(secrets.formStamp, submission.stamp, now.getTime()),
        policy: {
          moderation: settings.moderation, moderationWords: parseWordList(settings.moderationWords), blockedWords: parseWordList(settings.blockedWords),
          holdLinks: settings.holdLinks, minFormSeconds: settings.minFormSeconds,
        },
        knownCommenter: await hasApprovedComment(db, input.name, input.email),
      });
      const key = avatarKey(secrets.avatar, input.email);
      const id = await write(async (trx) => {
        const stored = await insertComment(trx, {
          articleId: article.id, parentId: place.parentId, rootId: place.rootId, depth: place.depth,
          status: verdict.status, statusBeforeTrash: null, heldReason: verdict.reason,
          authorName: input.name, authorEmail: input.email, authorUrl: input.website, authorIp: submission.ip.slice(0, 100),
          userAgent: submission.userAgent.slice(0, 500), avatarKey: key, userId: null,
          text: input.text, fingerprint: commentFingerprint(article.id, place.parentId, input.name, input.email, input.text),
          createdAt: nowIso, updatedAt: nowIso,
        }).catch(asDuplicate);
        // After the insert, so a repeated comment is named a duplicate rather than too fast.
        if (settings.floodSeconds > 0) {
          const cutoff = new Date(now.getTime() - settings.floodSeconds * 1000).toISOString();
          for (const key of [`ip:${submission.ip}`, `email:${input.email}`]) {
            if (!(await claimFloodSlot(trx, key, nowIso, cutoff))) {
              throw commentError('COMMENT_TOO_FAST', `You are posting comments too quickly. Please wait ${settings.floodSeconds} seconds between comments.`);
            }
          }
          if (stored % 100 === 0) await pruneFloodMarks(trx, cutoff);
        }
        return { result: stored, tags: verdict.status === 'approved' ? [cacheTags.comments(article.id)] : [] };
      });
      const visible = verdict.status === 'approved';
      return {
        id, articleId: article.id, visible,
        moderationHash: visible ? null : moderationHash(secrets.moderationView, id),
        notify: verdict.status === 'pending' && verdict.reason ? { reason: verdict.reason, article } : null,
        shown: { parentId: place.parentId, depth: place.depth, authorName: input.name, authorUrl: input.website, avatarKey: key, text: input.text, createdAt: nowIso },
      };
    },
  };

  /** Where a reply goes: under its parent, or beside it when the parent is as deep as threads go. */
  async function placeInThread(parentId: number | null, articleId: number): Promise<{ parentId: number | null; rootId: number | null; depth: number }> {
    if (parentId === null) return { parentId: null, rootId: null, depth: 0 };
    const parent = await findComment(db, parentId);
    if (!parent || parent.articleId !== articleId || parent.status !== 'approved') {
      throw commentError('COMMENT_PARENT_NOT_FOUND', 'The comment you are replying to is not there any more.', 'parentId');
    }
    return placeReply(parent);
  }
}

function asDuplicate(error: unknown): never {
  if (isAppError(error) && error.code === 'DB_CONFLICT') throw commentError('COMMENT_DUPLICATE', 'It looks as though you have already said that.');
  if (error && typeof error === 'object' && 'code' in error && ['SQLITE_CONSTRAINT_UNIQUE', '23505'].includes(String(error.code))) {
    throw commentError('COMMENT_DUPLICATE', 'It looks as though you have already said that.');
  }
  throw error;
}

export type CommentSubmitter = ReturnType<typeof createCommentSubmitter>;
