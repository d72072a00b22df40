import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { bombPng, filesUnder, makeImage, multipartBody, padPng, polyglotGif } from './media.test-support.ts';

const LIMIT = 150_000;
const KEY = /^media\/[0-9a-f]{24}-\d+x\d+\/\d+\.(png|jpg|webp|avif)$/;

interface Uploaded { id: number; url: string; originalName: string; variants: { url: string; width: number; height: number; type: string }[] }

describe.each(DIALECTS)('POST /api/admin/media with hostile files on %s', (dialect) => {
  const ctx = useTestApp(dialect, { mediaMaxBytes: LIMIT });
  let cookie: string;
  const mediaDir = () => join(ctx.services.config.dataDir, 'media');

  beforeAll(async () => {
    await ctx.services.accounts.createUser({ email: 'ed@example.org', name: 'Ed', role: 'editor', password: 'correct horse battery staple' });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'ed@example.org', password: 'correct horse battery staple' } });
    cookie = String(res.headers['set-cookie']).split(';')[0] as string;
  });

  const send = (parts: Parameters<typeof multipartBody>[0]) => {
    const body = multipartBody(parts);
    return ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, cookie } });
  };
  const file = (data: Buffer, filename = 'photo.png', contentType = 'image/png') => [{ name: 'file', filename, contentType, data }];
  const refused = async (res: { statusCode: number; json: () => { error: { code: string } } }, status: number, code: string) => {
    expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
  };

  it('refuses HTML that calls itself a JPEG', async () => {
    const before = filesUnder(mediaDir());
    await refused(await send(file(Buffer.from('<html><script>alert(document.cookie)</script></html>'), 'holiday.jpg', 'image/jpeg')), 415, 'MEDIA_UNSUPPORTED_TYPE');
    expect(filesUnder(mediaDir())).toEqual(before);
  });

  it('refuses an SVG carrying a script, even labelled as PNG', async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>');
    await refused(await send(file(svg, 'logo.svg', 'image/svg+xml')), 415, 'MEDIA_UNSUPPORTED_TYPE');
    await refused(await send(file(svg, 'logo.png', 'image/png')), 415, 'MEDIA_UNSUPPORTED_TYPE');
  });

  it('stores a GIF/JavaScript polyglot only re-encoded, served as an image with nosniff', async () => {
    const polyglot = await polyglotGif();
    const res = await send(file(polyglot, 'x.gif', 'application/javascript'));
    expect(res.statusCode, res.body).toBe(201);
    for (const variant of (res.json() as Uploaded).variants) {
      const served = await ctx.app.inject({ url: variant.url });
      expect(served.headers['content-type']).toMatch(/^image\/(png|webp)$/);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.rawPayload.equals(polyglot)).toBe(false);
      expect(served.rawPayload.includes('alert(1)')).toBe(false);
    }
  });

  it('refuses a 30,000 × 30,000 PNG bomb quickly, leaving nothing on disk', async () => {
    const before = filesUnder(mediaDir());
    const started = performance.now();
    await refused(await send(file(bombPng(30_000, 30_000))), 422, 'MEDIA_TOO_MANY_PIXELS');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(filesUnder(mediaDir())).toEqual(before);
  });

  it('refuses a damaged image with a 4xx, not a 500', async () => {
    const png = await makeImage(200, 100);
    await refused(await send(file(png.subarray(0, 120))), 422, 'MEDIA_INVALID_IMAGE');
  });

  it.each(['../../etc/passwd.png', '..\\..\\x.png', 'a\u0000b.png', `${'x'.repeat(5000)}.png`, '/etc/cron.d/evil.png', '.htaccess', '']
    .map((filename) => ({ filename, label: JSON.stringify(filename.length > 60 ? `${filename.slice(0, 20)}… (${filename.length} characters)` : filename) })))(
    'stores $label under a server-made name, inside the media folder only', async ({ filename }) => {
      const res = await send(file(await makeImage(50, 40), filename));
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as Uploaded;
      expect(body.originalName.length).toBeLessThanOrEqual(200);
      expect(body.originalName).not.toMatch(/[\\/\u0000]|\.\./);
      const all = filesUnder(ctx.services.config.dataDir).filter((path) => !path.startsWith('dateline.sqlite'));
      for (const path of all) expect(path).toMatch(KEY);
    });

  it('accepts a file exactly at the size limit', async () => {
    const exact = padPng(await makeImage(64, 48), LIMIT);
    expect(exact.length).toBe(LIMIT);
    expect((await send(file(exact))).statusCode).toBe(201);
  });

  it('answers 413 one byte over the limit, leaving nothing on disk', async () => {
    const before = filesUnder(mediaDir());
    const over = padPng(await makeImage(64, 48), LIMIT + 1);
    await refused(await send(file(over)), 413, 'MEDIA_FILE_TOO_LARGE');
    expect(filesUnder(mediaDir())).toEqual(before);
  });

  it('strips EXIF and GPS from a phone photo in every stored file', async () => {
    const photo = await sharp(await makeImage(400, 300, 'jpeg'))
      .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Pocket 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 12/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 40/1' } })
      .jpeg().toBuffer();
    const res = await send(file(photo, 'IMG_0001.JPG', 'image/jpeg'));
    expect(res.statusCode, res.body).toBe(201);
    const { variants } = res.json() as Uploaded;
    expect(variants.map((v) => v.type).sort()).toEqual(['image/jpeg', 'image/jpeg', 'image/webp', 'image/webp']);
    for (const variant of variants) {
      const bytes = (await ctx.app.inject({ url: variant.url })).rawPayload;
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.exif, meta.xmp, meta.icc]).toEqual([variant.width, variant.height, undefined, undefined, undefined]);
      expect(bytes.includes('PhoneCo')).toBe(false);
    }
  });

  it('answers malformed requests with 4xx JSON naming the problem', async () => {
    const png = await makeImage(20, 20);
    const json = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: { file: 'x' }, headers: { cookie } });
    await refused(json, 400, 'MEDIA_INVALID_INPUT');
    await refused(await send([{ name: 'alt', value: 'no file' }]), 400, 'MEDIA_FILE_MISSING');
    await refused(await send([...file(png), ...file(png)]), 400, 'MEDIA_INVALID_INPUT');
    await refused(await send([{ name: 'image', filename: 'a.png', data: png }]), 400, 'MEDIA_INVALID_INPUT');
    await refused(await send([...file(png), { name: 'url', value: '/etc/passwd' }]), 400, 'MEDIA_INVALID_INPUT');
    await refused(await send([...file(png), { name: 'alt', value: 'x'.repeat(5000) }]), 400, 'MEDIA_INVALID_INPUT');
    await refused(await send([...file(png), { name: 'credit', value: 'bell\u0007' }]), 400, 'MEDIA_INVALID_INPUT');
    await refused(await send(file(Buffer.alloc(0))), 400, 'MEDIA_FILE_MISSING');
    const broken = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc', headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toMatch(/^MEDIA_/);
  });
});

describe.each(DIALECTS)('50 parallel uploads on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  it('stores every one intact', { timeout: 120_000 }, async () => {
    await ctx.services.accounts.createUser({ email: 'au@example.org', name: 'Au', role: 'author', password: 'correct horse battery staple' });
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'au@example.org', password: 'correct horse battery staple' } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] as string;
    const sizes = Array.from({ length: 50 }, (_, i) => [200 + i * 13, 150 + (i % 7) * 31] as const);
    const responses = await Promise.all(sizes.map(async ([w, h], i) => {
      const body = multipartBody([{ name: 'file', filename: `p${i}.png`, data: await makeImage(w, h, i % 2 ? 'png' : 'jpeg', i) }, { name: 'alt', value: `Picture ${i}` }]);
      return ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, cookie } });
    }));
    expect(responses.map((r) => r.statusCode)).toEqual(sizes.map(() => 201));
    let files = 0;
    for (const [i, res] of responses.entries()) {
      const media = res.json() as Uploaded & { alt: string; originalWidth: number; originalHeight: number };
      expect([media.alt, media.originalWidth, media.originalHeight]).toEqual([`Picture ${i}`, ...(sizes[i] as readonly number[])]);
      for (const variant of media.variants) {
        const meta = await sharp((await ctx.app.inject({ url: variant.url })).rawPayload).metadata();
        expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
        files += 1;
      }
    }
    const list = (await ctx.app.inject({ url: '/api/admin/media?limit=100', headers: { cookie } })).json() as { total: number };
    expect(list.total).toBe(50);
    expect(filesUnder(join(ctx.services.config.dataDir, 'media'))).toHaveLength(files);
  });
});
