import { hashSecretToken, newSecretToken } from '../common/secret-token.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import type { Database } from '../db/index.ts';
import { accountsError } from './accounts.errors.ts';
import type { SignedInUser } from './accounts.service.ts';
import { can, isRole, type Role } from './permissions.ts';

const TOKEN_PREFIX = 'dl_';

/** A token as listed: never the token itself. */
export interface ApiTokenInfo { id: number; name: string; role: Role; createdAt: string; lastUsedAt: string | null }

/**
 * API tokens for integrations, created by administrators: shown once, stored as a SHA-256,
 * revocable, each with a role. A token acts on behalf of the user who made it, with its own role.
 */
export function createApiTokenService(db: Kysely<Database>, clock: Clock) {
  const hash = hashSecretToken;

  function authorise(actor: SignedInUser): void {
    if (!can(actor.role, 'token.manage')) throw accountsError('ACCOUNTS_FORBIDDEN', 'Only administrators manage API tokens.');
  }

  return {
    /** Makes a token; the returned `token` is shown this once. @throws ACCOUNTS_FORBIDDEN, ACCOUNTS_INVALID_INPUT */
    async create(actor: SignedInUser, input: { name: string; role: string }): Promise<ApiTokenInfo & { token: string }> {
      authorise(actor);
      const name = input.name.trim();
      if (!name || name.length > 100) throw accountsError('ACCOUNTS_INVALID_INPUT', 'A token name of 1 to 100 characters is needed.', 'name');
      if (!isRole(input.role)) throw accountsError('ACCOUNTS_INVALID_INPUT', `Unknown role "${input.role}".`, 'role');
      const token = TOKEN_PREFIX + newSecretToken();
      const createdAt = clock.now().toISOString();
      const { id } = await db.insertInto('apiTokens')
        .values({ name, role: input.role, tokenHash: hash(token), createdBy: actor.id, createdAt, lastUsedAt: null, revokedAt: null })
        .returning('id').executeTakeFirstOrThrow();
      return { id, name, role: input.role, createdAt, lastUsedAt: null, token };
    },

    /** Live tokens, newest first. @throws ACCOUNTS_FORBIDDEN */
    async list(actor: SignedInUser): Promise<ApiTokenInfo[]> {
      authorise(actor);
      return db.selectFrom('apiTokens').select(['id', 'name', 'role', 'createdAt', 'lastUsedAt'])
        .where('revokedAt', 'is', null).orderBy('id', 'desc').execute();
    },

    /** Revokes a token at once. @throws ACCOUNTS_FORBIDDEN */
    async revoke(actor: SignedInUser, id: number): Promise<void> {
      authorise(actor);
      await db.updateTable('apiTokens').set({ revokedAt: clock.now().toISOString() }).where('id', '=', id).where('revokedAt', 'is', null).execute();
    },

    /** The principal a bearer token stands for, or null for an unknown or revoked one. */
    async principalFor(token: string): Promise<SignedInUser | null> {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const row = await db.selectFrom('apiTokens as t').innerJoin('users as u', 'u.id', 't.createdBy')
        .select(['t.id', 't.name', 't.role', 'u.id as userId', 'u.email', 'u.authorId'])
        .where('t.tokenHash', '=', hash(token)).where('t.revokedAt', 'is', null).executeTakeFirst();
      if (!row) return null;
      await db.updateTable('apiTokens').set({ lastUsedAt: clock.now().toISOString() }).where('id', '=', row.id).execute();
      return { id: row.userId, email: row.email, name: `API token: ${row.name}`, role: row.role, authorId: row.authorId };
    },
  };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;
