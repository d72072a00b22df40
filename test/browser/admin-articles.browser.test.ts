import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '../../src/accounts/index.ts';
import type { ArticleInput } from '../../src/content/index.ts';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

const EMBARGO = '2026-12-20T09:00:00.000Z';
// Beside the 51 published demo stories: the editor's drafts (one embargoed), one scheduled, one in review, and the contributor's own.
// The tests run in order on one newsroom: the first three only read; the later ones change states.
const EXTRA: { slug: string; headline: string; section: string; by: Role; status?: 'draft' | 'in_review' | 'scheduled'; embargoUntil?: string; publishedAt?: string }[] = [
  { slug: 'ferry-timetable', headline: 'Ferry timetable changes from January', section: 'news', by: 'editor' },
  { slug: 'harbour-dredging', headline: 'Harbour dredging starts next week', section: 'news', by: 'editor' },
  { slug: 'budget-vote', headline: 'Budget vote: what to expect', section: 'politics', by: 'editor', embargoUntil: EMBARGO },
  { slug: 'shipyard-apprentices', headline: 'Shipyard apprenticeships double', section: 'business', by: 'editor', status: 'scheduled', publishedAt: '2026-12-01T08:00:00.000Z' },
  { slug: 'tide-gauge', headline: 'Tide gauge readings questioned', section: 'science', by: 'editor', status: 'in_review' },
  { slug: 'lighthouse-letters', headline: 'Letters from the lighthouse', section: 'culture', by: 'contributor' },
];

async function userId(role: Role): Promise<number> {
  const row = await services.handle.db.selectFrom('users').select('id').where('email', '=', `${role}@example.org`).executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  for (const e of EXTRA) {
    const input: ArticleInput = {
      headline: e.headline, slug: e.slug, sectionSlug: e.section, authorSlugs: ['ruth-achterberg'], status: e.status ?? 'draft',
      publishedAt: e.publishedAt ?? null, embargoUntil: e.embargoUntil ?? null,
    };
    await services.writer.createArticle(input, await userId(e.by));
  }
});

const statusOf = async (slug: string) => (await services.content.getArticleForEditing(slug)).status;
const headlines = (page: Page) => page.locator('table.articles-table tbody td.articles-headline a').allTextContents();
const search = (page: Page) => new URL(page.url()).search;
const countText = (page: Page) => page.locator('p.articles-count').textContent();
// Exact, because headlines such as "State of the harbour" also name their row's checkbox.
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

/** What the API lists for the signed-in page's user, to compare the screen with. */
async function listed(page: Page, query: string): Promise<{ total: number; items: { headline: string }[] }> {
  const res = await page.context().request.get(`${origin}/api/admin/articles${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

describe('the newsroom app: the articles list', () => {
  it('filters by state, section and text; the address keeps each step, Back restores it', async () => {
    const { page, context, problems } = await openAs('editor', '/articles');
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    expect(await headlines(page)).toHaveLength(20);

    await field(page, 'State').selectOption('draft');
    await expect.poll(() => search(page), WAIT).toBe('?status=draft');
    await expect.poll(() => countText(page), WAIT).toBe('4 articles match');
    expect(new Set(await page.locator('table.articles-table tbody .badge').allTextContents())).toEqual(new Set(['Draft']));

    await field(page, 'Section').selectOption('news');
    await expect.poll(() => search(page), WAIT).toBe('?status=draft&section=news');
    const drafts = (await listed(page, '?status=draft&section=news')).items.map((i) => i.headline);
    expect(new Set(drafts)).toEqual(new Set(['Harbour dredging starts next week', 'Ferry timetable changes from January']));
    await expect.poll(() => headlines(page), WAIT).toEqual(drafts);

    await field(page, 'Search headlines and addresses').fill('ferry');
    await expect.poll(() => search(page), WAIT).toBe('?status=draft&q=ferry&section=news');
    await expect.poll(() => headlines(page), WAIT).toEqual(['Ferry timetable changes from January']);
    await expect.poll(() => countText(page), WAIT).toBe('1 article matches');

    await page.goBack();
    await expect.poll(() => search(page), WAIT).toBe('?status=draft&section=news');
    await expect.poll(() => headlines(page), WAIT).toHaveLength(2);
    expect(await field(page, 'Search headlines and addresses').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => search(page), WAIT).toBe('?status=draft');
    await expect.poll(() => countText(page), WAIT).toBe('4 articles match');
    expect(await field(page, 'Section').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => search(page), WAIT).toBe('');
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    expect(await field(page, 'State').inputValue()).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens a shared link with its filters set, and pages through with Back returning', async () => {
    const { page, context, problems } = await openAs('editor', '/articles?section=culture&author=amelie-fournier-reid');
    const expected = await listed(page, '?section=culture&author=amelie-fournier-reid');
    await expect.poll(() => countText(page), WAIT).toBe(`${expected.total} articles match`);
    expect(await field(page, 'Section').inputValue()).toBe('culture');
    expect(await field(page, 'Author').inputValue()).toBe('amelie-fournier-reid');
    expect(await headlines(page)).toEqual(expected.items.map((i) => i.headline));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => search(page), WAIT).toBe('?page=2');
    const second = await listed(page, '?page=2');
    await expect.poll(() => headlines(page), WAIT).toEqual(second.items.map((i) => i.headline));
    expect(await page.getByText('Page 2 of 3', { exact: true }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => search(page), WAIT).toBe('');
    await expect.poll(() => page.getByText('Page 1 of 3', { exact: true }).count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('sorts by headline, A to Z and back, and says so on the column', async () => {
    const { page, context, problems } = await openAs('editor', '/articles');
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    await field(page, 'Order').selectOption('-headline');
    await expect.poll(() => search(page), WAIT).toBe('?sort=-headline');
    const ascending = (await listed(page, '?sort=-headline')).items.map((i) => i.headline);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await expect.poll(() => headlines(page), WAIT).toEqual(ascending);
    expect(await page.getByRole('columnheader', { name: 'Headline' }).getAttribute('aria-sort')).toBe('ascending');

    await field(page, 'Order').selectOption('headline');
    await expect.poll(() => headlines(page), WAIT).toEqual((await listed(page, '?sort=headline')).items.map((i) => i.headline));
    expect(await page.getByRole('columnheader', { name: 'Headline' }).getAttribute('aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('lets an editor publish two drafts at once, after asking, and reports the embargoed one it could not', async () => {
    const { page, context, problems } = await openAs('editor', '/articles?status=draft');
    await expect.poll(() => countText(page), WAIT).toBe('4 articles match');
    for (const headline of ['Ferry timetable changes from January', 'Harbour dredging starts next week', 'Budget vote: what to expect']) {
      await page.getByLabel(`Select ${headline}`).check();
    }
    expect(await page.getByText('3 articles selected').count()).toBe(1);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish 3 articles?' });
    await dialog.waitFor(WAIT);
    expect(await dialog.getByRole('listitem').allTextContents()).toHaveLength(3);
    await expect.poll(() => focused(page), WAIT).toBe('Publish now');
    await dialog.getByRole('button', { name: 'Publish now' }).click();

    const report = page.locator('.articles-bulk-status');
    await expect.poll(() => report.textContent(), WAIT).toContain('2 articles published.');
    expect(await report.textContent()).toContain('1 article could not be published:');
    expect(await report.getByRole('listitem').textContent()).toMatch(/^Budget vote: what to expect: .*embargo/i);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('articles-bulk-status'))).toBe(true);
    expect([await statusOf('ferry-timetable'), await statusOf('harbour-dredging'), await statusOf('budget-vote')]).toEqual(['published', 'published', 'draft']);
    // The list reloaded: the published ones left the drafts filter, the selection is empty.
    await expect.poll(() => countText(page), WAIT).toBe('2 articles match');
    expect(await page.getByText('Select articles to act on several at once.').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a contributor only their own articles and no Publish, and lets them submit for review', async () => {
    const { page, context, problems } = await openAs('contributor', '/articles');
    await expect.poll(() => headlines(page), WAIT).toEqual(['Letters from the lighthouse']);
    expect(await countText(page)).toBe('1 article');
    const bar = page.getByRole('group', { name: 'Bulk actions' });
    expect(await bar.getByRole('button').allTextContents()).toEqual(['Submit for review']);
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await page.getByLabel('Select Letters from the lighthouse').check();
    await bar.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.locator('.articles-bulk-status').textContent(), WAIT).toContain('1 article submitted for review.');
    expect(await statusOf('lighthouse-letters')).toBe('in_review');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('asks for a note when moving an article in review back to draft, and a scheduled one loses its time', async () => {
    const { page, context, problems } = await openAs('editor', '/articles?sort=-headline');
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    await field(page, 'State').selectOption('scheduled');
    await expect.poll(() => headlines(page), WAIT).toEqual(['Shipyard apprenticeships double']);
    expect(await page.locator('td .articles-when').textContent()).toMatch(/^for 1 Dec 2026/);
    await page.getByLabel('Select Shipyard apprenticeships double').check();
    await page.getByRole('button', { name: 'Move back to draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move back to draft' }).click();
    await expect.poll(() => page.locator('.articles-bulk-status').textContent(), WAIT).toContain('1 article moved back to draft.');
    expect(await statusOf('shipyard-apprentices')).toBe('draft');
    // The list it emptied reloads, and the report stays to be read.
    await expect.poll(() => page.getByText('No articles match these filters.').count(), WAIT).toBe(1);
    expect(await page.locator('.articles-bulk-status').textContent()).toContain('1 article moved back to draft.');
    await page.locator('.articles-bulk-status').getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('articles-count');

    await field(page, 'State').selectOption('in_review');
    await expect.poll(() => headlines(page), WAIT).toContain('Tide gauge readings questioned');
    await page.getByLabel('Select Tide gauge readings questioned').check();
    await page.getByRole('button', { name: 'Move back to draft' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('TEXTAREA');
    await dialog.getByRole('button', { name: 'Move back to draft' }).click();
    await expect.poll(() => dialog.getByText('Write a note for the articles in review.').count(), WAIT).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await dialog.getByLabel('Note to the writers').fill('Needs a second source.');
    await dialog.getByRole('button', { name: 'Move back to draft' }).click();
    await expect.poll(() => page.locator('.articles-bulk-status').textContent(), WAIT).toContain('1 article moved back to draft.');
    expect(await statusOf('tide-gauge')).toBe('draft');
    const history = await services.workflow.history((await services.content.getArticleForEditing('tide-gauge')).id);
    expect(history.events.at(-1)).toMatchObject({ toStatus: 'draft', note: 'Needs a second source.' });
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('says when nothing matches, and invites a writer with no articles to write the first', async () => {
    const { page, context, problems } = await openAs('editor', '/articles?q=no-such-story-anywhere');
    await expect.poll(() => page.getByText('No articles match these filters.').count(), WAIT).toBe(1);
    expect(await countText(page)).toBe('0 articles match');
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    await context.close();

    const author = await openAs('author', '/articles');
    await expect.poll(() => author.page.getByText('No articles yet.').count(), WAIT).toBe(1);
    expect(await author.page.getByRole('link', { name: 'Write the first' }).getAttribute('href')).toBe('/admin/articles/new');
    expect([...problems, ...author.problems]).toEqual([]);
    await author.context.close();
  }, 120_000);

  it('answers a mistyped slug in a shared link with the server\'s message, not a blank screen', async () => {
    const { page, context } = await openAs('editor', '/articles?section=Not%20A%20Slug');
    await expect.poll(() => page.getByRole('alert').textContent(), WAIT).toMatch(/section/);
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => countText(page), WAIT).toBe('57 articles');
    await context.close();
  }, 120_000);

  it('has no accessibility violations: the list on desktop (light) and phone (dark), and the confirmation', async () => {
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs('editor', '/articles', { viewport, dark, axe: true });
      await expect.poll(() => countText(page), WAIT).toBe('57 articles');
      await expectAccessible(page);
      await shot(page, `articles-${viewport}`);
      await field(page, 'State').selectOption('draft');
      await expect.poll(() => countText(page), WAIT).toMatch(/match$/);
      await field(page, 'Select all').check();
      await page.getByRole('button', { name: 'Unpublish' }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      // Taking articles down starts on Cancel, so a stray Enter does nothing.
      await expect.poll(() => focused(page), WAIT).toBe('Cancel');
      await expectAccessible(page);
      await shot(page, `articles-confirm-${viewport}`);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
      expect(await focused(page)).toBe('Unpublish');
      await context.close();
    }
  }, 180_000);
});
