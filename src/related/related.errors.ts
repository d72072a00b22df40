import { AppError } from '../common/app-error.ts';

/** Every code the related slice raises, with its HTTP status. */
export const RELATED_ERRORS = {
  RELATED_INVALID_OVERRIDE: 400,
} as const;

export type RelatedErrorCode = keyof typeof RELATED_ERRORS;

export function relatedError(code: RelatedErrorCode, message: string, property?: string): AppError {
  return new AppError(code, RELATED_ERRORS[code], message, property === undefined ? {} : { property });
}
