/** Options for an {@link AppError}; `expose` defaults to true for 4xx and false for 5xx. */
export interface AppErrorOptions {
  property?: string;
  cause?: unknown;
  expose?: boolean;
}

/**
 * The one error type services throw. `code` is stable (SLICE_WHAT_HAPPENED) and is what clients
 * and tests match on; `message` is for people and may change.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly property: string | undefined;
  readonly expose: boolean;

  constructor(code: string, status: number, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.property = options.property;
    this.expose = options.expose ?? status < 500;
  }
}

/** True when `value` is an {@link AppError} (also across module copies). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
