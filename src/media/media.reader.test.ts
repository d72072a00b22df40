import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { buildArticle, buildSection } from '../../test/support/factories.ts';
import { makeImage, multipartBody } from './media.test-support.ts';

interface Uploaded { id: number; url: string; image: { url: string; alt: string; caption: string; credit: string; width: number; height: number } }

describe.each(DIALECTS)('reader pages with Dateline media images on %s', (dialect) => {
  const ctx = useTestApp(dialect);
  let media: Uploaded;
  let sectionSlug: string;
  let articlePath: string;

  beforeAll(async () => {
    await ctx.services.accounts.createUser({ email: 'ed@example.org', name: 'Ed', role: 'editor', password: 'correct horse battery staple' });
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: 'ed@example.org', password: 'correct horse battery staple' } });
    const body = multipartBody([{ name: 'file', filename: 'a.jpg', data: await makeImage(2000, 1000, 'jpeg') }, { name: 'alt', value: 'Crowds at the station' }]);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/admin/media', payload: body.payload, headers: { ...body.headers, cookie: String(signIn.headers['set-cookie']).split(';')[0] as string } });
    media = res.json() as Uploaded;
    sectionSlug = await buildSection(ctx.services.writer);
    for (let i = 0; i < 3; i += 1) {
      const built = await buildArticle(ctx.services.writer, { sectionSlug, image: media.image, publishedAt: `2026-11-1${i}T09:00:00.000Z` });
      articlePath = `/${sectionSlug}/${built.slug}/`;
    }
  });

  const widths = [320, 640, 1024, 1600];

  it('gives the featured image WebP and JPEG srcsets, its size, and loads it first', async () => {
    const html = (await ctx.app.inject({ url: articlePath })).body;
    const prefix = media.url.split('/')[2];
    const figure = /<figure class="featured-image">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    expect(figure).toContain(`<source type="image/webp" srcset="${widths.map((w) => `/media/${prefix}/${w}.webp ${w}w`).join(', ')}" sizes="`);
    expect(figure).toContain(`srcset="${widths.map((w) => `/media/${prefix}/${w}.jpg ${w}w`).join(', ')}"`);
    expect(figure).toMatch(/<img [^>]*width="1600" height="800"/);
    expect(figure).toContain('alt="Crowds at the station"');
    expect(figure).toContain('fetchpriority="high"');
    expect(figure).not.toContain('loading="lazy"');
  });

  it('lazy-loads list cards below the first two, each with the variants read from the URL alone', async () => {
    // With the media row gone, the cards still list every variant: nothing was looked up per card.
    await ctx.services.handle.db.deleteFrom('media').where('id', '=', media.id).execute();
    const html = (await ctx.app.inject({ url: `/${sectionSlug}/` })).body;
    const cards = html.match(/<picture>[\s\S]*?<\/picture>/g) ?? [];
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => /loading="(\w+)"/.exec(c)?.[1])).toEqual(['eager', 'eager', 'lazy']);
    for (const card of cards) {
      expect(card).toContain('type="image/webp"');
      expect(card).toContain('1600.webp 1600w');
      expect(card).toMatch(/width="1600" height="800"/);
      expect(card).toContain('decoding="async"');
    }
  });

  it('leaves images from elsewhere as a plain <img>', async () => {
    const built = await buildArticle(ctx.services.writer, { image: { url: 'https://images.example.org/x.jpg', alt: 'Elsewhere', caption: '', credit: '', width: 800, height: 600 } });
    const html = (await ctx.app.inject({ url: `/${built.sectionSlug}/${built.slug}/` })).body;
    expect(html).toMatch(/<img [^>]*src="https:\/\/images\.example\.org\/x\.jpg"/);
    expect(html).not.toContain('<picture>');
  });
});
