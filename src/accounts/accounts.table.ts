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

/** Tokens for integrations: each acts with its own role on behalf of the user who made it. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  role: Role;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  createdBy: number;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

/** One-time "forgot password" links: the emailed token is never stored, only its SHA-256. */
export interface PasswordResetTable {
  id: Generated<number>;
  userId: number;
  tokenHash: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  /** Set when the link was used; a used link is refused. */
  usedAt: Timestamp | null;
}

/** Reset requests per rate-limit key (`email:…`, `address:…`) and minute, for the sliding window. */
export interface PasswordResetRequestTable {
  key: string;
  /** The start of the minute, ISO 8601 UTC. */
  minute: Timestamp;
  requests: number;
}

export interface AccountTables {
  apiTokens: ApiTokenTable;
  passwordResets: PasswordResetTable;
  passwordResetRequests: PasswordResetRequestTable;
  setupClaim: SetupClaimTable;
  users: UserTable;
  sessions: SessionTable;
  signInFailures: SignInFailureTable;
}
