/**
 * First path segments the site uses itself (now or for planned features), so no section may take them.
 * The content writer and the taxonomy writer both check it.
 */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  'tag', 'author', 'topic', 'search', 'feed', 'api', 'admin', 'static', 'media', 'corrections', 'preview', 'comments',
]);

/**
 * Last path segments an article may not take: `/{section}/feed/` is the section's feed, so an
 * article slugged `feed` could never be reached.
 */
export const RESERVED_ARTICLE_SLUGS: ReadonlySet<string> = new Set(['feed']);
