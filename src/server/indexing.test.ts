import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/support/db-matrix.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

describe('derived indexes follow content purges', () => {
  let s: TestServices;
  const pokes = new Map<string, number>();
  beforeAll(async () => {
    s = await createTestServices('sqlite');
    for (const [name, sweep] of s.indexing.sweeps) {
      sweep.poke = () => { pokes.set(name, (pokes.get(name) ?? 0) + 1); };
      // Only the interval matters here; the real sweeps would run against the test database.
      sweep.start = () => undefined;
    }
  });
  afterAll(async () => { await s?.close(); });

  it('registers search, related and topics', () => {
    expect([...s.indexing.sweeps.keys()].sort()).toEqual(['related', 'search', 'topics']);
  });

  it('follows writes only once started, as a serving process is', () => {
    pokes.clear();
    s.purges.announce(['article:12', 'home']);
    expect(pokes.size).toBe(0);
    s.indexing.start();
    expect(s.indexing.following).toBe(true);
  });

  it('pokes every index when an article or a list page is purged, and none for a comment thread alone', () => {
    pokes.clear();
    s.purges.announce(['comments:12']);
    s.purges.announce(['comments:12', 'comments:13']);
    expect([...pokes.values()].reduce((a, b) => a + b, 0)).toBe(0);
    s.purges.announce(['article:12', 'home', 'section:news']);
    expect(Object.fromEntries(pokes)).toEqual({ related: 1, search: 1, topics: 1 });
    s.purges.announce(['comments:12', 'article:12']);
    expect(pokes.get('related')).toBe(2);
  });
});
