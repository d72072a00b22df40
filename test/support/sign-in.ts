import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import type { AccountsService, Role } from '../../src/accounts/index.ts';

/** The password every test user gets: long and uncommon enough for the password policy. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A newsroom user for a test to create and sign in. */
export interface TestUser { email: string; name: string; role: Role }

/** A signed-in test user: their id and session cookie (`name=value`). */
export interface SignedInUser { id: number; cookie: string }

/** An Admin API request sent with the session cookie of `who`. */
export type RequestAs<K> = (who: K, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => Promise<LightMyRequestResponse>;

/**
 * Creates a user `<role>@example.org` for each role, signs each in through the Admin API and
 * returns their session cookies (`name=value`), by role.
 */
export async function signInRoles(app: FastifyInstance, accounts: AccountsService, roles: readonly Role[], name: (role: Role) => string = (role) => role): Promise<Map<Role, string>> {
  const users = await signInUsers(app, accounts, roleUsers(roles, name));
  return new Map([...users].map(([role, user]) => [role, user.cookie]));
}

/** One `<role>@example.org` user per role, keyed by role, as signInRoles makes them. */
export function roleUsers(roles: readonly Role[], name: (role: Role) => string = (role) => role): [Role, TestUser][] {
  return roles.map((role) => [role, { email: `${role}@example.org`, name: name(role), role }]);
}

/** Creates each user with TEST_PASSWORD, signs each in through the Admin API, and returns them by key. */
export async function signInUsers<K>(app: FastifyInstance, accounts: AccountsService, users: readonly (readonly [K, TestUser])[]): Promise<Map<K, SignedInUser>> {
  const signedIn = new Map<K, SignedInUser>();
  for (const [key, user] of users) {
    const id = await accounts.createUser({ ...user, password: TEST_PASSWORD });
    const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: user.email, password: TEST_PASSWORD } });
    if (res.statusCode >= 300) throw new Error(`signing in ${user.email} failed: ${res.body}`);
    signedIn.set(key, { id, cookie: String(res.headers['set-cookie']).split(';')[0] as string });
  }
  return signedIn;
}

/**
 * Registers a beforeAll that creates and signs in `users` on the app of `ctx` (a useTestApp
 * result), and returns their ids and a request helper that sends each one's session cookie.
 * Both are filled in by that beforeAll, so read them inside hooks and tests.
 */
export function useSignedIn<K>(ctx: { readonly app: FastifyInstance; readonly services: { readonly accounts: AccountsService } }, users: readonly (readonly [K, TestUser])[]): { ids: Map<K, number>; call: RequestAs<K> } {
  const ids = new Map<K, number>();
  const cookies = new Map<K, string>();
  beforeAll(async () => {
    for (const [key, user] of await signInUsers(ctx.app, ctx.services.accounts, users)) {
      ids.set(key, user.id);
      cookies.set(key, user.cookie);
    }
  });
  const call: RequestAs<K> = (who, method, url, payload) => {
    const cookie = cookies.get(who);
    if (cookie === undefined) throw new Error(`${String(who)} is not signed in`);
    return ctx.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  return { ids, call };
}
