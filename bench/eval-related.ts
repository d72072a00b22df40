/**
 * `npm run eval:related -- CORPUS.jsonl [--dialect postgres]`: related-articles quality, measured
 * through the Content API of a fresh instance.
 *
 * The corpus lines `{"id","title","body","category"}` are loaded into a fresh instance by the
 * real `dateline import ndjson` (see eval-instance.ts: one section, no tags, the category held
 * back); the import ends once related lists are computed. Each article's related list is then read from
 * GET /api/v1/articles/{slug}, and precision@5 — the share of the first five with the article's
 * category — is printed overall and per category, each beside what plain TF-IDF cosine
 * similarity scores on the same corpus (bench/related-baseline.ts), as a yardstick.
 */
import { parseEvalArgs, readJsonLines, withImportedCorpus, type CorpusLine } from './eval-instance.ts';
import { tfidfBaseline } from './related-baseline.ts';

interface ApiArticle { slug: string; externalId: string | null; related: { externalId: string | null }[] }

const TOP = 5;
const { files, dialect } = parseEvalArgs(process.argv.slice(2), 1, 'npm run eval:related -- CORPUS.jsonl [--dialect sqlite|postgres]');
const corpus = readJsonLines<CorpusLine>(files[0] as string);
corpus.forEach((c, i) => {
  if (typeof c.id !== 'string' || typeof c.category !== 'string') throw new Error(`line ${i + 1}: needs "id" and "category"`);
});
const categoryOf = new Map(corpus.map((c) => [c.id, c.category as string]));

await withImportedCorpus(corpus, dialect, async (app) => {
  const hits = new Map<string, { hit: number; total: number }>();
  let shortLists = 0;
  for (const item of corpus) {
    const category = item.category as string;
    const found = await app.inject({ method: 'GET', url: `/api/v1/articles?externalId=${encodeURIComponent(item.id)}` });
    const slug = (found.json() as { items: ApiArticle[] }).items[0]?.slug;
    if (!slug) throw new Error(`article ${item.id} was not imported`);
    const article = (await app.inject({ method: 'GET', url: `/api/v1/articles/${slug}` })).json() as ApiArticle;
    const top = article.related.slice(0, TOP);
    if (top.length < TOP) shortLists += 1;
    const hit = top.filter((r) => r.externalId !== null && categoryOf.get(r.externalId) === category).length;
    const entry = hits.get(category) ?? { hit: 0, total: 0 };
    entry.hit += hit;
    entry.total += TOP;
    hits.set(category, entry);
  }
  const all = [...hits.values()].reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
  console.log(`precision@${TOP}  overall ${(all.hit / all.total).toFixed(3)}  (${corpus.length} articles, ${hits.size} categories${shortLists ? `, ${shortLists} lists shorter than ${TOP}` : ''})`);
  const baseline = tfidfBaseline(corpus, TOP);
  for (const [category, h] of [...hits].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${category.padEnd(16)} ${(h.hit / h.total).toFixed(3)}  (${h.total / TOP} articles; plain TF-IDF ${(baseline.byCategory.get(category) ?? 0).toFixed(3)})`);
  }
  console.log(`yardstick: plain TF-IDF cosine on the same corpus ${baseline.overall.toFixed(3)} (bench/related-baseline.ts)`);
});
