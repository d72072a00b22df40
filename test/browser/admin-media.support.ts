import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect } from 'vitest';
import sharp from 'sharp';
import type { BrowserContext, Page } from 'playwright-core';
import { origin, WAIT } from './admin.support.ts';

/** What the Admin API answers for one image (the fields these tests read). */
export interface MediaJson { id: number; url: string; alt: string; caption: string; originalName: string; createdBy: number | null }

/** A small solid-colour image of the given format. */
export function makeImage(width: number, height: number, colour: string, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })[format]().toBuffer();
}

/** Uploads straight through the API (as the signed-in user of `context`), to set up a case. */
export async function uploadByApi(context: BrowserContext, name: string, text: { caption?: string; alt?: string } = {}): Promise<MediaJson> {
  const res = await context.request.post(`${origin}/api/admin/media`, {
    headers: { origin }, multipart: { file: { name, mimeType: 'image/png', buffer: await makeImage(480, 320, '#2f7d5b') }, ...text },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as MediaJson;
}

/** The whole library as the API lists it, newest first. */
export async function libraryByApi(context: BrowserContext, q = ''): Promise<MediaJson[]> {
  const res = await context.request.get(`${origin}/api/admin/media?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: MediaJson[] }).items;
}

/** Files given to the page's "Choose files" button through the browser's own file chooser. */
export async function chooseFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[], scope = page.locator('body')): Promise<void> {
  const button = scope.getByRole('button', { name: 'Choose files' });
  // The first screen a fresh server sends can be slow while other suites share the machine.
  await button.waitFor({ timeout: 60_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), button.click()]);
  await chooser.setFiles(files);
}

/** Drags a file onto the drop zone as the browser would: dragenter, dragover, then drop. */
export async function dropFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, mimeType, bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
    return transfer;
  }, { name: file.name, mimeType: file.mimeType, bytes: Array.from(file.buffer) });
  const zone = page.locator('.media-dropzone');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
}

/**
 * Drops a file of `bytes` zero bytes, made in the page: a file of 20 MiB need not cross from the
 * test to the browser.
 */
export async function dropBlankFile(page: Page, name: string, bytes: number): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
    return transfer;
  }, { name, bytes });
  const zone = page.locator('.media-dropzone');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
}

/** The row of one file in the upload list. */
export function uploadRow(page: Page, name: string) {
  return page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: name });
}

const HARNESS_PATH = '/admin/__media-picker-harness';
const HARNESS = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MediaPicker } from './media/media-picker.tsx';
import { NoticeProvider } from './ui/notices.tsx';
import './app/admin.css';
function Harness() {
  const [open, setOpen] = useState(true);
  const [picked, setPicked] = useState(null);
  return (
    <main className="content">
      <h1>The image picker, as the editor uses it</h1>
      <button type="button" className="button" onClick={() => setOpen(true)}>Open the picker</button>
      <output id="picked">{picked ? String(picked.id) : ''}</output>
      <MediaPicker open={open} onClose={() => setOpen(false)} onPick={setPicked} />
    </main>
  );
}
createRoot(document.getElementById('root')).render(<NoticeProvider><Harness /></NoticeProvider>);
`;

let bundle: Promise<{ js: string; css: string }> | undefined;

/**
 * A page holding only the picker, as the editor will (the editor does not use it yet). It is
 * bundled here from the app's sources and served by the browser context at an address under
 * /admin/ on the real site, so the picker talks to the real Admin API with the session cookie;
 * nothing of it is part of the app.
 */
export async function openPickerHarness({ context, page }: { context: BrowserContext; page: Page }): Promise<void> {
  bundle ??= build({
    stdin: { contents: HARNESS, loader: 'tsx', resolveDir: fileURLToPath(new URL('../../admin/src/', import.meta.url)), sourcefile: 'harness.tsx' },
    bundle: true, write: false, format: 'esm', jsx: 'automatic', outdir: 'harness', entryNames: 'harness', logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((result) => ({
    js: result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '',
    css: result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  }));
  const { js, css } = await bundle;
  await context.route(`${origin}${HARNESS_PATH}**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: js });
    if (path.endsWith('.css')) return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Picker</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${HARNESS_PATH}/h.css"></head>
<body><div id="root"></div><script type="module" src="${HARNESS_PATH}/h.js"></script></body></html>` });
  });
  await page.goto(`${origin}${HARNESS_PATH}`);
}
