import { contentError } from './content.errors.ts';

/**
 * Refuses a time zone the runtime's Intl cannot format dates in, so whatever later shows dates
 * in the site's zone can rely on it. Names are kept as given: Intl also accepts aliases
 * (`Asia/Calcutta`) and any letter case, and its canonical spellings change with the ICU version.
 * @throws CONTENT_INVALID_INPUT naming `timeZone`
 */
export function checkTimeZone(name: string): void {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: name });
  } catch {
    throw contentError('CONTENT_INVALID_INPUT', `"${name}" is not a time zone this server knows; use an IANA name such as "Europe/London" or "UTC".`, 'timeZone');
  }
}
