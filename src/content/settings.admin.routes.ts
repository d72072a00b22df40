import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { adminGuard, can, forbidden, requireUser, type AccountsService } from '../accounts/index.ts';
import { ErrorJson } from './article.schema.ts';
import type { ContentWriter } from './content-writer.service.ts';
import type { ContentReader } from './content.service.ts';

export interface SettingsAdminOptions {
  content: ContentReader; writer: ContentWriter; accounts: AccountsService; siteUrl: string;
  /** Whether DATELINE_SMTP_URL is set: the newsroom app says if mail goes out (never the URL, which holds a password). */
  smtpConfigured: boolean;
}

/** The site's settings as the Admin API reads and writes them (the text direction follows the language). */
const SettingsBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  description: Type.String({ maxLength: 1000 }),
  // A BCP 47 tag as pages print it in `lang`: "en", "ar", "pt-BR".
  language: Type.String({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$', maxLength: 35 }),
  // Optional so that clients written before it keep working; left out, the stored zone stays.
  timeZone: Type.Optional(Type.String({
    pattern: '^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$', maxLength: 64,
    description: 'an IANA time zone name such as "Europe/London"; left out, the current one stays',
  })),
  // Optional like timeZone: clients written before it keep working, and the stored value stays.
  feedContent: Type.Optional(Type.Union([Type.Literal('full'), Type.Literal('summary')], {
    description: 'whether feeds carry whole articles ("full") or their summaries ("summary"); left out, the current choice stays',
  })),
  // Accepted so that a client may send back what it read; the environment decides it, not the API.
  smtpConfigured: Type.Optional(Type.Boolean({ description: 'read-only: ignored' })),
}, { additionalProperties: false });
const SettingsJson = Type.Object({
  title: Type.String(), description: Type.String(), language: Type.String(),
  timeZone: Type.String({ description: 'an IANA time zone name; "UTC" until set' }),
  feedContent: Type.Union([Type.Literal('full'), Type.Literal('summary')], { description: 'what feeds carry of each article; "full" until set' }),
  smtpConfigured: Type.Boolean({ description: 'read-only: whether the server has a mail server (DATELINE_SMTP_URL) to send from' }),
});

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson };
const tags = ['admin: settings'];

/** The Admin API's site settings under /api/admin: administrators only (`settings.manage`). */
export const settingsAdminRoutes: FastifyPluginAsyncTypebox<SettingsAdminOptions> = async (app, { content, writer, accounts, siteUrl, smtpConfigured }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  const preValidation = async (request: FastifyRequest): Promise<void> => {
    const user = await requireUser(accounts, request);
    if (!can(user.role, 'settings.manage')) throw forbidden('Only administrators change the site settings.');
  };

  app.get('/settings', { preValidation, schema: { tags, summary: 'The site title, description, language, time zone and feed content', response: { 200: SettingsJson, ...errors } } },
    async () => ({ ...(await content.getSiteSettings()), smtpConfigured }));

  // Every page shows the title and language, so a change purges every cached page.
  app.put('/settings', { preValidation, schema: { tags, summary: 'Replace the site settings', body: SettingsBody, response: { 200: SettingsJson, ...errors } } },
    async (request) => {
      const { title, description, language, timeZone, feedContent } = request.body;
      await writer.setSiteSettings({ title: title.trim(), description: description.trim(), language, timeZone, feedContent });
      return { ...(await content.getSiteSettings()), smtpConfigured };
    });
};
