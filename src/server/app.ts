import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import { accountsRoutes, setupRoutes, usersAdminRoutes } from '../accounts/index.ts';
import { settingsAdminRoutes, taxonomyAdminRoutes, workflowRoutes } from '../content/index.ts';
import { contentAdminRoutes, contentApiRoutes, correctionsAdminRoutes } from '../content/index.ts';
import { assetRoutes, commentFormRoutes, previewRoutes, PUBLIC_DIR, searchRoutes, sendNotFound, siteRoutes } from '../site/index.ts';
import { createFeedService, createSitemapService, feedRoutes, sitemapRoutes } from '../site/index.ts';
import { searchApiRoutes } from '../search/index.ts';
import { avatarRoutes, commentsAdminRoutes, commentsApiRoutes } from '../comments/index.ts';
import { frameworkErrorHandler, installErrorHandling } from './error-handler.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { adminAppRoutes } from './admin-app.routes.ts';
import { refuseUnstorableText } from './text-guard.ts';
import type { Services } from './services.ts';
import { mediaAdminRoutes, mediaFileRoutes } from '../media/index.ts';
import { topicsAdminRoutes } from '../topics/index.ts';
import { relatedAdminRoutes } from '../related/index.ts';

const YEAR_SECONDS = 365 * 24 * 3600;

/** `/preview/<token>` as `/preview/…` and a password-reset link's token as `…`, for logs. */
export function redactPreviewToken(url: string): string {
  return url.replace(/^\/preview\/[^?#]*/, '/preview/…').replace(/([?&]token=)[^&#]*/, '$1…');
}

/** An OpenAPI transform that leaves out every route outside `prefix`. */
function onlyUnder(prefix: string) {
  return ({ schema, url }: { schema: FastifySchema; url: string }) => ({
    schema: url.startsWith(prefix) ? schema : { ...schema, hide: true },
    url,
  });
}

/**
 * Assembles the HTTP application from already-built services. Never listens: main.ts and the
 * CLI start it, tests call `inject()`.
 */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config, site, content, related, cache, accounts } = services;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : {
      level: config.logLevel,
      // A preview link's token is a secret: logs keep the path without it.
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: redactPreviewToken(req.url) }) },
    },
    routerOptions: { maxParamLength: 300 },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Client addresses (for the sign-in lock) come from X-Forwarded-For only behind a configured proxy.
    trustProxy: config.trustProxy === 'on',
    frameworkErrors: frameworkErrorHandler(() => site),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  installErrorHandling(app, site);
  app.addHook('preValidation', refuseUnstorableText);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Dateline Content API', version: '1.0.0', description: 'Read-only JSON for published content.' },
      servers: [{ url: config.siteUrl }],
    },
    hideUntagged: true,
    transform: onlyUnder('/api/v1/'),
  });

  // The newsroom's routes in one encapsulated scope: cookies are parsed there only, so reader
  // requests (the hot path) pay nothing for them.
  await app.register(async (newsroom) => {
    await newsroom.register(fastifyCookie);
    // The Admin API's own OpenAPI document, from the schemas of the routes in this scope.
    await newsroom.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Dateline Admin API', version: '1.0.0', description: 'The newsroom API: a session cookie (POST /api/admin/session) or Authorization: Bearer <API token>.' },
        servers: [{ url: config.siteUrl }],
        components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dateline_session' }, token: { type: 'http', scheme: 'bearer' } } },
        security: [{ session: [] }, { token: [] }],
      },
      transform: onlyUnder('/api/admin/'),
    });
    newsroom.get('/api/admin/openapi.json', { schema: { hide: true } }, async () => newsroom.swagger());
    await newsroom.register(accountsRoutes, { prefix: '/api/admin', accounts, passwordResets: services.passwordResets, siteUrl: config.siteUrl });
    await newsroom.register(contentAdminRoutes, { prefix: '/api/admin', content, writer: services.writer, accounts, siteUrl: config.siteUrl });
    await newsroom.register(workflowRoutes, {
      prefix: '/api/admin', content, workflow: services.workflow, revisions: services.revisions, previews: services.previews, accounts, siteUrl: config.siteUrl,
    });
    await newsroom.register(mediaAdminRoutes, { prefix: '/api/admin', media: services.media, accounts, siteUrl: config.siteUrl });
    await newsroom.register(correctionsAdminRoutes, { prefix: '/api/admin', corrections: services.corrections, accounts, siteUrl: config.siteUrl });
    await newsroom.register(taxonomyAdminRoutes, { prefix: '/api/admin', taxonomy: services.taxonomy, accounts, siteUrl: config.siteUrl });
    await newsroom.register(topicsAdminRoutes, { prefix: '/api/admin', topics: services.topics, accounts, siteUrl: config.siteUrl });
    await newsroom.register(settingsAdminRoutes, {
      prefix: '/api/admin', content, writer: services.writer, accounts, siteUrl: config.siteUrl, smtpConfigured: config.smtpUrl !== '',
    });
    await newsroom.register(commentsAdminRoutes, { prefix: '/api/admin', comments: services.comments, accounts, siteUrl: config.siteUrl });
    await newsroom.register(relatedAdminRoutes, { prefix: '/api/admin', related, content, accounts, siteUrl: config.siteUrl });
    await newsroom.register(usersAdminRoutes, { prefix: '/api/admin', users: services.users, accounts, siteUrl: config.siteUrl });
    await newsroom.register(setupRoutes, {
      accounts, siteUrl: config.siteUrl,
      frame: async () => {
        const view = await site.siteView();
        return { siteTitle: view.settings.title, stylesheet: view.assets.css };
      },
      notFound: (request, reply) => sendNotFound(request, reply, site),
    });
  });
  await app.register(adminAppRoutes, { isSetupDue: () => accounts.isSetupDue() });
  await app.register(assetRoutes);
  await app.register(mediaFileRoutes, { storage: services.media.storage });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/static/',
    maxAge: YEAR_SECONDS * 1000,
    immutable: true,
    index: false,
    wildcard: true,
  });

  await app.register(async (api) => {
    await api.register(contentApiRoutes, { content, findRelated: (a) => related.findRelated(a, 6), siteUrl: config.siteUrl });
    await api.register(searchApiRoutes, { search: services.search, siteUrl: config.siteUrl });
    await api.register(commentsApiRoutes, { comments: services.comments, clock: services.clock, siteUrl: config.siteUrl });
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: '/api/v1' });

  await app.register(previewRoutes, { site, content, previews: services.previews });
  await app.register(avatarRoutes);
  await app.register(commentFormRoutes, { site, comments: services.comments, siteUrl: config.siteUrl });
  const machines = { db: services.handle.db, content, topics: services.topics, clock: services.clock, siteUrl: config.siteUrl };
  await app.register(feedRoutes, { feeds: createFeedService(machines), site, cache });
  await app.register(sitemapRoutes, { sitemaps: createSitemapService(machines), site, clock: services.clock, cache });
  await app.register(siteRoutes, { site, cache, comments: services.comments });
  await app.register(searchRoutes, { site, search: services.search });
  return app;
}
