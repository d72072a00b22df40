import { useId, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { SelectField } from '../ui/field.tsx';
import { compareRevisions, type Comparison, type RevisionSummary } from './workflow.api.ts';
import { fieldLabel, RevisionComparison } from './revision-compare.tsx';
import { problemOf, type Problem } from './workflow-forms.tsx';
import { useSiteZone, zoneNote } from './workflow-time.tsx';

export interface RevisionBrowserProps {
  slug: string;
  /** Newest first, as the API lists them. */
  items: RevisionSummary[];
  /** The revision the editor has loaded. */
  revision: number;
  /** Restores revision `number`; resolves to a problem to show, or null when it worked. */
  onRestore: (number: number) => Promise<Problem | null>;
}

/** The revisions of an article: the list, a comparison of any two, and restoring one. */
export function RevisionBrowser({ slug, items, revision, onRestore }: RevisionBrowserProps) {
  const { can } = useSession();
  const siteZone = useSiteZone();
  const ids = { list: useId(), confirm: useId() };
  const [from, setFrom] = useState(items[1]?.number ?? items[0]?.number ?? 1);
  const [to, setTo] = useState(items[0]?.number ?? 1);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  // Restoring saves the article: contributors may, on their own unpublished drafts, so it is
  // offered to every role that writes; the server has the last word.
  const mayRestore = can('article.create');

  async function compare(event: FormEvent) {
    event.preventDefault();
    if (from === to) {
      setProblem({ message: t('revisions.compare.sameChoice') });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      // Older on the left, whichever way round they were picked.
      setComparison(await compareRevisions(slug, Math.min(from, to), Math.max(from, to)));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  function askRestore(number: number) {
    setRestoring(number);
    setProblem(null);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  async function restore(number: number) {
    setBusy(true);
    const result = await onRestore(number);
    setBusy(false);
    setProblem(result);
  }

  if (items.length === 0) return <p>{t('revisions.none')}</p>;
  const options = items.map((r) => <option key={r.number} value={r.number}>{t('revisions.option', { number: r.number, when: formatDateTime(r.at, siteZone.zone) })}</option>);
  return (
    <div className="revision-browser">
      {items.length > 1 ? (
        <form className="filters" onSubmit={(e) => void compare(e)}>
          <SelectField label={t('revisions.compare.from')} value={from} onChange={(e) => setFrom(Number(e.target.value))}>{options}</SelectField>
          <SelectField label={t('revisions.compare.to')} value={to} onChange={(e) => setTo(Number(e.target.value))}>{options}</SelectField>
          <button type="submit" className="button button-primary" disabled={busy}>{t('revisions.compare.go')}</button>
        </form>
      ) : <p className="muted">{t('revisions.onlyOne')}</p>}

      {problem ? <p className="field-error" role="alert">{problem.message}</p> : null}

      {restoring !== null ? (
        <div className="revision-confirm" role="group" aria-labelledby={ids.confirm}>
          <p id={ids.confirm} ref={confirmRef} tabIndex={-1}><strong>{t('revisions.restore.question', { number: restoring })}</strong></p>
          <p>{t('revisions.restore.explain')}</p>
          <div className="workflow-buttons">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore(restoring)}>
              {t('revisions.restore.confirm', { number: restoring })}
            </button>
            <button type="button" className="button" onClick={() => { setRestoring(null); setProblem(null); listRef.current?.focus(); }}>{t('common.cancel')}</button>
          </div>
        </div>
      ) : null}

      {comparison ? <RevisionComparison comparison={comparison} /> : null}

      <h3 id={ids.list} ref={listRef} tabIndex={-1}>{t('revisions.list')}</h3>
      <p className="muted">{zoneNote(siteZone)}</p>
      <div className="table-wrap">
        <table className="data revision-table" aria-labelledby={ids.list}>
          <thead>
            <tr>
              <th scope="col">{t('revisions.col.number')}</th>
              <th scope="col">{t('revisions.col.when')}</th>
              <th scope="col">{t('revisions.col.by')}</th>
              <th scope="col">{t('revisions.col.changed')}</th>
              {mayRestore ? <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.number}>
                <th scope="row">{r.number}{r.number === revision ? <span className="muted"> {t('revisions.current')}</span> : null}</th>
                <td>{formatDateTime(r.at, siteZone.zone)}</td>
                <td>{r.by?.name ?? t('workflow.history.system')}</td>
                <td>
                  {r.changed.map(fieldLabel).join(', ')}
                  {r.note ? <div className="muted">{r.note}</div> : null}
                </td>
                {mayRestore ? (
                  <td>
                    {r.number !== revision ? (
                      <button type="button" className="button-link" onClick={() => askRestore(r.number)}>
                        {t('revisions.restore.open')}<span className="visually-hidden"> {t('revisions.restore.which', { number: r.number })}</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
