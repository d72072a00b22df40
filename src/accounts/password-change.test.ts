import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';

const OLD = 'correct horse battery staple';
const NEW = 'a new and longer passphrase 7';

describe.each(DIALECTS)('changing a password on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let n = 0;

  async function user() {
    const email = `writer${++n}@example.org`;
    await ctx.services.accounts.createUser({ email, name: 'Writer', role: 'author', password: OLD });
    const signIn = async () => String((await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: OLD } })).headers['set-cookie']).split(';')[0] as string;
    return { email, laptop: await signIn(), phone: await signIn() };
  }
  const me = (cookie: string) => ctx.app.inject({ url: '/api/admin/session', headers: { cookie } });

  it('ends every other session and gives this one a fresh cookie', async () => {
    const { email, laptop, phone } = await user();
    const res = await ctx.app.inject({ method: 'PUT', url: '/api/admin/session/password', headers: { cookie: laptop }, payload: { currentPassword: OLD, newPassword: NEW } });
    expect(res.statusCode).toBe(200);
    const fresh = String(res.headers['set-cookie']).split(';')[0] as string;
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
    const oldPassword = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: OLD } });
    expect(oldPassword.statusCode).toBe(401);
  });

  it('refuses a wrong current password and a weak new one, changing nothing', async () => {
    const { laptop } = await user();
    const wrong = await ctx.app.inject({ method: 'PUT', url: '/api/admin/session/password', headers: { cookie: laptop }, payload: { currentPassword: 'not the password', newPassword: NEW } });
    expect(wrong.json()).toMatchObject({ error: { code: 'ACCOUNTS_SIGN_IN_FAILED' } });
    const weak = await ctx.app.inject({ method: 'PUT', url: '/api/admin/session/password', headers: { cookie: laptop }, payload: { currentPassword: OLD, newPassword: 'password1' } });
    expect(weak.json()).toMatchObject({ error: { code: 'ACCOUNTS_WEAK_PASSWORD' } });
    expect((await me(laptop)).statusCode).toBe(200);
  });

  it('sweeps expired sessions away', async () => {
    await user();
    const count = async () => Number((await ctx.services.handle.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count()).toBeGreaterThan(0);
    ctx.services.clock.advance(15 * 86_400_000);
    try {
      await ctx.services.accounts.prune();
      expect(await count()).toBe(0);
    } finally {
      ctx.services.clock.advance(-15 * 86_400_000);
    }
  });
});
