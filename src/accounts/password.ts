import { hash, verify } from '@node-rs/argon2';
import { accountsError } from './accounts.errors.ts';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

// argon2id (the library's default algorithm) with OWASP's memory-heavy settings.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let commonPasswords: Promise<Set<string>> | null = null;

/** The most common passwords (about 49,000, from zxcvbn-ts), loaded on first use only. */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common']));
  return commonPasswords;
}

/**
 * Refuses passwords that are too short, absurdly long, or among the most common; errors name
 * `property`, the field the password came in.
 * @throws ACCOUNTS_WEAK_PASSWORD
 */
export async function checkPasswordPolicy(password: string, property = 'password'): Promise<void> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw accountsError('ACCOUNTS_WEAK_PASSWORD', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, property);
  }
  if ([...password].length > MAX_PASSWORD_LENGTH) {
    throw accountsError('ACCOUNTS_WEAK_PASSWORD', `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`, property);
  }
  if ((await loadCommonPasswords()).has(password.toLowerCase())) {
    throw accountsError('ACCOUNTS_WEAK_PASSWORD', 'That password is among the most common ones; choose another.', property);
  }
}

/** An argon2id hash (PHC string) of `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `passwordHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
