import { commentExcerpt } from '../comments/index.ts';

/**
 * A stranger's text (a commenter's name or comment) as one short terminal-safe line: control
 * characters and escape sequences lose their ESC/CSI byte and whitespace collapses (commentExcerpt),
 * and invisible format characters go too, because bidi overrides such as U+202E would reverse
 * the rest of the line, letting a comment disguise its id or status. Cut to `max` code units.
 */
export function terminalText(text: string, max: number): string {
  return commentExcerpt(text.replace(FORMAT_CHARACTERS, ''), max);
}

/**
 * JSON that prints safely on a terminal and parses back to exactly `value`: the characters
 * JSON.stringify leaves raw but a terminal may act on (DEL, the C1 controls such as the
 * 8-bit CSI U+009B, bidi and other format characters, line and paragraph separators) are
 * written as \u escapes.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (character) => {
    let escaped = '';
    // Characters beyond the BMP (some format characters are) are escaped as surrogate pairs.
    for (let i = 0; i < character.length; i += 1) escaped += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

// Joiners stay: they only glue emoji and some scripts together and cannot steer a terminal.
const FORMAT_CHARACTERS = /(?![\u200c\u200d])\p{Cf}/gu;
// Only string contents can hold these: JSON.stringify escapes C0 controls itself, so raw newlines
// in its output are the indentation's and are left alone.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu;
