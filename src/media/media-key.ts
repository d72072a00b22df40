import { randomBytes } from 'node:crypto';

/**
 * Where an image's files live and what their URLs say. A key names one stored file:
 * `<random hex>-<width>x<height>/<variant width>.<ext>`. The folder part carries the
 * oriented size of the image, so a template holding only the URL can list every variant
 * (and give the <img> its width and height) without asking the database.
 */

/** The formats Dateline stores; an uploaded GIF is stored as PNG (see README, Media). */
export type OutputFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** The widths readers are offered; never more than the image's own width. */
export const MEDIA_WIDTHS = [320, 640, 1024, 1600] as const;

/** Public path under which stored files are served. */
export const MEDIA_PATH = '/media/';

const EXTENSION: Record<OutputFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };
const FORMAT_OF_EXTENSION: Record<string, OutputFormat> = { jpg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif' };
const CONTENT_TYPE: Record<OutputFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

// Sides stay under five digits: the 16383 px WebP limit caps every image anyway.
const PREFIX = '[0-9a-f]{24}-([1-9][0-9]{0,4})x([1-9][0-9]{0,4})';
const KEY_PATTERN = new RegExp(`^(${PREFIX})/([1-9][0-9]{0,4})\\.(jpg|png|webp|avif)$`);

/** One stored file of an image. */
export interface Variant {
  key: string;
  width: number;
  height: number;
  format: OutputFormat;
  bytes: number;
}

/** A key parsed back into what it says about its image. */
export interface ParsedKey {
  prefix: string;
  /** Oriented size of the whole image. */
  width: number;
  height: number;
  /** Width of this file. */
  variantWidth: number;
  format: OutputFormat;
}

/** A new, unguessable folder name for an image of this (oriented) size. */
export function newPrefix(width: number, height: number): string {
  return `${randomBytes(12).toString('hex')}-${width}x${height}`;
}

/** The key of one variant file. */
export function variantKey(prefix: string, width: number, format: OutputFormat): string {
  return `${prefix}/${width}.${EXTENSION[format]}`;
}

/** Parses a key; null for anything that is not exactly a key Dateline makes (no `..`, no odd bytes). */
export function parseKey(key: string): ParsedKey | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const [, prefix, width, height, variantWidth, extension] = match;
  const format = FORMAT_OF_EXTENSION[extension as string];
  if (!prefix || !format) return null;
  return { prefix, width: Number(width), height: Number(height), variantWidth: Number(variantWidth), format };
}

/** The Content-Type of a stored format. */
export function contentTypeOf(format: OutputFormat): string {
  return CONTENT_TYPE[format];
}

/**
 * The widths an image of `width` px is stored at: each of {@link MEDIA_WIDTHS} below its own
 * width, plus its own width capped at the largest. Never upscaled; never empty.
 */
export function variantWidths(width: number): number[] {
  const largest = MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1] as number;
  const widths: number[] = MEDIA_WIDTHS.filter((w) => w < width && w < largest);
  widths.push(Math.min(width, largest));
  return widths;
}

/** The height of the variant `variantWidth` px wide, keeping the aspect ratio. */
export function variantHeight(width: number, height: number, variantWidth: number): number {
  return Math.max(1, Math.round((height * variantWidth) / width));
}

/** The public path of a stored file. */
export function mediaUrl(key: string): string {
  return MEDIA_PATH + key;
}

/** The sources a template offers for a Dateline media image. */
export interface ResponsiveSources {
  /** Size of the largest file (the `src`), for the <img> width and height attributes. */
  width: number;
  height: number;
  /** `url 320w, url 640w, …` in WebP. */
  webpSrcset: string;
  /** The same widths in the stored original format. */
  srcset: string;
  /** The largest original-format file, for `src`. */
  src: string;
}

/**
 * When `url` (a path or an absolute URL on any host) points at a Dateline media file, every
 * variant it has, derived from the URL alone; otherwise null.
 */
export function responsiveSources(url: string): ResponsiveSources | null {
  const at = url.indexOf(MEDIA_PATH);
  if (at === -1 || (at > 0 && !/^https?:\/\/[^/]+$/i.test(url.slice(0, at)))) return null;
  const parsed = parseKey(url.slice(at + MEDIA_PATH.length));
  if (!parsed) return null;
  const base = url.slice(0, at);
  const widths = variantWidths(parsed.width);
  const list = (format: OutputFormat) => widths.map((w) => `${base}${mediaUrl(variantKey(parsed.prefix, w, format))} ${w}w`).join(', ');
  const largest = widths[widths.length - 1] as number;
  return {
    width: largest,
    height: variantHeight(parsed.width, parsed.height, largest),
    webpSrcset: list('webp'),
    srcset: list(parsed.format),
    src: base + mediaUrl(variantKey(parsed.prefix, largest, parsed.format)),
  };
}
