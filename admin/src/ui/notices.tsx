import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';

interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  text: string;
}

interface Notices {
  notify: (text: string, kind?: Notice['kind']) => void;
}

const NoticeContext = createContext<Notices>({ notify: () => undefined });

/** Short messages after an action ("Saved", "3 comments approved"), read out by screen readers. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((text: string, kind: Notice['kind'] = 'success') => {
    const id = Date.now() + Math.random();
    setNotices((list) => [...list.slice(-2), { id, kind, text }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), kind === 'error' ? 10_000 : 5_000);
  }, []);
  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`}>
            <span>{n.text}</span>
            <button type="button" className="button-link" onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}>
              {t('common.close')}
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): Notices {
  return useContext(NoticeContext);
}

/** A problem shown in place of a screen's content, with a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="load-error" role="alert">
      <p>{message}</p>
      {onRetry ? <button type="button" className="button" onClick={onRetry}>{t('common.retry')}</button> : null}
    </div>
  );
}

export function Loading() {
  return <p className="loading" role="status">{t('app.loading')}</p>;
}
