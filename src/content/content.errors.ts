import { AppError } from '../common/app-error.ts';

/** Every code the content slice raises, with its HTTP status. */
export const CONTENT_ERRORS = {
  CONTENT_ARTICLE_NOT_FOUND: 404,
  CONTENT_SECTION_NOT_FOUND: 404,
  CONTENT_TAG_NOT_FOUND: 404,
  CONTENT_AUTHOR_NOT_FOUND: 404,
  CONTENT_SECTION_IN_USE: 409,
  CONTENT_TAG_IN_USE: 409,
  CONTENT_AUTHOR_IN_USE: 409,
  CONTENT_SLUG_TAKEN: 409,
  CONTENT_INVALID_INPUT: 400,
  CONTENT_EDIT_CONFLICT: 409,
  CONTENT_INVALID_TRANSITION: 409,
  CONTENT_EMBARGOED: 409,
  CONTENT_REVISION_NOT_FOUND: 404,
  CONTENT_PREVIEW_LINK_NOT_FOUND: 404,
  CONTENT_ARTICLE_NOT_PUBLISHED: 409,
  CONTENT_CORRECTION_NOT_FOUND: 404,
} as const;

export type ContentErrorCode = keyof typeof CONTENT_ERRORS;

/** Builds a content AppError with the status its code carries. */
export function contentError(code: ContentErrorCode, message: string, property?: string): AppError {
  return new AppError(code, CONTENT_ERRORS[code], message, property === undefined ? {} : { property });
}
