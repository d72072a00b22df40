import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startScheduler } from '../../src/content/index.ts';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';
import { uploadByApi } from './admin-media.support.ts';

// The main journey, one story from the author's first draft to the reader's home page.
setUpNewsroom();

const HEADLINE = 'North pier to be rebuilt after storm';
const SLUG = 'north-pier-to-be-rebuilt-after-storm';
const QUOTE = 'We will not leave the fleet without a berth';
const LOAD = { timeout: 30_000 };

interface Stored { status: string; bodyHtml: string; revision: number; section: { slug: string } }

async function stored(page: Page, slug: string): Promise<Stored> {
  const res = await page.context().request.get(`${origin}/api/admin/articles/${slug}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Stored;
}

const publicPage = async (path: string) => (await fetch(origin + path)).text();
const saveStatus = (page: Page) => page.locator('#save-status').textContent();

/** `YYYY-MM-DDTHH:mm` in UTC (the demo site's time zone), as the date-time field takes it. */
function wallClockUtc(date: Date): string {
  return date.toISOString().slice(0, 16);
}

let scheduler: ReturnType<typeof startScheduler> | undefined;
beforeAll(async () => {
  // The server's clock stands still in tests; start it at the browser's "now" so "two minutes
  // ahead" means the same on both sides, and run the scheduler as `dateline serve` does.
  services.clock.set(new Date());
  services.publications.start();
  scheduler = startScheduler(services.workflow, 1000, (error) => { throw error; });
});
afterAll(async () => { await scheduler?.stop(); });

describe('the newsroom app: a story from draft to the home page', { timeout: 240_000 }, () => {
  it('an author writes it with a pull quote and an image, and submits it for review', async () => {
    const { page, context, problems } = await openAs('author', '/articles/new');
    await uploadByApi(context, 'north-pier.png', { alt: 'The broken north pier at low tide', caption: 'The pier after the storm' });
    await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE, LOAD);
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('The harbour board votes to rebuild before the herring season.');
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type('The harbour board voted on Tuesday to rebuild the north pier.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(QUOTE);
    await page.getByRole('button', { name: 'Pull quote' }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Image from the media library' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await picker.getByRole('button', { name: /north-pier\.png/ }).first().click(LOAD);
    await expect.poll(() => picker.isVisible(), WAIT).toBe(false);
    await page.getByLabel('Section').selectOption('news');
    await page.keyboard.press('Control+s');
    await expect.poll(() => new URL(page.url()).pathname, LOAD).toBe(`/admin/articles/${SLUG}`);
    await expect.poll(() => saveStatus(page), LOAD).toMatch(/^Saved/);

    const draft = await stored(page, SLUG);
    expect(draft.bodyHtml).toContain(`<blockquote class="pullquote"><p>${QUOTE}</p></blockquote>`);
    expect(draft.bodyHtml).toMatch(/<figure><img src="[^"]+" alt="The broken north pier at low tide"[^>]*>/);
    expect(draft.section.slug).toBe('news');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(async () => (await stored(page, SLUG)).status, LOAD).toBe('in_review');
    await shot(page, 'journey-author-submitted');
    // An author may publish their own, but nothing here is public until an editor acts.
    expect(await publicPage('/')).not.toContain(HEADLINE);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an editor reviews it and schedules it two minutes ahead; it reaches the home page at its time', async () => {
    const { page, context, problems } = await openAs('editor', '/articles?status=in_review');
    await page.getByRole('link', { name: HEADLINE }).click(LOAD);
    await page.getByRole('button', { name: 'Schedule…' }).click(LOAD);
    const when = new Date(Date.now() + 2 * 60_000 + 30_000);
    await page.getByLabel('Publish on').fill(wallClockUtc(when));
    await page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect.poll(async () => (await stored(page, SLUG)).status, LOAD).toBe('scheduled');
    const history = await (await context.request.get(`${origin}/api/admin/articles/${SLUG}/history`)).json() as { jobs?: { runAt?: string; publishAt?: string }[] };
    expect(JSON.stringify(history)).toContain(wallClockUtc(when));
    expect(await publicPage('/')).not.toContain(HEADLINE);

    // Three minutes pass on the server: the watcher publishes it within a second or so.
    services.clock.set(new Date(Date.now() + 3 * 60_000));
    await expect.poll(() => publicPage('/'), LOAD).toContain(HEADLINE);
    expect((await stored(page, SLUG)).status).toBe('published');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an editor adds a correction, which readers see under the article', async () => {
    const { page, context, problems } = await openAs('editor', `/articles/${SLUG}`);
    const text = 'An earlier version said the pier was built in 1901. It was built in 1891.';
    await page.getByLabel('Kind').selectOption('correction', LOAD);
    await page.getByLabel(/^Text readers see/).fill(text);
    await page.getByRole('button', { name: 'Add correction' }).click();
    await expect.poll(() => publicPage(`/news/${SLUG}/`), LOAD).toContain(text);
    await shot(page, 'journey-correction');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a contributor can write and submit, but is offered no way to publish or schedule', async () => {
    const { page, context, problems } = await openAs('contributor', '/articles/new', { axe: true });
    await page.getByRole('textbox', { name: 'Headline' }).fill('Letters: the pier vote', LOAD);
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type('Readers write in about the north pier.');
    await page.getByLabel('Section').selectOption('news');
    await page.keyboard.press('Control+s');
    await expect.poll(() => new URL(page.url()).pathname, LOAD).toBe('/admin/articles/letters-the-pier-vote');
    await page.getByRole('button', { name: 'Submit for review' }).waitFor(LOAD);
    expect(await page.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Schedule/ }).count()).toBe(0);
    await expectAccessible(page);
    // The server refuses it too, whatever the page offers.
    const refused = await context.request.post(`${origin}/api/admin/articles/letters-the-pier-vote/publish`, { headers: { origin } });
    expect(refused.status()).toBe(403);
    expect(problems.filter((p) => !p.startsWith('console: CSP'))).toEqual([]);
    await context.close();
  });
});
