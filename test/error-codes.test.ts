import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ERRORS } from '../src/accounts/index.ts';
import { CONFIG_ERRORS } from '../src/config/index.ts';
import { CONTENT_ERRORS } from '../src/content/index.ts';
import { IMPORT_ERRORS } from '../src/importers/index.ts';
import { DB_ERRORS } from '../src/db/index.ts';
import { MEDIA_ERRORS } from '../src/media/index.ts';
import { COMMENT_ERRORS } from '../src/comments/index.ts';
import { SERVER_ERRORS } from '../src/server/server.errors.ts';
import { SITE_ERRORS } from '../src/site/index.ts';
import { SEARCH_ERRORS } from '../src/search/index.ts';
import { RELATED_ERRORS } from '../src/related/index.ts';
import { TOPIC_ERRORS } from '../src/topics/index.ts';

const declared = { ...ACCOUNTS_ERRORS, ...CONFIG_ERRORS, ...CONTENT_ERRORS, ...IMPORT_ERRORS, ...DB_ERRORS, ...SERVER_ERRORS, ...SITE_ERRORS, ...MEDIA_ERRORS, ...COMMENT_ERRORS, ...RELATED_ERRORS, ...SEARCH_ERRORS, ...TOPIC_ERRORS };
const documented = new Map(
  [...readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z_]+)` \| (\d{3}|—) \|/gm)]
    .map((m) => [m[1] as string, m[2] as string]),
);

describe('docs/errors.md', () => {
  it('documents every declared error code with its status', () => {
    for (const [code, status] of Object.entries(declared)) {
      expect(documented.has(code), `${code} is missing from docs/errors.md`).toBe(true);
      if (documented.get(code) !== '—') expect(documented.get(code)).toBe(String(status));
    }
  });

  it('lists no code that the source does not declare', () => {
    expect([...documented.keys()].filter((code) => !(code in declared))).toEqual([]);
  });
});
