import { catalogue, type MessageKey } from './catalogue.ts';

export type { MessageKey };
type Params = Record<string, string | number>;

const plural = new Intl.PluralRules('en');

/** The UI text for a key, with `{name}` placeholders filled in. Every UI string comes from here. */
export function t(key: MessageKey, params?: Params): string {
  const text: string = catalogue[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A counted phrase: picks `<key>.one` or `<key>.other` by the language's plural rules. */
export function tn(key: string, count: number, params?: Params): string {
  const form = plural.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count: count.toLocaleString('en'), ...params });
}

/** A date and time as the newsroom reads it, in the browser's zone unless one is given. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}
