/**
 * First path segments the site uses itself (now or for planned features), so no section may take them.
 *
 * NOTE: content-writer.service.ts still holds its own private copy of this set (it belongs to
 * another change in flight); it should import this one instead, so that there is one list.
 */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  'tag', 'author', 'topic', 'search', 'feed', 'api', 'admin', 'static', 'media', 'corrections', 'preview', 'comments',
]);
