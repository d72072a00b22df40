import { useEffect, useState } from 'react';
import { t, tn } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import { Loading, LoadError, useNotices } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { CommentCard, actionLabel } from './comment-card.tsx';
import { ConfirmDelete, EditCommentForm, ShortcutsHelp } from './comment-dialogs.tsx';
import { actionsFor, canReply, type ModeratedComment, type ModerationAction } from './comments.api.ts';
import { ArticlePanel, BulkBar, BulkFailures, FilterForm, QueueTabs } from './queue-controls.tsx';
import { useQueueFilters } from './queue-filters.ts';
import { useShortcuts, useShortcutsSetting } from './use-shortcuts.ts';
import { cardId, EMPTY_ID, useModeration, type BulkFailure } from './use-moderation.ts';
import './comments.css';

type DialogState =
  | { kind: 'edit'; comment: ModeratedComment }
  | { kind: 'delete'; ids: number[]; comment?: ModeratedComment }
  | { kind: 'shortcuts' }
  | null;

/**
 * Comment moderation, after WordPress's Comments screen: queues as tabs with counts, filters in
 * the address, actions per comment and in bulk, staff replies, edits, and single-key shortcuts.
 */
export function CommentsScreen() {
  const [filters, setFilters] = useQueueFilters();
  const m = useModeration(filters, setFilters);
  const { queue, currentId, busy } = m;
  const { notify } = useNotices();
  const [selected, setSelected] = useState<Set<number>>(() => new Set());
  const [replyingTo, setReplyingTo] = useState<number | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [failures, setFailures] = useState<BulkFailure[]>([]);
  const [shortcutsOn, setShortcutsOn] = useShortcutsSetting();

  useEffect(() => { setSelected(new Set()); setReplyingTo(null); setFailures([]); }, [filters]);

  const items = queue.data?.items ?? [];
  const current = items.find((c) => c.id === currentId);
  const select = (id: number, on: boolean) => setSelected((s) => { const next = new Set(s); if (on) next.add(id); else next.delete(id); return next; });

  function request(comment: ModeratedComment, action: ModerationAction) {
    if (action === 'delete') setDialog({ kind: 'delete', ids: [comment.id], comment });
    else void m.act(comment, action);
  }

  async function applyBulk(action: ModerationAction, confirmed = false) {
    const ids = items.filter((c) => selected.has(c.id)).map((c) => c.id);
    if (action === 'delete' && !confirmed) { setDialog({ kind: 'delete', ids }); return; }
    const failed = await m.actMany(ids, action);
    setFailures(failed);
    setSelected(new Set(failed.map((f) => f.id)));
  }

  async function confirmDelete() {
    const asked = dialog;
    setDialog(null);
    if (asked?.kind !== 'delete') return;
    if (asked.comment) await m.act(asked.comment, 'delete');
    else await applyBulk('delete', true);
  }

  function closeReply(id: number) {
    setReplyingTo(null);
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${cardId(id)} [data-reply]`)?.focus());
  }

  async function replied(comment: ModeratedComment, parentWasHeld: boolean) {
    const fresh = queue.data ? await m.settle(queue.data, comment.id) : undefined;
    setReplyingTo(null);
    notify(t(parentWasHeld ? 'comments.done.replyApproved' : 'comments.done.reply') + m.pendingNow(fresh));
  }

  /** A shortcut that acts on the current comment, when there is one and the action fits it. */
  const onCurrent = (run: (c: ModeratedComment) => void) => () => {
    if (busy || !queue.data) return;
    if (!current) { notify(t('comments.keys.chooseFirst'), 'info'); return; }
    run(current);
  };
  const shortcut = (action: ModerationAction) => onCurrent((c) => {
    if (actionsFor(c.status).includes(action)) request(c, action);
    else notify(t('comments.keys.notHere', { action: t(actionLabel(action, c.status)) }), 'info');
  });
  useShortcuts(shortcutsOn, {
    j: () => m.move(1), k: () => m.move(-1),
    a: shortcut('approve'), u: shortcut('unapprove'), s: shortcut('spam'), t: shortcut('trash'), z: shortcut('restore'),
    r: onCurrent((c) => (canReply(c.status) ? setReplyingTo(c.id) : notify(t('comments.keys.notHere', { action: t('comments.action.reply') }), 'info'))),
    e: onCurrent((c) => setDialog({ kind: 'edit', comment: c })),
    x: onCurrent((c) => select(c.id, !selected.has(c.id))),
    '?': () => setDialog({ kind: 'shortcuts' }),
  });

  const articleError = queue.error?.property === 'article' ? queue.error.message : undefined;
  const filtered = Boolean(filters.article || filters.email || filters.q);
  const dialogTitle = dialog?.kind === 'edit' ? t('comments.edit.title', { name: dialog.comment.authorName })
    : dialog?.kind === 'delete' ? t('comments.delete.title') : t('comments.keys.title');

  return (
    <>
      <PageHeader title={t('nav.comments')} actions={
        <button type="button" className="button" aria-keyshortcuts={shortcutsOn ? '?' : undefined} onClick={() => setDialog({ kind: 'shortcuts' })}>{t('comments.keys.open')}</button>
      } />
      <QueueTabs filters={filters} counts={queue.data?.counts} />
      <FilterForm filters={filters} onApply={setFilters} articleError={articleError} suggestions={items.map((c) => c.article)} />
      {filters.article && !articleError ? <ArticlePanel slug={filters.article} onClear={() => setFilters({ article: '', page: 1 })} /> : null}

      {queue.error && !articleError ? <LoadError message={queue.error.message} onRetry={queue.reload} /> : null}
      {!queue.data && queue.loading ? <Loading /> : null}
      {queue.data && !queue.error ? (
        <section className="comment-queue" aria-labelledby="comment-queue-title" aria-busy={queue.loading || busy}>
          <h2 id="comment-queue-title" className="visually-hidden">{t(`comments.tab.${filters.status}`)}</h2>
          <p className="queue-total muted" role="status">{tn('comments.total', queue.data.total)}</p>
          <BulkFailures failures={failures} />
          {items.length > 0 ? (
            <>
              <BulkBar status={filters.status} items={items} selected={selected} busy={busy}
                onSelectAll={(all) => setSelected(new Set(all ? items.map((c) => c.id) : []))} onApply={(action) => void applyBulk(action)} />
              <ol className="comment-list">
                {items.map((comment) => (
                  <li key={comment.id}>
                    <CommentCard comment={comment} filters={filters} current={comment.id === currentId} selected={selected.has(comment.id)}
                      replying={replyingTo === comment.id} busy={busy} shortcuts={shortcutsOn}
                      onSelect={(on) => select(comment.id, on)} onFocus={() => m.setCurrentId(comment.id)}
                      onAction={(action) => request(comment, action)} onEdit={() => setDialog({ kind: 'edit', comment })}
                      onReply={(open) => (open ? setReplyingTo(comment.id) : closeReply(comment.id))}
                      onReplied={(held) => replied(comment, held)} />
                  </li>
                ))}
              </ol>
              <Pagination page={queue.data.page} pageCount={queue.data.pageCount} onPage={(page) => setFilters({ page })} />
            </>
          ) : (
            <p id={EMPTY_ID} className="comments-empty" tabIndex={-1}>{filtered ? t('comments.emptyFiltered') : t(`comments.empty.${filters.status}`)}</p>
          )}
        </section>
      ) : null}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">{m.said}</p>

      <Dialog title={dialogTitle} open={dialog !== null} onClose={() => setDialog(null)}>
        {dialog?.kind === 'edit' ? (
          <EditCommentForm comment={dialog.comment} onCancel={() => setDialog(null)}
            onSaved={(updated) => { m.replace(updated); setDialog(null); notify(t('comments.done.edit')); }} />
        ) : dialog?.kind === 'delete' ? (
          <ConfirmDelete count={dialog.ids.length} onConfirm={() => void confirmDelete()} onCancel={() => setDialog(null)} />
        ) : dialog?.kind === 'shortcuts' ? (
          <ShortcutsHelp enabled={shortcutsOn} onToggle={setShortcutsOn} />
        ) : null}
      </Dialog>
    </>
  );
}
