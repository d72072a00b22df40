import type { Kysely } from 'kysely';
import type { SignedInUser } from '../accounts/index.ts';
import type { PurgeBus } from '../cache/index.ts';
import type { Clock } from '../common/clock.ts';
import type { Database, Db } from '../db/index.ts';
import { checkDate } from './article-row.ts';
import { pagesShowing } from './article-pages.ts';
import { findArticleById, findArticleBySlug, type EditableArticleRow } from './article.repository.ts';
import { lockArticleRow } from './article-write.repository.ts';
import { createWriteRunner } from './content-write.ts';
import { contentError } from './content.errors.ts';
import type { ArticleStatus } from './content.table.ts';
import { authoriseTransition, WORKFLOW_RULES, type WorkflowAction } from './editorial-policy.ts';
import { claimJob, findDueJobs, findJobsForArticle, recordJobFailure, syncPublishJob } from './job.repository.ts';
import { findEvents, insertEvent } from './workflow-event.repository.ts';

/** What a workflow action may carry. */
export interface TransitionInput {
  /** Required to send back: what the writer should change. */
  note?: string;
  /** Required to schedule: when the article goes public (ISO 8601, in the future). */
  publishAt?: string;
}

const MAX_NOTE = 2000;

/** Another process claimed the job first; this transaction rolls back and leaves it to them. */
class LostClaim extends Error {}
const MAX_ATTEMPTS = 5;

/** Tags of every page that shows (or showed) an article. */
const pagesOf = (db: Db, article: EditableArticleRow) => pagesShowing(db, [article]);

function isPublic(status: ArticleStatus): boolean {
  return status === 'published';
}

/**
 * The editorial workflow: moving articles between draft, in review, scheduled, published and
 * unpublished, with every move recorded, and the scheduler that publishes on time.
 */
export function createWorkflow(db: Kysely<Database>, clock: Clock, purges: PurgeBus) {
  const write = createWriteRunner(db, purges);

  /** Where `action` takes `current`, and its publication time there. @throws CONTENT_INVALID_INPUT, CONTENT_EMBARGOED */
  function plan(current: EditableArticleRow, action: WorkflowAction, input: TransitionInput, nowIso: string): { publishedAt: string | null; note: string } {
    const note = (input.note ?? '').trim();
    if (note.length > MAX_NOTE) throw contentError('CONTENT_INVALID_INPUT', `note must be at most ${MAX_NOTE} characters.`, 'note');
    const embargo = current.embargoUntil;
    switch (action) {
      case 'send-back':
        if (note === '') throw contentError('CONTENT_INVALID_INPUT', 'note must say what the writer should change.', 'note');
        return { publishedAt: null, note };
      case 'schedule': {
        if (input.publishAt === undefined) throw contentError('CONTENT_INVALID_INPUT', 'publishAt is required to schedule an article.', 'publishAt');
        const at = checkDate(input.publishAt, 'publishAt');
        if (at <= nowIso) throw contentError('CONTENT_INVALID_INPUT', 'publishAt must be in the future; to publish now, use publish.', 'publishAt');
        if (embargo !== null && at < embargo) throw contentError('CONTENT_INVALID_INPUT', `publishAt is before the embargo (${embargo}).`, 'publishAt');
        return { publishedAt: at, note };
      }
      case 'publish':
        if (embargo !== null && embargo > nowIso) {
          throw contentError('CONTENT_EMBARGOED', `This article is under embargo until ${embargo}; schedule it for that time or later instead.`, 'embargoUntil');
        }
        // A republished article keeps its first publication time; a scheduled one goes out now.
        return { publishedAt: current.status !== 'scheduled' && current.publishedAt !== null && current.publishedAt <= nowIso ? current.publishedAt : nowIso, note };
      case 'unschedule':
        return { publishedAt: null, note };
      default:
        return { publishedAt: current.publishedAt, note };
    }
  }

  return {
    /**
     * Takes `action` on the article `slug` as `user`, records who and when, keeps the publish job
     * in step and purges the pages it changes. Returns the new status.
     * @throws CONTENT_ARTICLE_NOT_FOUND, CONTENT_INVALID_TRANSITION, CONTENT_INVALID_INPUT, CONTENT_EMBARGOED, ACCOUNTS_FORBIDDEN
     */
    transition: (slug: string, action: WorkflowAction, user: SignedInUser, input: TransitionInput = {}) => write(async (trx) => {
      const found = await findArticleBySlug(trx, slug);
      if (!found) throw contentError('CONTENT_ARTICLE_NOT_FOUND', `There is no article "${slug}".`, 'slug');
      // Lock, then read: the embargo and state checked below must be the ones this change lands on.
      await lockArticleRow(trx, found.id);
      const current = (await findArticleById(trx, found.id)) ?? found;
      authoriseTransition(user, current, action);
      const rule = WORKFLOW_RULES[action];
      if (!rule.from.includes(current.status)) {
        throw contentError('CONTENT_INVALID_TRANSITION', `An article that is ${current.status.replace('_', ' ')} cannot be sent to "${action}".`, 'status');
      }
      const nowIso = clock.now().toISOString();
      const { publishedAt, note } = plan(current, action, input, nowIso);
      // Conditional on the state read: of two simultaneous actions, the second finds it moved on.
      const moved = await trx.updateTable('articles').set({ status: rule.to, publishedAt })
        .where('id', '=', current.id).where('status', '=', current.status).executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) {
        throw contentError('CONTENT_INVALID_TRANSITION', 'Someone changed this article\'s state at the same moment; reload it and try again.', 'status');
      }
      await insertEvent(trx, { articleId: current.id, fromStatus: current.status, toStatus: rule.to, userId: user.id, note, createdAt: nowIso });
      await syncPublishJob(trx, current.id, rule.to, publishedAt, nowIso);
      const tags = isPublic(current.status) || isPublic(rule.to) ? await pagesOf(trx, current) : [];
      return { result: { status: rule.to, publishedAt }, tags };
    }),

    /** An article's state changes, oldest first, and its scheduled jobs. */
    async history(articleId: number) {
      const [events, jobs] = await Promise.all([findEvents(db, articleId), findJobsForArticle(db, articleId)]);
      return { events, jobs };
    },

    /**
     * Publishes every scheduled article whose time has come. Safe to run at once in several
     * processes: each job is claimed inside the transaction that publishes, so exactly one of
     * them publishes it. Returns how many this call published.
     */
    async runDueJobs(): Promise<number> {
      const nowIso = clock.now().toISOString();
      let published = 0;
      for (const job of await findDueJobs(db, nowIso, 50)) {
        try {
          const done = await write(async (trx) => {
            // Article row first, then the job: the same order as every workflow action, so the
            // scheduler and an editor rescheduling at that second cannot deadlock.
            const updated = job.articleId === null ? 0 : Number((await trx.updateTable('articles').set({ status: 'published' })
              .where('id', '=', job.articleId).where('status', '=', 'scheduled').where('publishedAt', '=', job.runAt)
              .executeTakeFirst()).numUpdatedRows);
            if (!(await claimJob(trx, job.id, nowIso))) {
              if (updated > 0) throw new LostClaim();
              return { result: false, tags: [] };
            }
            // The article moved on since the job was made (rescheduled, sent back): nothing to do.
            if (updated === 0 || job.articleId === null) return { result: false, tags: [] };
            await insertEvent(trx, { articleId: job.articleId, fromStatus: 'scheduled', toStatus: 'published', userId: null, note: 'Published on schedule.', createdAt: nowIso });
            const article = await findArticleById(trx, job.articleId);
            return { result: true, tags: article ? await pagesOf(trx, article) : [] };
          });
          if (done) published += 1;
        } catch (error) {
          if (error instanceof LostClaim) continue;
          // Counting the failure may fail too (the database is gone); the job then stays due.
          await recordJobFailure(db, job.id, job.attempts + 1, MAX_ATTEMPTS, error instanceof Error ? error.message : String(error), nowIso).catch(() => undefined);
        }
      }
      return published;
    },
  };
}

export type Workflow = ReturnType<typeof createWorkflow>;

/**
 * Runs the workflow's due jobs every `intervalMs` (one second by default: a scheduled article
 * appears within about a second of its time, visited or not). The first run is immediate, so
 * whatever fell due while the server was down is published as it starts.
 */
export function startScheduler(workflow: Workflow, intervalMs = 1000, onError: (error: unknown) => void = () => undefined) {
  let running: Promise<void> | null = null;
  // A slow run is not stacked on: the next tick after it ends picks up what is still due.
  const tick = () => {
    running ??= workflow.runDueJobs().then(() => undefined, onError).finally(() => { running = null; });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    /** Stops the timer and waits for a run in progress. */
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
