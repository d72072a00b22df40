import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t, tn } from '../i18n/i18n.ts';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Dialog } from '../ui/dialog.tsx';
import type { ArticleStatus } from './article-status.ts';
import { addCorrection, loadCorrections, removeCorrection, rewordCorrection, type Correction, type CorrectionKind } from './workflow.api.ts';
import { CorrectionFields, CorrectionItem } from './correction-item.tsx';
import { ConfirmForm, problemOf, type Problem } from './workflow-forms.tsx';
import { useSiteZone } from './workflow-time.tsx';
import './workflow.css';

export interface CorrectionsPanelProps {
  slug: string;
  status: ArticleStatus;
}

/**
 * The article's corrections and clarifications, for those who may change published work:
 * listed, added once it is published, reworded, or removed when added by mistake.
 */
export function CorrectionsPanel(props: CorrectionsPanelProps) {
  const { can } = useSession();
  if (!can('article.publish.any') && !can('article.publish.own')) return null;
  return <Corrections {...props} />;
}

function Corrections({ slug, status }: CorrectionsPanelProps) {
  const { can, user } = useSession();
  const { notify } = useNotices();
  const { zone } = useSiteZone();
  const list = useResource((signal) => loadCorrections(slug, signal), `${slug}:${status}`);
  const [kind, setKind] = useState<CorrectionKind>('correction');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [removing, setRemoving] = useState<Correction | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const published = status === 'published';

  // After a removal the item is gone: once the list has reloaded (and the dialog has handed focus
  // back to the item's button, which then goes too), the heading is the nearest meaningful place.
  useEffect(() => {
    if (!focusHeading || list.loading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, list.loading]);
  const items = list.data?.items ?? [];

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem({ message: t('corrections.textMissing'), property: 'text' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await addCorrection(slug, { kind, text });
      setText('');
      notify(t(`corrections.added.${kind}`));
      list.reload();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function reword(item: Correction, changes: { kind: CorrectionKind; text: string }): Promise<Problem | null> {
    try {
      await rewordCorrection(slug, item.id, changes);
    } catch (error) {
      return problemOf(error);
    }
    notify(t('corrections.reworded'));
    list.reload();
    return null;
  }

  async function remove(item: Correction): Promise<Problem | null> {
    try {
      await removeCorrection(slug, item.id);
    } catch (error) {
      return problemOf(error);
    }
    setRemoving(null);
    notify(t('corrections.removed'));
    list.reload();
    setFocusHeading(true);
    return null;
  }

  return (
    <section className="panel corrections-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>{t('corrections.title')}</h3>
      {!published ? <p className="muted">{t('corrections.notPublished')}</p> : null}
      {list.error ? <p className="field-error" role="alert">{list.error.message}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="visually-hidden">{tn('corrections.count', items.length)}</p>
          <ul className="correction-list">
            {items.map((item) => (
              <CorrectionItem key={item.id} item={item} timeZone={zone}
                mayChange={can('article.publish.any') || item.createdBy === user?.id}
                onReword={(changes) => reword(item, changes)} onRemove={() => setRemoving(item)} />
            ))}
          </ul>
        </>
      ) : published && list.data ? <p className="muted">{t('corrections.none')}</p> : null}
      {published ? (
        <form className="correction-add" onSubmit={(e) => void add(e)} aria-label={t('corrections.addTitle')}>
          <h4>{t('corrections.addTitle')}</h4>
          <CorrectionFields kind={kind} text={text} onKind={setKind} onText={setText} problem={problem} />
          <button type="submit" className="button button-primary" disabled={busy}>{t(`corrections.add.${kind}`)}</button>
        </form>
      ) : null}
      <Dialog initialFocus="[data-autofocus]" title={t('corrections.removeTitle')} open={removing !== null} onClose={() => setRemoving(null)}>
        {removing ? (
          <ConfirmForm text={t('corrections.removeConfirm', { kind: t(`corrections.kind.${removing.kind}`).toLowerCase(), when: formatDateTime(removing.createdAt, zone) })} confirmLabel={t('corrections.remove')} danger
            onSubmit={() => remove(removing)} onCancel={() => setRemoving(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}
