/**
 * The slug the server will make, shown while someone types: the same rules as the server's
 * slugify (src/common/slugify.ts; the app may not import it), so the preview is the address.
 */
const MAX_SLUG_LENGTH = 120;

export function slugify(input: string): string {
  return input
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
}
