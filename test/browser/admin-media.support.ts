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

/**
 * Opens the picker the way a journalist does: a new article, its featured image, "Choose image"
 * (the settings sidebar starts closed on a phone).
 */
export async function openPickerFromEditor(page: Page): Promise<void> {
  await page.goto(`${origin}/admin/articles/new`);
  const choose = page.locator('#featured-image-choose');
  const settings = page.getByRole('button', { name: 'Article settings', expanded: false });
  await page.locator('#headline').waitFor({ timeout: 60_000 });
  if (await settings.count()) await settings.click();
  await choose.click();
  await page.getByRole('dialog', { name: 'Choose an image' }).getByRole('searchbox', { name: 'Search images' }).waitFor(WAIT);
}

/** What the editor's featured image field holds after a pick: its file and its alt text. */
export async function featuredImage(page: Page): Promise<{ src: string | null; alt: string }> {
  const alt = page.locator('#image-alt');
  if ((await alt.count()) === 0) return { src: null, alt: '' };
  return { src: await page.locator('.featured-image img').getAttribute('src'), alt: await alt.inputValue() };
}
