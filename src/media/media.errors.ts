import { AppError } from '../common/app-error.ts';

/** Every code the media slice raises, with its HTTP status. */
export const MEDIA_ERRORS = {
  MEDIA_INVALID_INPUT: 400,
  MEDIA_FILE_MISSING: 400,
  MEDIA_NOT_FOUND: 404,
  MEDIA_FILE_TOO_LARGE: 413,
  MEDIA_UNSUPPORTED_TYPE: 415,
  MEDIA_TOO_MANY_PIXELS: 422,
  MEDIA_INVALID_IMAGE: 422,
} as const;

export type MediaErrorCode = keyof typeof MEDIA_ERRORS;

/** Builds a media AppError with the status its code carries. */
export function mediaError(code: MediaErrorCode, message: string, property?: string): AppError {
  return new AppError(code, MEDIA_ERRORS[code], message, property === undefined ? {} : { property });
}
