/** Page caching: the in-process tagged cache and the bus that carries purges between processes. */
export { PageCache, type CachedPage } from './page-cache.ts';
export { PurgeBus, type PurgeListener } from './purge-bus.ts';
