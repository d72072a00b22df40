import { useMemo, useState } from 'react';
import { t, tn } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/field.tsx';

/** Every IANA zone this browser knows, with UTC first (Intl leaves it out of the list). */
function allZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...known.filter((zone) => zone !== 'UTC')];
}

function offsetOf(zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

function nowIn(zone: string): string {
  try {
    return new Date().toLocaleString('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit' });
  } catch {
    return '—';
  }
}

/** The site time zone: a search box narrowing a select of every zone, each with its UTC offset. */
export function TimeZoneField({ id, value, onChange, error }: { id: string; value: string; onChange: (zone: string) => void; error: string | undefined }) {
  const zones = useMemo(() => allZones().map((zone) => ({ zone, label: `${zone.replace(/_/g, ' ')} (${offsetOf(zone)})` })), []);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  const shown = needle ? zones.filter((z) => z.label.toLowerCase().includes(needle)) : zones;
  // The saved zone stays choosable even when the search hides it or this browser does not list it.
  const current = shown.some((z) => z.zone === value) ? null : zones.find((z) => z.zone === value) ?? { zone: value, label: value };

  return (
    <div className="settings-zone">
      <TextField label={t('settings.site.timeZoneSearch')} type="search" value={search} maxLength={64} autoComplete="off"
        onChange={(e) => setSearch(e.target.value)} />
      <p className="visually-hidden" aria-live="polite">{needle ? tn('settings.site.timeZoneMatches', shown.length) : ''}</p>
      <SelectField id={id} label={t('settings.site.timeZone')} value={value} error={error} hint={t('settings.site.timeZoneHint', { time: nowIn(value) })}
        onChange={(e) => onChange(e.target.value)}>
        {current ? <option value={current.zone}>{current.label}</option> : null}
        {shown.map((z) => <option key={z.zone} value={z.zone}>{z.label}</option>)}
      </SelectField>
    </div>
  );
}
