import type { Kysely } from 'kysely';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import { createWriteRunner } from '../content/index.ts';
import type { Database } from '../db/index.ts';
import { commentExcerpt } from './comment-text.tsx';
import { normaliseCommentInput } from './comment.input.ts';
import { createCommentAdministration } from './comment-privacy.service.ts';
import { createCommentClosingWatcher } from './comment-closing.watcher.ts';
import { createCommentModeration } from './comment-moderation.service.ts';
import { createCommentSecrets } from './comment-secrets.ts';
import { createCommentSubmitter, type CommentSubmission, type SubmitOutcome } from './comment-submit.service.ts';
import { createCommentThreads } from './comment-thread.service.ts';
import { commentArticlePath, deleteFloodMarks, findComment, findCommentArticle, findCommentSettings, type CommentArticleRow, type CommentSettingsRow } from './comment.repository.ts';
import { heldCommentMessage, type Mailer } from './moderation-mail.ts';

/** What the comments slice needs from the rest of the site. */
export interface CommentsDeps {
  db: Kysely<Database>;
  clock: Clock;
  purges: PurgeBus;
  siteUrl: string;
  /** null when no SMTP server is configured: nobody is emailed. */
  mailer: Mailer | null;
  /** Addresses of the newsroom users who moderate comments. */
  moderatorEmails(): Promise<string[]>;
  siteTitle(): Promise<string>;
  /** Where a failed notification is reported; it never fails the comment. */
  logError(error: unknown, message: string): void;
}

/** Reader comments: submission, threads for pages, moderation and the privacy requests. */
export function createCommentsService(deps: CommentsDeps) {
  const { db, clock } = deps;
  const write = createWriteRunner(db, deps.purges);
  const secrets = createCommentSecrets(db);
  // The policy is read on every article render and every post, and changes rarely: kept until
  // a purge of everything (which saving it announces, to every process) says otherwise.
  let settingsMemo: Promise<CommentSettingsRow> | null = null;
  const settings = (): Promise<CommentSettingsRow> => {
    settingsMemo ??= findCommentSettings(db);
    return settingsMemo.catch((error: unknown) => { settingsMemo = null; throw error; });
  };
  const submitter = createCommentSubmitter({ db, clock, write, secrets, settings });
  const threads = createCommentThreads({ db, clock, secrets, settings });
  const moderation = createCommentModeration({ db, clock, write, secrets });
  const administration = createCommentAdministration({ db, clock, write });
  const pendingMail = new Set<Promise<void>>();
  const closing = createCommentClosingWatcher(db, clock, (tags) => deps.purges.announce(tags));

  async function notify(submission: CommentSubmission, outcome: SubmitOutcome): Promise<void> {
    if (!deps.mailer || !outcome.notify) return;
    const [policy, to, siteTitle] = await Promise.all([settings(), deps.moderatorEmails(), deps.siteTitle()]);
    if (policy.notifyModerators !== 1 || to.length === 0) return;
    const { article, reason } = outcome.notify;
    // As stored, so the notice matches the queue (and a search by what it shows finds the comment).
    const stored = normaliseCommentInput(submission);
    const message = heldCommentMessage({
      articleHeadline: article.headline, articleUrl: deps.siteUrl + commentArticlePath(article), commentId: outcome.id,
      authorName: stored.name, authorEmail: stored.email, authorWebsite: stored.website, ip: submission.ip,
      excerpt: commentExcerpt(stored.text, 300), reason, queueUrl: `${deps.siteUrl}/admin/comments?status=pending`,
    }, siteTitle);
    await deps.mailer.send({ to, ...message });
  }

  return {
    ...threads,
    moderation,
    administration,
    /** Purges pages whose comments closed by age; `serve` starts it. */
    closing,
    secrets,

    /** The approved comment `id` of the article, as a reply target (its id and shown name), or null. */
    async replyTarget(articleId: number, id: number): Promise<{ id: number; name: string } | null> {
      const row = await findComment(db, id);
      return row && row.articleId === articleId && row.status === 'approved' ? { id: row.id, name: row.authorName } : null;
    },

    /** The article by its slug, as the comments slice sees it (any status), or undefined. */
    articleBySlug(slug: string): Promise<CommentArticleRow | undefined> {
      return findCommentArticle(db, { slug });
    },

    /**
     * Stores a reader's comment (see the submitter) and, when it is held for review, emails the
     * moderators in the background.
     */
    async submit(submission: CommentSubmission): Promise<SubmitOutcome> {
      const outcome = await submitter.submit(submission);
      if (outcome.notify && deps.mailer) {
        const sending = notify(submission, outcome).catch((error: unknown) => deps.logError(error, 'Could not email the moderators about a held comment'));
        pendingMail.add(sending);
        void sending.finally(() => pendingMail.delete(sending));
      }
      return outcome;
    },

    /**
     * Lets these senders post again at once, whatever the flood interval: for the demo, which
     * posts its thread anew after `dateline demo --reset`.
     */
    async forgetFloodMarks(senders: { email: string; ip: string }[]): Promise<void> {
      await deleteFloodMarks(db, senders.flatMap((s) => [`email:${s.email.trim().toLowerCase()}`, `ip:${s.ip}`]));
    },

    /** Forgets the kept comment policy (after a purge of everything). */
    forgetSettings(): void {
      settingsMemo = null;
    },

    /** Waits for notification emails still being sent (tests and shutdown). */
    async settled(): Promise<void> {
      await Promise.all([...pendingMail]);
    },

    /** Stops the mailer's connections. */
    close(): void {
      closing.stop();
      deps.mailer?.close();
    },
  };
}

export type CommentsService = ReturnType<typeof createCommentsService>;
