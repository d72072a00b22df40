import { isIPv6 } from 'node:net';
import { decodeHTML } from 'entities';
import { LinkifyIt } from 'linkify-it';

/** The fields of a submitted comment that the word lists are matched against. */
export interface CommentFields {
  name: string;
  email: string;
  website: string;
  text: string;
  ip: string;
}

/** Why a comment was refused as spam or held for a moderator. */
export type HeldReason =
  | 'blocked-word'
  | 'honeypot'
  | 'too-fast'
  | 'bad-stamp'
  | 'moderation-word'
  | 'links'
  | 'hold-all'
  | 'first-time';

/** What happens to a new comment; `reason` is null only for an approved one. */
export type Verdict = { status: 'approved' | 'pending' | 'spam'; reason: HeldReason | null };

/** The site's comment settings that judgeComment applies. */
export interface CommentPolicy {
  /** 'all' holds every comment, 'first-time' holds people with no approved comment yet, 'open' holds none. */
  moderation: 'all' | 'first-time' | 'open';
  /** Entries (from parseWordList) that hold a comment for a moderator. */
  moderationWords: string[];
  /** Entries (from parseWordList) that mark a comment as spam. */
  blockedWords: string[];
  /** A comment with this many links or more is held; 0 turns the rule off. */
  holdLinks: number;
  /** A form sent back sooner than this after it was rendered is spam. */
  minFormSeconds: number;
}

/** Everything judgeComment needs about one submission. */
export interface CommentSubmission {
  fields: CommentFields;
  /** The hidden field people never see; only a bot fills it. */
  honeypot: string;
  /** From formStampAge: null when the stamp is missing, forged or from the far future. */
  stampAgeMs: number | null;
  policy: CommentPolicy;
  /** The commenter already has an approved comment. */
  knownCommenter: boolean;
}

/** A word list keeps at most this many entries; the rest of the lines are ignored. */
export const MAX_WORD_LIST_ENTRIES = 5_000;
/** An entry is cut to this many characters (code points). */
export const MAX_WORD_LENGTH = 200;

/**
 * Reads a word list the way WordPress's "disallowed keys" box is written: one entry per line.
 * Entries are trimmed, NFKC-normalised, lower-cased and stripped of invisible characters (the
 * text they are matched against is cleaned the same way, so an entry holding one could never
 * match); blank lines and repeats are dropped, and the list and each entry are capped.
 */
export function parseWordList(raw: string): string[] {
  const entries = new Set<string>();
  for (const line of raw.split(LINE_BREAK)) {
    if (entries.size >= MAX_WORD_LIST_ENTRIES) break;
    const entry = normaliseEntry(line);
    if (entry !== '') entries.add(entry);
  }
  return [...entries];
}

/**
 * The first entry of `words` (in list order, returned as given) that one of the comment's fields
 * contains, ignoring case, markup, entities and invisible characters. Entries of at least four
 * letters with no spaces also match text spelled out with spaces or punctuation (`v.i.a.g.r.a`).
 * IPv4 entries (`203.0.113.7`, or whole leading octets like `203.0.113.`) and IPv6 addresses
 * are matched against the ip field only.
 */
export function findListedWord(fields: CommentFields, words: string[]): string | null {
  const haystack = buildHaystack(fields);
  for (const word of words) {
    const entry = normaliseEntry(word);
    if (entry !== '' && matchesEntry(entry, haystack)) return word;
  }
  return null;
}

/**
 * How many links a comment's text holds: `http(s)://` URLs, `www.` hosts and `<a>` tags (an
 * anchor and the URLs inside it count once). Bare domains (`example.com`) are not counted, and
 * neither is the commenter's website field: every commenter may give one.
 */
export function countLinks(text: string, website?: string): number {
  let anchors = 0;
  let cursor = 0;
  const outside: string[] = [];
  const tags = [...text.matchAll(ANCHOR_TAG)];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as RegExpMatchArray;
    if (tag[0][1] === '/') continue;
    anchors++;
    outside.push(text.slice(cursor, tag.index));
    const next = tags[i + 1];
    // An unclosed anchor hides nothing: URLs after it are still counted.
    if (next && next[0][1] === '/') {
      cursor = (next.index ?? 0) + next[0].length;
      i++;
    } else {
      cursor = (tag.index ?? 0) + tag[0].length;
    }
  }
  outside.push(text.slice(cursor));
  return anchors + (LINKIFY.match(outside.join('\n'))?.length ?? 0);
}

/**
 * Decides whether a new comment is published, held for a moderator or refused as spam. The
 * rules are tried in order and the first that applies wins: honeypot, form stamp, blocked
 * words, moderation words, links, then the moderation setting.
 */
export function judgeComment(input: CommentSubmission): Verdict {
  const { fields, policy } = input;
  if (input.honeypot.length > 0) return { status: 'spam', reason: 'honeypot' };
  if (input.stampAgeMs === null) return { status: 'spam', reason: 'bad-stamp' };
  if (input.stampAgeMs < policy.minFormSeconds * 1000) return { status: 'spam', reason: 'too-fast' };
  if (findListedWord(fields, policy.blockedWords) !== null) return { status: 'spam', reason: 'blocked-word' };
  if (findListedWord(fields, policy.moderationWords) !== null) return { status: 'pending', reason: 'moderation-word' };
  if (policy.holdLinks > 0 && countLinks(fields.text, fields.website) >= policy.holdLinks) {
    return { status: 'pending', reason: 'links' };
  }
  if (policy.moderation === 'all') return { status: 'pending', reason: 'hold-all' };
  if (policy.moderation === 'first-time' && !input.knownCommenter) return { status: 'pending', reason: 'first-time' };
  return { status: 'approved', reason: null };
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/;

// Zero-width characters, bidi embeddings and overrides, invisible operators, the BOM and the soft
// hyphen, plus the other invisible characters that split a word just as well: bidi isolates, the Arabic
// letter mark, the Mongolian vowel separator, the combining grapheme joiner, variation selectors
// and Unicode tag characters.
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF\u{E0000}-\u{E007F}]/gu;

// Comments (to the end if unclosed, as browsers do), tags that start with a letter, and
// declarations. `[^<>]` keeps each attempt from running past the next `<`, so the cost stays linear.
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<\/?[a-z][^<>]*>|<[!?][^<>]*>/gi;

const SPACING_AND_PUNCTUATION = /[\s\p{P}\p{S}]/gu;

// `<a/href=…>` is an anchor to a browser too.
const ANCHOR_TAG = /<a[\s/][^<>]*>|<\/a\s*>/gi;

const PARTIAL_IPV4 = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?$/;
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/;

// Only schemes a reader can click; fuzzy links stay off so "example.com" or "v1.2" is no link.
// `www.` hosts are a schema of their own because fuzzy matching would also require a known TLD.
const LINKIFY = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add('ftp:', null)
  .add('mailto:', null)
  .add('//', null)
  .add('www.', {
    validate: (text, pos, self) => {
      const host = self.re.get_relative_proto_validator();
      host.lastIndex = pos;
      return host.exec(text)?.[0].length ?? 0;
    },
  });

interface Haystack {
  plain: string[];
  compact: string[];
  ip: string;
}

function normaliseEntry(line: string): string {
  // Cut before normalising so a huge pasted line costs little; NFKC expands at most 18-fold.
  const head = line.trim().slice(0, MAX_WORD_LENGTH * 18);
  const clean = removeInvisible(head.normalize('NFKC').toLowerCase()).trim();
  return firstCodePoints(clean, MAX_WORD_LENGTH).trim();
}

function buildHaystack(fields: CommentFields): Haystack {
  const textFields = [fields.name, fields.email, fields.website, fields.text];
  // The tag-free copy shows what a browser displays; the copy with tags kept shows what a
  // plain-text rendering displays, and catches words inside angle brackets that are no tag.
  const views = unique(textFields.flatMap((field) => [cleanText(field), cleanText(field.replace(MARKUP, ''))]));
  const ip = normaliseIp(fields.ip);
  return {
    plain: [...views, ip],
    // Punctuation in an address is structure, not disguise, so the ip field is not compacted.
    compact: unique(views.map(compact)),
    ip,
  };
}

function matchesEntry(entry: string, haystack: Haystack): boolean {
  if (isIpEntry(entry)) return matchesIp(normaliseIp(entry), haystack.ip);
  if (haystack.plain.some((view) => view.includes(entry))) return true;
  if (/\s/.test(entry)) return false;
  // Short entries stay out of this pass: "tit" would match "it's a t. it" once spaces go.
  const squeezed = compact(entry);
  return codePointCount(squeezed) >= 4 && haystack.compact.some((view) => view.includes(squeezed));
}

function isIpEntry(entry: string): boolean {
  return (PARTIAL_IPV4.test(entry) && entry.includes('.')) || isIPv6(entry);
}

// Whole leading octets only: "203.0.113" covers 203.0.113.7 but not 203.0.1130 or 10.203.0.113.
function matchesIp(entry: string, ip: string): boolean {
  if (ip === '') return false;
  const bare = entry.endsWith('.') ? entry.slice(0, -1) : entry;
  return ip === bare || (!isIPv6(bare) && ip.startsWith(`${bare}.`));
}

// A dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d; list entries name the IPv4 form.
function normaliseIp(ip: string): string {
  const lower = ip.trim().toLowerCase();
  return MAPPED_IPV4.exec(lower)?.[1] ?? lower;
}

function cleanText(text: string): string {
  return removeInvisible(decodeHTML(text).normalize('NFKC').toLowerCase());
}

function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

function compact(text: string): string {
  return text.replace(SPACING_AND_PUNCTUATION, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function firstCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === max) break;
    end += char.length;
    count++;
  }
  return text.slice(0, end);
}
