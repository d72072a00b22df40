import { stemmer } from 'stemmer';

/**
 * Text as the index sees it. The same normalisation runs before indexing and before querying, on
 * both databases, so a reader's spelling and the article's meet in the middle: case folded,
 * compatibility forms unfolded, diacritics and Arabic harakat dropped, Arabic letter variants
 * merged (أ إ آ ٱ → ا, ى → ي, ة → ه), tatweel removed, control characters made spaces.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0640/g, '')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, ' ')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;
// Words as written (marks and tatweel inside a word belong to it), for highlighting originals.
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/** The longest word a query or the vocabulary keeps; longer runs are not words anyone types. */
export const MAX_TERM_LENGTH = 40;

/** The normalised words of `text`, in order (only letters and digits, so never query syntax). */
export function wordsOf(text: string): string[] {
  return normaliseText(text).match(WORD) ?? [];
}

/** The distinct words of a document worth a place in the vocabulary. */
export function vocabularyOf(texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length >= 2 && word.length <= MAX_TERM_LENGTH && !/^\p{N}+$/u.test(word)) terms.add(word);
    }
  }
  return [...terms];
}

/**
 * A word's Porter stem, for highlighting: the same algorithm SQLite's tokenizer ranks with (and
 * close to PostgreSQL's), so "elections", "elected" and "election" mark the same words.
 */
export function stemOf(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text; everything the reader or an API client sees in a highlight passes here first. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

interface Word { start: number; end: number; hit: boolean }

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

function markWords(text: string, stems: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  // A body repeats its words; each is normalised and stemmed once.
  const seen = new Map<string, boolean>();
  for (const match of text.matchAll(WRITTEN_WORD)) {
    const written = match[0];
    let hit = seen.get(written);
    if (hit === undefined) {
      const normal = PLAIN_WORD.test(written) ? written.toLowerCase() : wordsOf(written).join('');
      hit = normal !== '' && stems.has(stemOf(normal));
      seen.set(written, hit);
    }
    words.push({ start: match.index, end: match.index + written.length, hit });
  }
  return words;
}

/** Escapes `text[from, to)` and wraps the matched words in <mark> (only after escaping). */
function render(text: string, words: Word[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const word of words) {
    if (!word.hit || word.start < from || word.end > to) continue;
    out += `${escapeHtml(text.slice(at, word.start))}<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`;
    at = word.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The query's words as highlight keys. */
export function highlightKeys(queryWords: string[]): Set<string> {
  return new Set(queryWords.map(stemOf));
}

/** `text` escaped, with the words matching the query marked. */
export function highlight(text: string, keys: ReadonlySet<string>): string {
  return render(text, markWords(text, keys), 0, text.length);
}

/**
 * About `size` words of `text` around where the query's words are densest, escaped and marked,
 * with an ellipsis where it was cut; null when no word of `text` matches.
 */
export function snippet(text: string, keys: ReadonlySet<string>, size = 30): string | null {
  const words = markWords(text, keys);
  let best = -1;
  let bestHits = 0;
  let hits = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i]?.hit) hits += 1;
    if (i >= size && words[i - size]?.hit) hits -= 1;
    if (hits > bestHits) { bestHits = hits; best = i; }
  }
  if (best === -1) return null;
  // Start a few words before the first hit of the best window so it reads in context.
  let first = Math.max(0, best - size + 1);
  while (first < best && !words[first]?.hit) first += 1;
  first = Math.max(0, first - 5);
  const last = Math.min(words.length - 1, first + size - 1);
  const from = first === 0 ? 0 : (words[first]?.start ?? 0);
  const to = last === words.length - 1 ? text.length : (words[last]?.end ?? text.length);
  return `${from > 0 ? '…' : ''}${render(text, words, from, to).trim()}${to < text.length ? '…' : ''}`;
}
