import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorJson, presentSummary } from '../content/index.ts';
import { SearchQuery, SearchResponseJson } from './search.schema.ts';
import type { Search } from './search.service.ts';

export interface SearchApiOptions { search: Search; siteUrl: string }

// Results follow content within a minute, like the rest of the Content API.
const API_CACHE = 'public, max-age=60, stale-while-revalidate=60';

/** GET /search on the Content API (registered under /api/v1). */
export const searchApiRoutes: FastifyPluginAsyncTypebox<SearchApiOptions> = async (app, { search, siteUrl }) => {
  app.get('/search', {
    schema: { summary: 'Full-text search of published articles, best match first', tags: ['content'], querystring: SearchQuery, response: { 200: SearchResponseJson, 400: ErrorJson } },
  }, async (request, reply) => {
    const { q, section, from, to, exact, page, limit } = request.query;
    const outcome = await search.search({ q, section, from, to, exact: exact === '1', page: Number(page), limit: Number(limit) });
    reply.header('cache-control', API_CACHE);
    return {
      query: outcome.query, correctedQuery: outcome.correctedQuery, suggestion: outcome.suggestion,
      items: outcome.results.map((r) => ({ ...presentSummary(r.article, siteUrl), highlight: { headline: r.headlineHtml, snippet: r.snippetHtml } })),
      page: outcome.page, limit: outcome.limit, total: outcome.total, pageCount: outcome.pageCount,
    };
  });
};
