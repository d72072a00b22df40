import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { adminGuard, can, forbidden, requireUser, type AccountsService, type Action } from '../accounts/index.ts';
import { ErrorJson } from '../content/index.ts';
import { ArticleTopicsBody, ArticleTopicsJson, TopicListQuery, TopicMergeBody, TopicPageJson, TopicParams, TopicPutBody, TopicRefJson } from './topics.schema.ts';
import type { TopicsService } from './topics.service.ts';

export interface TopicsAdminOptions { topics: TopicsService; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson, 409: ErrorJson };
const tags = ['admin: topics'];

/**
 * The Admin API's topic routes under /api/admin. Everyone who writes articles may list topics
 * (`taxonomy.read`); renaming, merging, hiding and an article's confirmations need
 * `taxonomy.manage`, as for tags.
 */
export const topicsAdminRoutes: FastifyPluginAsyncTypebox<TopicsAdminOptions> = async (app, { topics, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));

  async function authorise(request: FastifyRequest, action: Action): Promise<void> {
    const user = await requireUser(accounts, request);
    if (!can(user.role, action)) throw forbidden(action === 'taxonomy.read' ? 'Your role does not work on articles.' : 'Your role cannot manage topics.');
  }
  // Checked before the input is validated: who may not call a route learns nothing about its input.
  const read = { preValidation: async (request: FastifyRequest) => authorise(request, 'taxonomy.read') };
  const manage = { preValidation: async (request: FastifyRequest) => authorise(request, 'taxonomy.manage') };

  app.get('/topics', { ...read, schema: { tags, summary: 'Topics by name, with article counts and whether each has a page', querystring: TopicListQuery, response: { 200: TopicPageJson, ...errors } } },
    async (request) => topics.listForNewsroom(request.query.q?.trim(), Number(request.query.page)));

  app.put('/topics/:slug', { ...manage, schema: { tags, summary: 'Rename (a new slug redirects the old one), hide or confirm a topic', params: TopicParams, body: TopicPutBody, response: { 200: TopicRefJson, ...errors } } },
    async (request) => topics.update(request.params.slug, request.body));

  app.post('/topics/:slug/merge', { ...manage, schema: { tags, summary: 'Move every article to another topic; this slug then redirects there', params: TopicParams, body: TopicMergeBody, response: { 200: TopicRefJson, ...errors } } },
    async (request) => topics.merge(request.params.slug, request.body.into));

  app.get('/articles/:slug/topics', { ...manage, schema: { tags, summary: "An article's suggested, confirmed and rejected topics", params: TopicParams, response: { 200: ArticleTopicsJson, ...errors } } },
    async (request) => topics.articleTopics(request.params.slug));

  app.put('/articles/:slug/topics', { ...manage, schema: { tags, summary: "Set an article's confirmed and rejected topics (slugs or names)", params: TopicParams, body: ArticleTopicsBody, response: { 200: ArticleTopicsJson, ...errors } } },
    async (request) => topics.setArticleTopics(request.params.slug, request.body));
};

