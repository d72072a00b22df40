import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t, type MessageKey } from '../i18n/i18n.ts';
import { TextArea } from '../ui/field.tsx';
import { actionsFor, canReply, replyAsStaff, type ModeratedComment, type ModerationAction, type QueueFilters } from './comments.api.ts';
import { hrefFor } from './queue-filters.ts';
import { cardId, messageOf } from './use-moderation.ts';

/** The label of each action's button; "restore" reads differently out of spam and out of the trash. */
export function actionLabel(action: ModerationAction, status: ModeratedComment['status']): MessageKey {
  if (action === 'restore') return status === 'spam' ? 'comments.action.notSpam' : 'comments.action.restore';
  return `comments.action.${action}`;
}

/** The key that does each action on the current comment (see the shortcuts dialog). */
export const ACTION_KEYS: Partial<Record<ModerationAction, string>> = { approve: 'a', unapprove: 'u', spam: 's', trash: 't', restore: 'z' };

const HELD_REASONS = new Set(['blocked-word', 'honeypot', 'too-fast', 'bad-stamp', 'moderation-word', 'links', 'hold-all', 'first-time']);

/** Only web addresses become links; anything else a commenter typed stays text. */
const isWebAddress = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);
const shortUrl = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

export interface CardProps {
  comment: ModeratedComment;
  filters: QueueFilters;
  current: boolean;
  selected: boolean;
  /** Whether the single-key shortcuts are on, so buttons name their key only then. */
  shortcuts: boolean;
  replying: boolean;
  /** An action is under way: buttons say so but keep focus (a disabled button would drop it). */
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onFocus: () => void;
  onAction: (action: ModerationAction) => void;
  onEdit: () => void;
  onReply: (open: boolean) => void;
  onReplied: (parentWasHeld: boolean) => Promise<void>;
}

/** One comment in the queue: who, where, in answer to what, what they wrote, and what can be done. */
export function CommentCard(props: CardProps) {
  const { comment: c, filters, current, selected, replying, busy, shortcuts } = props;
  const key = (k: string | undefined) => (shortcuts ? k : undefined);
  const { can } = useSession();
  const nameId = `${cardId(c.id)}-name`;
  const headline = c.article?.headline ?? t('comments.noArticle');
  const reason = c.heldReason && HELD_REASONS.has(c.heldReason) && (c.status === 'pending' || c.status === 'spam') ? c.heldReason : null;
  const actions = actionsFor(c.status);

  return (
    <article id={cardId(c.id)} tabIndex={-1} onFocus={props.onFocus}
      className={`comment-card${current ? ' is-current' : ''}${selected ? ' is-selected' : ''}`}
      aria-label={t('comments.cardLabel', { name: c.authorName, article: headline })}>
      <div className="comment-head">
        <input type="checkbox" className="comment-select" checked={selected} onChange={(e) => props.onSelect(e.target.checked)}
          aria-label={t('comments.selectOne', { name: c.authorName })} />
        <img className="comment-avatar" src={c.avatarUrl} alt="" width={40} height={40} loading="lazy" />
        <div className="comment-who">
          <h2 id={nameId} className="comment-author">
            {c.authorName}
            {c.staff ? <span className="badge badge-staff">{t('comments.staff')}</span> : null}
          </h2>
          <p className="comment-contact">
            {c.authorEmail ? <a href={`mailto:${c.authorEmail}`}>{c.authorEmail}</a> : null}
            {c.authorUrl && isWebAddress(c.authorUrl) ? <a href={c.authorUrl} rel="nofollow ugc noopener noreferrer" target="_blank">{shortUrl(c.authorUrl)}</a> : null}
            {c.authorIp ? <span className="muted">{c.authorIp}</span> : null}
          </p>
        </div>
        <p className="comment-when">
          <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
          {c.status !== filters.status ? <span className={`badge badge-comment-${c.status}`}>{t(`comments.status.${c.status}`)}</span> : null}
        </p>
      </div>

      <p className="comment-on">
        <span>
          {t('comments.on')}{' '}
          {c.article ? <a href={c.article.path} target="_blank" rel="noopener">{headline}<span className="visually-hidden"> {t('comments.newTab')}</span></a> : headline}
        </span>
        {c.article && can('article.edit.any') ? <Link href={`/articles/${c.article.slug}`}>{t('comments.editArticle')}</Link> : null}
        {c.article && filters.article !== c.article.slug ? <Link href={hrefFor({ ...filters, article: c.article.slug, page: 1 })}>{t('comments.onlyArticle')}</Link> : null}
        {c.authorEmail && filters.email !== c.authorEmail ? <Link href={hrefFor({ ...filters, email: c.authorEmail, page: 1 })}>{t('comments.onlyCommenter')}</Link> : null}
      </p>

      {c.parent ? (
        <blockquote className="comment-parent">
          <p className="comment-parent-who">
            {t('comments.inReplyTo', { name: c.parent.authorName })}
            {c.parent.status !== 'approved' ? <> <span className={`badge badge-comment-${c.parent.status}`}>{t(`comments.status.${c.parent.status}`)}</span></> : null}
          </p>
          <p>{c.parent.excerpt}</p>
        </blockquote>
      ) : null}

      <div className="comment-text">{c.text}</div>
      {reason ? <p className="comment-reason muted">{t(`comments.reason.${reason}` as MessageKey)}</p> : null}

      <div className="comment-actions" role="group" aria-label={t('comments.actionsFor', { name: c.authorName })}>
        {actions.map((action) => (
          <button key={action} type="button" aria-disabled={busy || undefined} onClick={() => props.onAction(action)} aria-keyshortcuts={key(ACTION_KEYS[action])}
            className={`button${action === 'approve' ? ' button-primary' : ''}${action === 'delete' ? ' button-danger' : ''}`}>
            {t(actionLabel(action, c.status))}
          </button>
        ))}
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={props.onEdit} aria-keyshortcuts={key('e')} data-edit>{t('comments.action.edit')}</button>
        {canReply(c.status) ? (
          <button type="button" className="button" onClick={() => props.onReply(!replying)} aria-keyshortcuts={key('r')} aria-expanded={replying} data-reply>
            {t('comments.action.reply')}
          </button>
        ) : null}
      </div>
      {replying ? <ReplyBox comment={c} onCancel={() => props.onReply(false)} onReplied={props.onReplied} /> : null}
    </article>
  );
}

/** "Reply as staff" under a comment: posted at once, approving a held comment it answers. */
function ReplyBox({ comment, onCancel, onReplied }: { comment: ModeratedComment; onCancel: () => void; onReplied: (parentWasHeld: boolean) => Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => { ref.current?.querySelector('textarea')?.focus(); }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      await replyAsStaff(comment.id, text);
      await onReplied(comment.status === 'pending');
    } catch (problem) {
      setError(messageOf(problem));
      setSending(false);
      ref.current?.querySelector('textarea')?.focus();
    }
  }
  const onKeyDown = (event: KeyboardEvent) => { if (event.key === 'Escape') { event.preventDefault(); onCancel(); } };

  return (
    <form ref={ref} className="comment-reply" onSubmit={submit} onKeyDown={onKeyDown}>
      <TextArea label={t('comments.reply.label', { name: comment.authorName })} hint={t(comment.status === 'pending' ? 'comments.reply.hintHeld' : 'comments.reply.hint')}
        value={text} onChange={(e) => setText(e.target.value)} error={error} required rows={4} />
      <div className="comment-reply-actions">
        <button type="submit" className="button button-primary" disabled={sending}>{t(sending ? 'comments.reply.sending' : 'comments.reply.send')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
