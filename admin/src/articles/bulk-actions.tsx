import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../app/session.tsx';
import { t, tn } from '../i18n/i18n.ts';
import { Dialog } from '../ui/dialog.tsx';
import { TextArea } from '../ui/field.tsx';
import { applyBulk, type ArticleRow, type BulkAction, type BulkOutcome } from './articles.api.ts';

/** Actions that make something public, take it down or drop a schedule: these ask first. */
type Confirmed = Exclude<BulkAction, 'submit'>;
const isConfirmed = (action: BulkAction): action is Confirmed => action !== 'submit';
const SHOWN_IN_DIALOG = 8;

type Run = { action: BulkAction; total: number; done: number; outcomes?: BulkOutcome[] };

/**
 * The bar above the table: the actions this role may take on the selected articles, a
 * confirmation for the irreversible ones, and what happened to each article afterwards.
 */
export function BulkActions({ selected, hasRows, onFinished, onLeave }: {
  selected: ArticleRow[];
  /** False when the list is empty: the report of the last run still shows, the bar does not. */
  hasRows: boolean;
  onFinished: () => void;
  /** Where focus goes when the report is dismissed and there is no bar to return to. */
  onLeave: () => void;
}) {
  const { can } = useSession();
  const mayPublish = can('article.publish.own') || can('article.publish.any');
  const actions: BulkAction[] = mayPublish ? ['submit', 'publish', 'unpublish', 'to-draft'] : ['submit'];
  const [asking, setAsking] = useState<Confirmed | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const running = run !== null && !run.outcomes;

  // Runs after the dialog has closed and handed focus back, so the outcome keeps it.
  useEffect(() => {
    if (running) status.current?.focus();
  }, [running]);

  async function start(action: BulkAction, note: string) {
    const articles = selected;
    setAsking(null);
    setRun({ action, total: articles.length, done: 0 });
    const outcomes = await applyBulk(action, articles, note, (done) => setRun({ action, total: articles.length, done }), t('error.network'));
    setRun({ action, total: articles.length, done: articles.length, outcomes });
    onFinished();
  }

  return (
    <div className="articles-bulk">
      {hasRows ? <div ref={bar} tabIndex={-1} className="articles-bulk-bar" role="group" aria-label={t('articles.bulk.label')}>
        <span className="articles-bulk-count">
          {selected.length > 0 ? tn('articles.bulk.selected', selected.length) : t('articles.bulk.noneSelected')}
        </span>
        {actions.map((action) => (
          <button key={action} type="button" className="button" disabled={selected.length === 0 || running}
            onClick={() => (isConfirmed(action) ? setAsking(action) : void start(action, ''))}>
            {t(`articles.bulk.${action}`)}
          </button>
        ))}
      </div> : null}
      <div ref={status} tabIndex={-1} role="status" className={run ? 'articles-bulk-status panel' : 'articles-bulk-status'}>
        {run ? <RunReport run={run} onDismiss={() => { setRun(null); if (bar.current) bar.current.focus(); else onLeave(); }} /> : null}
      </div>
      <Dialog title={asking ? tn(`articles.bulk.ask.${asking}`, selected.length) : ''} open={asking !== null} onClose={() => setAsking(null)}>
        {asking ? <Confirm action={asking} articles={selected} mayReview={can('article.publish.any')} onConfirm={(note) => void start(asking, note)} onCancel={() => setAsking(null)} /> : null}
      </Dialog>
    </div>
  );
}

function RunReport({ run, onDismiss }: { run: Run; onDismiss: () => void }) {
  if (!run.outcomes) return <p>{t('articles.bulk.working', { done: run.done, count: run.total })}</p>;
  const failed = run.outcomes.filter((o) => o.error !== undefined);
  const done = run.outcomes.length - failed.length;
  return (
    <>
      {done > 0 ? <p>{tn(`articles.bulk.done.${run.action}`, done)}</p> : null}
      {failed.length > 0 ? (
        <div className="articles-bulk-failed">
          <p>{tn(`articles.bulk.failed.${run.action}`, failed.length)}</p>
          <ul>
            {failed.map((o) => <li key={o.article.slug}>{t('articles.bulk.failure', { headline: o.article.headline, message: o.error ?? '' })}</li>)}
          </ul>
        </div>
      ) : null}
      <button type="button" className="button-link" onClick={onDismiss}>{t('articles.bulk.dismiss')}</button>
    </>
  );
}

function Confirm({ action, articles, mayReview, onConfirm, onCancel }: {
  action: Confirmed; articles: ArticleRow[]; mayReview: boolean; onConfirm: (note: string) => void; onCancel: () => void;
}) {
  // Sending back from review needs a note; only editors may, others hear the server's refusal.
  const needsNote = action === 'to-draft' && mayReview && articles.some((a) => a.status === 'in_review');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsNote && note.trim() === '') {
      setMissing(true);
      event.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    onConfirm(note.trim());
  };
  const rest = articles.length - SHOWN_IN_DIALOG;
  // Where the dialog starts (showModal focuses the `autofocus` descendant): the note when one is
  // needed, Cancel for what takes articles down or drops their schedule, else the action.
  const start = needsNote ? 'note' : action === 'publish' ? 'confirm' : 'cancel';
  const autofocus = (on: boolean) => (el: HTMLElement | null) => { if (on) el?.setAttribute('autofocus', ''); };
  const autofocusNote = (el: HTMLElement | null) => autofocus(true)(el?.querySelector('textarea') ?? null);
  return (
    <form onSubmit={submit} noValidate>
      <p>{t(`articles.bulk.explain.${action}`)}</p>
      <ul className="articles-bulk-list">
        {articles.slice(0, SHOWN_IN_DIALOG).map((a) => <li key={a.slug}>{a.headline}</li>)}
        {rest > 0 ? <li className="muted">{tn('articles.bulk.more', rest)}</li> : null}
      </ul>
      {needsNote ? (
        <div ref={autofocusNote}><TextArea label={t('articles.bulk.note')} hint={t('articles.bulk.noteHint')} required maxLength={2000} value={note}
          error={missing ? t('articles.bulk.noteMissing') : undefined} onChange={(e) => { setNote(e.target.value); setMissing(false); }} /></div>
      ) : null}
      <div className="articles-dialog-actions">
        <button ref={autofocus(start === 'confirm')} type="submit" className={action === 'unpublish' ? 'button button-danger' : 'button button-primary'}>{t(`articles.bulk.go.${action}`)}</button>
        <button ref={autofocus(start === 'cancel')} type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
