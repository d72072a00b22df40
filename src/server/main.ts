import type { Config } from '../config/index.ts';
import { startScheduler } from '../content/index.ts';
import { DEMO_LEAD_SLUG, seedDemo, seedDemoComments } from '../demo/index.ts';
import { buildApp } from './app.ts';
import { startRuntime } from './runtime.ts';

/** Runs the site until SIGINT/SIGTERM: migrate, seed the demo if wanted, follow purges, listen. */
export async function serve(config: Readonly<Config>): Promise<void> {
  const runtime = await startRuntime(config);
  if (config.demo === 'on') {
    const outcome = await seedDemo(runtime.writer, runtime.clock);
    if (outcome.created) await seedDemoComments(runtime.comments, runtime.clock, DEMO_LEAD_SLUG);
    if (outcome.created) console.log(`Dateline: added the demo newsroom (${outcome.articles} articles). DATELINE_DEMO=off starts empty.`);
  }
  await runtime.purges.start();
  runtime.publications.start();
  runtime.comments.closing.start();
  runtime.indexing.start();
  // Scheduled articles publish on time whether or not anyone visits; the first run catches up
  // on whatever fell due while the server was down.
  const scheduler = startScheduler(runtime.workflow, 1000, (error) => console.error('Dateline: a scheduled job failed:', error));
  // Expired sessions and old sign-in failures are swept hourly.
  const sweep = setInterval(() => void runtime.accounts.prune().catch(() => undefined), 3_600_000);
  sweep.unref();
  const app = await buildApp(runtime);
  const stop = async () => {
    await scheduler.stop();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ host: config.host, port: config.port });
  console.log(`Dateline is serving ${config.siteUrl} (listening on ${address}, ${runtime.handle.dialect}).`);
}
