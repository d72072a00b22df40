import { t } from '../i18n/i18n.ts';
import type { LocalCopy } from './local-copy.ts';
import type { SaveState } from './use-article-session.ts';

export function clockTime(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
}

function dayAndTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The line under the heading that says where the writer's work is: saved when, saving, kept in
 * this browser only, or why not saved. Polite: it changes with every autosave.
 */
export function SaveStatusLine({ save, dirty, autosave, waitingForFields, storageFull }: {
  save: SaveState; dirty: boolean; autosave: boolean;
  /** A new article that autosave cannot create yet: it lacks a headline, section or author. */
  waitingForFields: boolean;
  storageFull: boolean;
}) {
  let text: string;
  if (save.phase === 'conflict') text = t('editor.save.conflict');
  else if (save.phase === 'saving') text = t('editor.save.saving');
  else if (save.phase === 'retrying') text = t('editor.save.retrying', { reason: save.reason ?? '', seconds: save.retryIn ?? 0 });
  else if (save.phase === 'failed') text = t('editor.save.failed', { reason: save.reason ?? '' });
  else if (dirty && !autosave) text = t('editor.save.localOnly');
  else if (dirty && waitingForFields) text = t('editor.save.newNeeds');
  else if (dirty) text = t('editor.save.unsaved');
  else if (save.savedAt) text = t('editor.save.saved', { time: clockTime(save.savedAt) });
  else text = t('editor.save.idle');
  const bad = save.phase === 'failed' || save.phase === 'retrying' || save.phase === 'conflict';
  return (
    <div className="save-status-wrap">
      <p className={`save-status${bad ? ' save-status-bad' : ''}`} role="status" aria-live="polite" id="save-status">{text}</p>
      {storageFull ? <p className="save-status save-status-bad" role="alert">{t('editor.save.storageFull')}</p> : null}
    </div>
  );
}

/** Offered when this browser kept changes that never reached the server. */
export function RestoreOffer({ copy, serverRevision, onRestore, onDiscard }: {
  copy: LocalCopy; serverRevision: number | null; onRestore: () => void; onDiscard: () => void;
}) {
  const newer = serverRevision !== null && copy.baseRevision !== null && serverRevision > copy.baseRevision;
  return (
    <section className="panel editor-offer" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('editor.restore.title', { time: dayAndTime(copy.changedAt) })}</h2>
      <p>{t('editor.restore.text')}</p>
      {newer ? <p>{t('editor.restore.newer', { revision: serverRevision ?? '' })}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onRestore}>{t('editor.restore.restore')}</button>
        <button type="button" className="button" onClick={onDiscard}>{t('editor.restore.discard')}</button>
      </div>
    </section>
  );
}

/** A save refused because someone else saved first: who and when (the server's words), and the ways on. */
export function ConflictPanel({ message, busy, onSee, onTheirs, onOverwrite }: {
  message: string; busy: boolean; onSee: () => void; onTheirs: () => void; onOverwrite: () => void;
}) {
  return (
    <section className="panel editor-conflict" role="alert" aria-labelledby="conflict-title" tabIndex={-1} id="conflict">
      <h2 id="conflict-title">{t('editor.conflict.title')}</h2>
      <p>{message}</p>
      <p>{t('editor.conflict.keep')}</p>
      <div className="button-row">
        {/* aria-disabled, not disabled: a disabled button drops focus, and the dialog could not give it back. */}
        <button type="button" className="button" onClick={busy ? undefined : onSee} aria-disabled={busy || undefined}>{t('editor.conflict.see')}</button>
        <button type="button" className="button" onClick={busy ? undefined : onTheirs} aria-disabled={busy || undefined}>{t('editor.conflict.takeTheirs')}</button>
        <button type="button" className="button button-danger" onClick={busy ? undefined : onOverwrite} aria-disabled={busy || undefined}>{t('editor.conflict.overwrite')}</button>
      </div>
    </section>
  );
}

/** The writer's own version, set aside when they took someone else's: still there to read and copy. */
export function AsidePanel({ copy, onShow, onCopy, onDismiss }: { copy: LocalCopy; onShow: () => void; onCopy: () => void; onDismiss: () => void }) {
  return (
    <section className="panel editor-aside" aria-labelledby="aside-title">
      <h2 id="aside-title">{t('editor.aside.title', { time: dayAndTime(copy.changedAt) })}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={onShow}>{t('editor.aside.show')}</button>
        <button type="button" className="button" onClick={onCopy}>{t('editor.aside.copy')}</button>
        <button type="button" className="button" onClick={onDismiss}>{t('editor.aside.dismiss')}</button>
      </div>
    </section>
  );
}
