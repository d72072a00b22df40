import { AppError } from '../common/app-error.ts';

/** Every code the search slice raises, with its HTTP status. */
export const SEARCH_ERRORS = {
  SEARCH_QUERY_TOO_LONG: 400,
  SEARCH_INVALID_DATE: 400,
} as const;

export type SearchErrorCode = keyof typeof SEARCH_ERRORS;

/** Builds a search AppError with the status its code carries. */
export function searchError(code: SearchErrorCode, message: string, property?: string): AppError {
  return new AppError(code, SEARCH_ERRORS[code], message, property === undefined ? {} : { property });
}
