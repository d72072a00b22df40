/** Feeds (RSS 2.0, Atom, JSON Feed 1.1) of the site and of each section, tag and author. */
export { createFeedService, feedPaths, type FeedService, type FeedSubject } from './feed.service.ts';
export { feedRoutes } from './feed.routes.ts';
