import type { Metadata, OutputInfo, Sharp } from 'sharp';

type SharpFactory = typeof import('sharp');
let sharpModule: Promise<SharpFactory> | null = null;

/**
 * sharp (libvips) is loaded on the first upload, not at start: a server that only reads costs
 * tens of megabytes less resident memory without it.
 */
function loadSharp(): Promise<SharpFactory> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}
import { mediaError } from './media.errors.ts';
import { variantHeight, variantWidths, type OutputFormat } from './media-key.ts';

/** The formats an upload may be, decided from its bytes alone. */
export type SourceFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';

/** WebP cannot encode a side longer than this, so no image may have one. */
export const MAX_SIDE = 16383;

/** An upload whose header has been read and found acceptable. */
export interface InspectedImage {
  format: SourceFormat;
  /** Size after EXIF orientation is applied: what readers will see. */
  width: number;
  height: number;
}

/** One encoded file, ready to store. */
export interface RenderedVariant {
  width: number;
  height: number;
  format: OutputFormat;
  data: Buffer;
}

const ACCEPTED = 'Only JPEG, PNG, WebP, GIF and AVIF images are accepted';

/**
 * The format the bytes announce by their signature, or null. The file name and the declared
 * Content-Type are never consulted: both are whatever the sender chose to say.
 */
export function sniffFormat(bytes: Buffer): SourceFormat | null {
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && isAvifBrand(bytes)) return 'avif';
  return null;
}

// An ISO-BMFF `ftyp` box: major brand, minor version, then compatible brands, four bytes each.
function isAvifBrand(bytes: Buffer): boolean {
  const size = bytes.readUInt32BE(0);
  const end = Math.min(size, bytes.length, 256);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // the minor version, not a brand
    const brand = bytes.subarray(at, at + 4).toString('latin1');
    if (brand === 'avif' || brand === 'avis') return true;
  }
  return false;
}

// What sharp calls each accepted format once it has parsed the header.
const SHARP_FORMAT: Record<SourceFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'heif' };

/**
 * Reads the image header (no pixels are decoded) and checks format and size, so that a
 * decompression bomb is refused before it costs any memory.
 * @throws MEDIA_UNSUPPORTED_TYPE, MEDIA_INVALID_IMAGE, MEDIA_TOO_MANY_PIXELS
 */
export async function inspectImage(bytes: Buffer, maxPixels: number): Promise<InspectedImage> {
  const format = sniffFormat(bytes);
  if (!format) throw mediaError('MEDIA_UNSUPPORTED_TYPE', `${ACCEPTED}; this file is none of them (SVG is never accepted).`, 'file');
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch {
    throw mediaError('MEDIA_INVALID_IMAGE', `The file starts like a ${format.toUpperCase()} image but cannot be read as one.`, 'file');
  }
  // The signature and the parsed header must agree, and an AVIF container must hold AV1 (not HEIC).
  if (metadata.format !== SHARP_FORMAT[format] || (format === 'avif' && metadata.compression !== 'av1')) {
    throw mediaError('MEDIA_UNSUPPORTED_TYPE', `${ACCEPTED}; this file is a ${metadata.format ?? 'different'} image.`, 'file');
  }
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) throw mediaError('MEDIA_INVALID_IMAGE', 'The image has no width or height.', 'file');
  if (width * height > maxPixels || width > MAX_SIDE || height > MAX_SIDE) {
    throw mediaError('MEDIA_TOO_MANY_PIXELS',
      `The image is ${width} × ${height} pixels; at most ${maxPixels.toLocaleString('en')} pixels and ${MAX_SIDE} pixels a side are accepted.`, 'file');
  }
  return { format, width, height };
}

/** A GIF is stored as PNG of its first frame: lossless, and no palette to rebuild. */
export function storedFormatOf(format: SourceFormat): OutputFormat {
  return format === 'gif' ? 'png' : format;
}

/**
 * Decodes the image once (EXIF orientation applied, colours converted to sRGB, every
 * metadata block dropped) and encodes each responsive width in WebP and in the stored format.
 * @throws MEDIA_INVALID_IMAGE when the pixel data is corrupt
 */
export async function renderVariants(bytes: Buffer, image: InspectedImage, maxPixels: number): Promise<RenderedVariant[]> {
  const widths = variantWidths(image.width);
  const largest = widths[widths.length - 1] as number;
  const sharp = await loadSharp();
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize(largest, variantHeight(image.width, image.height, largest), { fit: 'fill' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw mediaError('MEDIA_INVALID_IMAGE', 'The image data is damaged and cannot be decoded.', 'file');
  }
  const { data, info } = decoded;
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const stored = storedFormatOf(image.format);
  const jobs = widths.flatMap((width) => (['webp', stored] as const).map(async (format): Promise<RenderedVariant> => {
    const height = variantHeight(image.width, image.height, width);
    const pipeline = sharp(data, { raw }).resize(width, height, { fit: 'fill' });
    return { width, height, format, data: await encode(pipeline, format).toBuffer() };
  }));
  return Promise.all(jobs);
}

// Quality settings chosen for news photos: visually clean, and fast enough to run per upload.
function encode(pipeline: Sharp, format: OutputFormat): Sharp {
  switch (format) {
    case 'webp': return pipeline.webp({ quality: 80, effort: 4 });
    case 'jpeg': return pipeline.jpeg({ quality: 82, progressive: true });
    case 'png': return pipeline.png({ compressionLevel: 8 });
    case 'avif': return pipeline.avif({ quality: 55, effort: 2 });
  }
}
