import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ArticleSummary } from './article.model.ts';
import { presentArticle, presentSummary } from './article.presenter.ts';
import {
  ArticleJson, ArticleListJson, ArticleListQuery, AuthorListJson, ErrorJson, SectionListJson, SlugParams, TagListJson,
} from './article.schema.ts';
import type { ContentReader } from './content.service.ts';

export interface ContentApiOptions {
  content: ContentReader;
  findRelated: (article: ArticleSummary) => Promise<ArticleSummary[]>;
  siteUrl: string;
}

const API_CACHE = 'public, max-age=60, stale-while-revalidate=60';
const errors = { 400: ErrorJson, 404: ErrorJson };

/** The read-only Content API under /api/v1. */
export const contentApiRoutes: FastifyPluginAsyncTypebox<ContentApiOptions> = async (app, { content, findRelated, siteUrl }) => {
  app.addHook('onSend', async (_request, reply) => {
    if (reply.statusCode < 400) reply.header('cache-control', API_CACHE);
  });

  app.get('/articles', {
    schema: { summary: 'Published articles, newest first', tags: ['content'], querystring: ArticleListQuery, response: { 200: ArticleListJson, ...errors } },
  }, async (request) => {
    const { section, tag, author, externalId, page, limit } = request.query;
    const result = await content.listArticlesBySlugs({ section, tag, author, externalId }, Number(page), Number(limit));
    return { ...result, items: result.items.map((a) => presentSummary(a, siteUrl)) };
  });

  app.get('/articles/:slug', {
    schema: { summary: 'One published article with its related articles', tags: ['content'], params: SlugParams, response: { 200: ArticleJson, ...errors } },
  }, async (request) => {
    const article = await content.getArticle(request.params.slug);
    const [related, corrections] = await Promise.all([findRelated(article), content.listArticleCorrections(article.id)]);
    return presentArticle(article, related, siteUrl, corrections);
  });

  app.get('/sections', { schema: { summary: 'Sections in navigation order', tags: ['content'], response: { 200: SectionListJson } } }, async () => ({
    items: (await content.listSections()).map((s) => ({ name: s.name, slug: s.slug, description: s.description, url: `${siteUrl}/${s.slug}/` })),
  }));

  app.get('/tags', { schema: { summary: 'Tags with their published article counts', tags: ['content'], response: { 200: TagListJson } } }, async () => ({
    items: (await content.listTags()).map((t) => ({ name: t.name, slug: t.slug, articleCount: t.articleCount, url: `${siteUrl}/tag/${t.slug}/` })),
  }));

  app.get('/authors', { schema: { summary: 'Authors', tags: ['content'], response: { 200: AuthorListJson } } }, async () => ({
    items: (await content.listAuthors()).map((a) => ({ name: a.name, slug: a.slug, bio: a.bio, url: `${siteUrl}/author/${a.slug}/` })),
  }));
};
