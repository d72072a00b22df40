import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { adminGuard, can, forbidden, requireUser, type AccountsService, type Action } from '../accounts/index.ts';
import { ErrorJson } from './article.schema.ts';
import {
  AuthorCreateBody, AuthorJson, AuthorPatchBody, ForceQuery, pageJson, ReassignQuery, SectionCreateBody, SectionJson, SectionPatchBody,
  TagCreateBody, TagJson, TagMergeBody, TagPatchBody, TaxonomyListQuery, TaxonomyParams,
} from './taxonomy.admin.schema.ts';
import type { TaxonomyWriter } from './taxonomy-writer.service.ts';

export interface TaxonomyAdminOptions { taxonomy: TaxonomyWriter; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };
const tags = ['admin: taxonomy'];

/**
 * The Admin API's section, tag and author routes under /api/admin. Everyone who writes articles
 * may list them (`taxonomy.read`); changing them needs `taxonomy.manage` (see permissions.ts).
 */
export const taxonomyAdminRoutes: FastifyPluginAsyncTypebox<TaxonomyAdminOptions> = async (app, { taxonomy, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  async function authorise(request: FastifyRequest, action: Action): Promise<void> {
    const user = await requireUser(accounts, request);
    if (!can(user.role, action)) throw forbidden(action === 'taxonomy.read' ? 'Your role does not work on articles.' : 'Your role cannot manage sections, tags and authors.');
  }
  // Checked before the input is validated: who may not call a route learns nothing about its input.
  const read = { preValidation: async (request: FastifyRequest) => authorise(request, 'taxonomy.read') };
  const manage = { preValidation: async (request: FastifyRequest) => authorise(request, 'taxonomy.manage') };

  // Sections
  app.get('/sections', { ...read, schema: { tags, summary: 'Sections in navigation order', querystring: TaxonomyListQuery, response: { 200: pageJson(SectionJson), ...errors } } },
    async (request) => taxonomy.listSections(Number(request.query.page), Number(request.query.limit), request.query.q?.trim()));

  app.post('/sections', { ...manage, schema: { tags, summary: 'Create a section', body: SectionCreateBody, response: { 201: SectionJson, ...errors } } },
    async (request, reply) => reply.code(201).send(await taxonomy.createSection(request.body)));

  app.patch('/sections/:slug', { ...manage, schema: { tags, summary: 'Change a section (a new slug redirects the old one)', params: TaxonomyParams, body: SectionPatchBody, response: { 200: SectionJson, ...errors } } },
    async (request) => taxonomy.updateSection(request.params.slug, request.body));

  app.delete('/sections/:slug', { ...manage, schema: { tags, summary: 'Delete a section, moving its articles with ?reassignTo=', params: TaxonomyParams, querystring: ReassignQuery, response: { 204: Type.Null({ description: 'deleted' }), ...errors } } },
    async (request, reply) => {
      await taxonomy.deleteSection(request.params.slug, { reassignTo: request.query.reassignTo });
      return reply.code(204).send(null);
    });

  // Tags
  app.get('/tags', { ...read, schema: { tags, summary: 'Tags by name', querystring: TaxonomyListQuery, response: { 200: pageJson(TagJson), ...errors } } },
    async (request) => taxonomy.listTags(Number(request.query.page), Number(request.query.limit), request.query.q?.trim()));

  app.post('/tags', { ...manage, schema: { tags, summary: 'Create a tag', body: TagCreateBody, response: { 201: TagJson, ...errors } } },
    async (request, reply) => reply.code(201).send(await taxonomy.createTag(request.body)));

  app.patch('/tags/:slug', { ...manage, schema: { tags, summary: 'Rename a tag (a new slug redirects the old one)', params: TaxonomyParams, body: TagPatchBody, response: { 200: TagJson, ...errors } } },
    async (request) => taxonomy.updateTag(request.params.slug, request.body));

  app.post('/tags/:slug/merge', { ...manage, schema: { tags, summary: 'Move every article to another tag and delete this one', params: TaxonomyParams, body: TagMergeBody, response: { 200: TagJson, ...errors } } },
    async (request) => taxonomy.mergeTag(request.params.slug, request.body.into));

  app.delete('/tags/:slug', { ...manage, schema: { tags, summary: 'Delete a tag; ?force=true takes it off its articles', params: TaxonomyParams, querystring: ForceQuery, response: { 204: Type.Null({ description: 'deleted' }), ...errors } } },
    async (request, reply) => {
      await taxonomy.deleteTag(request.params.slug, { force: request.query.force });
      return reply.code(204).send(null);
    });

  // Authors
  app.get('/authors', { ...read, schema: { tags, summary: 'Author profiles by name', querystring: TaxonomyListQuery, response: { 200: pageJson(AuthorJson), ...errors } } },
    async (request) => taxonomy.listAuthors(Number(request.query.page), Number(request.query.limit), request.query.q?.trim()));

  app.post('/authors', { ...manage, schema: { tags, summary: 'Create an author profile', body: AuthorCreateBody, response: { 201: AuthorJson, ...errors } } },
    async (request, reply) => reply.code(201).send(await taxonomy.createAuthor(request.body)));

  app.patch('/authors/:slug', { ...manage, schema: { tags, summary: 'Change an author profile (a new slug redirects the old one)', params: TaxonomyParams, body: AuthorPatchBody, response: { 200: AuthorJson, ...errors } } },
    async (request) => taxonomy.updateAuthor(request.params.slug, request.body));

  app.delete('/authors/:slug', { ...manage, schema: { tags, summary: 'Delete an author profile, handing bylines over with ?reassignTo=', params: TaxonomyParams, querystring: ReassignQuery, response: { 204: Type.Null({ description: 'deleted' }), ...errors } } },
    async (request, reply) => {
      await taxonomy.deleteAuthor(request.params.slug, { reassignTo: request.query.reassignTo });
      return reply.code(204).send(null);
    });
};
