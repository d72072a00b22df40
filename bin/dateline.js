#!/usr/bin/env node
// The `dateline` command (also `npm start`, `npx dateline`). It bundles the TypeScript sources
// with esbuild (about a tenth of a second) and runs the bundle: no build step stands between
// `npm ci` and a running site, and no TypeScript loader stays resident in the server's memory.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
if (process.argv[2] === 'serve') {
  // The newsroom web app is built here when its sources changed, so `npm start` needs no build step.
  const { buildAdmin } = await import('./build-admin.js');
  await buildAdmin().catch((error) => {
    // The reader site still starts; /admin/ then says the app is not built.
    process.stderr.write(`dateline: the newsroom web app could not be built: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}
// Inside node_modules so the bundle's imports of packages resolve as the sources' do.
const outDir = join(root, 'node_modules', '.cache', 'dateline');
const outFile = join(outDir, `dateline-${process.pid}-${Date.now()}.mjs`);
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'run.ts')],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'error',
});
try {
  await import(pathToFileURL(outFile).href);
} finally {
  // Loaded modules stay in memory; the file is no longer needed.
  rmSync(outFile, { force: true });
}
