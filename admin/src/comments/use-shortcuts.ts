import { useCallback, useEffect, useRef, useState } from 'react';

/** The moderation keys, as WordPress moderators know them. */
export const SHORTCUT_KEYS = ['j', 'k', 'a', 'u', 's', 't', 'z', 'r', 'e', 'x', '?'] as const;
export type ShortcutKey = (typeof SHORTCUT_KEYS)[number];

const STORAGE_KEY = 'dateline.comments.shortcuts';
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

/** True while the person is typing somewhere, where a letter must stay a letter. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/**
 * Single-key shortcuts for the moderation queue. They can be switched off (and stay off in this
 * browser): single character keys get in the way of speech input and some screen reader modes.
 */
export function useShortcutsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readSetting());
  const change = useCallback((next: boolean) => {
    setOn(next);
    try { window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off'); } catch { /* private mode: this visit only */ }
  }, []);
  return [on, change];
}

function readSetting(): boolean {
  try { return window.localStorage.getItem(STORAGE_KEY) !== 'off'; } catch { return true; }
}

/**
 * Calls `handlers[key]` for a shortcut pressed anywhere on the page, except while typing in a
 * field, with a modifier held, or while a dialog is open.
 */
export function useShortcuts(enabled: boolean, handlers: Partial<Record<ShortcutKey, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // A held key may run through the queue, never act on comment after comment.
      if (event.repeat && event.key !== 'j' && event.key !== 'k') return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const handler = ref.current[event.key as ShortcutKey];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
