import type { Clock } from '../common/clock.ts';
import type { ArticleSummary, ContentReader } from '../content/index.ts';
import type { Db, Dialect } from '../db/index.ts';
import { searchError } from './search.errors.ts';
import { sweepSearchIndex, type SweepMemory } from './search-index.ts';
import { postgresFullText } from './search.postgres.ts';
import { findBodyTexts, findVocabulary, type FullTextStore, type SearchFilters } from './search.repository.ts';
import { sqliteFullText } from './search.sqlite.ts';
import { escapeHtml, highlight, highlightKeys, MAX_TERM_LENGTH, snippet, wordsOf } from './search-text.ts';
import { Vocabulary } from './spelling.ts';

/** The longest query accepted, in characters; nobody types more, and a longer one is refused. */
export const MAX_QUERY_CHARS = 500;
/** A query's words beyond this many are ignored. */
const MAX_WORDS = 12;
// Another node's sweep changes the vocabulary without telling this one.
const VOCABULARY_TTL_MS = 30_000;
// A word in at most this many documents, with a close word in many times more, earns a "did you mean".
const RARE = 1;
const MUCH_COMMONER = 20;

/** What a reader asked for. */
export interface SearchRequest {
  q: string;
  section?: string | undefined;
  /** `YYYY-MM-DD` (a whole day) or an ISO 8601 time. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  limit: number;
  /** Search the words as given, without correcting their spelling ("search instead for"). */
  exact?: boolean;
}

/** One result: the article, its headline with the matches marked, and a marked extract. Both are escaped HTML. */
export interface SearchResult { article: ArticleSummary; headlineHtml: string; snippetHtml: string }

/** A page of results. */
export interface SearchOutcome {
  /** The query as asked. */
  query: string;
  /** The query searched instead, when a word of it is in no article and a close one is. */
  correctedQuery: string | null;
  /** A likelier spelling, offered without searching it ("did you mean"). */
  suggestion: string | null;
  results: SearchResult[];
  page: number; limit: number; total: number; pageCount: number;
}

/**
 * Full-text search over published articles: headline, standfirst, body, tags and bylines,
 * ranked with the headline weighted up, on FTS5 (SQLite) or a weighted tsvector (PostgreSQL).
 * The dialect is chosen here once because the two engines share no SQL for this.
 */
export function createSearch(db: Db, dialect: Dialect, clock: Clock, content: ContentReader) {
  const store: FullTextStore = dialect === 'postgres' ? postgresFullText : sqliteFullText;
  let vocabulary: { value: Promise<Vocabulary>; at: number } | null = null;
  const memory: SweepMemory = { taxonomy: null };

  function loadVocabulary(): Promise<Vocabulary> {
    return findVocabulary(db).then((rows) => new Vocabulary(rows.map((r) => [r.term, Number(r.docCount)])));
  }

  function currentVocabulary(): Promise<Vocabulary> {
    const now = Date.now();
    if (!vocabulary) {
      const value = loadVocabulary();
      value.catch(() => { vocabulary = null; });
      vocabulary = { value, at: now };
    } else if (now - vocabulary.at > VOCABULARY_TTL_MS) {
      // Grown old: keep answering from it while the new one loads, so no reader waits for it.
      const kept = vocabulary;
      kept.at = now;
      loadVocabulary().then((value) => { if (vocabulary === kept) vocabulary = { value: Promise.resolve(value), at: Date.now() }; }, () => undefined);
    }
    return vocabulary.value;
  }

  // The vocabulary counts every article, drafts and embargoed ones too. So that neither a
  // correction nor its absence can reveal a word of an unpublished story, a word counts as known,
  // and a candidate is offered, only once an article readers can see is found to hold it.
  const isVisible = (word: string) => store.matchesVisible(db, word, clock.now().toISOString());

  /** The closest word to `word` that a visible article holds, in at least `minCount` documents. */
  async function visibleFix(word: string, vocab: Vocabulary, minCount = 1) {
    for (const candidate of vocab.candidates(word)) {
      if (candidate.count >= minCount && await isVisible(candidate.term)) return candidate;
    }
    return null;
  }

  /** Replaces words no visible article holds by the closest word one does; null when none needs it. */
  async function correct(words: string[], vocab: Vocabulary): Promise<string[] | null> {
    let changed = false;
    const out: string[] = [];
    for (const word of words) {
      // Asked of the index, not the vocabulary: an inflection ("elections") of a word is known too.
      const known = await isVisible(word);
      const fix = known ? null : await visibleFix(word, vocab);
      if (fix) changed = true;
      out.push(fix ? fix.term : word);
    }
    return changed ? out : null;
  }

  async function suggest(words: string[], vocab: Vocabulary): Promise<string[] | null> {
    let changed = false;
    const out: string[] = [];
    for (const word of words) {
      const count = vocab.count(word);
      const fix = count === 0 || count > RARE ? null : await visibleFix(word, vocab, count * MUCH_COMMONER);
      if (fix) changed = true;
      out.push(fix ? fix.term : word);
    }
    return changed ? out : null;
  }

  async function present(ids: number[], words: string[]): Promise<SearchResult[]> {
    const [articles, bodies] = await Promise.all([content.getSummaries(ids, 'full'), findBodyTexts(db, ids)]);
    const bodyOf = new Map(bodies.map((b) => [b.articleId, b.bodyText]));
    const keys = highlightKeys(words);
    return articles.map((article) => {
      const body = bodyOf.get(article.id) ?? '';
      const extract = snippet(body, keys) ?? snippet(article.standfirst, keys)
        ?? escapeHtml(article.standfirst || body.slice(0, 200));
      return { article, headlineHtml: highlight(article.headline, keys), snippetHtml: extract };
    });
  }

  return {
    /**
     * One page of published articles matching `request.q`, best first, with highlights. A word
     * in no article but close to one is corrected (see `correctedQuery`).
     * @throws SEARCH_QUERY_TOO_LONG, SEARCH_INVALID_DATE
     */
    async search(request: SearchRequest): Promise<SearchOutcome> {
      if (request.q.length > MAX_QUERY_CHARS) {
        throw searchError('SEARCH_QUERY_TOO_LONG', `A search may be at most ${MAX_QUERY_CHARS} characters long.`, 'q');
      }
      const filters = parseFilters(request);
      const { page, limit } = request;
      const words = [...new Set(wordsOf(request.q).filter((w) => w.length <= MAX_TERM_LENGTH))].slice(0, MAX_WORDS);
      const empty = { query: request.q, correctedQuery: null, suggestion: null, results: [], page, limit, total: 0, pageCount: 0 };
      if (words.length === 0) return empty;
      const vocab = await currentVocabulary();
      const corrected = request.exact ? null : await correct(words, vocab);
      const searched = corrected ?? words;
      const suggested = corrected ? null : await suggest(words, vocab);
      const { ids, total } = await store.find(db, searched, filters, clock.now().toISOString(), limit, (page - 1) * limit);
      return {
        ...empty,
        correctedQuery: corrected ? corrected.join(' ') : null,
        suggestion: suggested ? suggested.join(' ') : null,
        results: await present(ids, searched),
        total,
        pageCount: Math.ceil(total / limit),
      };
    },

    /** Brings the index up to date with the articles (see {@link sweepSearchIndex}). */
    async sweep(): Promise<{ indexed: number; removed: number }> {
      const outcome = await sweepSearchIndex(db, dialect, store, memory);
      if (outcome.indexed > 0 || outcome.removed > 0) vocabulary = null;
      return outcome;
    },
  };
}

export type Search = ReturnType<typeof createSearch>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** `from` and `to` as inclusive ISO instants; a bare date covers its whole day (UTC). */
function parseFilters(request: SearchRequest): SearchFilters {
  const from = request.from ? parseBound(request.from, 'from') : undefined;
  const to = request.to ? parseBound(request.to, 'to') : undefined;
  if (from && to && from > to) throw searchError('SEARCH_INVALID_DATE', '"from" must not be later than "to".', 'from');
  return { section: request.section || undefined, from, to };
}

function parseBound(value: string, name: 'from' | 'to'): string {
  const day = DAY.test(value);
  const time = day ? Date.parse(`${value}T00:00:00.000Z`) : INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  const iso = Number.isNaN(time) ? null : new Date(time);
  if (!iso || iso.getUTCFullYear() < 1000 || iso.getUTCFullYear() > 9999 || (day && iso.toISOString().slice(0, 10) !== value)) {
    throw searchError('SEARCH_INVALID_DATE', `"${name}" must be a date (YYYY-MM-DD) or an ISO 8601 time.`, name);
  }
  if (day && name === 'to') return new Date(time + 86_400_000 - 1).toISOString();
  return iso.toISOString();
}
