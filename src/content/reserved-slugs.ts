/**
 * First path segments the site uses itself (now or for planned features), so no section may take them.
 * The content writer and the taxonomy writer both check it.
 */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  'tag', 'author', 'topic', 'search', 'feed', 'api', 'admin', 'static', 'media', 'corrections', 'preview', 'comments',
]);
