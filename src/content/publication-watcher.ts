import type { Clock } from '../common/clock.ts';
import type { Db } from '../db/index.ts';
import { intervalTask } from '../common/interval-task.ts';
import { pagesShowing } from './article-pages.ts';

/** Where purges go: the purge bus's local announce. */
export type Announce = (tags: string[]) => void;

/**
 * Articles dated in the future are published but hidden until their time. Nothing is written
 * when that time comes, so this watcher notices it and purges the pages that must now show them
 * (each process runs its own; no log entry is needed).
 */
export function createPublicationWatcher(db: Db, clock: Clock, announce: Announce) {
  let checkedUpTo = clock.now().toISOString();
  let dueLastRun = 0;

  const task = intervalTask(async () => {
    const now = clock.now().toISOString();
    const due = await db.selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.sectionId')
      .select(['a.id', 's.slug as sectionSlug'])
      .where('a.status', '=', 'published')
      .where('a.publishedAt', '>', checkedUpTo)
      .where('a.publishedAt', '<=', now)
      .execute();
    checkedUpTo = now;
    dueLastRun = due.length;
    if (due.length > 0) announce(await pagesShowing(db, due));
  });

  return {
    /** Purges for every article whose time came since the last check; returns how many. */
    async check(): Promise<number> {
      return (await task.runOnce()) ? dueLastRun : 0;
    },
    /** Checks every `intervalMs` until {@link stop}. */
    start(intervalMs = 1000): void { task.start(intervalMs); },
    stop(): void { task.stop(); },
  };
}

export type PublicationWatcher = ReturnType<typeof createPublicationWatcher>;
