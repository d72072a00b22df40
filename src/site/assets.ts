import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public folder served under /static/. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/static/', import.meta.url));

/** URLs of the one stylesheet and one script, versioned by content so they can be cached for a year. */
export function loadAssetUrls(): { css: string; js: string } {
  const version = (file: string) => createHash('sha1').update(readFileSync(PUBLIC_DIR + file)).digest('hex').slice(0, 10);
  return { css: `/static/site.css?v=${version('site.css')}`, js: `/static/site.js?v=${version('site.js')}` };
}
