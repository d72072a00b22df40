import type { ImportedArticle } from '../content/index.ts';
import { EXTERNAL_ID_MAX } from '../content/index.ts';
import { importError } from './import.errors.ts';

/** Longest line read: a 2 MB body (the writer's limit) escaped as JSON, with room for the rest. */
export const MAX_LINE_LENGTH = 5_000_000;

const MAX_TITLE = 300;
const MAX_STANDFIRST = 1000;
const MAX_BODY = 2_000_000;
const MAX_NAME = 200;
const MAX_TAG = 100;
const MAX_TAGS = 100;
const MAX_AUTHORS = 20;
// Tab and newline are fine in a body; other controls in a name or id are a broken export.
const CONTROL = /[\u0000-\u001f\u007f]/;
// An ISO 8601 date or date-time; Date.parse alone accepts "March 7" and the like.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A body that starts with a tag is HTML; anything else is Markdown (which may embed HTML). */
export function detectBodyFormat(body: string): 'html' | 'markdown' {
  return /^\s*<(?:[a-z][a-z0-9-]*|!--)[\s/>]/i.test(body) || /^\s*<[a-z][a-z0-9-]*$/i.test(body) ? 'html' : 'markdown';
}

/**
 * Parses one line of an NDJSON import into an article, or explains what is wrong with it.
 * Fields other than the known ones are ignored (exports often carry more).
 * @throws IMPORT_INVALID_LINE naming the field
 */
export function parseArticleLine(line: string): ImportedArticle {
  if (line.length > MAX_LINE_LENGTH) throw invalid(`the line is longer than ${MAX_LINE_LENGTH.toLocaleString('en')} characters.`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw invalid('not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('not a JSON object.');
  const record = value as Record<string, unknown>;
  const body = text(record, 'body', MAX_BODY, { required: true, multiline: true }) as string;
  return {
    externalId: externalId(record.externalId),
    headline: text(record, 'title', MAX_TITLE, { required: true }) as string,
    standfirst: text(record, 'standfirst', MAX_STANDFIRST, { multiline: true }),
    body,
    bodyFormat: detectBodyFormat(body),
    section: text(record, 'section', MAX_NAME),
    tags: names(record, 'tags', MAX_TAG, MAX_TAGS),
    authors: names(record, 'authors', MAX_NAME, MAX_AUTHORS),
    publishedAt: date(record.publishedAt),
  };
}

function invalid(reason: string, property?: string) {
  return importError('IMPORT_INVALID_LINE', reason, property);
}

// Numbers are accepted too: many exports number their records.
function externalId(value: unknown): string {
  if (value === undefined || value === null) throw invalid('externalId is missing.', 'externalId');
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') throw invalid('externalId must be a string (or a whole number).', 'externalId');
  if (value.trim() === '') throw invalid('externalId must not be empty.', 'externalId');
  if (value.length > EXTERNAL_ID_MAX) throw invalid(`externalId must be at most ${EXTERNAL_ID_MAX} characters.`, 'externalId');
  if (CONTROL.test(value)) throw invalid('externalId contains control characters.', 'externalId');
  return value;
}

function text(record: Record<string, unknown>, field: string, max: number, options: { required?: boolean; multiline?: boolean } = {}): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (options.required) throw invalid(`${field} is missing.`, field);
    return undefined;
  }
  if (typeof value !== 'string') throw invalid(`${field} must be a string.`, field);
  const trimmed = value.trim();
  if (trimmed === '') {
    if (options.required) throw invalid(`${field} must not be empty.`, field);
    return undefined;
  }
  if (trimmed.length > max) throw invalid(`${field} must be at most ${max.toLocaleString('en')} characters (it has ${trimmed.length.toLocaleString('en')}).`, field);
  const controls = options.multiline ? trimmed.replace(/[\t\n\r]/g, '') : trimmed;
  if (CONTROL.test(controls)) throw invalid(`${field} contains control characters.`, field);
  return trimmed;
}

function names(record: Record<string, unknown>, field: string, max: number, maxCount: number): string[] {
  const value = record[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(`${field} must be an array of names.`, field);
  if (value.length > maxCount) throw invalid(`${field} may list at most ${maxCount} names.`, field);
  const list: string[] = [];
  for (const [index, item] of value.entries()) {
    const name = text({ [`${field}[${index}]`]: item }, `${field}[${index}]`, max, { required: true }) as string;
    if (!list.some((seen) => seen.toLowerCase() === name.toLowerCase())) list.push(name);
  }
  return list;
}

function date(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const match = typeof value === 'string' ? ISO_8601.exec(value.trim()) : null;
  if (!match) throw invalid('publishedAt must be an ISO 8601 date, such as 2026-11-25T09:30:00Z.', 'publishedAt');
  const [whole, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  // Date rolls 31 April over to 1 May; a date that does not exist is a typo, not a date.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const real = Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= daysInMonth
    && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
  // A time without a zone is read as UTC, not as this machine's zone: a file imports alike anywhere.
  const time = new Date(zone !== undefined ? whole : match[4] === undefined ? `${whole}T00:00:00Z` : `${whole}Z`);
  if (!real || Number.isNaN(time.getTime()) || time.getUTCFullYear() < 1000 || time.getUTCFullYear() > 9999) {
    throw invalid('publishedAt is not a real date and time.', 'publishedAt');
  }
  return time.toISOString();
}
