#!/usr/bin/env node
// Builds the newsroom web app (admin/) with Vite into admin/dist/, unless the sources are
// unchanged since the last build. `npm start`, `dateline serve` and the test setup call it, so
// the two README commands still do everything and an unchanged app costs a hash, not a build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const adminDir = join(root, 'admin');
const outDir = join(adminDir, 'dist');
const stampFile = join(outDir, '.source-hash');

function* sourceFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === outDir || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else yield path;
  }
}

/** A hash of everything the build reads: the app's sources, the locked dependency versions and this script. */
export function adminSourceHash() {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(adminDir), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds admin/dist when it is missing or stale; resolves to true when it built. */
export async function buildAdmin({ force = false, quiet = false } = {}) {
  const hash = adminSourceHash();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return false;
  const started = Date.now();
  if (!quiet) process.stderr.write('dateline: building the newsroom web app (admin/) …\n');
  const { build } = await import('vite');
  // Vite follows NODE_ENV: under a test runner (NODE_ENV=test) it would ship React's development
  // build, three times the size. The app is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(adminDir, 'vite.config.ts'), mode: 'production', logLevel: quiet ? 'silent' : 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(stampFile, hash);
  if (!quiet) process.stderr.write(`dateline: newsroom web app built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAdmin({ force: process.argv.includes('--force') });
}
