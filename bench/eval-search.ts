/**
 * `npm run eval:search -- CORPUS.jsonl QUERIES.jsonl [--dialect postgres]`: search quality,
 * measured through the Content API of a fresh instance.
 *
 * The corpus is loaded into a fresh instance by the real `dateline import ndjson` (see
 * eval-instance.ts). Each query `{"query","relevant":[ids],"kind"?}` is
 * then asked of GET /api/v1/search, and the top ten are scored: MRR (1/rank of the first
 * relevant result, 0 past ten), success@1 and recall@10, overall and per kind.
 */
import { parseEvalArgs, readJsonLines, withImportedCorpus, type CorpusLine } from './eval-instance.ts';

interface QueryLine { query: string; relevant: string[]; kind?: string }
interface Score { query: string; kind: string; rr: number; success: number; recall: number; top: string[] }

const { files, dialect } = parseEvalArgs(process.argv.slice(2), 2, 'npm run eval:search -- CORPUS.jsonl QUERIES.jsonl [--dialect sqlite|postgres]');
const corpus = readJsonLines<CorpusLine>(files[0] as string);
const queries = readJsonLines<QueryLine>(files[1] as string);

function score(query: QueryLine, top: string[]): Score {
  const relevant = new Set(query.relevant);
  const rank = top.findIndex((id) => relevant.has(id)) + 1;
  const found = top.filter((id) => relevant.has(id)).length;
  return { query: query.query, kind: query.kind ?? 'all', rr: rank === 0 ? 0 : 1 / rank, success: rank === 1 ? 1 : 0, recall: found / relevant.size, top };
}

function line(label: string, scores: Score[]): string {
  const mean = (pick: (s: Score) => number) => (scores.reduce((sum, s) => sum + pick(s), 0) / scores.length).toFixed(3);
  return `${label.padEnd(12)} n=${String(scores.length).padStart(3)}  MRR ${mean((s) => s.rr)}  success@1 ${mean((s) => s.success)}  recall@10 ${mean((s) => s.recall)}`;
}

await withImportedCorpus(corpus, dialect, async (app) => {
  const scores: Score[] = [];
  for (const query of queries) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/search?limit=10&q=${encodeURIComponent(query.query)}` });
    if (response.statusCode !== 200) throw new Error(`"${query.query}": HTTP ${response.statusCode} ${response.body}`);
    const body = response.json() as { items: { externalId: string | null }[]; correctedQuery: string | null };
    const result = score(query, body.items.map((i) => i.externalId ?? ''));
    scores.push(result);
    if (result.rr < 1 || result.recall < 1) {
      console.log(`  miss: "${query.query}"${body.correctedQuery ? ` (searched "${body.correctedQuery}")` : ''} → ${result.top.join(', ') || 'nothing'}; wanted ${query.relevant.join(', ')}`);
    }
  }
  console.log(line('overall', scores));
  const kinds = [...new Set(scores.map((s) => s.kind))];
  if (kinds.length > 1 || kinds[0] !== 'all') for (const kind of kinds) console.log(line(kind, scores.filter((s) => s.kind === kind)));
});
