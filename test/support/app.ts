import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config/index.ts';
import type { Dialect } from '../../src/db/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestServices } from './db-matrix.ts';

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

/**
 * Fresh services and an app on `dialect` for the enclosing describe block, closed after it.
 * Read `services` and `app` inside hooks and tests (they exist once beforeAll has run).
 */
export function useTestApp(dialect: Dialect, overrides: Partial<Config> = {}) {
  let services: TestServices | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    services = await createTestServices(dialect, overrides);
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app?.close();
    await services?.close();
  });
  return {
    get services(): TestServices { if (!services) throw new Error('useTestApp: not started'); return services; },
    get app(): FastifyInstance { if (!app) throw new Error('useTestApp: not started'); return app; },
  };
}
