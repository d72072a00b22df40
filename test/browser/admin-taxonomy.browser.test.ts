import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildArticle } from '../support/factories.ts';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

type Json = Record<string, unknown>;

/** The Admin API as the signed-in page's own session sees it. */
async function apiGet(page: Page, path: string): Promise<Json> {
  const res = await page.request.get(`${origin}/api/admin${path}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Json;
}

async function sectionOrder(page: Page): Promise<string[]> {
  return ((await apiGet(page, '/sections?limit=100')).items as Json[]).map((s) => String(s.slug));
}

/** Where an old public address points: the Location of its 301, or its status when it does not redirect. */
async function redirectOf(page: Page, path: string): Promise<string> {
  const res = await page.request.get(`${origin}${encodeURI(path)}`, { maxRedirects: 0 });
  return res.status() === 301 ? new URL(res.headers().location ?? '', origin).pathname : String(res.status());
}

const focusedMove = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.move ?? '');

/** At 375 px nothing may push the page sideways (a table scrolls inside its own frame). */
async function expectNoSideScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

describe('the sections screen', { timeout: 180_000 }, () => {
  it('lets an editor create a section, rename its slug (the old address redirects), reorder it and delete it moving its articles', async () => {
    const { page, context, problems } = await openAs('editor', '/sections');
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'New section' }).click();
    await dialog.getByLabel('Name').fill('Harbour Life & Tides');
    // The slug is shown as the address it makes, before anything is saved.
    await expect.poll(() => dialog.locator('code').textContent(), WAIT).toBe('/harbour-life-tides/');
    await dialog.getByLabel('Description').fill('The quay, the boats and the people on them.');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByText('Section “Harbour Life & Tides” created.').count(), WAIT).toBe(1);
    // New sections join the end of the navigation.
    expect((await sectionOrder(page)).at(-1)).toBe('harbour-life-tides');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New section');

    await page.getByRole('button', { name: 'Edit “Harbour Life & Tides”' }).click();
    await dialog.getByLabel('Slug').fill('Waterfront');
    await expect.poll(() => dialog.getByRole('note').textContent(), WAIT).toContain('The old address /harbour-life-tides/ will redirect to /waterfront/');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Section “Harbour Life & Tides” saved.').count(), WAIT).toBe(1);
    expect(await redirectOf(page, '/harbour-life-tides/')).toBe('/waterfront/');

    // Move up with the mouse, then again with the keyboard: focus stays on the moved section's button.
    const before = await sectionOrder(page);
    await page.getByRole('button', { name: 'Move up “Harbour Life & Tides”' }).click();
    await expect.poll(() => sectionOrder(page), WAIT).toEqual([...before.slice(0, -2), 'waterfront', before.at(-2)]);
    await expect.poll(() => focusedMove(page), WAIT).toBe('waterfront:-1');
    await page.keyboard.press('Enter');
    await expect.poll(() => sectionOrder(page), WAIT).toEqual([...before.slice(0, -3), 'waterfront', ...before.slice(-3, -1)]);
    await expect.poll(() => page.getByText(`moved up to position ${before.length - 2} of ${before.length}`).count(), WAIT).toBe(1);
    await expect.poll(() => focusedMove(page), WAIT).toBe('waterfront:-1');

    const filed = await buildArticle(services.writer, { sectionSlug: 'waterfront' });
    await page.reload();
    await page.getByRole('button', { name: 'Delete “Harbour Life & Tides”' }).click();
    await expect.poll(() => dialog.textContent(), WAIT).toContain('1 article is filed in “Harbour Life & Tides”');
    // Deleting without a choice is refused next to the select.
    await dialog.getByRole('button', { name: 'Move 1 article and delete' }).click();
    await expect.poll(() => dialog.getByText('Choose where its articles go.').count(), WAIT).toBeGreaterThan(0);
    await dialog.getByLabel('Move its articles to').selectOption('news');
    await dialog.getByRole('button', { name: 'Move 1 article and delete' }).click();
    await expect.poll(() => page.getByText('Articles moved to “News”; section “Harbour Life & Tides” deleted.').count(), WAIT).toBe(1);
    expect(await sectionOrder(page)).toEqual(before.slice(0, -1));
    expect((await apiGet(page, `/articles/${filed.slug}`)).section).toMatchObject({ slug: 'news' });
    expect(await redirectOf(page, '/waterfront/')).toBe('/news/');
    // The row is gone; focus lands on the count, which reads the new total.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('tx-count');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a refused slug next to the field', async () => {
    const { page, context } = await openAs('editor', '/sections');
    await page.getByRole('button', { name: 'New section' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), WAIT).toContain('Enter a name.');
    await dialog.getByLabel('Name').fill('Politics');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.locator('.field-error').textContent(), WAIT).toContain('Another section has the slug "politics"');
    expect(await dialog.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Slug').fill('feed');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.locator('.field-error').textContent(), WAIT).toContain('reserved');
    await page.keyboard.press('Escape');
    expect(await sectionOrder(page)).not.toContain('feed');
    await context.close();
  });
});

describe('the tags screen', { timeout: 180_000 }, () => {
  it('finds a tag and merges it into another: its articles follow and its address redirects', async () => {
    const { page, context, problems } = await openAs('editor', '/tags');
    const before = (await apiGet(page, '/articles?tag=budget&limit=100')).items as Json[];
    expect(before.length).toBeGreaterThan(0);
    await page.getByLabel('Find tags').fill('budg');
    await expect.poll(() => page.locator('.tx-count').textContent(), WAIT).toBe('1 tag matches “budg”');
    await page.getByRole('button', { name: 'Merge “Budget”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge tag “Budget”' });
    await dialog.getByLabel('Find a tag').fill('council');
    await dialog.getByLabel('Merge into').selectOption('city-council');
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.getByText('Tag “Budget” merged into “City Council”.').count(), WAIT).toBe(1);
    expect(((await apiGet(page, '/tags?q=budget')).items as Json[])).toEqual([]);
    const after = ((await apiGet(page, '/articles?tag=city-council&limit=100')).items as Json[]).map((a) => a.slug);
    for (const article of before) expect(after).toContain(article.slug);
    expect(await redirectOf(page, '/tag/budget/')).toBe('/tag/city-council/');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('deletes a tag in use by taking it off its articles, when that is the choice', async () => {
    const { page, context } = await openAs('editor', '/tags');
    await page.getByLabel('Find tags').fill('weather');
    await page.getByRole('button', { name: 'Delete “Weather”' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Remove the tag from them').check();
    await dialog.getByRole('button', { name: /^Remove from \d+ articles? and delete$/ }).click();
    await expect.poll(() => page.getByText('Tag “Weather” deleted.').count(), WAIT).toBe(1);
    expect((await apiGet(page, '/articles?tag=weather')).total).toBe(0);
    expect(await redirectOf(page, '/tag/weather/')).toBe('404');
    await context.close();
  });
});

describe('the authors screen', { timeout: 180_000 }, () => {
  it('creates an author with a biography and deletes one that has no articles', async () => {
    const { page, context } = await openAs('administrator', '/authors');
    await page.getByRole('button', { name: 'New author' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Zoë Quillfeather');
    await expect.poll(() => dialog.locator('code').textContent(), WAIT).toBe('/author/zoe-quillfeather/');
    await dialog.getByLabel('Biography').fill('Covers the port authority.');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByText('Author “Zoë Quillfeather” created.').count(), WAIT).toBe(1);
    expect((await apiGet(page, '/authors?q=quill')).items).toEqual([expect.objectContaining({ slug: 'zoe-quillfeather', bio: 'Covers the port authority.', articleCount: 0 })]);
    await page.getByLabel('Find authors').fill('quill');
    await page.getByRole('button', { name: 'Delete “Zoë Quillfeather”' }).click();
    await expect.poll(() => dialog.textContent(), WAIT).toContain('is not used by any article');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText('Author “Zoë Quillfeather” deleted.').count(), WAIT).toBe(1);
    expect((await apiGet(page, '/authors?q=quill')).total).toBe(0);
    await context.close();
  });
});

describe('the taxonomy screens for everyone', { timeout: 180_000 }, () => {
  it.each([['desktop', false], ['phone', true]] as const)('have no accessibility violations in any state (%s, dark: %s)', async (viewport, dark) => {
    const { page, context } = await openAs('editor', '/sections', { viewport, dark, axe: true });
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'Move up “Politics”' }).waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `sections-${viewport}`);
    await expectNoSideScroll(page);

    await page.getByRole('button', { name: 'Edit “Politics”' }).click();
    await dialog.getByLabel('Slug').fill('politics-and-power');
    await dialog.getByRole('note').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `section-edit-${viewport}`);
    await expectNoSideScroll(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Delete “Politics”' }).click();
    await dialog.getByLabel('Move its articles to').waitFor(WAIT);
    await dialog.getByRole('button', { name: /^Move \d+ articles and delete$/ }).click();
    await dialog.getByText('Choose where its articles go.').first().waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `section-delete-${viewport}`);
    await expectNoSideScroll(page);
    await page.keyboard.press('Escape');
    // The dialog hands focus back to the button that opened it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Delete “Politics”');

    await page.goto(`${origin}/admin/tags`);
    await page.getByRole('button', { name: 'Delete “City Council”' }).click();
    await dialog.getByRole('group').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `tag-delete-${viewport}`);
    await expectNoSideScroll(page);
    await page.keyboard.press('Escape');
    await page.getByLabel('Find tags').fill('zzz-nothing');
    await expect.poll(() => page.locator('.tx-count').textContent(), WAIT).toBe('0 tags match “zzz-nothing”');
    await expectAccessible(page);

    await page.goto(`${origin}/admin/authors`);
    await page.getByRole('button', { name: 'New author' }).click();
    await dialog.getByLabel('Biography').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `author-new-${viewport}`);
    await expectNoSideScroll(page);
    await context.close();
  }, 240_000);
});
