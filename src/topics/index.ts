/**
 * Topics: people, places and organisations named in articles, extracted in the background,
 * given a page at /topic/{slug}/ once two visible articles name them or an editor confirms them.
 *
 * For a topic feed: {@link TopicsService.getTopicWithPage} resolves a slug to a topic with a
 * page (TOPICS_NOT_FOUND otherwise), {@link TopicsService.listTopicArticles} lists its visible
 * articles as ArticleSummary, newest first, and {@link topicCacheTag} names the cache tag that
 * is purged whenever the topic's articles change. {@link TopicsService.listTopicsWithPages} lists
 * every topic with a page, for a sitemap.
 */
export { createTopicsService, PAGE_THRESHOLD, type TopicsService, type TopicRef, type AdminTopic, type ArticleTopics } from './topics.service.ts';
export { createTopicIndexer, topicCacheTag, MAX_EXTRACTED_CHARS, type TopicIndexer } from './topic-index.service.ts';
export { extractNames, articleText, type ExtractedName, type TopicKind, TOPIC_KINDS } from './topic-extract.ts';
export { topicsAdminRoutes } from './topics.admin.routes.ts';
export { TOPIC_ERRORS } from './topic.errors.ts';
/** For indexes that weigh shared topics (related lists): each article's topics that are shown. */
export { findShownTopicLinks } from './topic.repository.ts';
