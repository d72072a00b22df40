import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/field.tsx';

/**
 * Small pieces the taxonomy, users and settings screens share: turning API errors into messages
 * next to their fields, a dialog's open state with sensible focus, and a debounced value.
 */

/** A problem to show: in the summary, and next to the field with id `field` when there is one. */
export interface Problem { field?: string; message: string }

/**
 * The API's error as people read it. `fields` maps the API's `property` names to the ids of the
 * form's controls, so the message lands next to the right one.
 */
export function problemOf(error: unknown, fields: Record<string, string> = {}): Problem {
  if (!(error instanceof ApiError)) return { message: t('error.generic') };
  const message = error.status === 0 ? t('error.network') : error.message;
  const field = error.property ? fields[error.property] : undefined;
  return field ? { field, message } : { message };
}

/** The message for one control, if a problem names it. */
export function fieldError(problems: Problem[], id: string): string | undefined {
  return problems.find((p) => p.field === id)?.message;
}

/**
 * ErrorSummary focuses itself through a ref callback that React calls again on every render;
 * memoised, it renders (and takes focus) only when the list of problems changes, not on each
 * keystroke in a controlled form.
 */
export const Problems = memo(ErrorSummary);

/**
 * What a screen's one dialog shows (a page has a single <dialog>, so its heading id stays unique).
 * Closing returns focus to what opened it, or to `focusAfter` (e.g. after a delete removed the opener).
 */
export function useDialog<T>() {
  const [state, setState] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusNext = useRef<HTMLElement | null>(null);
  const open = useCallback((value: T) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setState(value);
  }, []);
  const close = useCallback((focusAfter?: HTMLElement | null) => {
    if (focusAfter) focusNext.current = focusAfter;
    setState(null);
  }, []);
  useEffect(() => {
    if (state !== null) return;
    // Runs after the <dialog> closed (child effects first), so this wins over the browser's own restore.
    const target = focusNext.current?.isConnected ? focusNext.current : opener.current;
    focusNext.current = null;
    if (target?.isConnected) target.focus();
  }, [state]);
  /** Shows something else in the open dialog (a result after a form) without forgetting its opener. */
  const replace = useCallback((value: T) => setState(value), []);
  return { state, open, close, replace };
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
