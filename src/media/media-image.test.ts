import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectImage, renderVariants, sniffFormat } from './media-image.ts';
import { bombPng, makeImage, polyglotGif } from './media.test-support.ts';

const MAX_PIXELS = 50_000_000;

describe('inspectImage', () => {
  it.each(['png', 'jpeg', 'webp', 'gif', 'avif'] as const)('accepts a %s image by its bytes', async (format) => {
    expect(await inspectImage(await makeImage(40, 30, format), MAX_PIXELS)).toEqual({ format, width: 40, height: 30 });
  });

  it('refuses HTML, whatever the file is called', async () => {
    await expect(inspectImage(Buffer.from('<!doctype html><script>alert(1)</script>'), MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
  });

  it('refuses SVG, even a well-formed one', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expect(inspectImage(svg, MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE', status: 415 });
  });

  it('refuses formats sharp could read but Dateline does not take (TIFF)', async () => {
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#123456' } }).tiff().toBuffer();
    expect(sniffFormat(tiff)).toBeNull();
    await expect(inspectImage(tiff, MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED_TYPE' });
  });

  it('refuses a file that only starts like an image', async () => {
    await expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]), MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_INVALID_IMAGE' });
  });

  it('refuses a 30,000 × 30,000 PNG from its header, fast and without decoding it', async () => {
    const bomb = bombPng(30_000, 30_000);
    expect(bomb.length).toBeLessThan(2000);
    const started = performance.now();
    const before = process.memoryUsage().rss;
    await expect(inspectImage(bomb, MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_TOO_MANY_PIXELS', status: 422 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a side longer than WebP can hold even under the pixel limit', async () => {
    await expect(inspectImage(bombPng(20_000, 10), MAX_PIXELS)).rejects.toMatchObject({ code: 'MEDIA_TOO_MANY_PIXELS' });
  });
});

describe('renderVariants', () => {
  it('makes every width in WebP and the stored format, each decoding at its stated size', async () => {
    const source = await makeImage(1300, 650, 'jpeg');
    const variants = await renderVariants(source, await inspectImage(source, MAX_PIXELS), MAX_PIXELS);
    expect(variants.map((v) => `${v.width}x${v.height}.${v.format}`).sort()).toEqual(
      ['320x160.jpeg', '320x160.webp', '640x320.jpeg', '640x320.webp', '1024x512.jpeg', '1024x512.webp', '1300x650.jpeg', '1300x650.webp'].sort());
    for (const v of variants) {
      const meta = await sharp(v.data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([v.format, v.width, v.height]);
    }
  });

  it('applies EXIF orientation, then drops EXIF, GPS and ICC data', async () => {
    const base = await makeImage(60, 40, 'jpeg');
    const tagged = await sharp(base)
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .withIccProfile('p3')
      .jpeg().toBuffer();
    const taggedMeta = await sharp(tagged).metadata();
    // The GPS IFD pointer (tag 0x8825), in either byte order, and a wide-gamut profile: the upload carries both.
    expect(taggedMeta.exif?.includes(Buffer.from([0x88, 0x25])) || taggedMeta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(taggedMeta.icc).toBeDefined();
    const image = await inspectImage(tagged, MAX_PIXELS);
    expect([image.width, image.height]).toEqual([40, 60]);
    for (const v of await renderVariants(tagged, image, MAX_PIXELS)) {
      const meta = await sharp(v.data).metadata();
      expect([meta.width, meta.height]).toEqual([40, 60]);
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(v.data.includes('Camera')).toBe(false);
    }
  });

  it('re-encodes a GIF that is also JavaScript, so the stored bytes are not the uploaded ones', async () => {
    const polyglot = await polyglotGif();
    expect(() => new Function(polyglot.toString('latin1'))).not.toThrow();
    const variants = await renderVariants(polyglot, await inspectImage(polyglot, MAX_PIXELS), MAX_PIXELS);
    expect(variants.map((v) => v.format).sort()).toEqual(['png', 'webp']);
    for (const v of variants) {
      expect(v.data.equals(polyglot)).toBe(false);
      expect(v.data.includes('alert(1)')).toBe(false);
      expect(sniffFormat(v.data)).toBe(v.format);
    }
  });
});
