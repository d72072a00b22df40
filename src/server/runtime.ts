import { systemClock, type Clock } from '../common/clock.ts';
import type { Config } from '../config/index.ts';
import { migrateToLatest, openDatabase } from '../db/index.ts';
import { createServices, type Services } from './services.ts';

/**
 * Opens the database, brings its schema up to date and wires the services: what every command
 * that touches data does first.
 */
export async function startRuntime(config: Readonly<Config>, clock: Clock = systemClock): Promise<Services & { close(): Promise<void> }> {
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const services = createServices(handle, config, clock);
  return { ...services, close: async () => { services.indexing.stop(); services.publications.stop(); services.comments.close(); await services.purges.stop(); await handle.close(); } };
}
