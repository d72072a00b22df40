import { createHmac } from 'node:crypto';

/**
 * The avatar key of a commenter's email: HMAC-SHA256 keyed with the site's `secret` over the
 * trimmed, lower-cased (and NFC-normalised) address, as the first 24 hex characters (96 bits).
 * Because the key is secret, the value cannot be reversed, and someone who guesses an email
 * cannot compute its key to look it up (unlike a Gravatar-style plain MD5/SHA-256 of the email).
 * The same address always gives the same key under the same secret; rotating the secret
 * changes every avatar.
 * @throws RangeError when `secret` is empty, which would make the key a plain hash.
 */
export function avatarKey(secret: string, email: string): string {
  if (secret.length === 0) throw new RangeError('avatarKey needs a non-empty secret');
  const canonical = email.trim().toLowerCase().normalize('NFC');
  return createHmac('sha256', secret).update(canonical).digest('hex').slice(0, AVATAR_KEY_LENGTH);
}

/** True when `value` has the shape of an {@link avatarKey} result: 24 lower-case hex characters. */
export function isAvatarKey(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}

/**
 * A 64×64 identicon for an avatar key: a 5×5 grid mirrored left to right, drawn in one colour
 * derived from the key on a light grey tile. Deterministic, self-contained (no scripts, links
 * or external references) and a few hundred bytes.
 * @throws RangeError when `key` is not an avatar key (see {@link isAvatarKey}).
 */
export function renderAvatarSvg(key: string): string {
  if (!isAvatarKey(key)) throw new RangeError('renderAvatarSvg needs an avatar key');
  const cells = parseInt(key.slice(0, 4), 16);
  const hue = Math.floor((parseInt(key.slice(4, 7), 16) / 0x1000) * 360);
  const saturation = 45 + 2 * parseInt(key.slice(7, 8), 16);
  const fill = foregroundColour(hue, saturation);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img">`
    + `<rect width="64" height="64" fill="${BACKGROUND}"/>`
    + `<path fill="${fill}" shape-rendering="crispEdges" d="${cellPath(cells)}"/></svg>`;
}

const AVATAR_KEY_LENGTH = 24;
const BACKGROUND = '#f2f2f2';
const BACKGROUND_LUMINANCE = relativeLuminance([0xf2, 0xf2, 0xf2]);
// WCAG AA for text; stricter than the 3:1 asked of graphics, so avatars stay clear on the tile
// and on any page background at least as light as it.
const MIN_CONTRAST = 4.5;
const CELL = 10;
const MARGIN = 7; // 5 cells of 10 plus two margins of 7 fill the 64-unit box

/**
 * The path of the lit cells. Bits 0..14 of `bits` light the left three columns of the five rows;
 * columns 0 and 1 are mirrored onto 4 and 3. A pattern with no lit cell (1 in 32,768) lights the
 * centre so that no avatar is an empty tile.
 */
function cellPath(bits: number): string {
  const pattern = (bits & 0x7fff) === 0 ? 1 << 7 : bits;
  let d = '';
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      if ((pattern >> (row * 3 + col)) & 1) {
        d += square(col, row);
        if (col < 2) d += square(4 - col, row);
      }
    }
  }
  return d;
}

function square(col: number, row: number): string {
  return `M${MARGIN + col * CELL} ${MARGIN + row * CELL}h${CELL}v${CELL}h-${CELL}z`;
}

/**
 * The colour of the given hue and saturation at the highest lightness (from 50 % down) that
 * still reaches MIN_CONTRAST against the tile. Searching lightness, rather than fixing it,
 * keeps bright hues such as yellow as readable as blue without darkening every colour.
 */
function foregroundColour(hue: number, saturation: number): string {
  for (let lightness = 50; lightness > 0; lightness--) {
    const rgb = hslToRgb(hue, saturation / 100, lightness / 100);
    if (contrastRatio(relativeLuminance(rgb), BACKGROUND_LUMINANCE) >= MIN_CONTRAST) {
      return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    }
  }
  return '#000000';
}

type Rgb = [number, number, number];

function hslToRgb(hue: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
