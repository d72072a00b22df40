import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error.ts';
import { SERVER_ERRORS } from './server.errors.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string in `value` that no database can store faithfully, with where it is. */
function findUnstorable(value: unknown, path: string): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    // PostgreSQL text cannot hold NUL at all; a lone surrogate half would be stored as U+FFFD.
    if (value.includes('\u0000')) return { path, reason: 'contains the NUL character' };
    if (LONE_SURROGATE.test(value)) return { path, reason: 'contains half of a surrogate pair (not valid Unicode)' };
    return null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnstorable(item, path);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses a JSON body with text the databases would reject or silently alter, naming the field,
 * before any route sees it: one check here instead of one per field and route.
 */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const found = findUnstorable(request.body, '');
  if (found) {
    throw new AppError('REQUEST_INVALID', SERVER_ERRORS.REQUEST_INVALID, `${found.path || 'The body'} ${found.reason}.`, found.path ? { property: found.path } : {});
  }
}
