import { AppError } from '../common/app-error.ts';

/** Every code the topics slice raises, with its HTTP status. */
export const TOPIC_ERRORS = {
  TOPICS_NOT_FOUND: 404,
  TOPICS_ARTICLE_NOT_FOUND: 404,
  TOPICS_SLUG_TAKEN: 409,
  TOPICS_INVALID_INPUT: 400,
} as const;

export type TopicErrorCode = keyof typeof TOPIC_ERRORS;

/** Builds a topics AppError with the status its code carries. */
export function topicError(code: TopicErrorCode, message: string, property?: string): AppError {
  return new AppError(code, TOPIC_ERRORS[code], message, property === undefined ? {} : { property });
}
