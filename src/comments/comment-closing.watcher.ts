import type { Clock } from '../common/clock.ts';
import { intervalTask } from '../common/interval-task.ts';
import { cacheTags } from '../content/index.ts';
import type { Db } from '../db/index.ts';
import { findCommentSettings } from './comment.repository.ts';

/**
 * With `closeAfterDays` set, an article's comments close when it reaches that age. Nothing is
 * written at that moment, so cached pages would keep offering the form: this watcher notices
 * each article crossing the line and purges its comment pages (each process its own cache).
 */
export function createCommentClosingWatcher(db: Db, clock: Clock, announce: (tags: string[]) => void) {
  let checkedUpTo = clock.now().getTime();
  let closedLastRun = 0;

  const task = intervalTask(async () => {
    const now = clock.now().getTime();
    const { closeAfterDays } = await findCommentSettings(db);
    const from = checkedUpTo;
    checkedUpTo = now;
    closedLastRun = 0;
    if (closeAfterDays <= 0) return;
    const age = closeAfterDays * 86_400_000;
    const closed = await db.selectFrom('articles').select('id')
      .where('status', '=', 'published')
      .where('publishedAt', '>', new Date(from - age).toISOString())
      .where('publishedAt', '<=', new Date(now - age).toISOString())
      .execute();
    closedLastRun = closed.length;
    if (closed.length > 0) announce(closed.map((a) => cacheTags.comments(a.id)));
  });

  return {
    /** Purges the comment pages of every article whose comments closed since the last check; returns how many. */
    async check(): Promise<number> {
      return (await task.runOnce()) ? closedLastRun : 0;
    },
    /** Checks every `intervalMs` until {@link stop}. */
    start(intervalMs = 5000): void { task.start(intervalMs); },
    stop(): void { task.stop(); },
  };
}

export type CommentClosingWatcher = ReturnType<typeof createCommentClosingWatcher>;
