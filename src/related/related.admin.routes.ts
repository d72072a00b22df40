import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { adminGuard, can, forbidden, requireUser, type AccountsService } from '../accounts/index.ts';
import { articlePath, ErrorJson, type ArticleSummary, type ContentReader } from '../content/index.ts';
import { relatedError } from './related.errors.ts';
import { RelatedOverridesBody, RelatedOverviewJson, RelatedParams } from './related.admin.schema.ts';
import type { RelatedFinder } from './related.service.ts';

export interface RelatedAdminOptions { related: RelatedFinder; content: ContentReader; accounts: AccountsService; siteUrl: string }

const errors = { 400: ErrorJson, 401: ErrorJson, 403: ErrorJson, 404: ErrorJson };
const tags = ['related'];

/**
 * An article's related list in the Admin API: anyone who may read the newsroom's articles sees
 * it; editors pin articles to the top of it or exclude them from it.
 */
export const relatedAdminRoutes: FastifyPluginAsyncTypebox<RelatedAdminOptions> = async (app, { related, content, accounts, siteUrl }) => {
  app.addHook('onRequest', adminGuard(siteUrl));
  const item = (a: ArticleSummary) => ({ id: a.id, slug: a.slug, headline: a.headline, url: new URL(articlePath(a), siteUrl).href, publishedAt: a.publishedAt });
  const present = async (article: ArticleSummary) => {
    const o = await related.overview(article);
    return { shown: o.shown.map(item), pinned: o.pinned.map(item), excluded: o.excluded.map(item), computed: o.computed.map(item) };
  };

  app.get('/articles/:slug/related', {
    schema: { tags, summary: "An article's related articles: shown, pinned, excluded and computed", params: RelatedParams, response: { 200: RelatedOverviewJson, ...errors } },
  }, async (request) => {
    const user = await requireUser(accounts, request);
    if (!can(user.role, 'taxonomy.read')) throw forbidden('Your role cannot read articles.');
    return present(await content.getArticleForEditing(request.params.slug));
  });

  app.put('/articles/:slug/related', {
    schema: {
      tags, summary: 'Pin articles to the top of the related list, or exclude them from it (editors)',
      params: RelatedParams, body: RelatedOverridesBody, response: { 200: RelatedOverviewJson, ...errors },
    },
  }, async (request) => {
    const user = await requireUser(accounts, request);
    if (!can(user.role, 'article.edit.any')) throw forbidden('Only editors and administrators choose related articles.');
    const article = await content.getArticleForEditing(request.params.slug);
    const { pinned, excluded } = request.body;
    const resolve = async (slugs: string[], property: string) => {
      const ids: number[] = [];
      for (const slug of slugs) {
        if (slug === article.slug) throw relatedError('RELATED_INVALID_OVERRIDE', 'An article cannot be related to itself.', property);
        const other = await content.getArticleForEditing(slug).catch(() => null);
        if (!other) throw relatedError('RELATED_INVALID_OVERRIDE', `There is no article "${slug}".`, property);
        if (!ids.includes(other.id)) ids.push(other.id);
      }
      return ids;
    };
    const pinnedIds = await resolve(pinned, 'pinned');
    const excludedIds = await resolve(excluded, 'excluded');
    if (pinnedIds.some((id) => excludedIds.includes(id))) {
      throw relatedError('RELATED_INVALID_OVERRIDE', 'An article cannot be both pinned and excluded.', 'excluded');
    }
    await related.setOverrides(article.id, pinnedIds, excludedIds);
    return present(article);
  });
};
