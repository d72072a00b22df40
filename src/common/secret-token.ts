import { createHash, randomBytes } from 'node:crypto';

/** A new random secret of `bytes` bytes, URL-safe. */
export function newSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * How a secret (session id, API token, preview link) is stored: its SHA-256, so a leaked table
 * opens nothing. The secrets are random, so no salt or slow hash is needed.
 */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
