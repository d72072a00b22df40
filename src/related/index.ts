/** Related articles: which published stories to show beside an article. */
export { createRelatedFinder, type RelatedFinder } from './related.service.ts';
