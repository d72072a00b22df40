import { createHmac, timingSafeEqual } from 'node:crypto';

/** A stamp dated at most this far ahead of this node's clock is accepted (clock skew between nodes). */
export const FORM_STAMP_MAX_SKEW_MS = 60_000;

/**
 * The signed time baked into the comment form, so a form sent back faster than a person could
 * fill it is caught. It carries no visitor data, so it can sit in cached pages.
 * @param secret the site's stamp key; must not be empty
 * @param nowMs the current time in epoch milliseconds (a non-negative safe integer)
 * @returns `<time in base 36>.<first 22 base64url chars of HMAC-SHA256(secret, time)>`
 * @throws RangeError for an empty secret or a time that is not a non-negative safe integer
 */
export function issueFormStamp(secret: string, nowMs: number): string {
  if (secret === '') throw new RangeError('The form stamp secret is empty');
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) throw new RangeError(`Not a form stamp time: ${nowMs}`);
  const issued = nowMs.toString(36);
  return `${issued}.${signTime(secret, issued)}`;
}

/**
 * How long ago a stamp from issueFormStamp was issued, in ms. A stamp up to
 * FORM_STAMP_MAX_SKEW_MS in the future counts as 0 old. Never throws, whatever `stamp` is.
 * @returns the age, or null when the stamp is missing, malformed, not signed with `secret`,
 *   or dated further in the future than the allowed skew
 */
export function formStampAge(secret: string, stamp: unknown, nowMs: number): number | null {
  if (typeof secret !== 'string' || secret === '' || typeof stamp !== 'string' || !Number.isFinite(nowMs)) return null;
  // Checked before the pattern so an oversized value costs nothing.
  if (stamp.length > MAX_STAMP_LENGTH) return null;
  const parts = STAMP_SHAPE.exec(stamp);
  const issued = parts?.[1];
  const signature = parts?.[2];
  if (issued === undefined || signature === undefined) return null;
  // Both sides are 22 ASCII characters (the pattern guarantees it), as timingSafeEqual requires.
  if (!timingSafeEqual(Buffer.from(signTime(secret, issued)), Buffer.from(signature))) return null;
  const issuedMs = Number.parseInt(issued, 36);
  if (!Number.isSafeInteger(issuedMs) || issuedMs.toString(36) !== issued) return null;
  const age = nowMs - issuedMs;
  if (age < -FORM_STAMP_MAX_SKEW_MS) return null;
  return Math.max(0, age);
}

const SIGNATURE_LENGTH = 22;
// Number.MAX_SAFE_INTEGER is 11 digits in base 36.
const MAX_STAMP_LENGTH = 11 + 1 + SIGNATURE_LENGTH;
const STAMP_SHAPE = /^([0-9a-z]{1,11})\.([A-Za-z0-9_-]{22})$/;

function signTime(secret: string, issued: string): string {
  return createHmac('sha256', secret).update(issued).digest('base64url').slice(0, SIGNATURE_LENGTH);
}
