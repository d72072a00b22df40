import type { Kysely } from 'kysely';
import type { Clock } from '../common/clock.ts';
import { translateDbError, type Database, type Db } from '../db/index.ts';
import { accountsError } from './accounts.errors.ts';
import { deleteSessionsOfUser, findUserById, updateUser } from './accounts.repository.ts';
import type { AccountsService } from './accounts.service.ts';
import { checkPasswordPolicy, hashPassword } from './password.ts';
import { isRole, type Role } from './permissions.ts';

/** A user as administrators see them: never the password hash. */
export interface ManagedUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  author: { slug: string; name: string } | null;
  /** True when the user cannot sign in (no password). */
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What an administrator may change about a user; fields left out keep their values. */
export interface UserChange {
  name?: string | undefined;
  role?: string | undefined;
  /** The author profile the user writes as; null unlinks it. */
  authorSlug?: string | null | undefined;
  disabled?: boolean | undefined;
  /** A new password (also how a disabled user is enabled again). */
  password?: string | undefined;
}

/** The author profiles a user may be linked to (the content slice's, passed in). */
export interface AuthorDirectory { listAuthors(): Promise<{ id: number; name: string; slug: string }[]> }

/**
 * Managing newsroom users, for administrators: list, create (through the accounts service, with
 * its password rules), change and delete. The site never loses its last administrator who can
 * sign in, and a change of role, a disabling or a new password ends the user's sessions.
 */
export function createUsersService(db: Kysely<Database>, clock: Clock, accounts: AccountsService, authors: AuthorDirectory) {
  async function authorIdFor(slug: string | null): Promise<number | null> {
    if (slug === null) return null;
    const found = (await authors.listAuthors()).find((a) => a.slug === slug);
    if (!found) throw accountsError('ACCOUNTS_INVALID_INPUT', `There is no author profile "${slug}".`, 'authorSlug');
    return found.id;
  }

  async function present(rows: UserRow[]): Promise<ManagedUser[]> {
    const byId = new Map((await authors.listAuthors()).map((a) => [a.id, { slug: a.slug, name: a.name }]));
    return rows.map((u) => ({
      id: u.id, email: u.email, name: u.name, role: u.role, author: u.authorId === null ? null : byId.get(u.authorId) ?? null,
      disabled: u.passwordHash === null, createdAt: u.createdAt, updatedAt: u.updatedAt,
    }));
  }

  /** The user with this id. @throws ACCOUNTS_USER_NOT_FOUND */
  async function get(trx: Db, id: number): Promise<UserRow> {
    const user = await findUserById(trx, id);
    if (!user) throw accountsError('ACCOUNTS_USER_NOT_FOUND', `There is no user ${id}.`, 'id');
    return user;
  }

  /**
   * Runs `work` on an administrator and refuses the outcome if no administrator who can sign in
   * is left. The administrators' rows are locked first, so two such changes at once are taken
   * one after the other and the second sees the first.
   * @throws ACCOUNTS_LAST_ADMINISTRATOR
   */
  async function keepingAnAdministrator(trx: Db, work: () => Promise<void>): Promise<void> {
    await lockAdministrators(trx);
    await work();
    if ((await countActiveAdministrators(trx)) === 0) {
      throw accountsError('ACCOUNTS_LAST_ADMINISTRATOR', 'This is the last administrator who can sign in; make someone else an administrator first.');
    }
  }

  const transaction = async <T>(work: (trx: Db) => Promise<T>): Promise<T> => {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      throw translateDbError(error);
    }
  };

  return {
    /** Every user, by name. */
    async list(): Promise<ManagedUser[]> {
      return present(await findAllUsers(db));
    },

    /**
     * Creates a user with the accounts service's rules, optionally linked to an author profile.
     * @throws ACCOUNTS_INVALID_INPUT, ACCOUNTS_WEAK_PASSWORD, ACCOUNTS_EMAIL_TAKEN
     */
    async create(input: { email: string; name: string; role: string; password: string; authorSlug?: string | null | undefined }): Promise<ManagedUser> {
      const authorId = await authorIdFor(input.authorSlug ?? null);
      const id = await accounts.createUser({ email: input.email, name: input.name, role: input.role, password: input.password });
      if (authorId !== null) await updateUser(db, id, { authorId });
      return this.get(id);
    },

    /** One user. @throws ACCOUNTS_USER_NOT_FOUND */
    async get(id: number): Promise<ManagedUser> {
      return (await present([await get(db, id)]))[0] as ManagedUser;
    },

    /**
     * Changes a user. Disabling removes their password; a new password enables them again. A
     * new role, a disabling or a new password ends their sessions; a new role or a disabling
     * also revokes the API tokens they made (a token must not outlive its maker's rights).
     * @throws ACCOUNTS_USER_NOT_FOUND, ACCOUNTS_INVALID_INPUT, ACCOUNTS_WEAK_PASSWORD, ACCOUNTS_LAST_ADMINISTRATOR
     */
    async update(id: number, change: UserChange): Promise<ManagedUser> {
      const name = change.name?.trim();
      if (name !== undefined && (!name || name.length > 200)) throw accountsError('ACCOUNTS_INVALID_INPUT', 'A name of 1 to 200 characters is needed.', 'name');
      if (change.role !== undefined && !isRole(change.role)) throw accountsError('ACCOUNTS_INVALID_INPUT', `Unknown role "${change.role}".`, 'role');
      if (change.disabled === true && change.password !== undefined) {
        throw accountsError('ACCOUNTS_INVALID_INPUT', 'A user cannot be disabled and given a password at once.', 'password');
      }
      if (change.password !== undefined) await checkPasswordPolicy(change.password);
      // Hashing is slow on purpose; it happens before the transaction so no lock waits on it.
      const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
      const authorId = change.authorSlug === undefined ? undefined : await authorIdFor(change.authorSlug);

      await transaction(async (trx) => {
        const current = await get(trx, id);
        const role = (change.role ?? current.role) as Role;
        const hash = change.disabled === true ? null : passwordHash ?? current.passwordHash;
        if (change.disabled === false && hash === null) {
          throw accountsError('ACCOUNTS_INVALID_INPUT', 'Give a disabled user a new password to enable them.', 'password');
        }
        const apply = () => updateUser(trx, id, {
          ...(name === undefined ? {} : { name }), ...(authorId === undefined ? {} : { authorId }),
          role, passwordHash: hash, updatedAt: clock.now().toISOString(),
        });
        const wasActiveAdministrator = current.role === 'administrator' && current.passwordHash !== null;
        await (wasActiveAdministrator ? keepingAnAdministrator(trx, apply) : apply());
        const roleChanged = role !== current.role;
        const disabled = hash === null && current.passwordHash !== null;
        if (roleChanged || disabled || passwordHash !== undefined) await deleteSessionsOfUser(trx, id);
        if (roleChanged || disabled) await revokeTokensOf(trx, id, clock.now().toISOString());
      });
      return this.get(id);
    },

    /**
     * Deletes a user: their sessions and API tokens go too; articles they created stay, with no
     * owner. @throws ACCOUNTS_USER_NOT_FOUND, ACCOUNTS_LAST_ADMINISTRATOR
     */
    async remove(id: number): Promise<void> {
      await transaction(async (trx) => {
        const current = await get(trx, id);
        const remove = () => deleteUserRow(trx, id);
        await (current.role === 'administrator' && current.passwordHash !== null ? keepingAnAdministrator(trx, remove) : remove());
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;

type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

// Queries only user administration needs.

function findAllUsers(db: Db) {
  return db.selectFrom('users').select(['id', 'email', 'name', 'passwordHash', 'role', 'authorId', 'createdAt', 'updatedAt'])
    .orderBy('name').orderBy('id').execute();
}

/** Takes the row locks of every administrator (a no-op update), for the last-administrator rule. */
async function lockAdministrators(db: Db): Promise<void> {
  await db.updateTable('users').set((eb) => ({ role: eb.ref('role') })).where('role', '=', 'administrator').execute();
}

async function countActiveAdministrators(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'administrator').where('passwordHash', 'is not', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function deleteUserRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

async function revokeTokensOf(db: Db, userId: number, nowIso: string): Promise<void> {
  await db.updateTable('apiTokens').set({ revokedAt: nowIso }).where('createdBy', '=', userId).where('revokedAt', 'is', null).execute();
}
