import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite } from './support.ts';

const VNU_JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

// Page types come from the seeded demo, so the site starts while tests are collected.
const site = await startDemoSite();
const dir = mkdtempSync(join(tmpdir(), 'dateline-vnu-'));
const byPage = new Map<string, VnuMessage[]>();

/** Fetches every page type's HTML as served and checks them all in one Nu HTML Checker run (it is slow to start). */
beforeAll(async () => {
  const files: string[] = [];
  for (const { name, path, status } of site.pageTypes) {
    const response = await fetch(site.origin + path);
    expect(response.status, path).toBe(status);
    const file = join(dir, `${name}.html`);
    writeFileSync(file, await response.text());
    files.push(file);
    byPage.set(name, []);
  }
  const { stdout } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], { maxBuffer: 16 * 1024 * 1024 })
    // vnu exits non-zero when it reports errors; its report is still on stdout.
    .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as { messages: VnuMessage[] };
  for (const message of report.messages) {
    const name = message.url ? decodeURIComponent(message.url).split('/').pop()?.replace(/\.html$/, '') ?? '' : '';
    (byPage.get(name) ?? byPage.set(name, []).get(name)!).push(message);
  }
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await site.close();
});

const describeMessage = (m: VnuMessage) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine ?? '?'}: ${m.message}\n    ${(m.extract ?? '').replace(/\s+/g, ' ')}`;

describe('Nu HTML Checker', () => {
  it('reported on every page it was given and nothing else', () => {
    const unknown = byPage.get('') ?? [];
    expect(unknown.map(describeMessage), 'messages not tied to a page').toEqual([]);
  });

  it.each(site.pageTypes)('finds no errors on the $name page ($path)', ({ name }) => {
    const messages = byPage.get(name) ?? [];
    const warnings = messages.filter((m) => m.subType === 'warning');
    if (warnings.length > 0) console.info(`[vnu] ${name}: ${warnings.length} warning(s)\n${warnings.map(describeMessage).join('\n')}`);
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map(describeMessage), errors.map(describeMessage).join('\n')).toEqual([]);
  });
});
