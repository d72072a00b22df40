#!/usr/bin/env node
// Prints what the newsroom web app makes a browser download on first load, compressed with
// gzip as the server or a CDN sends it: the list screens (the entry and what it imports) and
// the editor (that plus the lazily loaded editor chunk). Reads Vite's manifest of admin/dist.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'admin', 'dist');
const EDITOR_SOURCE = 'src/editor/editor-screen.tsx';

/** Every file a manifest entry loads at once: its script, static imports and stylesheets. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

function filesOf(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    const entry = manifest[key];
    if (!entry) continue;
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
  }
  return [...files];
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** First-load sizes of the list screens and of the editor, in bytes (raw and gzip). */
export function adminBundleSizes() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('admin/dist has no entry: build it first (node bin/build-admin.js)');
  const list = closure(manifest, entryKey);
  const editor = closure(manifest, EDITOR_SOURCE, new Set(list));
  return { list: measure(filesOf(manifest, [...list])), editor: measure(filesOf(manifest, [...editor])) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { buildAdmin } = await import('./build-admin.js');
  await buildAdmin({ quiet: true });
  const sizes = adminBundleSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('newsroom app, first load    gzip       raw   files');
  for (const [name, size] of Object.entries({ 'list screens': sizes.list, editor: sizes.editor })) {
    console.log(`${name.padEnd(26)} ${kb(size.gzip).padStart(9)} ${kb(size.raw).padStart(10)}   ${size.files.length}`);
  }
}
