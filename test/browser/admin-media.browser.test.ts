import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';
import { chooseFiles, dropBlankFile, dropFile, libraryByApi, makeImage, uploadByApi, uploadRow } from './admin-media.support.ts';

setUpNewsroom({ seed: false });

// Uploads are decoded and resized on a two-core machine that other suites share.
const SLOW = 180_000;
// Waiting for a screen just navigated to, while other suites load the machine.
const FIRST_SCREEN = { timeout: 60_000 };

const png = async (name: string, colour: string) => ({ name, mimeType: 'image/png', buffer: await makeImage(640, 400, colour) });

describe('the media library screen', () => {
  it('uploads images chosen with the button and one dropped on the zone, each to a full progress bar, and stores them', async () => {
    const { page, context, problems } = await openAs('editor', '/media');
    await chooseFiles(page, [await png('quay-at-dawn.png', '#2a6fdb'), { name: 'crowd.jpg', mimeType: 'image/jpeg', buffer: await makeImage(1200, 800, '#c0392b', 'jpeg') }]);
    await dropFile(page, await png('dropped-lifeboat.png', '#16a085'));
    for (const name of ['quay-at-dawn.png', 'crowd.jpg', 'dropped-lifeboat.png']) {
      await expect.poll(() => uploadRow(page, name).textContent(), WAIT).toContain('Uploaded');
      expect(await uploadRow(page, name).locator('progress').getAttribute('value')).toBe('100');
    }
    // The chosen files and the dropped one end as one batch or, on a slow machine, two.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /uploaded\./ }).textContent(), WAIT).toMatch(/^(3 images|1 image) uploaded\.$/);
    const stored = (await libraryByApi(context)).map((m) => m.originalName);
    expect(stored).toEqual(expect.arrayContaining(['quay-at-dawn.png', 'crowd.jpg', 'dropped-lifeboat.png']));
    // The grid shows the new images without a reload, each flagged until it has alt text.
    const card = page.getByRole('button', { name: /dropped-lifeboat\.png/ });
    await expect.poll(() => card.textContent(), WAIT).toContain('Needs alt text');
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('says beside each refused file why it was refused, and still uploads the others', async () => {
    const { page, context } = await openAs('editor', '/media');
    const before = (await libraryByApi(context)).length;
    await chooseFiles(page, [
      { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('Minutes of the council meeting, not a picture.\n') },
      await png('good-one.png', '#8e44ad'),
    ]);
    // One byte over the default 20 MiB limit: refused for its size before its bytes are judged.
    await dropBlankFile(page, 'huge-scan.jpg', 20 * 1024 * 1024 + 1);
    await expect.poll(() => uploadRow(page, 'good-one.png').textContent(), WAIT).toContain('Uploaded');
    await expect.poll(() => uploadRow(page, 'notes.png').textContent(), WAIT).toMatch(/Not uploaded: Only JPEG, PNG, WebP, GIF and AVIF images are accepted/);
    await expect.poll(() => uploadRow(page, 'huge-scan.jpg').textContent(), { timeout: 60_000 }).toMatch(/Not uploaded: The file is over the 20971520-byte limit/);
    expect(await uploadRow(page, 'notes.png').locator('progress').count()).toBe(0);
    // The chosen files and the dropped one may end as one batch or two: the last summary names a refusal.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'not uploaded' }).textContent(), WAIT)
      .toMatch(/(huge-scan\.jpg was|2 files were) not uploaded; the reason is beside/);
    const after = await libraryByApi(context);
    expect(after.length).toBe(before + 1);
    expect(after.map((m) => m.originalName)).not.toContain('notes.png');
    await context.close();
  }, SLOW);

  it('saves alt text, caption and credit from the details dialog, and the flag goes', async () => {
    const { page, context, problems } = await openAs('editor', '/');
    const item = await uploadByApi(context, 'harbour-wall.png', { caption: 'Storm damage' });
    await page.goto(`${origin}/admin/media`);
    const card = page.getByRole('button', { name: /harbour-wall\.png/ });
    await card.click();
    const dialog = page.getByRole('dialog', { name: 'Image details' });
    await expect.poll(() => dialog.textContent(), WAIT).toContain('Needs alt text');
    expect(await dialog.getByLabel('Caption').inputValue()).toBe('Storm damage');
    await dialog.getByLabel('Alt text').fill('Waves breaking over the harbour wall at high tide');
    await dialog.getByLabel('Credit').fill('Photo: Ana Lima');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), WAIT).toBe('Saved.');
    expect(await dialog.textContent()).not.toContain('Needs alt text');
    const res = await context.request.get(`${origin}/api/admin/media/${item.id}`);
    expect(await res.json()).toMatchObject({ alt: 'Waves breaking over the harbour wall at high tide', caption: 'Storm damage', credit: 'Photo: Ana Lima' });
    // Closing returns focus to the image it was opened from, which is no longer flagged.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), WAIT).toBe('harbour-wall.png');
    expect(await card.textContent()).not.toContain('Needs alt text');
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('searches by caption and pages through the results', async () => {
    const { page, context, problems } = await openAs('editor', '/');
    await uploadByApi(context, 'IMG_0001.png', { caption: 'Lifeboat crew at Porthdinllaen' });
    await uploadByApi(context, 'IMG_0002.png', { caption: 'Market day in the square' });
    const bytes = await makeImage(64, 48, '#34495e');
    // One more than a page of 24, straight through the service: the browser's part is the paging.
    for (let n = 1; n <= 25; n++) await services.media.upload({ bytes, fileName: `regatta-${n}.png`, caption: `Regatta heat ${n}` }, null);
    await page.goto(`${origin}/admin/media`);
    const search = page.getByRole('searchbox', { name: 'Search images' });
    await search.fill('porthdinllaen');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent(), WAIT).toBe('1 image matches “porthdinllaen”');
    const grid = page.getByRole('list', { name: 'Images' });
    expect(await grid.getByRole('button').allTextContents()).toEqual(['IMG_0001.pngNeeds alt text']);

    await search.fill('REGATTA');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent(), WAIT).toBe('25 images match “REGATTA”');
    expect(await grid.getByRole('button').count()).toBe(24);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Page 2 of 2').count(), WAIT).toBe(1);
    // Newest first: the first one stored is alone on the last page.
    await expect.poll(() => grid.getByRole('button').allTextContents(), WAIT).toEqual(['regatta-1.pngNeeds alt text']);

    await search.fill('no such words');
    await expect.poll(() => page.getByText('No image matches “no such words”.').count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('says why a delete was refused, and keeps the dialog open', async () => {
    const { page, context } = await openAs('editor', '/');
    const item = await uploadByApi(context, 'gone-meanwhile.png');
    await page.goto(`${origin}/admin/media`);
    await page.getByRole('button', { name: /gone-meanwhile\.png/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Image details' });
    await dialog.getByRole('button', { name: 'Delete image' }).click();
    // Someone else deletes it while the question is on screen.
    expect((await context.request.delete(`${origin}/api/admin/media/${item.id}`, { headers: { origin } })).status()).toBe(204);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), WAIT).toMatch(/^Not deleted: .+/);
    expect(await dialog.isVisible()).toBe(true);
    await context.close();
  }, SLOW);

  it('deletes an image after asking, and moves focus to the image that took its place', async () => {
    const { page, context, problems } = await openAs('editor', '/');
    const older = await uploadByApi(context, 'keep-me.png');
    const doomed = await uploadByApi(context, 'delete-me.png');
    await page.goto(`${origin}/admin/media`);
    await page.getByRole('button', { name: /delete-me\.png/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Image details' });
    await dialog.getByRole('button', { name: 'Delete image' }).click();
    await expect.poll(() => dialog.getByRole('group').textContent(), WAIT).toContain('Delete “delete-me.png” for good?');
    // The question is asked where focus is: on its confirming button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
    expect((await context.request.get(`${origin}/api/admin/media/${doomed.id}`)).status()).toBe(404);
    expect((await context.request.get(`${origin}/api/admin/media/${older.id}`)).status()).toBe(200);
    await expect.poll(() => page.getByRole('button', { name: /delete-me\.png/ }).count(), WAIT).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('media-card') ?? false), WAIT).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, SLOW);

  it('shows an author another person\'s image without the means to change or delete it', async () => {
    const editor = await openAs('editor', '/');
    await uploadByApi(editor.context, 'editors-photo.png');
    await editor.context.close();
    const { page, context } = await openAs('author', '/media');
    await page.getByRole('button', { name: /editors-photo\.png/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Image details' });
    await expect.poll(() => dialog.getByLabel('Alt text').isDisabled(), WAIT).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Delete image' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await context.close();
  }, SLOW);

  it('gives a contributor no media screen, and the API refuses them too', async () => {
    const { page, context } = await openAs('contributor', '/media');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Your role does not allow this.');
    expect(await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Media' }).count()).toBe(0);
    expect((await context.request.get(`${origin}/api/admin/media`)).status()).toBe(403);
    await context.close();
  }, SLOW);

  it('has no accessibility violations: grid, uploads, details and delete question, desktop light and phone dark', async () => {
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs('editor', '/account', { viewport, dark, axe: true });
      await uploadByApi(context, `library-${viewport}.png`, { alt: 'A green rectangle', caption: 'Test card' });
      await page.goto(`${origin}/admin/media`);
      await page.getByRole('list', { name: 'Images' }).waitFor(FIRST_SCREEN);
      await chooseFiles(page, [await png(`axe-${viewport}.png`, '#d35400'), { name: 'not-an-image.png', mimeType: 'image/png', buffer: Buffer.from('text') }]);
      await expect.poll(() => uploadRow(page, 'not-an-image.png').textContent(), WAIT).toContain('Not uploaded');
      await expect.poll(() => uploadRow(page, `axe-${viewport}.png`).textContent(), WAIT).toContain('Uploaded');
      await expectAccessible(page);
      await shot(page, `media-${viewport}`);
      await page.getByRole('button', { name: new RegExp(`axe-${viewport}`) }).click();
      const dialog = page.getByRole('dialog', { name: 'Image details' });
      await dialog.getByLabel('Alt text').waitFor(WAIT);
      await expectAccessible(page);
      await shot(page, `media-details-${viewport}`);
      await dialog.getByRole('button', { name: 'Delete image' }).click();
      await expectAccessible(page);
      await context.close();
    }
  }, SLOW);
});
