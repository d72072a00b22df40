import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { SelectField } from '../ui/field.tsx';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { createPreviewLink, loadPreviewLinks, revokePreviewLink, type NewPreviewLink } from './workflow.api.ts';
import { problemOf, type Problem } from './workflow-forms.tsx';
import type { SiteZone } from './workflow-time.tsx';

/** Lifetimes offered for a new link, in hours (the API takes 1–720). */
const LIFETIMES = [1, 24, 48, 168, 720] as const;

export interface PreviewLinksProps {
  slug: string;
  siteZone: SiteZone;
  /** Set while the editor has unsaved changes: the id of the text saying to save first. */
  blockedBy?: string | undefined;
}

/**
 * Secret links to the article before publication: make one (its address is shown once, with a
 * Copy button), see the live ones, revoke one.
 */
export function PreviewLinks({ slug, siteZone, blockedBy }: PreviewLinksProps) {
  const { notify } = useNotices();
  const links = useResource((signal) => loadPreviewLinks(slug, signal), slug);
  const [hours, setHours] = useState(48);
  const [created, setCreated] = useState<NewPreviewLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  // The one chance to take the address: put focus on it, selected, ready to copy.
  useEffect(() => {
    if (created) urlRef.current?.select();
  }, [created]);

  async function create() {
    setBusy(true);
    setProblem(null);
    try {
      setCreated(await createPreviewLink(slug, hours));
      links.reload();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      notify(t('workflow.preview.copied'));
    } catch {
      urlRef.current?.select();
      notify(t('workflow.preview.copyByHand'), 'info');
    }
  }

  async function revoke(id: number) {
    try {
      await revokePreviewLink(slug, id);
      notify(t('workflow.preview.revoked'));
      if (created?.id === id) setCreated(null);
      links.reload();
      headingRef.current?.focus();
    } catch (error) {
      notify(problemOf(error).message, 'error');
    }
  }

  const items = links.data?.items ?? [];
  return (
    <section className="workflow-previews" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>{t('workflow.preview.title')}</h4>
      {created ? (
        <div className="preview-new">
          <p><strong>{t('workflow.preview.once')}</strong> {t('workflow.preview.until', { when: formatDateTime(created.expiresAt, siteZone.zone) })}</p>
          <label className="field-label" htmlFor={`${headingId}-url`}>{t('workflow.preview.link')}</label>
          <input id={`${headingId}-url`} ref={urlRef} className="input preview-url" readOnly value={created.url} />
          <div className="workflow-buttons">
            <button type="button" className="button button-primary" onClick={() => void copy(created.url)}>{t('workflow.preview.copy')}</button>
            <a className="button" href={created.url} target="_blank" rel="noopener noreferrer">{t('workflow.preview.open')}</a>
            <button type="button" className="button" onClick={() => { setCreated(null); headingRef.current?.focus(); }}>{t('workflow.preview.done')}</button>
          </div>
        </div>
      ) : (
        <div className="preview-create">
          <SelectField label={t('workflow.preview.lifetime')} value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {LIFETIMES.map((h) => <option key={h} value={h}>{t(`workflow.preview.hours.${h}`)}</option>)}
          </SelectField>
          <button type="button" className="button" disabled={busy || blockedBy !== undefined} aria-describedby={blockedBy} onClick={() => void create()}>
            {t('workflow.preview.create')}
          </button>
          {problem ? <p className="field-error" role="alert">{problem.message}</p> : null}
        </div>
      )}
      {items.length === 0 ? <p className="muted">{links.loading ? t('app.loading') : t('workflow.preview.none')}</p> : (
        <ul className="preview-list">
          {items.map((link) => (
            <li key={link.id}>
              <span>
                {t('workflow.preview.expires', { when: formatDateTime(link.expiresAt, siteZone.zone) })}
                {link.createdBy ? <span className="muted"> · {t('workflow.preview.by', { name: link.createdBy })}</span> : null}
              </span>
              <button type="button" className="button-link" onClick={() => void revoke(link.id)}>
                {t('workflow.preview.revoke')}<span className="visually-hidden"> {t('workflow.preview.revokeWhich', { when: formatDateTime(link.expiresAt, siteZone.zone) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {links.error ? <p className="field-error" role="alert">{links.error.message}</p> : null}
    </section>
  );
}
