import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A multipart/form-data body for `app.inject`: text fields and file parts in the order given. */
export function multipartBody(parts: ({ name: string; value: string } | { name: string; filename: string; contentType?: string; data: Buffer })[]) {
  const boundary = `----dateline${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = 'data' in part
      ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`
      : `Content-Disposition: form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`, 'latin1'), 'data' in part ? part.data : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A photo-like image of the given size and format. */
export async function makeImage(width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'gif' | 'avif' = 'png', seed = 0): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 31 + seed * 97 + Math.floor(i / (width * 3)) * 7) & 0xff;
  return sharp(noise, { raw: { width, height, channels: 3 } }).toFormat(format).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG of exactly `bytes` bytes: `png` with a private ancillary chunk before IEND. */
export function padPng(png: Buffer, bytes: number): Buffer {
  const iend = png.length - 12;
  const padding = bytes - png.length - 12;
  if (padding < 0) throw new Error('the PNG is already larger than that');
  return Buffer.concat([png.subarray(0, iend), pngChunk('prVt', Buffer.alloc(padding, 0x61)), png.subarray(iend)]);
}

/**
 * A PNG whose header says `width` × `height` pixels, followed by a few bytes of compressed
 * zero rows: a decompression bomb in a few hundred bytes.
 */
export function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  // The first rows only, all zero: a valid stream that compresses to almost nothing.
  const idat = deflateSync(Buffer.alloc((width + 1) * 16));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Bytes that are a GIF and also a JavaScript program (`GIF89a/*…*\/=1;alert(1)//`): the
 * logical screen size spells the comment opener, an image follows, and the comment closes
 * after the GIF trailer, where decoders stop reading.
 */
export async function polyglotGif(): Promise<Buffer> {
  const gif = await makeImage(16, 8, 'gif');
  // Header (6) + logical screen width written as "/*" (0x2f 0x2a): 10799 px wide.
  const patched = Buffer.from(gif);
  patched[6] = 0x2f;
  patched[7] = 0x2a;
  if (patched.includes('*/')) throw new Error('comment closer inside the GIF data; change the image');
  return Buffer.concat([patched, Buffer.from('*/=1;alert(1)//', 'latin1')]);
}

/** Every file below `dir` (relative paths), or [] when it does not exist. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}
