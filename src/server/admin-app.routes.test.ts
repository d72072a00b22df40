import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { adminAppRoutes } from './admin-app.routes.ts';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-admin-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/admin/assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  return dir;
}

async function appWith(options: { setupDue?: boolean; distDir: string }) {
  const app = Fastify();
  await app.register(adminAppRoutes, { isSetupDue: async () => options.setupDue ?? false, distDir: options.distDir });
  return app;
}

describe('the newsroom web app routes', () => {
  it('answers every address under /admin/ with the app page, revalidated and not indexed', async () => {
    const app = await appWith({ distDir: fakeBuild() });
    for (const url of ['/admin/', '/admin/articles', '/admin/articles/some-story', '/admin/reset-password?token=x']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['x-robots-tag']).toBe('noindex');
    }
    expect((await app.inject('/admin')).headers.location).toBe('/admin/');
  });

  it('serves hashed assets for a year and 404s a missing one rather than the page', async () => {
    const app = await appWith({ distDir: fakeBuild() });
    const asset = await app.inject('/admin/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/admin/assets/index-gone.js')).statusCode).toBe(404);
  });

  it('sends /admin/ to first-run setup while the site has no users', async () => {
    const app = await appWith({ distDir: fakeBuild(), setupDue: true });
    const res = await app.inject('/admin/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/setup');
  });

  it('says plainly how to build the app when it is missing', async () => {
    const app = await appWith({ distDir: join(tmpdir(), 'dateline-no-such-build') });
    const res = await app.inject('/admin/articles');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm start');
  });
});
