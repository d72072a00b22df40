import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { t } from '../i18n/i18n.ts';

export interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /**
   * Where focus starts, as an element or a selector inside the dialog, for when the browser's
   * choice (the Close link, the first focusable element) is wrong: the note to write, or Cancel
   * before a take-down. Nothing found leaves the browser's choice.
   */
  initialFocus?: RefObject<HTMLElement | null> | string;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it, and focus goes
 * back to what opened it.
 */
export function Dialog({ title, open, onClose, children, wide, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Several dialogs live in one screen: each needs its own heading id to be named by it.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const start = typeof initialFocus === 'string' ? dialog.querySelector<HTMLElement>(initialFocus) : initialFocus?.current;
      start?.focus();
    }
    if (!open && dialog.open) dialog.close();
    // Focus is placed once, on opening; a changed option must not pull it back mid-dialog.
  }, [open]);
  return (
    <dialog ref={ref} className={`dialog${wide ? ' dialog-wide' : ''}`} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-link" onClick={onClose}>{t('common.close')}</button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
