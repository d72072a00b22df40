import { useId, useRef, useState } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * A password or token shown once: selectable text with a Copy button. The outcome of copying
 * is announced; where the clipboard is refused, the text is selected for Ctrl+C instead.
 */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('users.secret.copied'));
    } catch {
      input.current?.select();
      setStatus(t('users.secret.copyFailed'));
    }
  }

  return (
    <div className="secret">
      <label className="field-label" htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input id={id} ref={input} className="input secret-value" readOnly value={value} spellCheck={false} autoComplete="off"
          onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>{t('users.secret.copy')}</button>
      </div>
      <p className="field-hint" role="status">{status}</p>
    </div>
  );
}
