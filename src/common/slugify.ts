const MAX_SLUG_LENGTH = 120;

/**
 * Turns a headline or name into a URL slug: lower case, ASCII letters and digits joined by
 * single hyphens. Letters with diacritics keep their base letter (Zoë → zoe); scripts with no
 * ASCII form are kept as Unicode letters, because an Arabic headline must still get a slug.
 */
export function slugify(input: string): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug;
}

/** True when `value` is already a well-formed slug as {@link slugify} would make it. */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(value);
}
