/**
 * `npm run eval:topics`: the topic extraction scored against Wikigold (../shared/data/wikigold,
 * CC BY 4.0), a set of Wikipedia paragraphs with people (PER), places (LOC) and organisations
 * (ORG) marked by hand; MISC is not scored.
 *
 * Scoring compares normalised names per document, not character spans: each document's
 * annotated names go through the same normaliseName and surname merge as the extraction, and a
 * name counts as right when the document holds an annotated name with the same key and kind.
 * "Pages" scores only the names that would get a topic page: names extracted from at least two
 * documents, the site's rule for two articles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractNames, nameKey, normaliseName, TOPIC_KINDS, type TopicKind } from '../src/topics/topic-extract.ts';

interface Doc { id: string; text: string; entities: { label: string; text: string }[] }
const LABELS: Record<string, TopicKind> = { PER: 'person', LOC: 'place', ORG: 'organization' };

const file = resolve(process.argv[2] ?? '../shared/data/wikigold/wikigold.jsonl');
const docs: Doc[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Doc);

// Wikigold's text is tokens joined by spaces ("Mr. Smith 's band , The Mad ..."): put the
// punctuation back where English writes it, as an article body has it.
function detokenise(text: string): string {
  return text.replace(/ ([.,;:!?%)\]]|'s|n't|'re|'ve|'ll|'d|'m)(?=\s|$)/g, '$1').replace(/([([]) /g, '$1').replace(/ '(?= )/g, "'");
}

const started = performance.now();
const predicted = docs.map((d) => extractNames(detokenise(d.text)));
const elapsed = performance.now() - started;

const gold = docs.map((d) => {
  const keys = new Map<string, TopicKind>();
  const people: string[] = [];
  for (const e of d.entities) {
    const kind = LABELS[e.label];
    if (!kind) continue;
    const name = normaliseName(detokenise(e.text), kind);
    if (name === null) continue;
    keys.set(nameKey(name), kind);
    if (kind === 'person' && name.includes(' ')) people.push(nameKey(name));
  }
  // The extraction folds a surname into the full name; so does the key set it is scored against.
  for (const [key, kind] of [...keys]) {
    if (kind === 'person' && !key.includes(' ') && people.some((p) => p.endsWith(` ${key}`) || p.startsWith(`${key} `))) keys.delete(key);
  }
  return keys;
});

const docsPerKey = new Map<string, number>();
for (const names of predicted) for (const key of new Set(names.map((n) => nameKey(n.name)))) docsPerKey.set(key, (docsPerKey.get(key) ?? 0) + 1);

function score(filter: (key: string) => boolean) {
  const rows = new Map<TopicKind | 'all', { tp: number; fp: number; fn: number }>();
  const row = (k: TopicKind | 'all') => rows.get(k) ?? rows.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!;
  const misses: string[] = [];
  predicted.forEach((names, i) => {
    const truth = gold[i] as Map<string, TopicKind>;
    const matched = new Set<string>();
    for (const n of names) {
      const key = nameKey(n.name);
      if (!filter(key)) continue;
      const right = truth.get(key) === n.kind;
      if (right) matched.add(key);
      for (const k of [n.kind, 'all'] as const) row(k)[right ? 'tp' : 'fp'] += 1;
      if (!right) misses.push(`${n.kind}:${n.name}${truth.has(key) ? ` (is ${truth.get(key)})` : ''}`);
    }
    for (const [key, kind] of truth) if (!matched.has(key)) { row(kind).fn += 1; row('all').fn += 1; }
  });
  return { rows, misses };
}

function print(title: string, result: ReturnType<typeof score>) {
  console.log(`\n${title}`);
  console.log('kind           precision  recall  extracted  annotated');
  for (const kind of [...TOPIC_KINDS, 'all'] as const) {
    const r = result.rows.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    const p = r.tp / Math.max(1, r.tp + r.fp);
    const rec = r.tp / Math.max(1, r.tp + r.fn);
    console.log(`${kind.padEnd(14)} ${p.toFixed(3).padStart(9)}  ${rec.toFixed(3).padStart(6)}  ${String(r.tp + r.fp).padStart(9)}  ${String(r.tp + r.fn).padStart(9)}`);
  }
  if (process.env.EVAL_VERBOSE) console.log(result.misses.slice(0, 200).join('\n'));
}

const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
console.log(`Wikigold: ${docs.length} documents, ${chars} characters, extracted in ${elapsed.toFixed(0)} ms (${(chars / 1024 / (elapsed / 1000)).toFixed(0)} KiB/s)`);
console.log('Scored on normalised names per document (not spans): right when the document annotates the same name as the same kind.');
print('All extracted names', score(() => true));
const pageKeys = [...docsPerKey].filter(([, n]) => n >= 2).map(([k]) => k);
print(`Names that would become pages (extracted from >= 2 documents: ${pageKeys.length} names)`, score((key) => (docsPerKey.get(key) ?? 0) >= 2));
