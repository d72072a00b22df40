import nlp from 'compromise';

/** What a topic is about. */
export const TOPIC_KINDS = ['person', 'place', 'organization'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** One name found in a text, normalised, with how often it was mentioned. */
export interface ExtractedName {
  name: string;
  kind: TopicKind;
  /** Mentions in the text, surname-only mentions of a person included. */
  mentions: number;
}

// Titles and honorifics go: "Mr Starmer" and "Starmer" are one person, and a page is named for
// the person, not the office. King, Queen and Pope stay: without them the name is ambiguous.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'vice', 'prime', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'gov', 'governor',
  'mayor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'sgt', 'st', 'saint',
  'chief', 'inspector', 'detective', 'officer', 'councillor', 'cllr', 'mp', 'mep', 'ceo', 'chairman', 'chairwoman',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'former', 'late', 'deputy', 'foreign', 'home',
]);

// Titles only a person carries.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame']);

// Words compromise sometimes takes for names at the start of a sentence, and words that are
// never a topic on their own.
const STOP_WORDS = new Set([
  'i', 'a', 'an', 'the', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'here', 'who', 'what', 'when', 'where', 'why', 'how', 'but', 'and', 'or', 'if', 'so',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'north', 'south', 'east', 'west', 'government', 'police', 'council', 'court', 'party', 'city',
  'state', 'country', 'company', 'university', 'school', 'club', 'team', 'group', 'band', 'album', 'mr', 'mrs', 'ms',
  'dr', 'sir', 'god', 'christmas', 'easter', 'internet', 'web', 'online', 'covid', 'co', 'inc', 'ltd', 'corp',
  'county', 'hotel', 'center', 'centre', 'hall', 'airport', 'division', 'air', 'station', 'street', 'road', 'river',
  'lake', 'park', 'cd', 'dvd', 'tv', 'radio', 'hospital', 'museum', 'church', 'society', 'centre', 'district', 'region',
  'province', 'roman catholic', 'catholic', 'protestant', 'muslim', 'christian', 'jewish', 'd c', 'u s', 'all',
]);

// A "place" with one of these last words is an institution: "Bowling Green State University".
const ORGANIZATION_ENDINGS = new Set([
  'university', 'college', 'school', 'academy', 'institute', 'hospital', 'hotel', 'museum', 'library', 'auditorium',
  'company', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'club', 'association', 'society', 'council', 'party', 'bank',
  'agency', 'authority', 'commission', 'committee', 'foundation', 'group', 'fame', 'service', 'services', 'union',
]);

const EDGE_PUNCTUATION = /^[\s"'“”‘’«»()[\]{}<>.,;:!?*_–—-]+|[\s"'“”‘’«»()[\]{}<>.,;:!?*_–—-]+$/gu;
const CAPITAL = /[\p{Lu}\p{Lo}]/u;
const POSSESSIVE = /['’]s?$/u;
// A name's words must start with a capital (or be in a script without case) and hold no digits.
const NAME_WORD = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.&-]*$/u;
const JOINERS = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'and', '&', 'for', 'du', 'di', 'al', 'bin', 'ibn']);
const MAX_WORDS = 6;

// compromise's typings give nlp.tokenize() the tokenizer's View, without the methods the full
// build adds to the same class at run time (people(), places(), organizations()).
type TaggedView = ReturnType<typeof nlp>;
type Document = TaggedView['docs'];
type Term = Document[number][number];
type Pointer = TaggedView['fullPointer'][number];

// What nlp() computes after tokenising, less what nlp.tokenize() has already done and the
// chunker ('chunks'), which only the phrase methods read: people(), places() and
// organizations() match on tags alone.
const TAGGING = nlp.hooks().filter((hook) => !['contractions', 'alias', 'machine', 'chunks'].includes(hook));

/**
 * Names a text mentions, by kind: people, places and organisations found by compromise, then
 * normalised (possessives, edge punctuation, titles and a leading "the" removed) and filtered
 * for precision (lower-case words, single letters, digits, stop words and overlong runs go).
 * A surname-only mention of a person counts towards the full name seen in the same text.
 */
export function extractNames(text: string): ExtractedName[] {
  // "Dr." reads as a sentence end to the tagger, which then splits "Dr. John Smith" in two.
  const doc = nlp.tokenize(text.replace(/\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Capt|Col|Lt|Sgt)\.(?= \p{Lu})/gu, '$1'));
  // Tagging is most of the cost and works one sentence at a time, so only the sentences that
  // could yield a name are tagged (as compromise's own nlp.lazy does).
  // A pointer of a sentence number alone always spans the whole sentence, also once
  // contractionTwo has split a term in it ("Harbridge's"); one with an end would cut it short.
  const sentences = doc.docs.flatMap((terms, n): Pointer[] => (mayHoldName(terms) ? [[n]] : []));
  if (sentences.length === 0) return [];
  // The typings give update() one pointer; it takes the list of them (View.update(ptrs)).
  const tagged = doc.update(sentences as unknown as Pointer) as TaggedView;
  tagged.compute(TAGGING);
  const found: { name: string; kind: TopicKind }[] = [];
  const collect = (matches: Document, kind: TopicKind) => {
    for (const raw of matches.flatMap(splitAtCommas)) {
      // "Dr Helen Marsh" is a person whatever the tagger thought.
      const first = stripDot(raw.trim().split(/\s+/)[0] ?? '');
      const as: TopicKind = HONORIFICS.has(first) ? 'person' : kind;
      const name = normaliseName(raw, as);
      if (name === null) continue;
      const last = nameKey(name).split(' ').pop() ?? '';
      found.push({ name, kind: as === 'place' && ORGANIZATION_ENDINGS.has(last) ? 'organization' : as });
    }
  };
  // The matches' terms are read directly: .json() would also parse each person's first name,
  // surname and gender, which nothing here uses.
  collect(tagged.people().docs, 'person');
  collect(tagged.places().docs, 'place');
  collect(tagged.organizations().docs, 'organization');
  return mergeMentions(found);
}

/**
 * Whether a sentence could give a name normaliseName keeps: every word of a name but a joiner
 * starts with a capital (or a letter of a script without case), so a sentence with no such
 * term gives none, and one whose only such term is a stop word or title ("The", "He") standing
 * alone gives none either. A hyphen after it may join a lower-case word on ("Anglo-saxon").
 */
function mayHoldName(terms: readonly Term[]): boolean {
  let capitalised: Term | undefined;
  for (const term of terms) {
    if (!CAPITAL.test(term.text)) continue;
    if (capitalised) return true;
    capitalised = term;
  }
  if (!capitalised) return false;
  const key = nameKey(capitalised.text);
  return /[-‐]/u.test(capitalised.post) || !(STOP_WORDS.has(key) || TITLES.has(key));
}

/**
 * The names inside one match: compromise reads "Atlantic City, New Jersey" and lists of names
 * as one run, so a run is cut wherever a term is followed by a comma, semicolon or bracket.
 */
function splitAtCommas(terms: readonly Term[]): string[] {
  const parts: string[] = [];
  let current = '';
  for (const term of terms) {
    if (/[([]/.test(term.pre) && current !== '') { parts.push(current); current = ''; }
    if (/[,;:()[\]/]/.test(term.post)) { parts.push(current + term.text); current = ''; continue; }
    // compromise splits "Pemberton-Vance" into two terms; the hyphen stays in the name.
    current += term.text + (/^[-‐]$/u.test(term.post) ? '-' : ' ');
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The form a mention is stored and compared in, or null when it is not a usable name.
 * Exported for the evaluation, which normalises the annotated names the same way.
 */
export function normaliseName(raw: string, kind: TopicKind): string | null {
  let words = raw.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').split(' ').map((w) => w.replace(POSSESSIVE, '').replace(EDGE_PUNCTUATION, '')).filter((w) => w !== '');
  if (kind === 'person') {
    while (words.length > 1 && TITLES.has(stripDot(words[0] ?? ''))) words = words.slice(1);
  }
  while (words.length > 1 && (words[0] ?? '').toLowerCase() === 'the') words = words.slice(1);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  for (const [i, word] of words.entries()) {
    const joiner = i > 0 && i < words.length - 1 && JOINERS.has(word.toLowerCase());
    if (!joiner && !NAME_WORD.test(word)) return null;
  }
  const name = words.join(' ');
  const key = nameKey(name);
  if (key.replace(/[^\p{L}]/gu, '').length < 2 || STOP_WORDS.has(key)) return null;
  // A title alone ("MP", "St") is no name, whatever the kind.
  if (words.length === 1 && TITLES.has(key)) return null;
  return name;
}

/** The key two spellings of one name share: case, accents and punctuation set aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

function stripDot(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/**
 * Counts each name once per text, folding a person's surname-only mentions into the one full
 * name ending with it (two full names sharing a surname leave the bare surname unresolved, and
 * it is dropped). A name seen under several kinds takes the kind it was seen as most often.
 */
function mergeMentions(found: { name: string; kind: TopicKind }[]): ExtractedName[] {
  const byKey = new Map<string, { name: string; kinds: Map<TopicKind, number>; mentions: number }>();
  for (const { name, kind } of found) {
    const key = nameKey(name);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name, kinds: new Map(), mentions: 0 }));
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
    entry.mentions += 1;
  }
  const kindOf = (kinds: Map<TopicKind, number>): TopicKind =>
    [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'organization';
  const people = [...byKey.entries()].filter(([key, e]) => key.includes(' ') && kindOf(e.kinds) === 'person');
  for (const [key, entry] of [...byKey.entries()]) {
    if (key.includes(' ') || kindOf(entry.kinds) !== 'person') continue;
    const owners = people.filter(([full]) => full.endsWith(` ${key}`) || full.startsWith(`${key} `));
    byKey.delete(key);
    const owner = owners.length === 1 ? owners[0]?.[1] : undefined;
    if (owner) owner.mentions += entry.mentions;
    // A lone surname with no full name beside it is kept only when mentioned more than once.
    else if (owners.length === 0 && entry.mentions > 1) byKey.set(key, entry);
  }
  return [...byKey.values()].map((e) => ({ name: e.name, kind: kindOf(e.kinds), mentions: e.mentions }));
}

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|figcaption|figure|pre|td|th|caption|div|section|aside)>|<br\s*\/?>/gi;

/**
 * An article as plain sentences for extraction: headline, standfirst and each block of the body
 * end with a full stop where they have none, so a heading never runs into the next sentence.
 */
export function articleText(headline: string, standfirst: string, bodyHtml: string, toPlainText: (html: string) => string): string {
  const blocks = [headline, standfirst, ...bodyHtml.replace(BLOCK_END, '$&\n').split('\n').map(toPlainText)];
  return blocks.map((b) => b.trim()).filter((b) => b !== '').map((b) => (/[.!?:;"”’)]$/u.test(b) ? b : `${b}.`)).join('\n');
}
