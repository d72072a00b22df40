import { stemmer } from 'stemmer';

// Words that say nothing about what a story is about. News prose leans on reporting verbs and
// time words ("said", "told", "Tuesday"), which would otherwise tie every story to every other.
const STOP_WORDS = new Set(`
a about above after again against all also am an and any are around as at be because been before being below between both
but by can could did do does doing down during each even ever every few for from further get gets got had has have having
he her here hers herself him himself his how however i if in into is it its itself just last least less like made make many
may me might more most much must my myself near new next no nor not now of off often on once one only or other our ours
ourselves out over own per put rather really same say says said she should since so some still such than that the their
theirs them themselves then there these they this those though through thus to too told under until up upon us use used very
was we week weeks well were what when where whether which while who whom whose why will with within without would year years
yet you your yours yourself yourselves monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
according added adding asked back called came come comes day days early end first going including later leave left look
make makes many month months mr mrs ms dr part people set show shows take taken takes time times two three four five six
second third way went whose yes told tell tells think thought want wanted know known year's it's don't didn't
`.trim().split(/\s+/));

/** Lower-case word stems of `text`, without stop words, numbers or one- and two-letter words. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = match[0].replace(/['’]s$/u, '').replace(/['’]/gu, '');
    if (word.length < 3 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    out.push(stemmer(word));
  }
  return out;
}

/** How many times each part counts: a headline word says more about a story than a body word. */
export const FIELD_WEIGHTS = { headline: 3, standfirst: 2, body: 1 } as const;

/** Weighted term counts of one article. */
export function termCounts(parts: { headline: string; standfirst: string; body: string }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of ['headline', 'standfirst', 'body'] as const) {
    for (const stem of stems(parts[field])) counts.set(stem, (counts.get(stem) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return counts;
}
