/** Full-text search of published articles on both databases, with its own index tables. */
export { createSearch, MAX_QUERY_CHARS, type Search, type SearchOutcome, type SearchRequest, type SearchResult } from './search.service.ts';
export { searchApiRoutes } from './search.routes.ts';
export { SEARCH_ERRORS } from './search.errors.ts';
export type { SearchTables } from './search.table.ts';
