// Readers of the machine documents for the feed and sitemap tests: a real feed parser and xmllint.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect } from 'vitest';

export { parseFeed };

/** Absolute path of a schema: the sitemaps.org one shipped with `sitemap`, or ours under test/fixtures/xsd/. */
export function schemaPath(name: 'sitemap' | 'sitemap-index' | 'news-sitemap'): string {
  if (name === 'sitemap') return fileURLToPath(new URL('../../../node_modules/sitemap/schema/sitemap.xsd', import.meta.url));
  return fileURLToPath(new URL(`../../../test/fixtures/xsd/${name}.xsd`, import.meta.url));
}

/** Runs xmllint on `xml` (well-formedness, and the schema when given); returns its complaints. */
export function xmllint(xml: string, schema?: string): { ok: boolean; errors: string } {
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), '-'];
  const run = spawnSync('xmllint', args, { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { ok: run.status === 0, errors: run.stderr };
}

/** Asserts that `xml` is well-formed (and valid against `schema` when given). */
export function expectValidXml(xml: string, schema?: string, where = '') {
  const result = xmllint(xml, schema);
  expect(result.errors, where).toBe(schema ? '- validates\n' : '');
  expect(result.ok, where).toBe(true);
}

/** The text of every `<name>` element (no nesting), entities decoded. */
export function xmlTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => decodeXml(m[1] ?? ''));
}

function decodeXml(text: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text.trim());
  if (cdata) return (cdata[1] ?? '').replace(/\]\]\]\]><!\[CDATA\[>/g, ']]>');
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}
