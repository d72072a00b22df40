import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { TextArea } from '../ui/field.tsx';
import { useSubmit } from '../ui/use-submit.ts';
import { instantOf, wallClockAt, ZonedDateTimeField, type SiteZone, type WallTime, type ZonedDateTimeFieldProps } from './workflow-time.tsx';

/** The forms inside the workflow panel's dialogs: send back, schedule, embargo, confirm. */

/** What went wrong, as the person should read it, and the field it is about. */
export interface Problem {
  message: string;
  property?: string | undefined;
}

/** The server's message (written for people), or a generic one when there is none. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { message: error.status === 0 ? t('error.network') : error.message, property: error.property };
  return { message: t('error.generic') };
}

/** Sends the form; resolves to a problem to show, or null when it worked (the dialog then closes). */
type Submit<T> = (value: T) => Promise<Problem | null>;

/** Confirm and Cancel; `focus` marks which one the dialog starts on (forms start on their field). */
function FormButtons({ busy, label, danger, onCancel, focus }: { busy: boolean; label: string; danger?: boolean; onCancel: () => void; focus?: 'confirm' | 'cancel' }) {
  return (
    <div className="dialog-actions">
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy} data-autofocus={focus === 'confirm' ? '' : undefined}>{label}</button>
      <button type="button" className="button" onClick={onCancel} data-autofocus={focus === 'cancel' ? '' : undefined}>{t('common.cancel')}</button>
    </div>
  );
}

/** The dialog's request: the panel answers a problem instead of throwing, so it is shown as answered. */
function useSend<T>(submit: Submit<T>) {
  const { busy, problem, setProblem, run } = useSubmit<Problem | null>(null, problemOf);
  const send = (value: T) => run(async () => setProblem(await submit(value)));
  return { busy, problem, setProblem, send };
}

/** Send back: the note saying what to change is required. */
export function SendBackForm({ onSubmit, onCancel }: { onSubmit: Submit<string>; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const { busy, problem, setProblem, send } = useSend(onSubmit);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim() === '') setProblem({ message: t('workflow.sendBack.noteMissing'), property: 'note' });
    else void send(note.trim());
  }
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('workflow.sendBack.help')}</p>
      <TextArea label={t('workflow.sendBack.note')} value={note} onChange={(e) => setNote(e.target.value)} required maxLength={2000}
        error={problem?.message} data-autofocus="" />
      <FormButtons busy={busy} label={t('workflow.action.sendBack')} onCancel={onCancel} />
    </form>
  );
}

/**
 * Schedule: a time in the site's zone, refused here when it is past or never happens there;
 * the server checks again against its own clock and the embargo.
 */
export function ScheduleForm({ siteZone, embargoUntil, onSubmit, onCancel }: { siteZone: SiteZone; embargoUntil: string | null; onSubmit: Submit<string>; onCancel: () => void }) {
  const embargoWall = embargoUntil && Date.parse(embargoUntil) > Date.now() ? wallClockAt(Date.parse(embargoUntil), siteZone.zone) : null;
  return (
    <FutureTimeForm siteZone={siteZone} initial={embargoWall ?? ''} label={t('workflow.schedule.when')} submitLabel={t('workflow.action.schedule')}
      intro={embargoWall ? <p>{t('workflow.schedule.embargoNote', { when: formatDateTime(embargoUntil, siteZone.zone) })}</p> : null}
      extraChoices={embargoWall ? [{ label: t('workflow.time.atEmbargo'), value: embargoWall }] : []} onSubmit={onSubmit} onCancel={onCancel} />
  );
}

/** Embargo: a time in the site's zone before which the article cannot go public. */
export function EmbargoForm({ siteZone, embargoUntil, onSubmit, onCancel }: { siteZone: SiteZone; embargoUntil: string | null; onSubmit: Submit<string>; onCancel: () => void }) {
  return (
    <FutureTimeForm siteZone={siteZone} initial={embargoUntil ? wallClockAt(Date.parse(embargoUntil), siteZone.zone) : ''}
      label={t('workflow.embargo.until')} submitLabel={t('workflow.embargo.save')} intro={<p>{t('workflow.embargo.help')}</p>} onSubmit={onSubmit} onCancel={onCancel} />
  );
}

interface FutureTimeFormProps {
  siteZone: SiteZone;
  initial: WallTime;
  label: string;
  submitLabel: string;
  intro: ReactNode;
  extraChoices?: ZonedDateTimeFieldProps['extraChoices'];
  onSubmit: Submit<string>;
  onCancel: () => void;
}

/** Schedule and embargo alike: one time in the site's zone, checked to be real and ahead before it is sent. */
function FutureTimeForm({ siteZone, initial, label, submitLabel, intro, extraChoices = [], onSubmit, onCancel }: FutureTimeFormProps) {
  const [value, setValue] = useState<WallTime>(initial);
  const { busy, problem, setProblem, send } = useSend(onSubmit);
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkFutureTime(value, siteZone);
    if ('message' in checked) setProblem(checked);
    else void send(checked.iso);
  }
  return (
    <form onSubmit={submit} noValidate>
      {intro}
      <ZonedDateTimeField label={label} value={value} onChange={setValue} siteZone={siteZone} error={problem?.message} autoFocus
        extraChoices={extraChoices} />
      <FormButtons busy={busy} label={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** A question with one consequential answer (publish now, unpublish). */
export function ConfirmForm({ text, confirmLabel, danger, onSubmit, onCancel }: { text: string; confirmLabel: string; danger?: boolean; onSubmit: Submit<void>; onCancel: () => void }) {
  const { busy, problem, send } = useSend(onSubmit);
  return (
    <form onSubmit={(event) => { event.preventDefault(); void send(); }}>
      <p>{text}</p>
      {problem ? <p className="field-error" role="alert">{problem.message}</p> : null}
      {/* A stray Enter must not take an article down or remove a correction: those start on Cancel. */}
      <FormButtons busy={busy} label={confirmLabel} danger={danger ?? false} onCancel={onCancel} focus={danger ? 'cancel' : 'confirm'} />
    </form>
  );
}

/** The instant `value` names in the site's zone, if it is a real time there and still ahead. */
function checkFutureTime(value: WallTime, siteZone: SiteZone): { iso: string } | Problem {
  if (value === '') return { message: t('workflow.time.missing'), property: 'publishAt' };
  const result = instantOf(value, siteZone.zone);
  if ('problem' in result) return { message: t(result.problem === 'skipped' ? 'workflow.time.skipped' : 'workflow.time.invalid', { zone: siteZone.zone }) };
  if (result.instant <= Date.now()) return { message: t('workflow.time.past') };
  return { iso: new Date(result.instant).toISOString() };
}
