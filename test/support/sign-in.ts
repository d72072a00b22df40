import type { FastifyInstance } from 'fastify';
import type { AccountsService, Role } from '../../src/accounts/index.ts';

/** The password every test user gets: long and uncommon enough for the password policy. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Creates a user `<role>@example.org` for each role, signs each in through the Admin API and
 * returns their session cookies (`name=value`), by role.
 */
export async function signInRoles(app: FastifyInstance, accounts: AccountsService, roles: readonly Role[], name: (role: Role) => string = (role) => role): Promise<Map<Role, string>> {
  const cookies = new Map<Role, string>();
  for (const role of roles) {
    const email = `${role}@example.org`;
    await accounts.createUser({ email, name: name(role), role, password: TEST_PASSWORD });
    const res = await app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: TEST_PASSWORD } });
    if (res.statusCode >= 300) throw new Error(`signing in ${email} failed: ${res.body}`);
    cookies.set(role, String(res.headers['set-cookie']).split(';')[0] as string);
  }
  return cookies;
}
