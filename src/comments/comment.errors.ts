import { AppError } from '../common/app-error.ts';

/** Every code the comments slice raises, with its HTTP status. */
export const COMMENT_ERRORS = {
  COMMENT_NOT_FOUND: 404,
  COMMENT_ARTICLE_NOT_FOUND: 404,
  COMMENT_CLOSED: 403,
  COMMENT_INVALID_INPUT: 400,
  COMMENT_PARENT_NOT_FOUND: 400,
  COMMENT_DUPLICATE: 409,
  COMMENT_TOO_FAST: 429,
  COMMENT_INVALID_TRANSITION: 409,
  COMMENT_CROSS_SITE: 403,
} as const;

export type CommentErrorCode = keyof typeof COMMENT_ERRORS;

/** Builds a comments AppError with the status its code carries. */
export function commentError(code: CommentErrorCode, message: string, property?: string): AppError {
  return new AppError(code, COMMENT_ERRORS[code], message, property === undefined ? {} : { property });
}
