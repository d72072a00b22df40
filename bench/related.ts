// The related-articles case of `npm run bench` (alone: `npm run bench:related`).
// Builds 10,000 articles of news-like text — sentences of the development corpus
// (test/fixtures/corpus/dev-news.jsonl) recombined within each subject, with tags and sections by
// subject, so word frequencies look like a newsroom's rather than a uniform word list — imports
// them into a fresh SQLite database, then times (a) computing every related list from nothing
// (the background sweep, database writes included) and (b) updating one article's neighbours:
// edit an article, then sweep (its list, the lists naming it, its neighbours' lists).
// Targets: (a) under 60 s, (b) under 200 ms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeBus } from '../src/cache/index.ts';
import { loadConfig } from '../src/config/index.ts';
import { createArticleImporter } from '../src/content/index.ts';
import { importNdjson } from '../src/importers/index.ts';
import { startRuntime } from '../src/server/runtime.ts';
import { createRng } from './corpus.ts';

const CORPUS = fileURLToPath(new URL('../test/fixtures/corpus/dev-news.jsonl', import.meta.url));
const TARGETS = { fullSeconds: 60, updateMs: 200 };

export interface RelatedBenchResult {
  articles: number; importSeconds: number; fullSeconds: number; updateMedianMs: number; updateMaxMs: number; updates: number; pass: boolean;
}

/** News-like import lines: each a headline and 5–12 sentences from one subject of the corpus. */
function* newsLines(count: number): Generator<string> {
  const rng = createRng(20261125);
  const source = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; body: string; category: string });
  const bySubject = new Map<string, { titles: string[]; sentences: string[] }>();
  for (const item of source) {
    const entry = bySubject.get(item.category) ?? { titles: [], sentences: [] };
    entry.titles.push(item.title);
    entry.sentences.push(...item.body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
    bySubject.set(item.category, entry);
  }
  const subjects = [...bySubject.keys()];
  const start = Date.parse('2025-01-01T08:00:00Z');
  for (let i = 0; i < count; i += 1) {
    const subject = subjects[i % subjects.length] as string;
    const { titles, sentences } = bySubject.get(subject) as { titles: string[]; sentences: string[] };
    const paragraphs = Array.from({ length: rng.int(2, 4) }, () => Array.from({ length: rng.int(2, 4) }, () => rng.pick(sentences)).join(' '));
    yield JSON.stringify({
      externalId: `bench-${i}`, title: `${rng.pick(titles)} (${i})`, body: paragraphs.join('\n\n'), section: subject,
      tags: [`${subject} ${rng.int(1, 40)}`], publishedAt: new Date(start + i * 3_600_000).toISOString(),
    });
  }
}

async function* asAsync(lines: Iterable<string>): AsyncGenerator<string> { yield* lines; }

export async function benchRelated(count = 10_000, log: (line: string) => void = console.log): Promise<RelatedBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-bench-related-'));
  const runtime = await startRuntime(loadConfig({ ...process.env, DATELINE_DATA_DIR: dataDir, DATELINE_DEMO: 'off', DATABASE_URL: '' }));
  try {
    let started = performance.now();
    await importNdjson(asAsync(newsLines(count)), createArticleImporter(runtime.handle.db, runtime.clock, new PurgeBus(runtime.handle, runtime.clock)));
    const importSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const full = await runtime.related.sweep();
    const fullSeconds = (performance.now() - started) / 1000;
    log(`related: ${count} articles imported in ${importSeconds.toFixed(1)} s; every list computed in ${fullSeconds.toFixed(1)} s (${full.computed} lists, model ${full.modelSize})`);

    const rng = createRng(7);
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const slug = (await runtime.handle.db.selectFrom('articles').select('slug').where('externalId', '=', `bench-${rng.int(0, count - 1)}`).executeTakeFirstOrThrow()).slug;
      const article = await runtime.content.getArticleForEditing(slug);
      await runtime.writer.updateArticle(slug, {
        headline: article.headline, slug, standfirst: article.standfirst, body: `${article.bodyHtml}<p>Update ${i}: the council confirmed the figures on Monday.</p>`, bodyFormat: 'html',
        sectionSlug: article.section.slug, authorSlugs: article.authors.map((a) => a.slug), tags: article.tags.map((t) => t.name), status: 'published', publishedAt: article.publishedAt,
      });
      started = performance.now();
      await runtime.related.sweep();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const result = {
      articles: count, importSeconds, fullSeconds, updates: times.length,
      updateMedianMs: times[Math.floor(times.length / 2)] as number, updateMaxMs: times[times.length - 1] as number,
      pass: fullSeconds < TARGETS.fullSeconds,
    };
    result.pass = result.pass && result.updateMedianMs < TARGETS.updateMs;
    log(`related: one article's neighbours updated in ${result.updateMedianMs.toFixed(0)} ms median, ${result.updateMaxMs.toFixed(0)} ms max over ${times.length} edits`);
    log(`related: targets ${TARGETS.fullSeconds} s and ${TARGETS.updateMs} ms: ${result.pass ? 'PASS' : 'MISS'}`);
    return result;
  } finally {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
