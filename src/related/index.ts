/** Related articles: which published stories to show beside an article. */
export { createRelatedFinder, type RelatedFinder, type RelatedOverview } from './related.service.ts';
export { relatedAdminRoutes } from './related.admin.routes.ts';
export { RELATED_ERRORS } from './related.errors.ts';
export { RANKING } from './related-model.ts';
