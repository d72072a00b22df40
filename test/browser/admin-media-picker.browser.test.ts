import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, setUpNewsroom, shot, WAIT } from './admin.support.ts';
import { chooseFiles, libraryByApi, makeImage, openPickerHarness, uploadByApi, uploadRow } from './admin-media.support.ts';

setUpNewsroom({ seed: false });

// Uploads are decoded and resized on a two-core machine that other suites share.
const SLOW = 180_000;

describe('the image picker', () => {
  it('uploads two images inside the picker and hands back the one chosen with "Use this image"', async () => {
    const open = await openAs('editor', '/account');
    const { page, context, problems } = open;
    await openPickerHarness(open);
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await picker.getByRole('searchbox', { name: 'Search images' }).waitFor(WAIT);
    await chooseFiles(page, [
      { name: 'pier.png', mimeType: 'image/png', buffer: await makeImage(800, 500, '#1abc9c') },
      { name: 'beach.png', mimeType: 'image/png', buffer: await makeImage(800, 500, '#f1c40f') },
    ], picker);
    for (const name of ['pier.png', 'beach.png']) await expect.poll(() => uploadRow(page, name).textContent(), WAIT).toContain('Uploaded');
    await expect.poll(() => picker.getByRole('status').filter({ hasText: 'uploaded' }).textContent(), WAIT).toBe('2 images uploaded.');
    const beach = (await libraryByApi(context)).find((m) => m.originalName === 'beach.png');
    expect(beach).toBeDefined();
    await uploadRow(page, 'beach.png').getByRole('button', { name: /Use this image/ }).click();
    await expect.poll(() => page.locator('#picked').textContent(), WAIT).toBe(String(beach?.id));
    expect(await picker.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('moves through the grid with the arrow keys, picks with Enter, and searches', async () => {
    const open = await openAs('editor', '/account');
    const { page, context, problems } = open;
    for (const caption of ['Ferry leaving port', 'Ferry timetable board', 'Town hall']) await uploadByApi(context, `${caption}.png`, { caption });
    const library = await libraryByApi(context);
    await openPickerHarness(open);
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    const cards = picker.getByRole('list', { name: 'Images' }).getByRole('button');
    await cards.first().waitFor(WAIT);
    await cards.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The grid lists newest first, as the API does: the second card is the library's second image.
    await expect.poll(() => page.locator('#picked').textContent(), WAIT).toBe(String(library[1]?.id));

    await page.getByRole('button', { name: 'Open the picker' }).click();
    await picker.getByRole('searchbox', { name: 'Search images' }).fill('ferry');
    await expect.poll(() => picker.getByRole('status').filter({ hasText: 'match' }).textContent(), WAIT).toBe('2 images match “ferry”');
    await cards.last().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const ferries = await libraryByApi(context, 'ferry');
    await expect.poll(() => page.locator('#picked').textContent(), WAIT).toBe(String(ferries[0]?.id));
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('has no accessibility violations, desktop light and phone dark', async () => {
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const open = await openAs('editor', '/account', { viewport, dark, axe: true });
      await uploadByApi(open.context, `picker-${viewport}.png`);
      await openPickerHarness(open);
      const picker = open.page.getByRole('dialog', { name: 'Choose an image' });
      await picker.getByRole('list', { name: 'Images' }).waitFor(WAIT);
      await chooseFiles(open.page, [{ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('no image here') }], picker);
      await expect.poll(() => uploadRow(open.page, 'broken.png').textContent(), WAIT).toContain('Not uploaded');
      await expectAccessible(open.page);
      await shot(open.page, `media-picker-${viewport}`);
      await open.context.close();
    }
  }, SLOW);
});
