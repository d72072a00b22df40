/**
 * The topics sweep on long articles: `node bin/run-ts.js bench/topics-sweep.ts [COUNT]` loads
 * COUNT published articles of about 60 KB each (Wikigold paragraphs, so real names) into a fresh
 * SQLite database and times one sweep over them, then a sweep with nothing to do. First it
 * times extraction alone on the 360 short news stories of test/fixtures/corpus/dev-news.jsonl.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PurgeBus } from '../src/cache/index.ts';
import { systemClock } from '../src/common/clock.ts';
import { createContentWriter, createWriteRunner, toPlainText } from '../src/content/index.ts';
import { migrateToLatest, openSqlite } from '../src/db/index.ts';
import { articleText, createTopicIndexer, extractNames, MAX_EXTRACTED_CHARS } from '../src/topics/index.ts';

const count = Number(process.argv[2] ?? 20);
const paragraphs = readFileSync(resolve('../shared/data/wikigold/wikigold.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text.replace(/ ([.,;:!?)])/g, '$1'));
const stories = readFileSync(resolve('test/fixtures/corpus/dev-news.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line) as { title: string; body: string })
  .map((s) => articleText(s.title, '', s.body.split('\n\n').map((p) => `<p>${p}</p>`).join(''), toPlainText));
// The first calls pay for compromise's lazily built models; a sweep runs long enough not to.
for (const story of stories.slice(0, 30)) extractNames(story);
const newsStarted = performance.now();
for (const story of stories) extractNames(story);
const newsMs = (performance.now() - newsStarted) / stories.length;
const newsChars = stories.reduce((sum, s) => sum + s.length, 0) / stories.length;
console.log(`${stories.length} news stories of ${newsChars.toFixed(0)} characters on average: ${newsMs.toFixed(1)} ms a story to extract`);
const dir = mkdtempSync(join(tmpdir(), 'dateline-topics-bench-'));
try {
  const handle = openSqlite(join(dir, 'bench.db'));
  await migrateToLatest(handle.db);
  // Only the writer and the topics indexer: the other indexes' sweeps would share the CPU.
  const purges = new PurgeBus(handle, systemClock);
  const writer = createContentWriter(handle.db, systemClock, purges);
  const indexer = createTopicIndexer(handle.db, systemClock, createWriteRunner(handle.db, purges));
  await writer.createSection({ name: 'News', slug: 'news', description: '', position: 0 });
  await writer.createAuthor({ name: 'Desk', slug: 'desk', bio: '' });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 45 }, (_, k) => `<p>${paragraphs[(i * 45 + k) % paragraphs.length]}</p>`).join('');
    bytes += body.length;
    await writer.createArticle({
      headline: `Long read ${i}`, standfirst: '', body, slug: `long-read-${i}`, sectionSlug: 'news', authorSlugs: ['desk'], tags: [],
      status: 'published', publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
  }
  const one = articleText('Long read', '', Array.from({ length: 45 }, (_, k) => `<p>${paragraphs[k]}</p>`).join(''), toPlainText);
  let started = performance.now();
  extractNames(one);
  const whole = performance.now() - started;
  started = performance.now();
  extractNames(one.slice(0, MAX_EXTRACTED_CHARS));
  const capped = performance.now() - started;
  started = performance.now();
  const { indexed } = await indexer.sweep();
  const sweepMs = performance.now() - started;
  started = performance.now();
  await indexer.sweep();
  const idleMs = performance.now() - started;
  console.log(`${indexed} articles, ${(bytes / count / 1024).toFixed(0)} KiB of body each on average`);
  console.log(`sweep: ${sweepMs.toFixed(0)} ms (${(sweepMs / indexed).toFixed(0)} ms an article); a sweep with nothing to do: ${idleMs.toFixed(1)} ms`);
  console.log(`one ${(one.length / 1024).toFixed(0)} KiB article: ${whole.toFixed(0)} ms to read whole, ${capped.toFixed(0)} ms for the first ${MAX_EXTRACTED_CHARS} characters (what the sweep reads)`);
  await purges.stop();
  await handle.db.destroy();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
