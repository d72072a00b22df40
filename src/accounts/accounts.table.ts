import type { Generated } from 'kysely';
import type { Role } from './permissions.ts';

/** Timestamps are ISO 8601 UTC text, as elsewhere. */
type Timestamp = string;

export interface UserTable {
  id: Generated<number>;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  /** argon2id PHC string; null until a password is set. */
  passwordHash: string | null;
  role: Role;
  /** The author profile this user writes as, if any. */
  authorId: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export interface SessionTable {
  idHash: string;
  userId: number;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

/** Failed sign-ins per account and client address, for the brute-force lock. */
export interface SignInFailureTable {
  key: string;
  failures: number;
  lockCount: number;
  lockedUntil: Timestamp | null;
  updatedAt: Timestamp;
}

/** The single row that marks first-run setup as done. */
export interface SetupClaimTable {
  id: number;
  claimedAt: Timestamp;
}

export interface AccountTables {
  setupClaim: SetupClaimTable;
  users: UserTable;
  sessions: SessionTable;
  signInFailures: SignInFailureTable;
}
