import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueFormStamp } from '../../src/comments/form-stamp.ts';
import { DEMO_LEAD_SLUG, seedDemoComments } from '../../src/demo/index.ts';
import { expectAccessible, noDialogOpen, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

interface Story { id: number; slug: string; headline: string; path: string }
const stories: Story[] = [];
let seq = 0;

beforeAll(async () => {
  await seedDemoComments(services.comments, services.clock, DEMO_LEAD_SLUG);
  // One article per journey, so each test's queue (filtered by article) holds only its comments.
  for (const summary of (await services.content.listArticles({}, 1, 20)).items) {
    const article = await services.comments.articleBySlug(summary.slug);
    if (article && article.slug !== DEMO_LEAD_SLUG) stories.push({ id: article.id, slug: article.slug, headline: article.headline, path: `/${article.sectionSlug}/${article.slug}/` });
  }
});

function story(n: number): Story {
  const found = stories[n];
  if (!found) throw new Error(`no demo article ${n}`);
  return found;
}

/** A comment from someone never approved before: held for a moderator. Returns its id and name. */
async function held(on: Story, text: string, parentId: number | null = null): Promise<{ id: number; name: string }> {
  seq += 1;
  const name = `Newcomer ${seq}`;
  const secrets = await services.comments.secrets();
  const outcome = await services.comments.submit({
    articleId: on.id, parentId, name, email: `newcomer${seq}@example.invalid`, website: '', text, honeypot: '',
    stamp: issueFormStamp(secrets.formStamp, services.clock.now().getTime() - 60_000), ip: `198.51.100.${seq}`, userAgent: 'test',
  });
  expect(outcome.visible).toBe(false);
  return { id: outcome.id, name };
}

// A page load on a loaded two-core machine (the browser, the server and other suites) can take a while.
const LOAD = { timeout: 30_000 };

const statusOf = async (id: number) => (await services.comments.moderation.get(id)).status;
const card = (page: Page, id: number) => page.locator(`#comment-${id}`);
const notices = (page: Page) => page.locator('.notices').innerText();
const tabCount = async (page: Page, tab: string) => Number(await page.getByRole('navigation', { name: 'Comment queues' }).getByRole('link', { name: new RegExp(`^${tab}`) }).locator('.queue-count').innerText());
const articlePage = async (path: string) => (await fetch(origin + path)).text();

describe('the newsroom app: moderating comments', { timeout: 120_000 }, () => {
  it('lets a moderator approve a held comment, which readers then see on the article', async () => {
    const on = story(0);
    const text = 'Held until a moderator reads it: the 7:40 tram never comes.';
    const { id } = await held(on, text);
    expect(await articlePage(on.path)).not.toContain(text);

    const { page, context, problems } = await openAs('moderator', '/comments');
    await card(page, id).waitFor(LOAD);
    const before = await tabCount(page, 'Pending');
    await card(page, id).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => notices(page), WAIT).toContain(`Approved. ${before - 1} pending.`);
    await expect.poll(() => card(page, id).count(), WAIT).toBe(0);
    expect(await tabCount(page, 'Pending')).toBe(before - 1);
    expect(await statusOf(id)).toBe('approved');
    expect(await articlePage(on.path)).toContain(text);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks two comments as spam in bulk', async () => {
    const on = story(1);
    const first = await held(on, 'Cheap watches, first offer.');
    const second = await held(on, 'Cheap watches, second offer.');
    const { page, context, problems } = await openAs('moderator', `/comments?article=${on.slug}`);
    await card(page, second.id).waitFor(LOAD);
    await page.getByLabel(`Select the comment by ${first.name}`).check();
    await page.getByLabel(`Select the comment by ${second.name}`).check();
    await page.getByLabel('Action for the selected').selectOption({ label: 'Spam' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => notices(page), WAIT).toContain('2 comments marked as spam.');
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['spam', 'spam']);
    await expect.poll(() => page.getByText('No comments are waiting for moderation.').or(page.getByText('No comments in this queue match the filters.')).count(), WAIT).toBe(1);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports each comment a bulk action could not change, with why, and does the rest', async () => {
    const on = story(11);
    const taken = await held(on, 'A fair point about the fares.');
    const other = await held(on, 'Another fair point about the fares.');
    const { page, context, problems } = await openAs('moderator', `/comments?article=${on.slug}`);
    await card(page, other.id).waitFor(LOAD);
    await page.getByLabel('Select all on this page').check();
    // Someone else approves one of them first.
    await services.comments.moderation.apply(taken.id, 'approve');
    await page.getByLabel('Action for the selected').selectOption({ label: 'Approve' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => notices(page), WAIT).toMatch(/1 comment approved\. 1 comment could not be changed:/);
    const report = page.getByRole('alert').filter({ hasText: taken.name });
    await expect.poll(() => report.count(), WAIT).toBe(1);
    expect(await report.innerText()).toMatch(/approved/i);
    expect(await statusOf(other.id)).toBe('approved');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: j moves and announces, a approves, focus moves on and the counts change', async () => {
    const on = story(2);
    const ids: number[] = [];
    for (const n of [1, 2, 3]) ids.push((await held(on, `Keyboard comment ${n}.`)).id);
    const [third, second, first] = [...ids].reverse(); // the queue shows the newest first
    const { page, context, problems } = await openAs('moderator', `/comments?article=${on.slug}`);
    await card(page, first ?? 0).waitFor(LOAD);
    const pending = await tabCount(page, 'Pending');
    const approved = await tabCount(page, 'Approved');

    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(`comment-${third}`);
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(`comment-${second}`);
    expect(await page.locator('[aria-live="polite"][aria-atomic="true"]').innerText()).toMatch(/^Comment 2 of 3, by Newcomer \d+\.$/);
    await page.keyboard.press('a');
    await expect.poll(() => notices(page), WAIT).toContain(`Approved. ${pending - 1} pending.`);
    expect(await statusOf(second ?? 0)).toBe('approved');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(`comment-${first}`);
    expect([await tabCount(page, 'Pending'), await tabCount(page, 'Approved')]).toEqual([pending - 1, approved + 1]);

    // Letters typed into a field stay letters.
    await page.getByLabel('Words', { exact: true }).fill('');
    await page.getByLabel('Words', { exact: true }).pressSequentially('ja');
    expect(await page.getByLabel('Words', { exact: true }).inputValue()).toBe('ja');
    expect([await statusOf(third ?? 0), await statusOf(first ?? 0)]).toEqual(['pending', 'pending']);

    // x selects the current comment, s sends it to spam, and focus goes to the one left.
    await card(page, first ?? 0).focus();
    await page.keyboard.press('x');
    expect(await page.getByLabel(/^Select the comment by/).first().isChecked()).toBe(false);
    expect(await card(page, first ?? 0).getByRole('checkbox').isChecked()).toBe(true);
    await page.keyboard.press('s');
    await expect.poll(() => statusOf(first ?? 0), WAIT).toBe('spam');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(`comment-${third}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('posts a staff reply under a held comment, approving it, and both appear on the article', async () => {
    const on = story(3);
    const question = 'Will the consultation events have step-free access?';
    const { id, name } = await held(on, question);
    const { page, context, problems } = await openAs('editor', `/comments?article=${on.slug}`);
    await card(page, id).getByRole('button', { name: 'Reply' }).click();
    const box = page.getByLabel(`Reply to ${name}`);
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await box.fill('Yes: every venue is step-free. The desk.');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await expect.poll(() => notices(page), WAIT).toContain('Reply posted, and the comment approved.');
    expect(await statusOf(id)).toBe('approved');
    const html = await articlePage(on.path);
    expect(html).toContain(question);
    expect(html).toContain('Yes: every venue is step-free. The desk.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('edits a comment in a dialog, puts a refusal next to its field, and gives focus back', async () => {
    const on = story(4);
    const { id, name } = await held(on, 'Teh tram is late agian.');
    const { page, context, problems } = await openAs('moderator', `/comments?article=${on.slug}`);
    await card(page, id).getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit the comment by ${name}` });
    await dialog.waitFor(WAIT);
    await dialog.getByLabel('Website', { exact: true }).fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByLabel('Website', { exact: true }).getAttribute('aria-invalid'), WAIT).toBe('true');
    expect(await dialog.getByRole('alert').innerText()).toMatch(/web address|http/i);

    await dialog.getByLabel('Website', { exact: true }).fill('');
    await dialog.getByLabel('Comment').fill('The tram is late again.');
    await dialog.getByLabel('Name').fill('Sam Reader');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => notices(page), WAIT).toContain('Comment saved.');
    const saved = await services.comments.moderation.get(id);
    expect([saved.text, saved.authorName]).toEqual(['The tram is late again.', 'Sam Reader']);
    expect(await card(page, id).locator('.comment-text').innerText()).toBe('The tram is late again.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('Edit');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('narrows the queue to one article from its address, keeps that in the URL, and opens or closes its comments', async () => {
    const on = story(5);
    const mine = await held(on, 'Only on this article.');
    const elsewhere = await held(story(6), 'On another article.');
    const { page, context, problems } = await openAs('moderator', '/comments');
    await card(page, elsewhere.id).waitFor(LOAD);
    await page.getByLabel('Article', { exact: true }).fill(`${origin}${on.path}comment-page-2/#respond`);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('article'), WAIT).toBe(on.slug);
    await card(page, mine.id).waitFor(WAIT);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filter');
    expect(await page.getByLabel('Article', { exact: true }).inputValue()).toBe(on.slug);
    expect(await card(page, elsewhere.id).count()).toBe(0);
    expect(await page.getByRole('heading', { name: `Comments on “${on.headline}”` }).count()).toBe(1);

    await page.getByRole('button', { name: 'Close comments' }).click();
    await expect.poll(() => notices(page), WAIT).toContain('Comments closed on this article.');
    expect((await services.comments.articleBySlug(on.slug))?.commentsOpen).toBe(0);
    await page.getByRole('button', { name: 'Open comments' }).click();
    await expect.poll(async () => (await services.comments.articleBySlug(on.slug))?.commentsOpen, WAIT).toBe(1);

    await page.getByRole('button', { name: 'Show all articles' }).click();
    await card(page, elsewhere.id).waitFor(WAIT);
    await card(page, elsewhere.id).getByRole('link', { name: 'Only this article' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('article'), WAIT).toBe(story(6).slug);
    await page.getByLabel('Article', { exact: true }).fill('no-such-story');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(() => page.getByLabel('Article', { exact: true }).getAttribute('aria-invalid'), WAIT).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('restores from the trash, and deletes for good only once confirmed', async () => {
    const on = story(7);
    const kept = await held(on, 'Trashed by mistake.');
    const gone = await held(on, 'Trashed on purpose.');
    await services.comments.moderation.applyMany([kept.id, gone.id], 'trash');
    const { page, context, problems } = await openAs('moderator', `/comments?status=trash&article=${on.slug}`);
    await card(page, kept.id).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => statusOf(kept.id), WAIT).toBe('pending');
    await card(page, gone.id).getByRole('button', { name: 'Delete permanently' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete permanently?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await statusOf(gone.id)).toBe('trash');
    await card(page, gone.id).getByRole('button', { name: 'Delete permanently' }).click();
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => notices(page), WAIT).toContain('Deleted permanently.');
    await expect(services.comments.moderation.get(gone.id)).rejects.toMatchObject({ code: 'COMMENT_NOT_FOUND' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('comments-empty');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a moderator only Comments in the navigation, and no link into the article editor', async () => {
    const on = story(8);
    const { id } = await held(on, 'A moderator cannot edit articles.');
    const { page, context } = await openAs('moderator', `/comments?article=${on.slug}`);
    await card(page, id).waitFor(LOAD);
    // "Comments" may carry the pending count after its name.
    const links = await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link').allTextContents();
    expect(links.map((text) => text.replace(/\s*\d.*$/, ''))).toEqual(['Comments']);
    expect(await page.getByRole('link', { name: 'Edit article' }).count()).toBe(0);
    await context.close();
    const editor = await openAs('editor', `/comments?article=${on.slug}`);
    await card(editor.page, id).getByRole('link', { name: 'Edit article' }).waitFor(LOAD);
    await editor.context.close();
  });
});

describe('the newsroom app: the moderation screen for everyone', { timeout: 180_000 }, () => {
  it('has no accessibility violations on the queue, desktop light and phone dark, and fits a phone', async () => {
    const on = story(9);
    const parent = await held(on, 'A first comment, later answered.');
    await services.comments.moderation.apply(parent.id, 'approve');
    await held(on, 'An answer to the first comment, waiting for a moderator. It runs long enough to wrap on a phone screen.', parent.id);
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs('moderator', '/comments', { viewport, dark, axe: true });
      await page.locator('.comment-card').first().waitFor(LOAD);
      await page.keyboard.press('j');
      await expectAccessible(page);
      await shot(page, `comments-queue-${viewport}`);
      if (viewport === 'phone') {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        expect(await page.getByLabel('Words', { exact: true }).isVisible()).toBe(false);
        await page.getByRole('button', { name: 'Filters' }).click();
        expect(await page.getByLabel('Words', { exact: true }).isVisible()).toBe(true);
        await expectAccessible(page);
        await shot(page, 'comments-filters-phone');
      }
      await context.close();
    }
  });

  it('has no accessibility violations in the edit and shortcuts dialogs, and the shortcuts can be turned off', async () => {
    const on = story(10);
    const { id } = await held(on, 'A comment to open dialogs on.');
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs('moderator', `/comments?article=${on.slug}`, { viewport, dark, axe: true });
      await card(page, id).getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('dialog').waitFor(WAIT);
      await expectAccessible(page);
      await shot(page, `comments-edit-${viewport}`);
      await page.keyboard.press('Escape');
      await noDialogOpen(page);
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor(WAIT);
      await expectAccessible(page);
      await shot(page, `comments-shortcuts-${viewport}`);
      if (viewport === 'desktop') {
        await help.getByLabel('Use single-key shortcuts').uncheck();
        await page.keyboard.press('Escape');
        await noDialogOpen(page);
        await page.keyboard.press('j');
        expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toMatch(/^comment-/);
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await help.getByLabel('Use single-key shortcuts').check();
        await page.keyboard.press('Escape');
      }
      await context.close();
    }
  });
});
