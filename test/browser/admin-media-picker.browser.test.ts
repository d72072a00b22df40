import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, setUpNewsroom, shot, WAIT } from './admin.support.ts';
import { chooseFiles, featuredImage, libraryByApi, makeImage, openPickerFromEditor, uploadByApi, uploadRow } from './admin-media.support.ts';

// The sections and authors a new article needs are the demo's.
setUpNewsroom();

// Uploads are decoded and resized on a two-core machine that other suites share.
const SLOW = 180_000;

describe('the image picker, opened from the article editor', () => {
  it('uploads two images inside the picker and gives the editor the one chosen with "Use this image"', async () => {
    const { page, context, problems } = await openAs('editor', '/account');
    await openPickerFromEditor(page);
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await chooseFiles(page, [
      { name: 'pier.png', mimeType: 'image/png', buffer: await makeImage(800, 500, '#1abc9c') },
      { name: 'beach.png', mimeType: 'image/png', buffer: await makeImage(800, 500, '#f1c40f') },
    ], picker);
    for (const name of ['pier.png', 'beach.png']) await expect.poll(() => uploadRow(page, name).textContent(), WAIT).toContain('Uploaded');
    await expect.poll(() => picker.getByRole('status').filter({ hasText: 'uploaded' }).textContent(), WAIT).toBe('2 images uploaded.');
    const beach = (await libraryByApi(context)).find((m) => m.originalName === 'beach.png');
    await uploadRow(page, 'beach.png').getByRole('button', { name: /Use this image/ }).click();
    await expect.poll(() => picker.isVisible(), WAIT).toBe(false);
    expect((await featuredImage(page)).src).toBe(beach?.url);
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('moves through the grid with the arrow keys, picks with Enter, and searches', async () => {
    const { page, context, problems } = await openAs('editor', '/account');
    for (const caption of ['Ferry leaving port', 'Ferry timetable board', 'Town hall']) {
      await uploadByApi(context, `${caption}.png`, { caption, alt: `Photo: ${caption.toLowerCase()}` });
    }
    const library = await libraryByApi(context);
    await openPickerFromEditor(page);
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    const cards = picker.getByRole('list', { name: 'Images' }).getByRole('button');
    await cards.first().waitFor(WAIT);
    await cards.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The grid lists newest first, as the API does: the second card is the library's second image.
    await expect.poll(() => featuredImage(page), WAIT).toEqual({ src: library[1]?.url, alt: library[1]?.alt });

    await page.getByRole('button', { name: 'Change image' }).click();
    await picker.getByRole('searchbox', { name: 'Search images' }).fill('ferry');
    await expect.poll(() => picker.getByRole('status').filter({ hasText: 'match' }).textContent(), WAIT).toBe('2 images match “ferry”');
    await cards.last().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const ferry = (await libraryByApi(context, 'ferry'))[0];
    await expect.poll(() => featuredImage(page), WAIT).toEqual({ src: ferry?.url, alt: ferry?.alt });
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('has no accessibility violations, desktop light and phone dark', async () => {
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs('editor', '/account', { viewport, dark, axe: true });
      await uploadByApi(context, `picker-${viewport}.png`);
      await openPickerFromEditor(page);
      const picker = page.getByRole('dialog', { name: 'Choose an image' });
      await picker.getByRole('list', { name: 'Images' }).waitFor(WAIT);
      await chooseFiles(page, [{ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('no image here') }], picker);
      await expect.poll(() => uploadRow(page, 'broken.png').textContent(), WAIT).toContain('Not uploaded');
      await expectAccessible(page);
      await shot(page, `media-picker-${viewport}`);
      await context.close();
    }
  }, SLOW);
});
