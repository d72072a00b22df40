import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isAppError } from '../common/app-error.ts';
import type { ArticleImporter, ImportedArticle } from '../content/index.ts';
import { importError } from './import.errors.ts';
import { parseArticleLine } from './ndjson-line.ts';

/** One line that did not import, and why (a sentence for people). */
export interface LineFailure { line: number; reason: string }

/** What an NDJSON import did, line by line counted. */
export interface NdjsonImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface NdjsonImportOptions {
  /** The section (name or slug) of lines that name none. */
  defaultSection?: string | undefined;
  /** Articles per transaction. */
  batchSize?: number;
  /** Called for each failed line, in line order, as soon as its batch is done. */
  onFailure?: (failure: LineFailure) => void;
}

/** Articles per transaction: large enough that commits stop dominating, small enough to keep locks short. */
export const DEFAULT_BATCH_SIZE = 200;
const MAX_SECTION_OPTION = 200;

/**
 * Imports lines of `{"externalId","title","body",…}` (see README, "Importing articles (NDJSON)"):
 * blank lines are skipped, a bad line is reported through `onFailure` with its number and the
 * rest go on. Articles are written in batches, each one transaction.
 * @throws IMPORT_INVALID_OPTION for a blank or over-long default section
 */
export async function importNdjson(lines: AsyncIterable<string>, importer: ArticleImporter, options: NdjsonImportOptions = {}): Promise<NdjsonImportSummary> {
  const defaultSection = checkSectionOption(options.defaultSection);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: NdjsonImportSummary = { imported: 0, updated: 0, unchanged: 0, failed: 0 };
  let batch: { line: number; article: ImportedArticle }[] = [];
  // Parse failures wait for the batch before them, so reports come out in line order.
  let failures: LineFailure[] = [];

  const flush = async () => {
    const outcomes = batch.length === 0 ? [] : await importer.importBatch(batch.map((b) => b.article), defaultSection);
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.ok) summary[outcome.action === 'created' ? 'imported' : outcome.action] += 1;
      else failures.push({ line: (batch[index] as { line: number }).line, reason: reasonOf(outcome.error) });
    }
    summary.failed += failures.length;
    for (const failure of failures.sort((a, b) => a.line - b.line)) options.onFailure?.(failure);
    batch = [];
    failures = [];
  };

  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    try {
      batch.push({ line: number, article: parseArticleLine(line) });
    } catch (error) {
      failures.push({ line: number, reason: reasonOf(error) });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

/**
 * The lines of `path`, or of standard input for `-`. The file is opened now (so a wrong path
 * fails before any work) but read only once iterated: readline drops lines emitted before
 * anyone listens, and the database may take a while to open in between.
 * @throws IMPORT_SOURCE_UNREADABLE when the file is missing, a directory or not readable
 */
export async function readLines(path: string, stdin: Readable = process.stdin): Promise<AsyncIterable<string>> {
  if (path === '-') return lazyLines(() => stdin);
  let handle;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    await handle?.close();
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : 'it cannot be read';
    throw importError('IMPORT_SOURCE_UNREADABLE', `cannot import "${path}": ${why}.`, 'file');
  }
  const opened = handle;
  return lazyLines(() => opened.createReadStream({ encoding: 'utf8' }));
}

function lazyLines(input: () => Readable): AsyncIterable<string> {
  return { [Symbol.asyncIterator]: () => createInterface({ input: input(), crlfDelay: Infinity })[Symbol.asyncIterator]() };
}

function checkSectionOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_SECTION_OPTION || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw importError('IMPORT_INVALID_OPTION', `--section must name a section (1 to ${MAX_SECTION_OPTION} characters).`, 'section');
  }
  return trimmed;
}

// What a person reading the report needs: the field and what is wrong, never a stack trace.
function reasonOf(error: unknown): string {
  if (isAppError(error) && error.expose) {
    const property = error.property && !error.message.startsWith(error.property) ? ` (${error.property})` : '';
    return `${error.message}${property}`;
  }
  return `could not be written: ${error instanceof Error ? error.message : String(error)}`;
}
