import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/db-matrix.ts';
import { PUBLIC_DIR } from './assets.ts';

describe.each(DIALECTS)('GET /static/site.css and site.js on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  it('sends the stylesheet compressed, cacheable for a year, and 304 when unchanged', async () => {
    const res = await ctx.app.inject({ url: '/static/site.css?v=x', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(readFileSync(`${PUBLIC_DIR}site.css`, 'utf8'));
    const again = await ctx.app.inject({ url: '/static/site.css', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('links the versioned asset URLs from every page', async () => {
    const page = await ctx.app.inject('/');
    const { css, js } = (await ctx.services.site.siteView()).assets;
    expect(page.body).toContain(`href="${css}"`);
    expect(page.body).toContain(`src="${js}"`);
    expect((await ctx.app.inject(js)).headers['content-type']).toMatch(/^text\/javascript/);
  });
});
