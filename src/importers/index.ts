/**
 * Importers: bring articles from other systems into the newsroom. `importNdjson` reads lines of
 * JSON (`dateline import ndjson`); writing goes through the content slice's article importer.
 */
export { importNdjson, readLines, DEFAULT_BATCH_SIZE, type LineFailure, type NdjsonImportOptions, type NdjsonImportSummary } from './ndjson.ts';
export { parseArticleLine, detectBodyFormat } from './ndjson-line.ts';
export { IMPORT_ERRORS, importError, type ImportErrorCode } from './import.errors.ts';
