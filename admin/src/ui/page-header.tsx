import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * A screen's heading. It names the browser tab and takes focus when the screen opens, so a
 * screen-reader user hears where a link took them (a single-page app gets no page load).
 */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-header">
      <h1 ref={ref} tabIndex={-1}>{title}</h1>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
