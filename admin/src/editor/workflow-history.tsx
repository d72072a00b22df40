import { useState } from 'react';
import { formatDateTime, t, tn, type MessageKey } from '../i18n/i18n.ts';
import type { History, HistoryEvent } from './workflow.api.ts';
import type { SiteZone } from './workflow-time.tsx';

/** How many changes show before "Show all". */
const FIRST_SHOWN = 5;

/** What a change of state was, in the newsroom's words. */
function eventLabel(event: HistoryEvent): MessageKey {
  if (event.fromStatus === null) return 'workflow.event.created';
  switch (event.toStatus) {
    case 'in_review': return 'workflow.event.submitted';
    case 'scheduled': return 'workflow.event.scheduled';
    case 'published': return event.by === null ? 'workflow.event.publishedOnSchedule' : 'workflow.event.published';
    case 'unpublished': return 'workflow.event.unpublished';
    // Send-back needs a note and unschedule takes none: that tells the two apart from "scheduled".
    default: return event.fromStatus === 'in_review' || event.note !== '' ? 'workflow.event.sentBack' : 'workflow.event.unscheduled';
  }
}

/** The article's changes of state, newest first: what, who, when, and the note. */
export function WorkflowHistory({ history, siteZone }: { history: History; siteZone: SiteZone }) {
  const [all, setAll] = useState(false);
  const events = [...history.events].reverse();
  const shown = all ? events : events.slice(0, FIRST_SHOWN);
  return (
    <div className="workflow-history">
      <h4>{t('workflow.history.title')}</h4>
      {events.length === 0 ? <p className="muted">{t('workflow.history.none')}</p> : (
        <ol>
          {shown.map((event, i) => (
            <li key={`${event.at}-${i}`}>
              <span className="workflow-event">{t(eventLabel(event), { status: t(`workflow.status.${event.toStatus}`).toLowerCase() })}</span>{' '}
              <span className="muted">
                {t('workflow.history.byAt', { who: event.by?.name ?? t('workflow.history.system'), when: formatDateTime(event.at, siteZone.zone) })}
              </span>
              {event.note ? <blockquote className="workflow-note"><span className="visually-hidden">{t('workflow.history.note')} </span>{event.note}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
      {events.length > FIRST_SHOWN ? (
        <button type="button" className="button-link" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? t('workflow.history.showFewer') : tn('workflow.history.showAll', events.length)}
        </button>
      ) : null}
    </div>
  );
}
