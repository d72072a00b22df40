import type {} from '@fastify/cookie';
import { isCrossSite } from '../common/cross-site.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accountsError } from './accounts.errors.ts';
import {
  ErrorJson, NewTokenJson, OkJson, PasswordChangeBody, PasswordResetBody, PasswordResetCompleteBody, SessionJson, SignInBody, TokenBody, TokenListJson, TokenParams,
} from './accounts.schema.ts';
import { SESSION_DAYS, type AccountsService, type SignedInUser } from './accounts.service.ts';
import type { PasswordResetService } from './password-reset.service.ts';
import { permissionMatrix } from './permissions.ts';

export const SESSION_COOKIE = 'dateline_session';

export interface AccountsRoutesOptions { accounts: AccountsService; passwordResets: PasswordResetService; siteUrl: string }

/**
 * The Admin API's session routes under /api/admin: sign in, who am I, sign out, forgotten
 * passwords. State-changing requests that carry an Origin from another site are refused (cross-site
 * request forgery).
 */
export const accountsRoutes: FastifyPluginAsyncTypebox<AccountsRoutesOptions> = async (app, { accounts, passwordResets, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));
  // Reset requests run on after their answer; they finish before the database closes.
  app.addHook('onClose', async () => passwordResets.settled());

  // The permissions let the newsroom app show only what the user may do; the API checks anyway.
  const present = (user: SignedInUser) => ({
    user: { id: user.id, email: user.email, name: user.name, role: user.role, permissions: [...permissionMatrix()[user.role]] },
  });

  app.post('/session', { schema: { body: SignInBody, response: { 200: SessionJson } } }, async (request, reply) => {
    const { token, user } = await accounts.signIn(request.body.email, request.body.password, request.ip);
    setSessionCookie(reply, token, siteUrl);
    return present(user);
  });

  app.get('/session', { schema: { response: { 200: SessionJson } } }, async (request) => present(await requireUser(accounts, request)));

  app.put('/session/password', { schema: { body: PasswordChangeBody, response: { 200: SessionJson } } }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    await accounts.changePassword(user.id, request.body.currentPassword, request.body.newPassword);
    // Every session ended with the old password; this browser gets a fresh one.
    const { token } = await accounts.signIn(user.email, request.body.newPassword, request.ip);
    setSessionCookie(reply, token, siteUrl);
    return present(user);
  });

  // Public: no session, so `security: []` in the document.
  const resetErrors = { 400: ErrorJson, 403: ErrorJson };
  app.post('/password-reset', {
    schema: {
      summary: 'Email a one-time password reset link (202 whether or not the address has an account)',
      security: [], body: PasswordResetBody, response: { 202: OkJson, ...resetErrors },
    },
  }, async (request, reply) => {
    passwordResets.request(request.body.email, request.ip, request.log);
    return reply.code(202).send({ ok: true });
  });

  app.post('/password-reset/complete', {
    schema: { summary: "Set a new password with a reset link's token; ends every session", security: [], body: PasswordResetCompleteBody, response: { 200: OkJson, ...resetErrors } },
  }, async (request) => {
    await passwordResets.complete(request.body.token, request.body.newPassword);
    return { ok: true as const };
  });

  app.post('/tokens', { schema: { body: TokenBody, response: { 201: NewTokenJson } } }, async (request, reply) => {
    const created = await accounts.tokens.create(await requireUser(accounts, request), request.body);
    return reply.code(201).send(created);
  });

  app.get('/tokens', { schema: { response: { 200: TokenListJson } } }, async (request) =>
    ({ items: await accounts.tokens.list(await requireUser(accounts, request)) }));

  app.delete('/tokens/:id', { schema: { params: TokenParams } }, async (request, reply) => {
    await accounts.tokens.revoke(await requireUser(accounts, request), request.params.id);
    return reply.code(204).send();
  });

  app.delete('/session', async (request, reply: FastifyReply) => {
    await accounts.signOut(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
};

/**
 * The onRequest hook every Admin API plugin installs: nothing is cached, and a state-changing
 * request whose Origin is another site is refused (cross-site request forgery).
 */
export function adminGuard(siteUrl: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('cache-control', 'no-store');
    if (request.method !== 'GET' && request.method !== 'HEAD' && isCrossSite(request.headers, siteUrl)) {
      throw accountsError('ACCOUNTS_FORBIDDEN', 'Requests from another site are not accepted.');
    }
  };
}


/** Hands the browser its session cookie: HttpOnly, SameSite=Lax, Secure on an https site. */
export function setSessionCookie(reply: FastifyReply, token: string, siteUrl: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'lax', secure: siteUrl.startsWith('https:'), path: '/', maxAge: SESSION_DAYS * 86_400,
  });
}

/** The error for an action the user's role does not allow. */
export function forbidden(message: string) {
  return accountsError('ACCOUNTS_FORBIDDEN', message);
}

/** The signed-in user of a request: by `Authorization: Bearer <API token>`, else the session cookie. @throws ACCOUNTS_NOT_SIGNED_IN */
export async function requireUser(accounts: AccountsService, request: FastifyRequest): Promise<SignedInUser> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const user = bearer ? await accounts.tokens.principalFor(bearer) : await accounts.userForSession(request.cookies[SESSION_COOKIE]);
  if (!user) throw accountsError('ACCOUNTS_NOT_SIGNED_IN', 'Sign in first.');
  return user;
}
