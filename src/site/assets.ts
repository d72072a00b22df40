import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../common/project-root.ts';

/** The public folder served under /static/ (with a trailing slash). */
export const PUBLIC_DIR = join(findProjectRoot(), 'public', 'static') + '/';

/** URLs of the one stylesheet and one script, versioned by content so they can be cached for a year. */
export function loadAssetUrls(): { css: string; js: string } {
  const version = (file: string) => createHash('sha1').update(readFileSync(PUBLIC_DIR + file)).digest('hex').slice(0, 10);
  return { css: `/static/site.css?v=${version('site.css')}`, js: `/static/site.js?v=${version('site.js')}` };
}
