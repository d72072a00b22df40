import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, DIALECTS } from '../../test/support/db-matrix.ts';
import { buildSection } from '../../test/support/factories.ts';
import type { Db } from './index.ts';
import { preparedQuery } from './prepared-query.ts';

describe.each(DIALECTS)('preparedQuery on %s', (dialect) => {
  let services: Awaited<ReturnType<typeof createTestServices>>;
  beforeAll(async () => {
    services = await createTestServices(dialect);
    await buildSection(services.writer, { slug: 'alpha', name: 'Alpha', position: 1 });
    await buildSection(services.writer, { slug: 'beta', name: 'Beta', position: 2 });
  });
  afterAll(async () => services.close());

  it('answers each call with its own parameters, like the query built afresh', async () => {
    const bySlugAndPosition = preparedQuery((db: Db, slug: string, position: number) =>
      db.selectFrom('sections').select(['name', 'position']).where('slug', '=', slug).where('position', '=', position));
    const db = services.handle.db;
    expect(await bySlugAndPosition(db, 'alpha', 1)).toEqual([{ name: 'Alpha', position: 1 }]);
    expect(await bySlugAndPosition(db, 'beta', 2)).toEqual([{ name: 'Beta', position: 2 }]);
    expect(await bySlugAndPosition(db, 'beta', 1)).toEqual([]);
  });

  it('keeps working when a value cannot be bound as a parameter', async () => {
    const columnOfAlpha = preparedQuery((db: Db, column: string) =>
      db.selectFrom('sections').select(sql.ref<string>(column).as('value')).where('slug', '=', 'alpha'));
    const db = services.handle.db;
    expect(await columnOfAlpha(db, 'name')).toEqual([{ value: 'Alpha' }]);
    expect(await columnOfAlpha(db, 'slug')).toEqual([{ value: 'alpha' }]);
  });
});
