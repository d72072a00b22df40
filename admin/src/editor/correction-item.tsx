import { useRef, useState, type FormEvent } from 'react';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { SelectField, TextArea } from '../ui/field.tsx';
import type { Correction, CorrectionKind } from './workflow.api.ts';
import type { Problem } from './workflow-forms.tsx';

/** Most characters a correction's text may have (the API's limit). */
export const MAX_CORRECTION_TEXT = 2000;

/** The kind and text fields, shared by the add and reword forms. */
export function CorrectionFields({ kind, text, onKind, onText, problem, autoFocus }: {
  kind: CorrectionKind; text: string; onKind: (kind: CorrectionKind) => void; onText: (text: string) => void; problem: Problem | null; autoFocus?: boolean;
}) {
  return (
    <>
      <SelectField label={t('corrections.kind')} value={kind} onChange={(e) => onKind(e.target.value === 'clarification' ? 'clarification' : 'correction')}
        hint={t('corrections.kindHint')} error={problem?.property === 'kind' ? problem.message : undefined}>
        <option value="correction">{t('corrections.kind.correction')}</option>
        <option value="clarification">{t('corrections.kind.clarification')}</option>
      </SelectField>
      <TextArea label={t('corrections.text')} value={text} onChange={(e) => onText(e.target.value)} required maxLength={MAX_CORRECTION_TEXT}
        hint={t('corrections.textHint', { left: MAX_CORRECTION_TEXT - text.length })}
        error={problem && problem.property !== 'kind' ? problem.message : undefined} data-autofocus={autoFocus ? '' : undefined} />
    </>
  );
}

export interface CorrectionItemProps {
  item: Correction;
  timeZone: string;
  /** Whether this user may reword or remove it (editors any; authors those they wrote). */
  mayChange: boolean;
  onReword: (changes: { kind: CorrectionKind; text: string }) => Promise<Problem | null>;
  onRemove: () => void;
}

/** One correction or clarification: its kind, time and text, reworded in place. */
export function CorrectionItem({ item, timeZone, mayChange, onReword, onRemove }: CorrectionItemProps) {
  const [editing, setEditing] = useState(false);
  const [kind, setKind] = useState<CorrectionKind>(item.kind);
  const [text, setText] = useState(item.text);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const itemRef = useRef<HTMLElement>(null);

  function stopEditing() {
    setEditing(false);
    setProblem(null);
    requestAnimationFrame(() => itemRef.current?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem({ message: t('corrections.textMissing'), property: 'text' });
      return;
    }
    setBusy(true);
    const result = await onReword({ kind, text });
    setBusy(false);
    if (result) setProblem(result);
    else stopEditing();
  }

  if (editing) {
    return (
      <li className="correction-item">
        <form onSubmit={(e) => void save(e)} aria-label={t('corrections.rewordTitle')}>
          <CorrectionFields kind={kind} text={text} onKind={setKind} onText={setText} problem={problem} autoFocus />
          <div className="workflow-buttons">
            <button type="submit" className="button button-primary" disabled={busy}>{t('common.save')}</button>
            <button type="button" className="button" onClick={() => { setKind(item.kind); setText(item.text); stopEditing(); }}>{t('common.cancel')}</button>
          </div>
        </form>
      </li>
    );
  }

  const edited = item.updatedAt !== item.createdAt;
  // Several items each have these buttons: say which one, for those who hear only the button.
  const which = t('corrections.which', { kind: t(`corrections.kind.${item.kind}`), when: formatDateTime(item.createdAt, timeZone) });
  return (
    <li className="correction-item">
      <article ref={itemRef} tabIndex={-1} aria-label={t(`corrections.kind.${item.kind}`)}>
        <p className="correction-meta">
          <span className={`badge correction-badge-${item.kind}`}>{t(`corrections.kind.${item.kind}`)}</span>{' '}
          <span className="muted">
            {formatDateTime(item.createdAt, timeZone)}
            {edited ? ` · ${t('corrections.edited', { when: formatDateTime(item.updatedAt, timeZone) })}` : ''}
          </span>
        </p>
        <p className="correction-text">{item.text}</p>
      </article>
      {mayChange ? (
        <div className="workflow-buttons">
          <button type="button" className="button-link" onClick={() => setEditing(true)}>{t('corrections.reword')}<span className="visually-hidden"> {which}</span></button>
          <button type="button" className="button-link" onClick={onRemove}>{t('corrections.remove')}<span className="visually-hidden"> {which}</span></button>
        </div>
      ) : null}
    </li>
  );
}
