import { LinkifyIt, type Match } from 'linkify-it';
import type { ComponentChildren } from 'preact';

/**
 * A reader's comment, typed as plain text, rendered as HTML: blank lines separate paragraphs,
 * single newlines become `<br />`, and http(s) URLs and bare `www.` hosts become links marked
 * `rel="nofollow ugc noopener"`. Every piece of the text reaches the page as an escaped VNode
 * child or attribute, never as markup, so nothing a commenter types can add elements.
 * Renders nothing for a text that is empty or only whitespace.
 */
export function CommentText({ text }: { text: string }) {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return null;
  return <>{paragraphs.map((lines) => <p>{renderLines(lines)}</p>)}</>;
}

/**
 * A one-line preview of a comment for the CLI list and notification emails: all whitespace and
 * control characters collapse to single spaces (so a comment cannot move a terminal cursor or
 * break an email header line), and a text longer than `max` is cut at a word boundary and ends
 * with `…`. The result is at most `max` UTF-16 code units and never splits a character.
 */
export function commentExcerpt(text: string, max = 80): string {
  const flat = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  return `${cutAtBoundary(flat, Math.max(0, max - 1))}…`;
}

const LINK_REL = 'nofollow ugc noopener';

// Fuzzy links are on only so that `www.` hosts are found; other bare hosts ("example.com") are
// dropped in isAllowedLink. The non-web schemas are removed outright, and fuzzy emails are off,
// so an address in a comment stays text. The instance is configuration only: match() keeps no
// state between calls, so one shared copy is safe.
const LINKIFY = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false })
  .add('mailto:', null)
  .add('ftp:', null)
  .add('//', null);

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Lines grouped into paragraphs; blank (whitespace-only) lines separate them and are dropped. */
function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function renderLines(lines: string[]): ComponentChildren[] {
  const children: ComponentChildren[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push(<br />);
    children.push(...linkify(line));
  });
  return children;
}

/** The line as text pieces and `<a>` elements; the visible link text is exactly what was typed. */
function linkify(line: string): ComponentChildren[] {
  const matches = (LINKIFY.match(line) ?? []).filter(isAllowedLink);
  if (matches.length === 0) return [line];
  const pieces: ComponentChildren[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.index > at) pieces.push(line.slice(at, m.index));
    pieces.push(<a href={m.url} rel={LINK_REL}>{m.raw}</a>);
    at = m.lastIndex;
  }
  if (at < line.length) pieces.push(line.slice(at));
  return pieces;
}

function isAllowedLink(m: Match): boolean {
  if (m.schema === '' && !/^www\./i.test(m.raw)) return false;
  // The last word on what may go into href, whatever linkify-it matched: only web URLs.
  return /^https?:\/\//i.test(m.url);
}

/**
 * The longest prefix of `flat` within `budget` code units that ends at a word boundary. When
 * that would keep less than half the budget (one very long word or URL), cut between
 * characters instead: a longer preview is worth more than a whole last word.
 */
function cutAtBoundary(flat: string, budget: number): string {
  const atWord = lastEndWithin(WORDS.segment(flat), budget);
  const end = atWord * 2 >= budget ? atWord : lastEndWithin(GRAPHEMES.segment(flat), budget);
  return flat.slice(0, end).trimEnd();
}

function lastEndWithin(segments: Intl.Segments, budget: number): number {
  let end = 0;
  for (const { index, segment } of segments) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  return end;
}
