import fastifyFormbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { isAppError } from '../common/app-error.ts';
import { setSessionCookie } from './accounts.routes.ts';
import { isCrossSite } from '../common/cross-site.ts';
import type { AccountsService } from './accounts.service.ts';
import { SetupPage, type SetupView } from './setup-page.tsx';

export interface SetupRoutesOptions {
  accounts: AccountsService;
  siteUrl: string;
  /** The site's title and stylesheet URL, for drawing the page. */
  frame: () => Promise<{ siteTitle: string; stylesheet: string }>;
  /** Answers with the site's 404 page. */
  notFound: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
}

// Missing fields arrive empty and get the form's own message, not a bare 404.
const SetupBody = Type.Object({
  name: Type.String({ maxLength: 1000, default: '' }),
  email: Type.String({ maxLength: 1000, default: '' }),
  password: Type.String({ maxLength: 1000, default: '' }),
});

/**
 * First-run setup: while the site has no users, /admin/setup creates the first administrator
 * (there is no default account). Afterwards the page is gone (404).
 */
export const setupRoutes: FastifyPluginAsyncTypebox<SetupRoutesOptions> = async (app, { accounts, siteUrl, frame, notFound }) => {
  // Form posts are parsed inside this plugin only: the JSON Admin API does not accept them.
  await app.register(fastifyFormbody, { bodyLimit: 16 * 1024 });

  async function send(reply: FastifyReply, status: number, view: Omit<SetupView, 'stylesheet' | 'siteTitle'>) {
    const { siteTitle, stylesheet } = await frame();
    return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store')
      .send('<!DOCTYPE html>' + renderToString(<SetupPage view={{ ...view, siteTitle, stylesheet }} />));
  }

  app.get('/admin/setup', { schema: { hide: true } }, async (request, reply) => {
    if (!(await accounts.isSetupDue())) return notFound(request, reply);
    return send(reply, 200, {});
  });

  app.post('/admin/setup', { schema: { body: SetupBody, hide: true } }, async (request, reply) => {
    if (!(await accounts.isSetupDue())) return notFound(request, reply);
    if (isCrossSite(request.headers, siteUrl)) return send(reply, 403, { error: { message: 'The form must be sent from this site.' } });
    const { name, email, password } = request.body;
    try {
      await accounts.setUpFirstAdministrator({ name, email, password });
    } catch (error) {
      if (isAppError(error) && error.code === 'ACCOUNTS_SETUP_DONE') return notFound(request, reply);
      if (isAppError(error) && error.expose) return send(reply, 400, { values: { name, email }, error: { message: error.message, property: error.property } });
      throw error;
    }
    const { token } = await accounts.signIn(email, password, request.ip);
    setSessionCookie(reply, token, siteUrl);
    return send(reply, 201, { done: true });
  });
};
