import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useSession } from '../app/session.tsx';

// The moderation screen tells the navigation what it just learnt, so the badge changes with
// each action instead of a minute later.
const PENDING_EVENT = 'dateline:pending-comments';
const REFRESH_MS = 60_000;

/** Tells every usePendingCommentCount() how many comments wait now (the queue just answered). */
export function sharePendingCount(count: number): void {
  window.dispatchEvent(new CustomEvent(PENDING_EVENT, { detail: count }));
}

/**
 * How many comments wait for moderation, for a badge beside "Comments" in the navigation:
 * undefined until known and for users who do not moderate. Asks the server on mount and every
 * minute while the tab is visible, and follows what the moderation screen reports.
 */
export function usePendingCommentCount(): number | undefined {
  const { can } = useSession();
  const allowed = can('comment.moderate');
  const [count, setCount] = useState<number>();

  useEffect(() => {
    setCount(undefined);
    if (!allowed) return undefined;
    const controller = new AbortController();
    const load = () => {
      if (document.hidden) return;
      api<{ counts: { pending: number } }>('/comments', { query: { status: 'pending', perPage: 1 }, signal: controller.signal })
        .then((queue) => setCount(queue.counts.pending), () => undefined);
    };
    const follow = (event: Event) => {
      const detail: unknown = (event as CustomEvent<unknown>).detail;
      if (typeof detail === 'number') setCount(detail);
    };
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    window.addEventListener(PENDING_EVENT, follow);
    document.addEventListener('visibilitychange', load);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener(PENDING_EVENT, follow);
      document.removeEventListener('visibilitychange', load);
    };
  }, [allowed]);

  return count;
}
