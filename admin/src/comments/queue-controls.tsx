import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { t, tn } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { STATUSES, actionsFor, setArticleComments, type ModeratedComment, type ModerationAction, type Queue, type QueueFilters } from './comments.api.ts';
import { actionLabel } from './comment-card.tsx';
import { articleSlugFrom, hrefFor } from './queue-filters.ts';
import { messageOf, type BulkFailure } from './use-moderation.ts';

/** The four queues as tabs (links, so each has an address), each with how many it holds. */
export function QueueTabs({ filters, counts }: { filters: QueueFilters; counts: Queue['counts'] | undefined }) {
  return (
    <nav className="queue-tabs" aria-label={t('comments.queues')}>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <Link href={hrefFor({ ...filters, status, page: 1 })} aria-current={filters.status === status ? 'page' : undefined}>
              {t(`comments.tab.${status}`)}
              {counts ? <span className="queue-count">{counts[status].toLocaleString('en')}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Narrowing the queue to an article, a commenter or some words; on a phone, folded away. */
export function FilterForm({ filters, onApply, articleError, suggestions }: {
  filters: QueueFilters; onApply: (change: Partial<QueueFilters>) => void; articleError?: string | undefined; suggestions: ModeratedComment['article'][];
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const active = [filters.article, filters.email, filters.q].filter(Boolean).length;
  useEffect(() => { if (articleError) setOpen(true); }, [articleError]);

  // The fields follow the address (a link such as "Only this article" changes it), without
  // remounting the form: that would drop the focus of whoever just pressed Filter.
  const [values, setValues] = useState({ article: filters.article, email: filters.email, q: filters.q });
  useEffect(() => setValues({ article: filters.article, email: filters.email, q: filters.q }), [filters.article, filters.email, filters.q]);
  const field = (name: keyof typeof values) => ({ name, value: values[name], onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ article: articleSlugFrom(values.article), email: values.email.trim(), q: values.q.trim(), page: 1 });
  }
  const unique = [...new Map(suggestions.flatMap((a) => (a ? [[a.slug, a] as const] : []))).values()];

  return (
    <div className="queue-filters">
      <button type="button" className="button filters-toggle" aria-expanded={open} aria-controls="comment-filters" onClick={() => setOpen((o) => !o)}>
        {active > 0 ? t('comments.filters.toggleActive', { count: active }) : t('comments.filters.toggle')}
      </button>
      <form id="comment-filters" role="search" aria-label={t('comments.filters.label')} className={`filters${open ? ' is-open' : ''}`} onSubmit={submit}>
        <TextField label={t('comments.filters.article')} {...field('article')} list={listId} error={articleError}
          hint={t('comments.filters.articleHint')} autoComplete="off" />
        <datalist id={listId}>{unique.map((a) => <option key={a.slug} value={a.slug}>{a.headline}</option>)}</datalist>
        <TextField label={t('comments.filters.email')} {...field('email')} type="email" autoComplete="off" />
        <TextField label={t('comments.filters.q')} {...field('q')} type="search" />
        <div className="filter-buttons">
          <button type="submit" className="button button-primary">{t('comments.filters.apply')}</button>
          {active > 0 ? <button type="button" className="button" onClick={() => onApply({ article: '', email: '', q: '', page: 1 })}>{t('comments.filters.clear')}</button> : null}
        </div>
      </form>
    </div>
  );
}

/** Above a queue narrowed to one article: which one, its links, and its comment switch. */
export function ArticlePanel({ slug, onClear }: { slug: string; onClear: () => void }) {
  const { notify } = useNotices();
  const { can } = useSession();
  // Any comment on the article, in any status, tells its headline and switch.
  const info = useResource(async (signal) => (await api<Queue>('/comments', { query: { article: slug, perPage: 1 }, signal })).items[0]?.article ?? null, slug);
  const [saving, setSaving] = useState(false);
  const article = info.data;
  if (info.error) return null;

  async function toggle(open: boolean) {
    setSaving(true);
    try {
      const result = await setArticleComments(slug, open);
      if (article) info.set({ ...article, commentsOpen: result.commentsOpen });
      notify(t(result.commentsOpen ? 'comments.article.opened' : 'comments.article.closed'));
    } catch (error) {
      notify(messageOf(error), 'error');
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel article-panel" aria-labelledby="article-panel-title">
      <h2 id="article-panel-title">{article ? t('comments.article.title', { headline: article.headline }) : t('comments.article.titleSlug', { slug })}</h2>
      <p className="article-panel-links">
        {article ? <a href={article.path} target="_blank" rel="noopener">{t('comments.article.view')}<span className="visually-hidden"> {t('comments.newTab')}</span></a> : null}
        {article && can('article.edit.any') ? <Link href={`/articles/${article.slug}`}>{t('comments.editArticle')}</Link> : null}
        <button type="button" className="button-link" onClick={onClear}>{t('comments.article.all')}</button>
      </p>
      {article ? (
        <p className="article-panel-switch">
          <span>{t(article.commentsOpen ? 'comments.article.isOpen' : 'comments.article.isClosed')}</span>
          <button type="button" className="button" disabled={saving} onClick={() => void toggle(!article.commentsOpen)}>
            {t(article.commentsOpen ? 'comments.article.close' : 'comments.article.open')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** Select some comments, choose an action, apply. */
export function BulkBar({ status, items, selected, busy, onSelectAll, onApply }: {
  status: QueueFilters['status']; items: ModeratedComment[]; selected: Set<number>; busy: boolean;
  onSelectAll: (all: boolean) => void; onApply: (action: ModerationAction) => void;
}) {
  const [action, setAction] = useState<ModerationAction | ''>('');
  const all = useRef<HTMLInputElement>(null);
  const count = items.filter((c) => selected.has(c.id)).length;
  useEffect(() => { if (all.current) all.current.indeterminate = count > 0 && count < items.length; }, [count, items.length]);
  useEffect(() => setAction(''), [status]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (action && count > 0) onApply(action);
  }

  return (
    <form className="bulk-bar" aria-label={t('comments.bulk.label')} onSubmit={submit}>
      <div className="field field-checkbox bulk-all">
        <input ref={all} type="checkbox" id="comments-select-all" checked={items.length > 0 && count === items.length} onChange={(e) => onSelectAll(e.target.checked)} />
        <label htmlFor="comments-select-all">{t('comments.bulk.selectAll')}</label>
      </div>
      <SelectField label={t('comments.bulk.action')} value={action} onChange={(e) => setAction(e.target.value as ModerationAction | '')}>
        <option value="">{t('comments.bulk.choose')}</option>
        {actionsFor(status).map((a) => <option key={a} value={a}>{t(actionLabel(a, status))}</option>)}
      </SelectField>
      <button type="submit" className="button" disabled={count === 0 || action === ''} aria-disabled={busy || undefined}>{t('common.apply')}</button>
      <p className="bulk-count" aria-live="polite">{tn('comments.bulk.selected', count)}</p>
    </form>
  );
}

/** What a bulk action could not do, comment by comment, with the server's reason (shown even when the queue emptied). */
export function BulkFailures({ failures }: { failures: BulkFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div className="bulk-failures" role="alert">
      <p>{tn('comments.bulkFailed', failures.length)}</p>
      <ul>{failures.map((f) => <li key={f.id}><a href={`#comment-${f.id}`}>{f.name}</a>: {f.message}</li>)}</ul>
    </div>
  );
}
