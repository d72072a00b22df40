import { useId, useRef, useState } from 'react';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t, type MessageKey } from '../i18n/i18n.ts';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Dialog } from '../ui/dialog.tsx';
import type { ArticleStatus } from './article-status.ts';
import { loadHistory, saveEmbargo, transition, type WorkflowAction } from './workflow.api.ts';
import { ConfirmForm, EmbargoForm, problemOf, ScheduleForm, SendBackForm, type Problem } from './workflow-forms.tsx';
import { WorkflowHistory } from './workflow-history.tsx';
import { PreviewLinks } from './workflow-preview-links.tsx';
import { useSiteZone, zoneNote } from './workflow-time.tsx';
import './workflow.css';

export interface WorkflowPanelProps {
  slug: string;
  status: ArticleStatus;
  /** The article's embargo (ISO time) or null. */
  embargoUntil: string | null;
  /** True when the editor has unsaved changes: actions then ask to save first. */
  dirty: boolean;
  /** Called after any action changed the article on the server: the editor reloads it. */
  onChanged: () => void;
}

type DialogKind = 'send-back' | 'schedule' | 'publish' | 'unpublish' | 'embargo';

/** Where each action may start (README "Workflow"); the server refuses any other move anyway. */
const FROM: Record<WorkflowAction, ArticleStatus[]> = {
  submit: ['draft', 'unpublished'],
  'send-back': ['in_review', 'scheduled'],
  schedule: ['draft', 'in_review', 'scheduled', 'unpublished'],
  publish: ['draft', 'in_review', 'scheduled', 'unpublished'],
  unschedule: ['scheduled'],
  unpublish: ['published'],
};

const DIALOG_TITLES: Record<DialogKind, MessageKey> = {
  'send-back': 'workflow.sendBack.title',
  schedule: 'workflow.schedule.title',
  publish: 'workflow.publish.title',
  unpublish: 'workflow.unpublish.title',
  embargo: 'workflow.embargo.title',
};

/**
 * The article's state and what can happen to it next: the actions the role and the state allow,
 * the history of changes, the embargo and preview links. Times are read and chosen in the site's
 * time zone.
 */
export function WorkflowPanel({ slug, status, embargoUntil, dirty, onChanged }: WorkflowPanelProps) {
  const { can } = useSession();
  const { notify } = useNotices();
  const history = useResource((signal) => loadHistory(slug, signal), `${slug}:${status}:${embargoUntil ?? ''}`);
  const siteZone = useSiteZone(history.data?.timeZone);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const stateRef = useRef<HTMLDivElement>(null);
  const ids = { heading: useId(), dirty: useId() };

  const canPublish = can('article.publish.any') || can('article.publish.own');
  const allowed = (action: WorkflowAction) => FROM[action].includes(status)
    && (action === 'submit' || (action === 'send-back' ? can('article.publish.any') : canPublish));
  // A contributor may embargo their draft; what is (about to be) public needs the publish right.
  const mayEmbargo = canPublish || (status !== 'published' && status !== 'scheduled');
  const blockedBy = dirty ? ids.dirty : undefined;

  /** Runs a change on the server; on success closes the dialog, says so, and reloads. */
  async function perform(change: () => Promise<unknown>, done: MessageKey): Promise<Problem | null> {
    setBusy(true);
    setProblem(null);
    try {
      await change();
    } catch (error) {
      return problemOf(error);
    } finally {
      setBusy(false);
    }
    setDialog(null);
    notify(t(done));
    history.reload();
    onChanged();
    // After the dialog has handed focus back: the button pressed may be gone with the old state.
    requestAnimationFrame(() => stateRef.current?.focus());
    return null;
  }

  const act = (action: WorkflowAction, body?: { note?: string; publishAt?: string }) =>
    perform(() => transition(slug, action, body), `workflow.done.${action}` as MessageKey);

  async function actDirectly(action: WorkflowAction) {
    setProblem(await act(action));
  }

  const pending = history.data?.jobs.find((job) => job.state === 'pending');
  const failed = history.data?.jobs.filter((job) => job.state === 'failed').at(-1);
  const button = (label: MessageKey, onClick: () => void, extra = '') => (
    <button key={label} type="button" className={`button${extra}`} disabled={busy || dirty} aria-describedby={blockedBy} onClick={onClick}>{t(label)}</button>
  );

  const actions = [
    allowed('submit') ? button('workflow.action.submit', () => void actDirectly('submit'), ' button-primary') : null,
    allowed('publish') ? button('workflow.action.publish', () => setDialog('publish'), allowed('submit') ? '' : ' button-primary') : null,
    allowed('schedule') ? button(status === 'scheduled' ? 'workflow.action.reschedule' : 'workflow.action.scheduleOpen', () => setDialog('schedule')) : null,
    allowed('unschedule') ? button('workflow.action.unschedule', () => void actDirectly('unschedule')) : null,
    allowed('send-back') ? button('workflow.action.sendBackOpen', () => setDialog('send-back')) : null,
    allowed('unpublish') ? button('workflow.action.unpublish', () => setDialog('unpublish'), ' button-danger') : null,
  ].filter((b) => b !== null);

  return (
    <section className="panel workflow-panel" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('workflow.title')}</h3>
      <div className="workflow-state" ref={stateRef} tabIndex={-1}>
        <p>
          {t('workflow.status')}{' '}
          <span className={`badge badge-${status}`}>{t(`workflow.status.${status}`)}</span>
        </p>
        {pending ? <p>{t('workflow.pending', { when: formatDateTime(pending.runAt, siteZone.zone) })}</p> : null}
        {failed && status === 'scheduled' ? <p className="field-error">{t('workflow.failed', { attempts: failed.attempts, error: failed.lastError ?? '' })}</p> : null}
        <p>
          {embargoUntil ? t('workflow.embargo.set', { when: formatDateTime(embargoUntil, siteZone.zone) }) : t('workflow.embargo.none')}
        </p>
      </div>
      <p className="muted workflow-zone">{zoneNote(siteZone)}</p>

      {dirty ? <p id={ids.dirty} className="workflow-dirty">{t('workflow.saveFirst')}</p> : null}
      {actions.length > 0
        ? <div className="workflow-buttons" role="group" aria-label={t('workflow.actions')}>{actions}</div>
        : <p className="muted">{t(status === 'in_review' ? 'workflow.waitingForReview' : 'workflow.noActions')}</p>}
      {mayEmbargo ? (
        <div className="workflow-buttons" role="group" aria-label={t('workflow.embargo.title')}>
          {button(embargoUntil ? 'workflow.embargo.change' : 'workflow.embargo.add', () => setDialog('embargo'))}
          {embargoUntil ? button('workflow.embargo.lift', () => void perform(() => saveEmbargo(slug, null), 'workflow.done.embargoLifted').then(setProblem)) : null}
        </div>
      ) : null}
      {problem ? <p className="field-error" role="alert">{problem.message}</p> : null}

      {history.data ? <WorkflowHistory history={history.data} siteZone={siteZone} /> : null}
      {history.error ? <p className="field-error" role="alert">{history.error.message}</p> : null}
      {canPublish ? <PreviewLinks slug={slug} siteZone={siteZone} blockedBy={blockedBy} /> : null}

      <Dialog initialFocus="[data-autofocus]" title={dialog ? t(DIALOG_TITLES[dialog]) : ''} open={dialog !== null} onClose={() => setDialog(null)}>
        {dialog === 'send-back' ? <SendBackForm onSubmit={(note) => act('send-back', { note })} onCancel={() => setDialog(null)} /> : null}
        {dialog === 'schedule' ? (
          <ScheduleForm siteZone={siteZone} embargoUntil={embargoUntil} onSubmit={(publishAt) => act('schedule', { publishAt })} onCancel={() => setDialog(null)} />
        ) : null}
        {dialog === 'embargo' ? (
          <EmbargoForm siteZone={siteZone} embargoUntil={embargoUntil}
            onSubmit={(until) => perform(() => saveEmbargo(slug, until), 'workflow.done.embargoSet')} onCancel={() => setDialog(null)} />
        ) : null}
        {dialog === 'publish' ? (
          <ConfirmForm text={embargoUntil && Date.parse(embargoUntil) > Date.now()
            ? t('workflow.publish.embargoed', { when: formatDateTime(embargoUntil, siteZone.zone) }) : t('workflow.publish.confirm')}
            confirmLabel={t('workflow.action.publish')} onSubmit={() => act('publish')} onCancel={() => setDialog(null)} />
        ) : null}
        {dialog === 'unpublish' ? (
          <ConfirmForm text={t('workflow.unpublish.confirm')} confirmLabel={t('workflow.action.unpublish')} danger
            onSubmit={() => act('unpublish')} onCancel={() => setDialog(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}
