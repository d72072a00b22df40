/** Sitemaps (index, monthly article files, sections, tags, authors), the Google News sitemap and robots.txt. */
export { createSitemapService, type SitemapService } from './sitemap.service.ts';
export { sitemapRoutes } from './sitemap.routes.ts';
