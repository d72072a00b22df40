const MAX_SLUG_LENGTH = 120;

/** What a slug may hold: lower-case letters of any script (with their marks) and digits, hyphen-joined. */
export const SLUG_PATTERN = '^[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+(?:-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+)*$';
const SLUG_RE = new RegExp(SLUG_PATTERN, 'u');

/**
 * Turns a headline or name into a URL slug: lower case, ASCII letters and digits joined by
 * single hyphens. Letters with diacritics keep their base letter (Zoë → zoe); scripts with no
 * ASCII form are kept as Unicode letters, because an Arabic headline must still get a slug.
 */
export function slugify(input: string): string {
  const slug = input
    .normalize('NFKD')
    // Accents come off Latin letters only; in other scripts the marks are part of the letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug;
}

/** True when `value` is already a well-formed slug as {@link slugify} would make it. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && SLUG_RE.test(value);
}
