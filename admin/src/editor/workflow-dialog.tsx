import { useEffect, useId, useRef, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';

export interface PanelDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/**
 * The modal of the editor's side panels: the native <dialog> of ui/dialog.tsx, plus where focus
 * starts — the element marked `data-autofocus` (the note to write, Cancel before a take-down),
 * where the browser would pick the Close link — and focus handed back to what opened it when
 * that is still there to take it.
 */
export function PanelDialog({ title, open, onClose, children, wide }: PanelDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // undefined while closed; null when nothing had focus at opening.
  const opener = useRef<HTMLElement | null | undefined>(undefined);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && opener.current !== undefined) {
      // Escape closes the dialog before this runs, so it may already be shut.
      if (dialog.open) dialog.close();
      const back = opener.current;
      opener.current = undefined;
      if (back?.isConnected && !back.matches(':disabled')) back.focus();
    }
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
