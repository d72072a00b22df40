import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { findProjectRoot } from '../common/project-root.ts';
import { buildCompressedResponse, sendCachedPage } from './page-response.ts';

/** The public folder served under /static/ (with a trailing slash). */
export const PUBLIC_DIR = join(findProjectRoot(), 'public', 'static') + '/';

const ASSETS = { 'site.css': 'text/css; charset=utf-8', 'site.js': 'text/javascript; charset=utf-8' } as const;

/** URLs of the one stylesheet and one script, versioned by content so they can be cached for a year. */
export function loadAssetUrls(): { css: string; js: string } {
  const version = (file: string) => createHash('sha1').update(readFileSync(PUBLIC_DIR + file)).digest('hex').slice(0, 10);
  return { css: `/static/site.css?v=${version('site.css')}`, js: `/static/site.js?v=${version('site.js')}` };
}

/**
 * The stylesheet and script, read once and kept compressed: every page asks for them, and their
 * URLs change with their content, so they may be cached for a year.
 */
export const assetRoutes: FastifyPluginAsync = async (app) => {
  for (const [file, contentType] of Object.entries(ASSETS)) {
    const response = buildCompressedResponse(readFileSync(PUBLIC_DIR + file), [], {
      'content-type': contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    });
    app.get(`/static/${file}`, { schema: { hide: true } }, async (request, reply) => sendCachedPage(request, reply, response));
  }
};
