import { useEffect, useId, useState } from 'react';
import { useSession } from '../app/session.tsx';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { TextField } from '../ui/field.tsx';
import { loadSettingsTimeZone } from './workflow.api.ts';

/**
 * Times chosen in the site's time zone. The newsroom thinks "06:00 in London" whatever zone the
 * browser is in, so a wall-clock reading in that zone is turned into an instant here with Intl
 * alone: no date library, and the zone rules (DST) are the browser's own, kept current with it.
 */

/** `YYYY-MM-DDTHH:mm`: what <input type="datetime-local"> reads and writes. */
export type WallTime = string;

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at `instant`, to the second, written as if it were a UTC time (ms). */
function readingAt(instant: number, zone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partsFormatter(zone).formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, (parts.hour ?? 0) % 24, parts.minute ?? 0, parts.second ?? 0);
}

/** How far `zone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return readingAt(whole, zone) - whole;
}

/** True when this browser can show times in `zone`. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `zone` at `instant` (ms), to the minute. */
export function wallClockAt(instant: number, zone: string): WallTime {
  return new Date(readingAt(instant, zone)).toISOString().slice(0, 16);
}

export type InstantResult = { instant: number } | { problem: 'invalid' | 'skipped' };

/**
 * The instant at which clocks in `zone` read `wall`. A reading that happens twice (clocks going
 * back) is its first occurrence; one that never happens (clocks going forward) is `skipped`.
 */
export function instantOf(wall: WallTime, zone: string): InstantResult {
  const match = WALL.exec(wall);
  if (!match) return { problem: 'invalid' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).toISOString().slice(0, 16) !== wall) return { problem: 'invalid' };
  // A zone's offset changes at most once within a day either side of any time: the offsets a day
  // before and a day after give every instant that can read `wall`.
  const candidates = [asUtc - offsetAt(asUtc - DAY_MS, zone), asUtc - offsetAt(asUtc + DAY_MS, zone)]
    .filter((instant) => wallClockAt(instant, zone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? { problem: 'skipped' } : { instant: first };
}

/** The day after `date` (`YYYY-MM-DD`), as a calendar, not 24 hours. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Quick choices: an hour from now (to the next minute) and 06:00 tomorrow, in `zone`. */
export function quickChoices(now: number, zone: string): { inAnHour: WallTime; tomorrowMorning: WallTime } {
  return {
    inAnHour: wallClockAt(Math.ceil((now + 3_600_000) / 60_000) * 60_000, zone),
    tomorrowMorning: `${nextDay(wallClockAt(now, zone).slice(0, 10))}T06:00`,
  };
}

export interface SiteZone {
  zone: string;
  /** `site`: the site's setting; `browser`: it could not be read, so the browser's zone is used. */
  source: 'site' | 'browser';
}

// The zone the server last named, so panels that do not load the history show the same times.
let lastToldZone: string | undefined;

/**
 * The site's time zone: from the article history when the server sends it, else from the
 * settings (administrators only), else the browser's own zone, which the screen then names.
 */
export function useSiteZone(fromHistory?: string | undefined): SiteZone {
  if (fromHistory) lastToldZone = fromHistory;
  fromHistory ??= lastToldZone;
  const { can } = useSession();
  const mayReadSettings = can('settings.manage');
  const [fromSettings, setFromSettings] = useState<string>();
  useEffect(() => {
    if (fromHistory || !mayReadSettings) return;
    const controller = new AbortController();
    loadSettingsTimeZone(controller.signal).then((s) => setFromSettings(s.timeZone), () => undefined);
    return () => controller.abort();
  }, [fromHistory, mayReadSettings]);
  const site = [fromHistory, fromSettings].find((zone): zone is string => typeof zone === 'string' && isKnownZone(zone));
  return site ? { zone: site, source: 'site' } : { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, source: 'browser' };
}

/** A sentence naming the zone that times are shown and chosen in. */
export function zoneNote({ zone, source }: SiteZone): string {
  return t(source === 'site' ? 'workflow.zone.site' : 'workflow.zone.browser', { zone });
}

export interface ZonedDateTimeFieldProps {
  label: string;
  value: WallTime;
  onChange: (value: WallTime) => void;
  siteZone: SiteZone;
  error?: string | undefined;
  /** Extra quick choices (e.g. the embargo time) beside "in 1 hour" and "tomorrow 06:00". */
  extraChoices?: { label: string; value: WallTime }[];
  autoFocus?: boolean;
}

/** A date and time picked as the site's clocks read it, with quick choices and what it means in UTC. */
export function ZonedDateTimeField({ label, value, onChange, siteZone, error, extraChoices = [], autoFocus }: ZonedDateTimeFieldProps) {
  const choicesId = useId();
  const { zone } = siteZone;
  const quick = quickChoices(Date.now(), zone);
  const choices = [
    { label: t('workflow.time.inAnHour'), value: quick.inAnHour },
    { label: t('workflow.time.tomorrowMorning'), value: quick.tomorrowMorning },
    ...extraChoices,
  ];
  const result = value ? instantOf(value, zone) : null;
  return (
    <div className="zoned-time">
      <TextField label={label} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} required
        hint={zoneNote(siteZone)} error={error} data-autofocus={autoFocus ? '' : undefined} />
      <div className="quick-choices" role="group" aria-labelledby={choicesId}>
        <span id={choicesId} className="muted">{t('workflow.time.quick')}</span>
        {choices.map((choice) => (
          <button key={choice.label} type="button" className="button" onClick={() => onChange(choice.value)}>{choice.label}</button>
        ))}
      </div>
      <p className="muted zoned-time-meaning" aria-live="polite">
        {result && 'instant' in result && zone !== 'UTC'
          ? t('workflow.time.meaning', { utc: formatDateTime(new Date(result.instant).toISOString(), 'UTC') })
          : null}
      </p>
    </div>
  );
}
