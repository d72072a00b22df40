import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, TEST_NOW } from '../../test/support/db-matrix.ts';
import { fixedClock } from '../common/clock.ts';
import { openPostgres, type DatabaseHandle } from '../db/index.ts';
import { PurgeBus } from './purge-bus.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// PostgreSQL only: SQLite lets one writer at a time allocate ids and commit, so its ids always
// commit in order (and a second writer in this same process would block the event loop).
describe.runIf(DIALECTS.includes('postgres'))('PurgeBus with writers committing out of order on PostgreSQL', () => {
  const dialect = 'postgres' as const;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const handles: DatabaseHandle[] = [];
  const open = () => {
    const handle = openPostgres(db.url ?? '');
    handles.push(handle);
    return handle;
  };

  beforeAll(async () => { db = await createTestDatabase(dialect); });
  afterAll(async () => {
    for (const handle of handles) await handle.close();
    await db.drop();
  });

  it('delivers a purge whose transaction began first but committed last', async () => {
    const clock = fixedClock(TEST_NOW);
    const reader = new PurgeBus(open(), clock);
    const seen: string[] = [];
    reader.subscribe((tags) => seen.push(...tags));
    await reader.start(20);

    const first = open();
    const second = open();
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const slow = first.db.transaction().execute(async (trx) => {
      await new PurgeBus(first, clock).record(trx, ['article:1']);
      await held;
    });
    await pause(50);
    const fast = second.db.transaction().execute(async (trx) => {
      await new PurgeBus(second, clock).record(trx, ['article:2']);
    });
    // Whatever the database lets through now, the reader polls it before the slow one commits.
    await Promise.race([fast, pause(300)]);
    await pause(100);
    release();
    await Promise.all([slow, fast]);
    await pause(300);
    await reader.stop();
    expect(seen.sort()).toEqual(['article:1', 'article:2']);
  });
});
