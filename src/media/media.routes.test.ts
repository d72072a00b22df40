import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import type { Role } from '../accounts/index.ts';
import { makeImage, multipartBody } from './media.test-support.ts';

const ROLES: Role[] = ['administrator', 'editor', 'author', 'contributor', 'moderator'];
const PASSWORD = 'correct horse battery staple';
const MAY_UPLOAD: Record<Role, boolean> = { administrator: true, editor: true, author: true, contributor: false, moderator: false };

interface MediaJsonShape { id: number; url: string; width: number; height: number; alt: string; caption: string; credit: string; variants: { url: string; width: number; height: number; type: string }[] }

describe.each(DIALECTS)('Admin API media on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<string, string>();
  let png: Buffer;

  beforeAll(async () => {
    for (const who of [...ROLES, 'author2']) {
      const email = `${who}@example.org`;
      await ctx.services.accounts.createUser({ email, name: who, role: who === 'author2' ? 'author' : (who as Role), password: PASSWORD });
      const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email, password: PASSWORD } });
      cookies.set(who, String(res.headers['set-cookie']).split(';')[0] as string);
    }
    png = await makeImage(900, 600, 'png');
  });

  const upload = (who: string | null, parts = [{ name: 'file', filename: 'photo.png', data: png }] as Parameters<typeof multipartBody>[0]) => {
    const body = multipartBody(parts);
    return ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, ...(who ? { cookie: cookies.get(who) as string } : {}) } });
  };
  const as = (who: string) => ({ cookie: cookies.get(who) as string });

  for (const role of ROLES) {
    it(`${MAY_UPLOAD[role] ? 'lets' : 'stops'} ${role} upload an image`, async () => {
      const res = await upload(role);
      expect(res.statusCode, res.body).toBe(MAY_UPLOAD[role] ? 201 : 403);
      if (!MAY_UPLOAD[role]) expect(res.json().error.code).toBe('ACCOUNTS_FORBIDDEN');
    });
  }

  it('answers 401 to an upload without a session', async () => {
    const res = await upload(null);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('ACCOUNTS_NOT_SIGNED_IN');
  });

  it('stores the text fields and answers with every variant and the image to put in an article', async () => {
    const res = await upload('author', [
      { name: 'alt', value: 'Flood water on the high street' }, { name: 'file', filename: 'flood.png', data: png },
      { name: 'caption', value: 'The river rose overnight.' }, { name: 'credit', value: 'Ana Ruiz' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const media = res.json() as MediaJsonShape & { image: Record<string, unknown>; format: string; originalName: string };
    expect(res.headers.location).toBe(`/api/admin/media/${media.id}`);
    expect(media).toMatchObject({ width: 900, height: 600, format: 'png', originalName: 'flood.png', alt: 'Flood water on the high street', caption: 'The river rose overnight.', credit: 'Ana Ruiz' });
    expect(media.url).toMatch(/^\/media\/[0-9a-f]{24}-900x600\/900\.png$/);
    expect(media.image).toEqual({ url: media.url, alt: media.alt, caption: media.caption, credit: media.credit, width: 900, height: 600 });
    expect(media.variants.map((v) => `${v.width}x${v.height} ${v.type}`).sort()).toEqual(
      ['320x213 image/png', '320x213 image/webp', '640x427 image/png', '640x427 image/webp', '900x600 image/png', '900x600 image/webp'].sort());
  });

  it('serves each variant with its content type, nosniff and a year of immutable caching', async () => {
    const media = (await upload('editor')).json() as MediaJsonShape;
    for (const variant of media.variants) {
      const res = await ctx.app.inject({ url: variant.url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(variant.type);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(res.rawPayload).metadata();
      expect([`image/${meta.format}`, meta.width, meta.height]).toEqual([variant.type, variant.width, variant.height]);
    }
    const head = await ctx.app.inject({ method: 'HEAD', url: media.url });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('image/png');
  });

  it.each(['/media/../../etc/passwd', '/media/%2e%2e/%2e%2e/etc/passwd', '/media/%00', '/media/x%00.png', '/media/', '/media/%zz',
    '/media/0123456789abcdef01234567-10x10/10.png', `/media/${'a'.repeat(500)}`, '/media/..%5c..%5cwin.ini'])('serves nothing, and no 500, for %s', async (url) => {
    const res = await ctx.app.inject({ url });
    // Dot segments are resolved before routing: `/media/../../etc/passwd` is the reader URL /etc/passwd (301 to /etc/passwd/, a 404).
    expect([301, 400, 404]).toContain(res.statusCode);
    expect(String(res.headers['content-type'])).not.toMatch(/^image\//);
  });

  it('lists the library newest first, page by page', async () => {
    const first = await ctx.app.inject({ url: '/api/admin/media?limit=2', headers: as('author') });
    expect(first.statusCode).toBe(200);
    const page = first.json() as { items: MediaJsonShape[]; page: number; limit: number; total: number; pageCount: number };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    const bad = await ctx.app.inject({ url: '/api/admin/media?limit=1000', headers: as('author') });
    expect(bad.statusCode).toBe(400);
    expect((await ctx.app.inject({ url: '/api/admin/media', headers: as('contributor') })).statusCode).toBe(403);
  });

  it('reads one image and answers 404 for an unknown or malformed id', async () => {
    const media = (await upload('author')).json() as MediaJsonShape;
    expect((await ctx.app.inject({ url: `/api/admin/media/${media.id}`, headers: as('editor') })).json()).toMatchObject({ id: media.id });
    const missing = await ctx.app.inject({ url: '/api/admin/media/999999999', headers: as('editor') });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'MEDIA_NOT_FOUND']);
    for (const id of ['abc', '0', '-1', '1e3', '99999999999999999999']) {
      expect((await ctx.app.inject({ url: `/api/admin/media/${id}`, headers: as('editor') })).statusCode).toBe(400);
    }
  });

  it('changes alt, caption and credit for the uploader and for editors, not for other authors', async () => {
    const media = (await upload('author')).json() as MediaJsonShape;
    const patch = (who: string, payload: unknown) => ctx.app.inject({ method: 'PATCH', url: `/api/admin/media/${media.id}`, headers: as(who), payload: payload as object });
    const own = await patch('author', { alt: 'New alt' });
    expect([own.statusCode, own.json().alt, own.json().caption]).toEqual([200, 'New alt', '']);
    expect((await patch('editor', { credit: 'Desk' })).json().credit).toBe('Desk');
    expect((await patch('author2', { alt: 'Mine now' })).statusCode).toBe(403);
    const unknown = await patch('author', { url: '/etc/passwd' });
    expect([unknown.statusCode, unknown.json().error.property]).toEqual([400, 'url']);
    expect((await patch('author', { alt: 'x'.repeat(501) })).statusCode).toBe(400);
    expect((await patch('author', { alt: 'nul\u0000byte' })).statusCode).toBe(400);
    expect((await patch('author', {})).statusCode).toBe(400);
  });

  it('deletes the row and every file, and only for the uploader or an editor', async () => {
    const media = (await upload('author')).json() as MediaJsonShape;
    const remove = (who: string) => ctx.app.inject({ method: 'DELETE', url: `/api/admin/media/${media.id}`, headers: as(who) });
    expect((await remove('author2')).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: media.url })).statusCode).toBe(200);
    expect((await remove('editor')).statusCode).toBe(204);
    for (const variant of media.variants) expect((await ctx.app.inject({ url: variant.url })).statusCode).toBe(404);
    expect((await remove('editor')).statusCode).toBe(404);
  });

  it('documents the media routes, the upload form included, in the Admin API OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ url: '/api/admin/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>> };
    expect(Object.keys(doc.paths['/api/admin/media'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/admin/media/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    const form = doc.paths['/api/admin/media']?.post?.requestBody?.content['multipart/form-data']?.schema.properties;
    expect(Object.keys(form ?? {}).sort()).toEqual(['alt', 'caption', 'credit', 'file']);
  });

  it('refuses uploads from another site', async () => {
    const body = multipartBody([{ name: 'file', filename: 'a.png', data: png }]);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, ...as('editor'), origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
  });
});
