import { AppError } from '../common/app-error.ts';

/** Error codes raised by the data layer. */
export const DB_ERRORS = {
  DB_CONFLICT: 409,
  DB_REFERENCE_MISSING: 409,
  DB_BUSY: 503,
  DB_MIGRATION_FAILED: 500,
} as const;

/**
 * Turns a driver error from either database into an AppError, so services never read driver
 * codes. Errors that are not the driver's pass through unchanged.
 */
export function translateDbError(error: unknown): unknown {
  if (!error || typeof error !== 'object' || !('code' in error)) return error;
  const code = String((error as { code: unknown }).code);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new AppError('DB_CONFLICT', 409, 'That value is already taken.', { cause: error });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    return new AppError('DB_REFERENCE_MISSING', 409, 'That refers to something that does not exist.', { cause: error });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === '40001' || code === '40P01') {
    return new AppError('DB_BUSY', 503, 'The database is busy; try again.', { cause: error, expose: true });
  }
  return error;
}
