import { describe, expect, it } from 'vitest';
import { newPrefix, parseKey, responsiveSources, variantKey, variantWidths } from './media-key.ts';

describe('variantWidths', () => {
  it('offers the standard widths below the image and the image width capped at 1600', () => {
    expect(variantWidths(4000)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(1600)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(1200)).toEqual([320, 640, 1024, 1200]);
    expect(variantWidths(640)).toEqual([320, 640]);
  });

  it('never upscales a small image and always keeps one width', () => {
    expect(variantWidths(200)).toEqual([200]);
    expect(variantWidths(1)).toEqual([1]);
  });
});

describe('parseKey', () => {
  const prefix = newPrefix(4000, 3000);

  it('reads back the size and format a key was made with', () => {
    expect(parseKey(variantKey(prefix, 640, 'webp'))).toEqual({ prefix, width: 4000, height: 3000, variantWidth: 640, format: 'webp' });
  });

  it.each([
    '../../etc/passwd', `${prefix}/../../../etc/passwd`, `${prefix}/640.jpg\u0000.png`, `${prefix}/640.svg`, `${prefix}/640.html`,
    `${prefix}\\640.jpg`, `/${prefix}/640.jpg`, `${prefix}/0640.jpg`, `${prefix}/640.jpg/`, '', `${prefix.toUpperCase()}/640.jpg`,
  ])('refuses %j', (key) => {
    expect(parseKey(key)).toBeNull();
  });
});

describe('responsiveSources', () => {
  it('lists every variant of a Dateline image from its URL alone', () => {
    const prefix = newPrefix(2000, 1000);
    const sources = responsiveSources(`/media/${prefix}/1600.jpg`);
    expect(sources).toEqual({
      width: 1600, height: 800, src: `/media/${prefix}/1600.jpg`,
      srcset: [320, 640, 1024, 1600].map((w) => `/media/${prefix}/${w}.jpg ${w}w`).join(', '),
      webpSrcset: [320, 640, 1024, 1600].map((w) => `/media/${prefix}/${w}.webp ${w}w`).join(', '),
    });
  });

  it('keeps the host of an absolute URL', () => {
    const prefix = newPrefix(300, 200);
    expect(responsiveSources(`https://cdn.example.org/media/${prefix}/300.png`)?.srcset).toBe(`https://cdn.example.org/media/${prefix}/300.png 300w`);
  });

  it('leaves other images alone', () => {
    expect(responsiveSources('https://example.org/photo.jpg')).toBeNull();
    expect(responsiveSources('/static/media/x.jpg')).toBeNull();
    expect(responsiveSources('/media/not-a-key.jpg')).toBeNull();
  });
});
