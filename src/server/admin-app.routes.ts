import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { findProjectRoot } from '../common/project-root.ts';

/** Where `bin/build-admin.js` writes the newsroom web app. */
export const ADMIN_DIST_DIR = join(findProjectRoot(), 'admin', 'dist');

export interface AdminAppOptions {
  /** True while the site has no users: /admin/ then leads to the first-run setup page. */
  isSetupDue: () => Promise<boolean>;
  /** The built app's folder (tests may point elsewhere). */
  distDir?: string;
}

const NOT_BUILT = 'The newsroom web app is not built. Run `npm start` (it builds it) or `node bin/build-admin.js`.';

/**
 * Serves the newsroom web app: hashed assets for a year, and its one page for every address
 * under /admin/ (the app routes in the browser). The app itself talks only to the Admin API.
 */
export const adminAppRoutes: FastifyPluginAsync<AdminAppOptions> = async (app, { isSetupDue, distDir = ADMIN_DIST_DIR }) => {
  const indexFile = join(distDir, 'index.html');
  let page: string | undefined;
  const readPage = () => (page ??= existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined);

  if (existsSync(join(distDir, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/admin/assets/',
      maxAge: 365 * 24 * 3600 * 1000,
      immutable: true,
      index: false,
      decorateReply: false,
    });
  }

  const sendApp = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    const html = readPage();
    if (!html) return reply.code(503).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    // The page names the current asset hashes, so it is revalidated on every visit.
    return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache')
      .header('x-robots-tag', 'noindex').header('referrer-policy', 'same-origin').send(html);
  };

  app.get('/admin', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/admin/', 301));
  app.get('/admin/', { schema: { hide: true } }, async (request, reply) => {
    if (await isSetupDue()) return reply.redirect('/admin/setup', 303);
    return sendApp(request, reply);
  });
  app.get('/admin/*', { schema: { hide: true } }, sendApp);
};
