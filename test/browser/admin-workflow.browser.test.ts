import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Role } from '../../src/accounts/index.ts';
import { apiAs, expectAccessible, openAs, origin, services, setUpNewsroom, shot, USER_NAMES, WAIT } from './admin.support.ts';

setUpNewsroom();

// A zone with daylight saving and an offset far from UTC, so a wrong conversion shows.
const SITE_ZONE = 'America/New_York';

interface Editable { slug: string; headline: string; status: string; revision: number; bodyHtml: string }
interface HistoryJson { events: { toStatus: string; note: string; by: { name: string } | null }[]; jobs: { runAt: string; state: string }[] }

let sectionSlug: string;
let authorSlug: string;
let counter = 0;

/** A draft written by `role` (so it is theirs), optionally saved again with each later body. */
async function draftBy(role: Role, ...laterBodies: string[]): Promise<Editable> {
  const api = await apiAs(role);
  const headline = `Harbour dredging vote ${++counter}`;
  const fields = { headline, sectionSlug, authorSlugs: [authorSlug] };
  let article = (await api<Editable>('POST', '/articles', { ...fields, body: '<p>The harbour board voted on Tuesday to dredge the basin.</p>' })).json;
  for (const body of laterBodies) {
    const res = await api<Editable>('PUT', `/articles/${article.slug}`, { ...fields, body, baseRevision: article.revision });
    expect(res.status).toBe(200);
    article = res.json;
  }
  return article;
}

const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' });

/** Opens an article in the editor as `role`, with its sidebar open (it starts closed on a phone). */
async function openArticle(role: Role, slug: string, options: Parameters<typeof openAs>[2] = {}) {
  const opened = await openAs(role, `/articles/${slug}`, options);
  const toggle = opened.page.getByRole('button', { name: 'Article settings', expanded: false });
  await expect.poll(async () => (await workflow(opened.page).count()) + (await toggle.count()), WAIT).toBeGreaterThan(0);
  if ((await workflow(opened.page).count()) === 0) await toggle.click();
  return opened;
}
const statusOf = (page: Page) => workflow(page).locator('.workflow-state .badge').textContent();
const history = async (slug: string) => (await (await apiAs('editor'))<HistoryJson>('GET', `/articles/${slug}/history`)).json;

/** Answers "Restore revision 1?" with yes. */
const confirmRestore = (dialog: Locator) => dialog.getByRole('group', { name: 'Restore revision 1?' }).getByRole('button', { name: 'Restore revision 1' }).click();

/** The wall clock in SITE_ZONE at `iso`, as <input type="datetime-local"> writes it. */
function wallInSiteZone(iso: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: SITE_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

beforeAll(async () => {
  await services.writer.setSiteSettings({ title: 'Dateline', description: '', language: 'en', timeZone: SITE_ZONE });
  const editor = await apiAs('editor');
  sectionSlug = (await editor<{ items: { slug: string }[] }>('GET', '/sections')).json.items[0]?.slug ?? '';
  authorSlug = (await editor<{ items: { slug: string }[] }>('GET', '/authors')).json.items[0]?.slug ?? '';
});

describe('the newsroom app: workflow panel', () => {
  it('lets an author submit their draft for review, and records it', async () => {
    const article = await draftBy('author');
    const { page, context, problems } = await openArticle('author', article.slug);
    await expect.poll(() => statusOf(page), WAIT).toBe('Draft');
    await expect.poll(() => workflow(page).getByText(`Times are in ${SITE_ZONE}, the site’s time zone.`).count(), WAIT).toBe(1);
    await workflow(page).getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => statusOf(page), WAIT).toBe('In review');
    expect((await services.content.getArticleForEditing(article.slug)).status).toBe('in_review');
    await expect.poll(() => workflow(page).locator('.workflow-history li').first().textContent(), WAIT).toContain(`Submitted for review by ${USER_NAMES.author}`);
    // The pressed button is gone with the old state: focus lands on the new state, not the page.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('workflow-state');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an editor send it back with a note, then schedule it at a time in the site zone', async () => {
    const article = await draftBy('author');
    await (await apiAs('author'))('POST', `/articles/${article.slug}/submit`);
    const { page, context, problems } = await openArticle('editor', article.slug);
    await workflow(page).getByRole('button', { name: 'Send back…' }).click(WAIT);
    const sendBack = page.getByRole('dialog', { name: 'Send back to the writer' });
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect.poll(() => sendBack.locator('.field-error').textContent(), WAIT).toBe('Write a note saying what should change.');
    await sendBack.getByLabel('What should change').fill('Add the vote count and quote the harbour master.');
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect.poll(() => statusOf(page), WAIT).toBe('Draft');
    await expect.poll(() => workflow(page).locator('.workflow-note').first().textContent(), WAIT).toContain('quote the harbour master');
    expect((await history(article.slug)).events.at(-1)).toMatchObject({ toStatus: 'draft', note: 'Add the vote count and quote the harbour master.', by: { name: USER_NAMES.editor } });

    await workflow(page).getByRole('button', { name: 'Schedule…' }).click();
    const schedule = page.getByRole('dialog', { name: 'Schedule publication' });
    const when = schedule.getByLabel('Publish on');
    // Clocks in New York jump from 02:00 to 03:00 on 14 March 2027: 02:30 never happens there.
    await when.fill('2027-03-14T02:30');
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(() => schedule.locator('.field-error').textContent(), WAIT).toContain('skip that time');
    await when.fill('2020-01-01T09:00');
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(() => schedule.locator('.field-error').textContent(), WAIT).toContain('That time has passed');
    await when.fill('2027-03-14T03:30');
    await expect.poll(() => schedule.getByText('That is 14 Mar 2027, 07:30 UTC.').count(), WAIT).toBe(1);
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(() => statusOf(page), WAIT).toBe('Scheduled');
    const pending = (await history(article.slug)).jobs.filter((j) => j.state === 'pending');
    expect(pending.map((j) => j.runAt)).toEqual(['2027-03-14T07:30:00.000Z']);
    await expect.poll(() => workflow(page).getByText('Publishes automatically on 14 Mar 2027, 03:30.').count(), WAIT).toBe(1);

    // "Tomorrow 06:00" is 06:00 on the site's calendar, whatever the browser's zone.
    await workflow(page).getByRole('button', { name: 'Reschedule…' }).click();
    await schedule.getByRole('button', { name: 'Tomorrow 06:00' }).click();
    const chosen = await when.inputValue();
    expect(chosen).toMatch(/T06:00$/);
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(async () => (await history(article.slug)).jobs.filter((j) => j.state === 'pending').map((j) => wallInSiteZone(j.runAt)), WAIT).toEqual([chosen]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a contributor only what their role may do: submit, no publishing', async () => {
    const article = await draftBy('contributor');
    const { page, context, problems } = await openArticle('contributor', article.slug);
    const actions = workflow(page).getByRole('group', { name: 'Workflow actions' });
    await expect.poll(() => actions.getByRole('button').allTextContents(), WAIT).toEqual(['Submit for review']);
    expect(await workflow(page).getByRole('button', { name: /Publish|Schedule/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Preview links' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Corrections' }).count()).toBe(0);
    await actions.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => workflow(page).getByText('Waiting for an editor’s review.').count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets an embargo in the site zone, which refuses publishing until it is lifted', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openArticle('editor', article.slug);
    await workflow(page).getByRole('button', { name: 'Set embargo…' }).click(WAIT);
    const embargo = page.getByRole('dialog', { name: 'Embargo' });
    await embargo.getByLabel('Embargo until').fill('2027-01-10T09:00');
    await embargo.getByRole('button', { name: 'Save embargo' }).click();
    await expect.poll(() => workflow(page).getByText('Under embargo until 10 Jan 2027, 09:00.').count(), WAIT).toBe(1);
    expect((await services.content.getArticleForEditing(article.slug)).embargoUntil).toBe('2027-01-10T14:00:00.000Z');

    await workflow(page).getByRole('button', { name: 'Publish now' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish now' });
    expect(await publish.textContent()).toContain('under embargo until 10 Jan 2027, 09:00');
    await publish.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => publish.getByRole('alert').textContent(), WAIT).toContain('under embargo');
    expect((await services.content.getArticleForEditing(article.slug)).status).toBe('draft');
    await publish.getByRole('button', { name: 'Cancel' }).click();

    await workflow(page).getByRole('button', { name: 'Lift embargo' }).click();
    await expect.poll(() => workflow(page).getByText('No embargo.').count(), WAIT).toBe(1);
    expect((await services.content.getArticleForEditing(article.slug)).embargoUntil).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks to save first while the editor holds unsaved changes', async () => {
    const article = await draftBy('editor');
    await (await apiAs('editor'))('POST', `/articles/${article.slug}/publish`);
    const { page, context, problems } = await openArticle('editor', article.slug);
    const unpublish = workflow(page).getByRole('button', { name: 'Unpublish' });
    await expect.poll(() => unpublish.isEnabled(), WAIT).toBe(true);
    await page.getByLabel('Headline').fill('Harbour dredging vote: a headline not yet saved');
    await expect.poll(() => unpublish.isDisabled(), WAIT).toBe(true);
    const because = await unpublish.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(because).toBe('Save your changes first: these actions work on the saved article.');
    expect((await services.content.getArticleForEditing(article.slug)).status).toBe('published');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('makes a preview link shown once, which opens the preview until it is revoked', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openArticle('editor', article.slug);
    const previews = workflow(page).getByRole('region', { name: 'Preview links' });
    await previews.getByLabel('Link works for').selectOption('24', WAIT);
    await previews.getByRole('button', { name: 'Create preview link' }).click();
    const link = previews.getByLabel('Preview link');
    await link.waitFor(WAIT);
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${origin}/preview/`));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await previews.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied.').count(), WAIT).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const preview = await context.request.get(url);
    expect(preview.status()).toBe(200);
    expect(await preview.text()).toContain(article.headline);
    await previews.getByRole('button', { name: 'Done' }).click();
    expect(await page.locator(`input[value="${url}"]`).count()).toBe(0);
    await expect.poll(() => previews.getByRole('listitem').count(), WAIT).toBe(1);
    await previews.getByRole('button', { name: /^Revoke/ }).click();
    await expect.poll(() => previews.getByText('No live preview links.').count(), WAIT).toBe(1);
    expect((await context.request.get(url)).status()).toBe(404);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('publishes after confirming, then takes corrections: add, reword, remove', async () => {
    const article = await draftBy('editor');
    const { page, context, problems } = await openArticle('editor', article.slug);
    await expect.poll(() => page.getByRole('region', { name: 'Corrections' }).getByText(/once the article is published/).count(), WAIT).toBe(1);
    await workflow(page).getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('dialog', { name: 'Publish now' }).getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => statusOf(page), WAIT).toBe('Published');

    const corrections = page.getByRole('region', { name: 'Corrections' });
    await corrections.getByLabel('Kind').selectOption('correction', WAIT);
    await corrections.getByLabel('Text readers see').fill('An earlier version gave the wrong date for the vote.');
    await corrections.getByRole('button', { name: 'Add correction' }).click();
    await expect.poll(() => corrections.locator('.correction-text').allTextContents(), WAIT).toEqual(['An earlier version gave the wrong date for the vote.']);
    const api = await apiAs('editor');
    const listed = async () => (await api<{ items: { kind: string; text: string }[] }>('GET', `/articles/${article.slug}/corrections`)).json.items;
    expect(await listed()).toMatchObject([{ kind: 'correction', text: 'An earlier version gave the wrong date for the vote.' }]);

    await corrections.getByRole('button', { name: /^Reword/ }).click();
    await corrections.getByLabel('Kind').first().selectOption('clarification');
    await corrections.getByLabel('Text readers see').first().fill('The vote was on Tuesday, not Monday.');
    await corrections.getByRole('button', { name: 'Save' }).click();
    await expect.poll(listed, WAIT).toMatchObject([{ kind: 'clarification', text: 'The vote was on Tuesday, not Monday.' }]);
    await expect.poll(() => corrections.locator('.correction-text').allTextContents(), WAIT).toEqual(['The vote was on Tuesday, not Monday.']);

    await corrections.getByRole('button', { name: /^Remove/ }).click();
    // Removing starts on Cancel: a stray Enter keeps the correction.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Cancel');
    await page.getByRole('dialog', { name: 'Remove this item?' }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(listed, WAIT).toEqual([]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Corrections');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the newsroom app: revisions panel', () => {
  it('compares two revisions word by word and restores the old text', async () => {
    const article = await draftBy('editor', '<p>The harbour board voted 5 to 2 on Tuesday to dredge the inner basin.</p>');
    const { page, context, problems } = await openArticle('editor', article.slug);
    await page.getByRole('button', { name: 'Revisions (2)' }).click(WAIT);
    const dialog = page.getByRole('dialog', { name: 'Revisions' });
    await dialog.getByLabel('Compare revision').selectOption('1');
    await dialog.getByLabel('with revision').selectOption('2');
    await dialog.getByRole('button', { name: 'Compare' }).click();
    const body = dialog.locator('.diff-field').filter({ has: page.getByRole('heading', { name: 'Body' }) });
    await expect.poll(() => body.locator('ins').allTextContents(), WAIT).toEqual(expect.arrayContaining([expect.stringContaining('5 to 2')]));
    expect((await body.locator('ins').allTextContents()).join(' ')).toContain('[added:');
    expect((await body.locator('ins').allTextContents()).join(' ')).toContain('inner');
    expect(await body.locator('del').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Restore revision 1' }).click();
    await confirmRestore(dialog);
    await expect.poll(() => page.getByRole('button', { name: 'Revisions (3)' }).count(), WAIT).toBe(1);
    const restored = await services.content.getArticleForEditing(article.slug);
    const first = (await (await apiAs('editor'))<{ snapshot: { bodyHtml: string } }>('GET', `/articles/${article.slug}/revisions/1`)).json;
    expect(restored.bodyHtml).toBe(first.snapshot.bodyHtml);
    expect(restored.bodyHtml).toContain('voted on Tuesday to dredge the basin');
    expect(restored.revision).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a restore refused because someone saved meanwhile', async () => {
    const article = await draftBy('editor', '<p>Second text.</p>');
    const { page, context } = await openArticle('editor', article.slug);
    await page.getByRole('button', { name: 'Revisions (2)' }).click(WAIT);
    await (await apiAs('administrator'))('PUT', `/articles/${article.slug}`, { headline: 'Changed meanwhile', sectionSlug, authorSlugs: [authorSlug], baseRevision: 2 });
    const dialog = page.getByRole('dialog', { name: 'Revisions' });
    await dialog.getByRole('button', { name: 'Restore revision 1' }).click();
    await confirmRestore(dialog);
    await expect.poll(() => dialog.getByRole('alert').textContent(), WAIT).toMatch(new RegExp(`${USER_NAMES.administrator} saved this article.*reload the article`, 's'));
    expect((await services.content.getArticleForEditing(article.slug)).headline).toBe('Changed meanwhile');
    await context.close();
  });
});

describe('the newsroom app: workflow panels, accessibility and screenshots', () => {
  // Desktop in light colours, phone in dark: the two ends of what the newsroom uses.
  const LOOKS = [['desktop', false], ['phone', true]] as const;

  it.each(LOOKS)('has no axe violations on a published article, its panels and dialogs (%s)', async (viewport, dark) => {
    const article = await draftBy('editor', '<p>The harbour board voted 5 to 2 on Tuesday to dredge the inner basin.</p>');
    await (await apiAs('editor'))('POST', `/articles/${article.slug}/publish`);
    await (await apiAs('editor'))('POST', `/articles/${article.slug}/corrections`, { kind: 'clarification', text: 'The vote was held in public.' });
    const { page, context } = await openArticle('editor', article.slug, { viewport, dark, axe: true });
    await expect.poll(() => statusOf(page), WAIT).toBe('Published');
    await page.getByText('The vote was held in public.').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `workflow-panels-${viewport}`);

    await workflow(page).getByRole('button', { name: 'Unpublish' }).click();
    await page.getByRole('dialog', { name: 'Unpublish' }).waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `workflow-unpublish-${viewport}`);
    await page.getByRole('dialog', { name: 'Unpublish' }).getByRole('button', { name: 'Cancel' }).click();

    await workflow(page).getByRole('button', { name: 'Set embargo…' }).click();
    const embargo = page.getByRole('dialog', { name: 'Embargo' });
    await embargo.getByRole('button', { name: 'Save embargo' }).click();
    await embargo.locator('.field-error').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `workflow-embargo-error-${viewport}`);
    await embargo.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: /^Revisions \(/ }).click();
    const revisions = page.getByRole('dialog', { name: 'Revisions' });
    await revisions.getByRole('button', { name: 'Compare' }).click();
    await revisions.locator('ins').first().waitFor(WAIT);
    await revisions.getByRole('button', { name: 'Restore revision 1' }).click();
    await expectAccessible(page);
    await shot(page, `workflow-revisions-${viewport}`);
    await revisions.getByRole('button', { name: 'Cancel' }).click();
    await revisions.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('region', { name: 'Corrections' }).getByRole('button', { name: /^Remove/ }).click();
    await page.getByRole('dialog', { name: 'Remove this item?' }).waitFor(WAIT);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await context.close();
  }, 180_000);

  it.each(LOOKS)('has no axe violations on an article in review, the send-back error and scheduling (%s)', async (viewport, dark) => {
    const article = await draftBy('author');
    await (await apiAs('author'))('POST', `/articles/${article.slug}/submit`);
    const { page, context } = await openArticle('editor', article.slug, { viewport, dark, axe: true });
    await expect.poll(() => statusOf(page), WAIT).toBe('In review');
    await workflow(page).getByRole('button', { name: 'Send back…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send back to the writer' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('TEXTAREA');
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.locator('.field-error').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `workflow-send-back-${viewport}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Send back…');
    await workflow(page).getByRole('button', { name: 'Schedule…' }).click();
    await page.getByRole('dialog', { name: 'Schedule publication' }).getByRole('button', { name: 'In 1 hour' }).click();
    await expectAccessible(page);
    await shot(page, `workflow-schedule-${viewport}`);
    await context.close();
  }, 180_000);
});
