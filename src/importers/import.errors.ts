import { AppError } from '../common/app-error.ts';

/** Every code the importers raise, with its HTTP-like status (4xx: the input's fault). */
export const IMPORT_ERRORS = {
  IMPORT_INVALID_LINE: 400,
  IMPORT_SOURCE_UNREADABLE: 400,
  IMPORT_INVALID_OPTION: 400,
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERRORS;

/** Builds an importer AppError with the status its code carries. */
export function importError(code: ImportErrorCode, message: string, property?: string): AppError {
  return new AppError(code, IMPORT_ERRORS[code], message, property === undefined ? {} : { property });
}
