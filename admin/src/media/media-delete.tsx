import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Delete in two steps inside the details dialog (a second modal on top would take focus away
 * from where the question is asked). A refusal stays on screen with the server's reason.
 */
export function MediaDelete({ name, onDelete }: { name: string; onDelete: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasAsking = useRef(false);

  // Focus follows the question: to "Delete" when it is asked, back to the first button when not.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function confirm() {
    setBusy(true);
    setRefusal(null);
    try {
      await onDelete();
    } catch (error) {
      setRefusal(error instanceof ApiError && error.status !== 0 ? error.message : t('error.network'));
      setBusy(false);
    }
  }

  return (
    <div className="media-delete">
      {asking ? (
        <div className="media-delete-confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('media.delete.question', { name: name || t('media.untitled') })}</p>
          <div className="media-delete-actions">
            <button ref={confirmRef} type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('media.delete.deleting') : t('media.delete.confirm')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => { setAsking(false); setRefusal(null); }}>{t('media.delete.keep')}</button>
          </div>
        </div>
      ) : (
        <button ref={startRef} type="button" className="button button-danger" onClick={() => setAsking(true)}>{t('media.delete.start')}</button>
      )}
      {refusal ? <p className="field-error" role="alert">{t('media.delete.refused', { reason: refusal })}</p> : null}
    </div>
  );
}
