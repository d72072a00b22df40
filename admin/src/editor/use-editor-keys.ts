import { useEffect, useRef } from 'react';
import { t } from '../i18n/i18n.ts';
import { isModKey, isTyping } from './shortcuts.tsx';
import { mayAutosave, type ArticleSession } from './use-article-session.ts';

/** Ctrl/⌘+S saves and Ctrl/⌘+Shift+P previews from anywhere on the screen; "?" outside text fields lists the shortcuts. */
export function useEditorKeys(handlers: { onSave: () => unknown; onPreview: () => unknown; onHelp: () => void; dialogOpen: boolean }) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const key = event.key.toLowerCase();
      if (isModKey(event) && !event.altKey && !event.shiftKey && key === 's') {
        event.preventDefault();
        void latest.current.onSave();
      } else if (isModKey(event) && event.shiftKey && !event.altKey && key === 'p') {
        event.preventDefault();
        void latest.current.onPreview();
      } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !latest.current.dialogOpen) {
        event.preventDefault();
        latest.current.onHelp();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Leaving with unsaved changes: closing or reloading the tab asks first (the browser's own
 * question). Following a link inside the app saves on the way out when autosave may; otherwise
 * it asks. Either way the copy in this browser stays.
 */
export function useLeaveGuard(session: ArticleSession) {
  const latest = useRef(session);
  latest.current = session;
  useEffect(() => {
    function beforeUnload(event: BeforeUnloadEvent) {
      if (!latest.current.isDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    }
    function onClick(event: MouseEvent) {
      const s = latest.current;
      if (!s.isDirty() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || !url.pathname.startsWith('/admin') || url.pathname === window.location.pathname) return;
      const article = s.currentArticle();
      if (article && mayAutosave(article, s.conflict)) { void s.saveNow(); return; }
      if (!window.confirm(t('editor.leave'))) {
        // Capture phase, before the router's own click handler sees it.
        event.preventDefault();
        event.stopPropagation();
      }
    }
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
}
