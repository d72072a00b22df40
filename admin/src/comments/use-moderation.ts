import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t, tn, type MessageKey } from '../i18n/i18n.ts';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import {
  fetchQueue, moderate, moderateMany, type ModeratedComment, type ModerationAction, type Queue, type QueueFilters,
} from './comments.api.ts';
import { sharePendingCount } from './pending-count.ts';

/** The id of a comment's card, which takes focus when the comment becomes the current one. */
export const cardId = (id: number) => `comment-${id}`;
/** The element that takes focus when the queue is empty after an action. */
export const EMPTY_ID = 'comments-empty';

const DONE: Record<ModerationAction, MessageKey> = {
  approve: 'comments.done.approve', unapprove: 'comments.done.unapprove', spam: 'comments.done.spam',
  trash: 'comments.done.trash', restore: 'comments.done.restore', delete: 'comments.done.delete',
};

/** What a person is shown when a call fails: the server's own words, or why it could not answer. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.status === 0 ? t('error.network') : error.message;
  return t('error.generic');
}

/** Where focus goes once a comment may have left the queue: itself, else the next, else the one before. */
function nextFocus(before: ModeratedComment[], after: ModeratedComment[], id: number): number | null {
  const still = new Set(after.map((c) => c.id));
  if (still.has(id)) return id;
  const at = before.findIndex((c) => c.id === id);
  const candidates = at === -1 ? [] : [...before.slice(at + 1), ...before.slice(0, at).reverse()];
  return candidates.find((c) => still.has(c.id))?.id ?? after[0]?.id ?? null;
}

export interface BulkFailure { id: number; name: string; message: string }

/**
 * The queue for the filters in the address and what a moderator does to it. After each action
 * the queue is asked again (counts included), focus moves to the comment that is now in place
 * of the one acted on, and the outcome is announced ("Approved. 12 pending.").
 */
export function useModeration(filters: QueueFilters, setFilters: (change: Partial<QueueFilters>) => void) {
  const { notify } = useNotices();
  const queue = useResource((signal) => fetchQueue(filters, signal), JSON.stringify(filters));
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const focusRequest = useRef<number | 'first' | 'empty' | null>(null);
  const { data } = queue;

  useEffect(() => { if (data) sharePendingCount(data.counts.pending); }, [data]);
  useEffect(() => { setCurrentId(null); }, [filters]);

  const focusComment = useCallback((id: number) => {
    document.getElementById(cardId(id))?.focus();
    setCurrentId(id);
  }, []);

  // Runs after the list has rendered the new answer, so the element to focus exists.
  useEffect(() => {
    const target = focusRequest.current;
    if (target === null || !data) return;
    focusRequest.current = null;
    const id = target === 'first' || target === 'empty' ? data.items[0]?.id : target;
    if (id !== undefined) focusComment(id);
    else document.getElementById(EMPTY_ID)?.focus();
  }, [data, focusComment]);

  /** j / k: the next or previous comment on the page, announced with where it is. */
  const move = useCallback((step: 1 | -1) => {
    const items = data?.items ?? [];
    if (items.length === 0) return;
    const at = items.findIndex((c) => c.id === currentId);
    const index = at === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step));
    const comment = items[index];
    if (!comment) return;
    focusComment(comment.id);
    const edge = index === at ? ` ${t(step === 1 ? 'comments.lastOnPage' : 'comments.firstOnPage')}` : '';
    setSaid(t('comments.position', { n: index + 1, total: items.length, name: comment.authorName }) + edge);
  }, [data, currentId, focusComment]);

  /** Asks for the queue again; focus goes to `id` or what took its place (null: focus stays). */
  const settle = useCallback(async (before: Queue, id: number | null): Promise<Queue | undefined> => {
    let fresh: Queue;
    try {
      fresh = await fetchQueue(filters);
    } catch {
      queue.reload();
      return undefined;
    }
    if (fresh.items.length === 0 && filters.page > 1) {
      // The last comment of a later page went: show the page before, which still has some.
      focusRequest.current = id === null ? null : 'first';
      setFilters({ page: filters.page - 1 });
      return fresh;
    }
    focusRequest.current = id === null ? null : nextFocus(before.items, fresh.items, id) ?? 'empty';
    queue.set(fresh);
    return fresh;
  }, [filters, queue, setFilters]);

  const pendingNow = (fresh: Queue | undefined) => (fresh ? ` ${tn('comments.pendingNow', fresh.counts.pending)}` : '');

  /** One action on one comment (a delete is confirmed before this is called). */
  const act = useCallback(async (comment: ModeratedComment, action: ModerationAction) => {
    if (!data || busy) return;
    setBusy(true);
    try {
      await moderate(comment.id, action);
      notify(t(DONE[action]) + pendingNow(await settle(data, comment.id)));
    } catch (error) {
      notify(messageOf(error), 'error');
    } finally {
      setBusy(false);
    }
  }, [data, busy, notify, settle]);

  /** One action on the selected comments; returns those it could not do, with why. */
  const actMany = useCallback(async (ids: number[], action: ModerationAction): Promise<BulkFailure[]> => {
    if (!data || busy || ids.length === 0) return [];
    setBusy(true);
    try {
      const results = await moderateMany(ids, action);
      const names = new Map(data.items.map((c) => [c.id, c.authorName]));
      const failures = results.flatMap((r) => (r.ok ? [] : [{ id: r.id, name: names.get(r.id) ?? String(r.id), message: r.error.message }]));
      const done = results.length - failures.length;
      const fresh = await settle(data, null);
      const parts = [done > 0 ? tn(`comments.bulkDone.${action}`, done) : '', failures.length > 0 ? tn('comments.bulkFailed', failures.length) : ''];
      notify(parts.filter(Boolean).join(' ') + pendingNow(fresh), failures.length > 0 ? 'error' : 'success');
      return failures;
    } catch (error) {
      notify(messageOf(error), 'error');
      return [];
    } finally {
      setBusy(false);
    }
  }, [data, busy, notify, settle]);

  /** After an edit answered with the comment as saved: show it without asking for the page again. */
  const replace = useCallback((updated: ModeratedComment) => {
    if (data) queue.set({ ...data, items: data.items.map((c) => (c.id === updated.id ? updated : c)) });
  }, [data, queue]);

  return { queue, currentId, setCurrentId, busy, said, move, act, actMany, settle, replace, focusComment, pendingNow };
}

export type Moderation = ReturnType<typeof useModeration>;
