import { describe, expect, it } from 'vitest';
import { PageCache, type CachedPage } from './page-cache.ts';

const ENTRY_OVERHEAD = 256;

function page(tags: string[], bodyBytes = 100): CachedPage {
  const identity = Buffer.alloc(bodyBytes, 'a');
  return { status: 200, headers: {}, identity, gzip: Buffer.alloc(0), brotli: Buffer.alloc(0), etag: 'W/"x"', tags };
}

describe('PageCache.purge', () => {
  it('drops exactly the pages carrying a purged tag', () => {
    const cache = new PageCache(1_000_000);
    cache.set('/a/', page(['article:1', 'section:news']));
    cache.set('/b/', page(['article:2', 'section:news']));
    cache.set('/c/', page(['article:3', 'section:sport']));

    expect(cache.purge(['article:1'])).toBe(1);
    expect(cache.get('/a/')).toBeUndefined();
    expect(cache.get('/b/')).toBeDefined();
    expect(cache.get('/c/')).toBeDefined();

    expect(cache.purge(['section:news'])).toBe(1);
    expect(cache.get('/b/')).toBeUndefined();
    expect(cache.get('/c/')).toBeDefined();
  });

  it('drops a page once even when several of its tags are purged', () => {
    const cache = new PageCache(1_000_000);
    cache.set('/a/', page(['article:1', 'home']));
    cache.set('/b/', page(['article:2']));

    expect(cache.purge(['article:1', 'home'])).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('drops everything on *', () => {
    const cache = new PageCache(1_000_000);
    cache.set('/a/', page(['article:1']));
    cache.set('/b/', page(['home']));

    expect(cache.purge(['*'])).toBe(2);
    expect(cache.size).toBe(0);
    expect(cache.byteSize).toBe(0);
  });

  it('forgets the tags of a replaced page', () => {
    const cache = new PageCache(1_000_000);
    cache.set('/a/', page(['article:1']));
    cache.set('/a/', page(['article:2']));

    expect(cache.purge(['article:1'])).toBe(0);
    expect(cache.get('/a/')).toBeDefined();
  });

  it('increments the generation on every purge, even one that drops nothing', () => {
    const cache = new PageCache(1_000_000);
    const start = cache.generation;
    cache.purge(['nothing:here']);
    cache.purge(['*']);
    expect(cache.generation).toBe(start + 2);
  });
});

describe('PageCache byte bound', () => {
  const entryBytes = 100 + ENTRY_OVERHEAD;

  it('evicts the least recently used page when full', () => {
    const cache = new PageCache(entryBytes * 3);
    cache.set('/a/', page(['a']));
    cache.set('/b/', page(['b']));
    cache.set('/c/', page(['c']));
    cache.get('/a/');
    cache.set('/d/', page(['d']));

    expect(cache.get('/b/')).toBeUndefined();
    expect(cache.get('/a/')).toBeDefined();
    expect(cache.get('/c/')).toBeDefined();
    expect(cache.get('/d/')).toBeDefined();
    expect(cache.byteSize).toBeLessThanOrEqual(entryBytes * 3);
  });

  it('never holds more bytes than its bound', () => {
    const cache = new PageCache(entryBytes * 5);
    for (let i = 0; i < 50; i += 1) cache.set(`/p${i}/`, page([`article:${i}`], 50 + i * 3));
    expect(cache.byteSize).toBeLessThanOrEqual(entryBytes * 5);
    expect(cache.get('/p49/')).toBeDefined();
  });

  it('does not store a page larger than the whole bound', () => {
    const cache = new PageCache(entryBytes);
    cache.set('/small/', page(['s']));
    cache.set('/huge/', page(['h'], 10_000));

    expect(cache.get('/huge/')).toBeUndefined();
    expect(cache.get('/small/')).toBeDefined();
  });

  it('no longer purges an evicted page by its tag', () => {
    const cache = new PageCache(entryBytes);
    cache.set('/a/', page(['shared']));
    cache.set('/b/', page(['shared']));

    expect(cache.purge(['shared'])).toBe(1);
    expect(cache.size).toBe(0);
  });
});
