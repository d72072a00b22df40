import { AppError } from '../common/app-error.ts';

/** Every code the accounts slice raises, with its HTTP status. */
export const ACCOUNTS_ERRORS = {
  ACCOUNTS_INVALID_INPUT: 400,
  ACCOUNTS_WEAK_PASSWORD: 400,
  ACCOUNTS_EMAIL_TAKEN: 409,
  ACCOUNTS_SIGN_IN_FAILED: 401,
  ACCOUNTS_SIGN_IN_LOCKED: 429,
  ACCOUNTS_NOT_SIGNED_IN: 401,
  ACCOUNTS_FORBIDDEN: 403,
  ACCOUNTS_SETUP_DONE: 409,
  ACCOUNTS_USER_NOT_FOUND: 404,
  ACCOUNTS_LAST_ADMINISTRATOR: 409,
  ACCOUNTS_RESET_LINK_INVALID: 400,
} as const;

export type AccountsErrorCode = keyof typeof ACCOUNTS_ERRORS;

/** Builds an accounts AppError with the status its code carries. */
export function accountsError(code: AccountsErrorCode, message: string, property?: string): AppError {
  return new AppError(code, ACCOUNTS_ERRORS[code], message, property === undefined ? {} : { property });
}
