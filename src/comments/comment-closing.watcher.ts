import type { Clock } from '../common/clock.ts';
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
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  /** Purges the comment pages of every article whose comments closed since the last check. */
  async function check(): Promise<number> {
    if (running) return 0;
    running = true;
    try {
      const now = clock.now().getTime();
      const { closeAfterDays } = await findCommentSettings(db);
      const from = checkedUpTo;
      checkedUpTo = now;
      if (closeAfterDays <= 0) return 0;
      const age = closeAfterDays * 86_400_000;
      const closed = await db.selectFrom('articles').select('id')
        .where('status', '=', 'published')
        .where('publishedAt', '>', new Date(from - age).toISOString())
        .where('publishedAt', '<=', new Date(now - age).toISOString())
        .execute();
      if (closed.length > 0) announce(closed.map((a) => cacheTags.comments(a.id)));
      return closed.length;
    } finally {
      running = false;
    }
  }

  return {
    check,
    /** Checks every `intervalMs` until {@link stop}. */
    start(intervalMs = 5000): void {
      timer = setInterval(() => void check().catch(() => undefined), intervalMs);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type CommentClosingWatcher = ReturnType<typeof createCommentClosingWatcher>;
