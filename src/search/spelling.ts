/**
 * Typo tolerance from the index's own vocabulary: a word nobody wrote is matched to the closest
 * word somebody did (Damerau–Levenshtein distance up to 2, fewer edits first, then the word in
 * more documents).
 */

export const MAX_EDITS = 2;

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = MAX_EDITS): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? limit + 1;
}

/** The vocabulary held in memory, words grouped by length so a lookup reads only plausible ones. */
export class Vocabulary {
  private readonly counts: Map<string, number>;
  private readonly byLength = new Map<number, string[]>();

  constructor(entries: Iterable<[string, number]>) {
    this.counts = new Map(entries);
    for (const term of this.counts.keys()) {
      const length = [...term].length;
      const bucket = this.byLength.get(length);
      if (bucket) bucket.push(term); else this.byLength.set(length, [term]);
    }
  }

  /** How many documents hold `term` (0 for a word not in the index). */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  /**
   * Replacements for `word` within two edits, best first: fewest edits, then most documents,
   * then alphabetical (so the order is stable). Words with digits and words of one or two
   * letters get none, and words of up to four get one edit: every short word is that close to
   * dozens of others.
   */
  candidates(word: string, max = 5): { term: string; edits: number; count: number }[] {
    const chars = [...word];
    // Numbers are not misspelt: 2025 is not a typo for 2024.
    if (chars.length < 3 || /\p{N}/u.test(word)) return [];
    const allowed = chars.length <= 4 ? 1 : MAX_EDITS;
    const found: { term: string; edits: number; count: number }[] = [];
    for (let length = chars.length - allowed; length <= chars.length + allowed; length += 1) {
      for (const term of this.byLength.get(length) ?? []) {
        const edits = editDistance(word, term, allowed);
        if (edits <= allowed && edits > 0) found.push({ term, edits, count: this.counts.get(term) ?? 0 });
      }
    }
    return found.sort((a, b) => a.edits - b.edits || b.count - a.count || (a.term < b.term ? -1 : 1)).slice(0, max);
  }

  /** The best replacement for `word` (see {@link candidates}), or null. */
  closest(word: string): { term: string; edits: number; count: number } | null {
    return this.candidates(word, 1)[0] ?? null;
  }
}
