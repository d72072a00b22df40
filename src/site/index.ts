/** The reader site: pages, their templates, and the page cache's HTTP side. */
export { siteRoutes, sendNotFound, sendServerError, renderDocument } from './site.routes.tsx';
export { createSiteService, type SiteService } from './site.service.ts';
export { SITE_ERRORS } from './site.errors.ts';
export { assetRoutes, loadAssetUrls, PUBLIC_DIR } from './assets.ts';
export { previewRoutes } from './preview.routes.tsx';
export { commentFormRoutes } from './comment-form.routes.tsx';
export { createFeedService, feedRoutes, type FeedService } from './feeds/index.ts';
export { createSitemapService, sitemapRoutes, type SitemapService } from './sitemaps/index.ts';
export { searchRoutes } from './search.routes.tsx';
