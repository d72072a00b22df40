import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { issueFormStamp } from '../../src/comments/form-stamp.ts';
import { DEMO_LEAD_SLUG, seedDemo, seedDemoComments } from '../../src/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestServices } from '../support/db-matrix.ts';
import { VIEWPORTS, launchChromium, runAxe, screenshotPath } from './support.ts';

type Services = Awaited<ReturnType<typeof createTestServices>>;

let browser: Browser;
let services: Services;
let origin: string;
let articlePath: string;
let articleId: number;
let close: () => Promise<void>;

/** A port that was free a moment ago: the site URL must be known before the app is built. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The site URL is the served origin, so the browser's Origin header passes the cross-site check.
  services = await createTestServices('sqlite', { siteUrl: origin });
  await seedDemo(services.writer, services.clock);
  await seedDemoComments(services.comments, services.clock, DEMO_LEAD_SLUG);
  const article = await services.comments.articleBySlug(DEMO_LEAD_SLUG);
  if (!article) throw new Error('the demo lead article is missing');
  articlePath = `/${article.sectionSlug}/${article.slug}/`;
  articleId = article.id;
  const app = await buildApp(services);
  await app.listen({ host: '127.0.0.1', port });
  browser = await launchChromium();
  close = async () => { await browser.close(); await app.close(); await services.close(); };
});

afterAll(async () => { await close?.(); });

/**
 * The form stamp rule is kept as it is (3 s at least between drawing the form and posting) and
 * met by moving the services' fixed clock on after the page is loaded. 20 s also clears the
 * flood window (15 s per address), which every post from this browser shares.
 */
function letTimePass(): void {
  services.clock.advance(20_000);
}

let seq = 0;

/** A number no other comment in this file uses, so texts never collide (duplicates are refused). */
function unique(): number {
  seq += 1;
  return seq;
}

/** A commenter nobody has approved yet: held for moderation. */
function newcomer(): { name: string; email: string } {
  seq += 1;
  return { name: `Newcomer ${seq}`, email: `newcomer${seq}@example.invalid` };
}

/** A demo commenter whose earlier comment was approved: shown at once. */
const KNOWN = { name: 'Maeve Corrigan', email: 'reader1@example.invalid' };

/** Adds an approved comment through the service, as a reader elsewhere would have. */
async function addApprovedComment(text: string, parentId: number | null = null): Promise<number> {
  seq += 1;
  const name = `Reader ${seq}`;
  const secrets = await services.comments.secrets();
  const outcome = await services.comments.submit({
    articleId, parentId, name, email: `seeded${seq}@example.invalid`, website: '', text, honeypot: '',
    stamp: issueFormStamp(secrets.formStamp, services.clock.now().getTime() - 60_000), ip: `198.51.100.${seq % 250}`, userAgent: 'test',
  });
  if (!outcome.visible) await services.comments.moderation.apply(outcome.id, 'approve');
  return outcome.id;
}

async function openArticle(options: BrowserContextOptions = {}): Promise<{ page: Page; done(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const page = await context.newPage();
  const response = await page.goto(origin + articlePath);
  expect(response?.status()).toBe(200);
  return { page, done: () => context.close() };
}

async function fillForm(page: Page, values: { text: string; name?: string; email?: string; url?: string }): Promise<void> {
  await page.locator('#comment').fill(values.text);
  if (values.name !== undefined) await page.locator('#author').fill(values.name);
  if (values.email !== undefined) await page.locator('#email').fill(values.email);
  if (values.url !== undefined) await page.locator('#url').fill(values.url);
}

/** Presses Post Comment on a page without the script and returns the answer to the form post. */
async function postWithoutScript(page: Page): Promise<{ status: number; body: string }> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/comments')),
    page.getByRole('button', { name: 'Post Comment' }).click(),
  ]);
  await page.waitForLoadState();
  const status = response.status();
  return { status, body: status >= 400 ? `the form came back saying: ${await page.locator('#comment-form-error').innerText()}` : '' };
}

const commentIdOf = (url: string) => Number(/#comment-(\d+)$/.exec(url)?.[1]);
// textContent: the heading is upper-cased by CSS, which innerText would report.
const headingText = (page: Page) => page.locator('#comments-heading').evaluate((el) => el.textContent ?? '');
const countIn = (heading: string) => Number(/^(\d+)/.exec(heading)?.[1] ?? 0);
// Page loads and posts are slow on a loaded two-core machine: what is awaited gets 15 s.
const WAIT = { timeout: 15_000 };
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('posting without JavaScript', () => {
  it('shows a first-time comment as awaiting moderation to its sender only, and to everyone once approved', async () => {
    const sender = await openArticle({ javaScriptEnabled: false });
    const text = `A first thought on the tram line ${unique()}`;
    await fillForm(sender.page, { text, ...newcomer() });
    letTimePass();
    expect((await postWithoutScript(sender.page)).status).toBe(303);
    await sender.page.waitForURL(/\?unapproved=\d+&moderation-hash=[\w-]+#comment-\d+$/);
    const id = commentIdOf(sender.page.url());
    const mine = sender.page.locator(`#comment-${id}`);
    expect(await mine.locator('.comment-content').innerText()).toBe(text);
    expect(await mine.locator('.comment-awaiting').innerText()).toContain('Your comment is awaiting moderation');
    expect(await mine.locator('.comment-awaiting').isVisible()).toBe(true);

    const other = await openArticle({ javaScriptEnabled: false });
    expect(await other.page.getByText(text).count()).toBe(0);
    await services.comments.moderation.apply(id, 'approve');
    await expect.poll(async () => {
      await other.page.reload();
      return other.page.locator(`#comment-${id} .comment-content`).count();
    }, WAIT).toBe(1);
    expect(await other.page.locator(`#comment-${id} .comment-awaiting`).count()).toBe(0);
    await sender.done();
    await other.done();
  });

  it('sends the form back with the problem next to the field and what was typed kept', async () => {
    const { page, done } = await openArticle({ javaScriptEnabled: false });
    const who = newcomer();
    // Only spaces: the browser's `required` check passes, the server's does not.
    await fillForm(page, { text: '   ', ...who, url: 'https://example.org/me' });
    letTimePass();
    expect((await postWithoutScript(page)).status).toBe(400);
    expect(await page.locator('#comment-error').innerText()).toBe('Please type your comment.');
    expect(await page.locator('#comment-error').isVisible()).toBe(true);
    expect(await page.locator('#comment').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#comment').getAttribute('aria-describedby')).toContain('comment-error');
    expect(await page.locator('#comment-form-error').innerText()).not.toBe('');
    expect(await page.locator('#author').inputValue()).toBe(who.name);
    expect(await page.locator('#email').inputValue()).toBe(who.email);
    expect(await page.locator('#url').inputValue()).toBe('https://example.org/me');

    // Corrected and sent again from the page that came back.
    const text = `Now with words ${unique()}`;
    await fillForm(page, { text });
    letTimePass();
    const again = await postWithoutScript(page);
    expect(again.status, again.body).toBe(303);
    await page.waitForURL(/\?unapproved=\d+&moderation-hash=[\w-]+#comment-\d+$/);
    expect(await page.locator(`#comment-${commentIdOf(page.url())} .comment-content`).innerText()).toBe(text);
    await done();
  });

  it('replies through the Reply link and shows the reply nested under its parent', async () => {
    const parentId = await addApprovedComment('Which stops will close during the works?');
    const { page, done } = await openArticle({ javaScriptEnabled: false });
    const parent = page.locator(`#comment-${parentId}`);
    const parentName = await parent.locator('.comment-author').innerText();
    await parent.locator('.comment-reply-link').click();
    await page.waitForURL(new RegExp(`\\?replytocom=${parentId}#respond$`));
    expect(await page.locator('#reply-title').innerText()).toContain(`Leave a Reply to ${parentName}`);
    expect(await page.getByRole('link', { name: 'Cancel reply' }).isVisible()).toBe(true);
    expect(await page.locator('#comment_parent').inputValue()).toBe(String(parentId));

    const text = 'None, according to the consultation map.';
    await fillForm(page, { text, ...KNOWN });
    letTimePass();
    const posted = await postWithoutScript(page);
    expect(posted.status, posted.body).toBe(303);
    await page.waitForURL(/#comment-\d+$/);
    const id = commentIdOf(page.url());
    expect(page.url()).not.toContain('unapproved');
    const reply = page.locator(`#comment-${parentId} > ol.children > li#comment-${id}`);
    expect(await reply.locator('.comment-content').innerText()).toBe(text);
    expect(await reply.locator('.comment-awaiting').count()).toBe(0);
    await done();
  });

  it('hides the Remember me box, which needs the script, and keeps the robot trap rendered but off-screen', async () => {
    const { page, done } = await openArticle({ javaScriptEnabled: false });
    expect(await page.locator('.comment-form-cookies-consent').isVisible()).toBe(false);
    const trap = await page.locator('.comment-form-hp').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { display: getComputedStyle(el).display, offScreen: box.right <= 0 || box.bottom <= 0 };
    });
    expect(trap).toEqual({ display: 'block', offScreen: true });
    await done();
  });
});

describe('posting with JavaScript', () => {
  it('posts in place, and tells a first-time commenter the comment awaits moderation', async () => {
    const { page, done } = await openArticle();
    const before = await headingText(page);
    await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
    const url = page.url();
    const text = `Posted in place ${unique()}`;
    await fillForm(page, { text, ...newcomer() });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    const status = page.locator('#comment-status');
    await expect.poll(() => status.innerText(), WAIT).toContain('Your comment is awaiting moderation');
    expect(await status.getAttribute('role')).toBe('status');
    const item = page.locator('ol.comment-list > li.comment').last();
    expect(await item.locator('.comment-content').innerText()).toBe(text);
    expect(await item.locator('.comment-awaiting').isVisible()).toBe(true);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await headingText(page)).toBe(before);
    expect(await page.locator('#comment').inputValue()).toBe('');
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
    await done();
  });

  it('shows a known commenter\'s comment at once and counts it in the heading', async () => {
    const { page, done } = await openArticle();
    const before = countIn(await headingText(page));
    const text = `Known voices appear at once ${unique()}`;
    await fillForm(page, { text, ...KNOWN });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment-status').innerText(), WAIT).toBe('Your comment was posted.');
    const item = page.locator('ol.comment-list > li.comment').last();
    expect(await item.locator('.comment-content').innerText()).toBe(text);
    expect(await item.locator('.comment-awaiting').count()).toBe(0);
    expect(await headingText(page)).toBe(`${before + 1} Comments`);
    // What the page showed in place is what everyone now sees.
    await page.reload();
    expect(await page.locator(`#${await item.getAttribute('id')} .comment-content`).innerText()).toBe(text);
    expect(await headingText(page)).toBe(`${before + 1} Comments`);
    await done();
  });

  it('moves the form under the comment replied to, and nests the reply there once posted', async () => {
    const parentId = await addApprovedComment('Is the depot moving too?');
    const { page, done } = await openArticle();
    const parent = page.locator(`#comment-${parentId}`);
    const name = await parent.locator('.comment-author').innerText();
    await parent.locator('.comment-reply-link').click();
    expect(await page.evaluate((id) => document.querySelector(`#comment-${id} > article.comment-body`)?.nextElementSibling?.id, parentId)).toBe('respond');
    expect(await page.locator('#reply-title .reply-title-text').innerText()).toBe(`Leave a Reply to ${name}`);
    expect(await page.getByRole('link', { name: 'Cancel reply' }).isVisible()).toBe(true);
    expect(await page.locator('#comment_parent').inputValue()).toBe(String(parentId));
    expect(await activeId(page)).toBe('comment');
    expect(page.url()).toBe(origin + articlePath);

    const text = 'The depot stays where it is.';
    await fillForm(page, { text, ...KNOWN });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator(`#comment-${parentId} > ol.children > li.comment`).count(), WAIT).toBe(1);
    expect(await page.locator(`#comment-${parentId} > ol.children > li.comment .comment-content`).innerText()).toBe(text);
    expect(await page.evaluate(() => document.getElementById('respond')?.parentElement?.id)).toBe('comments');
    expect(await page.locator('#reply-title .reply-title-text').innerText()).toBe('Leave a Reply');
    expect(await page.getByRole('link', { name: 'Cancel reply' }).isVisible()).toBe(false);
    expect(await page.locator('#comment_parent').inputValue()).toBe('0');
    await done();
  });

  it('shows a refused comment\'s reason in the alert and keeps what was typed', async () => {
    const { page, done } = await openArticle();
    const text = `Said twice ${unique()}`;
    await fillForm(page, { text, ...KNOWN });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment-status').innerText(), WAIT).toBe('Your comment was posted.');
    await fillForm(page, { text });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), WAIT).toContain('already said that');
    expect(await alert.getAttribute('id')).toBe('comment-form-error');
    expect(await alert.isVisible()).toBe(true);
    expect(await page.locator('#comment').inputValue()).toBe(text);
    expect(await page.getByText(text, { exact: true }).count()).toBe(1);
    await done();
  });

  it('shows a field\'s problem next to it and puts the cursor there', async () => {
    const { page, done } = await openArticle();
    await fillForm(page, { text: '  \n  ', ...newcomer() });
    letTimePass();
    await page.locator('#author').focus();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment-error').innerText(), WAIT).not.toBe('');
    expect(await page.locator('#comment').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('p.comment-form-comment').getAttribute('class')).toContain('has-error');
    expect(await activeId(page)).toBe('comment');
    // Once corrected, the mark goes with the next attempt.
    await fillForm(page, { text: `Corrected ${unique()}` });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment-status').innerText(), WAIT).toContain('awaiting moderation');
    expect(await page.locator('#comment').getAttribute('aria-invalid')).toBe(null);
    expect(await page.locator('#comment-error').isVisible()).toBe(false);
    await done();
  });

  it('says so when the comment cannot be sent, and keeps what was typed', async () => {
    const { page, done } = await openArticle();
    await page.route('**/comments', (route) => route.abort('internetdisconnected'));
    const text = 'Typed on a train going into a tunnel';
    await fillForm(page, { text, ...newcomer() });
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), WAIT).toContain('could not be sent');
    expect(await page.locator('#comment').inputValue()).toBe(text);
    expect(await page.getByRole('button', { name: 'Post Comment' }).isEnabled()).toBe(true);
    await done();
  });

  it('sends one comment however often the reader presses Post while it is on its way', async () => {
    const { page, done } = await openArticle();
    const posts: string[] = [];
    page.on('request', (request) => { if (request.method() === 'POST') posts.push(request.url()); });
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/comments', async (route) => { await held; await route.continue(); });
    const text = `Pressed twice ${unique()}`;
    await fillForm(page, { text, ...newcomer() });
    letTimePass();
    const button = page.getByRole('button', { name: 'Post Comment' });
    await button.click();
    await expect.poll(() => button.isDisabled(), WAIT).toBe(true);
    await page.locator('#author').press('Enter');
    release();
    await expect.poll(() => page.locator('#comment-status').innerText(), WAIT).toContain('awaiting moderation');
    expect(posts).toHaveLength(1);
    expect(await page.getByText(text, { exact: true }).count()).toBe(1);
    expect(await button.isEnabled()).toBe(true);
    await done();
  });

  it('remembers the commenter in this browser only when asked, and forgets when unticked', async () => {
    const { page, done } = await openArticle();
    const who = newcomer();
    await fillForm(page, { text: `Remember me ${unique()}`, ...who, url: 'https://example.org/remembered' });
    await page.getByLabel('Save my name, email, and website').check();
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment-status').innerText(), WAIT).toContain('awaiting moderation');
    await page.reload();
    expect(await page.locator('#author').inputValue()).toBe(who.name);
    expect(await page.locator('#email').inputValue()).toBe(who.email);
    expect(await page.locator('#url').inputValue()).toBe('https://example.org/remembered');
    expect(await page.getByLabel('Save my name, email, and website').isChecked()).toBe(true);
    expect(await page.locator('#comment').inputValue()).toBe('');
    const cookies = JSON.stringify(await page.context().cookies());
    expect(cookies).not.toContain(who.email);
    expect(cookies).not.toContain(encodeURIComponent(who.email));
    expect(await (await page.request.get(origin + articlePath)).text()).not.toContain(who.email);

    await page.getByLabel('Save my name, email, and website').uncheck();
    await fillForm(page, { text: `Forget me ${unique()}` });
    letTimePass();
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await expect.poll(() => page.locator('#comment').inputValue(), WAIT).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('dateline-commenter'))).toBe(null);
    await page.reload();
    expect(await page.locator('#email').inputValue()).toBe('');
    await done();
  });
});

describe('replying by keyboard', () => {
  it('reaches Reply with Tab, moves the form with Enter, and Cancel brings it back', async () => {
    const parentId = await addApprovedComment('Keyboard readers comment too.');
    const { page, done } = await openArticle();
    await page.locator(`#comment-${parentId} .comment-permalink`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('comment-reply-link');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`comment-${parentId}`);
    const outline = await page.evaluate(() => document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none');
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('comment');
    expect(await page.evaluate(() => document.getElementById('respond')?.closest('li')?.id)).toBe(`comment-${parentId}`);
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('cancel-comment-reply-link');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('comment');
    expect(await page.evaluate(() => document.getElementById('respond')?.parentElement?.id)).toBe('comments');
    expect(await page.locator('#comment_parent').inputValue()).toBe('0');
    expect(await page.locator('#reply-title .reply-title-text').innerText()).toBe('Leave a Reply');
    expect(page.url()).toBe(origin + articlePath);
    await done();
  });
});

/** Adds what a busy thread holds: a staff reply, a removed comment whose reply stays, and a thread five deep. */
async function dressThread(): Promise<void> {
  let deepest: number | null = null;
  for (const depth of [1, 2, 3, 4, 5]) deepest = await addApprovedComment(`At depth ${depth}, where a phone still needs room to read.`, deepest);
  const asked = await addApprovedComment('When do the drop-in sessions start?');
  const userId = await services.accounts.createUser({ email: 'desk@example.org', name: 'News Desk', role: 'moderator', password: 'correct horse battery staple' });
  await services.comments.moderation.reply({ id: userId, email: 'desk@example.org', name: 'News Desk', role: 'moderator', authorId: null }, asked, 'Next Tuesday, at the library.');
  const removed = await addApprovedComment('This one breaks the rules.');
  await addApprovedComment('A reply that outlives its parent.', removed);
  await services.comments.moderation.apply(removed, 'trash');
}

describe('the thread as read and seen', () => {
  beforeAll(dressThread);

  it('has no axe-core violations with replies, a removed comment, a staff reply and errors shown', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, done } = await openArticle({ bypassCSP: true, colorScheme });
      expect(await page.locator('.comment-removed').count()).toBeGreaterThan(0);
      expect(await page.locator('.staff-badge').count()).toBeGreaterThan(0);
      await page.locator('.comment-reply-link').first().click();
      await fillForm(page, { text: ' ', ...newcomer() });
      letTimePass();
      await page.getByRole('button', { name: 'Post Comment' }).click();
      await expect.poll(() => page.locator('#comment-error').innerText(), WAIT).not.toBe('');
      const violations = await runAxe(page);
      expect(violations, violations.join('\n')).toEqual([]);
      await done();
    }
  });

  it('has no axe-core violations on the page sent back without JavaScript, errors and all', async () => {
    const { page, done } = await openArticle({ bypassCSP: true });
    const stamp = await page.locator('input[name="stamp"]').inputValue();
    letTimePass();
    const refused = await page.request.post(origin + articlePath + 'comments', { form: { comment: ' ', author: '', email: 'not-an-address', url: 'ftp://x', stamp, comment_parent: '0' } });
    expect(refused.status()).toBe(400);
    const html = await refused.text();
    await page.route(origin + articlePath + '?refused', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(origin + articlePath + '?refused');
    expect(await page.locator('.has-error').count()).toBeGreaterThanOrEqual(3);
    const violations = await runAxe(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await done();
  });

  it('is valid HTML (Nu HTML Checker) with a busy thread and with errors shown', async () => {
    const page = await (await fetch(origin + articlePath)).text();
    const stamp = /name="stamp" value="([^"]+)"/.exec(page)?.[1] ?? '';
    letTimePass();
    const refused = await fetch(origin + articlePath + 'comments', {
      method: 'POST', body: new URLSearchParams({ comment: ' ', author: '', email: 'x', url: 'ftp://x', stamp, comment_parent: '0' }),
    });
    expect(refused.status).toBe(400);
    const dir = mkdtempSync(join(tmpdir(), 'dateline-vnu-'));
    try {
      writeFileSync(join(dir, 'thread.html'), page);
      writeFileSync(join(dir, 'refused.html'), await refused.text());
      const jar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
      const { stdout } = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--stdout', join(dir, 'thread.html'), join(dir, 'refused.html')])
        .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const errors = (JSON.parse(stdout) as { messages: { type: string; message: string; extract?: string }[] }).messages
        .filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${m.message}: ${m.extract ?? ''}`);
      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('indents replies from the start side, also when the page reads right to left', async () => {
    const { page, done } = await openArticle({ viewport: VIEWPORTS.phone });
    const sides = () => page.locator('ol.children').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { left: s.borderLeftWidth, right: s.borderRightWidth };
    });
    expect(await sides()).toEqual({ left: '2px', right: '0px' });
    await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
    expect(await sides()).toEqual({ left: '0px', right: '2px' });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, view: window.innerWidth,
      deepest: document.querySelector('.depth-5 .comment-content')?.getBoundingClientRect().width ?? 0,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    // Indentation is capped: the fifth level keeps most of a 375 px phone's width.
    expect(widths.deepest).toBeGreaterThanOrEqual(260);
    await done();
  });

  it('takes screenshots of the thread and form at desktop and phone widths', async () => {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const { page, done } = await openArticle({ viewport });
      await page.evaluate(() => document.querySelectorAll('img').forEach((img) => { img.loading = 'eager'; }));
      await page.waitForLoadState('networkidle');
      const file = screenshotPath(`comments-${device}`);
      await page.locator('#comments').screenshot({ path: file, animations: 'disabled' });
      expect(readFileSync(file).readUInt32BE(16)).toBeLessThanOrEqual(viewport.width);
      // The form moved under a reply, with a problem shown.
      await page.locator('.children .comment-reply-link').first().click();
      await fillForm(page, { text: ' ', ...newcomer() });
      letTimePass();
      await page.getByRole('button', { name: 'Post Comment' }).click();
      await expect.poll(() => page.locator('#comment-error').innerText(), WAIT).not.toBe('');
      const reply = page.locator('li.comment', { has: page.locator('#respond') }).last();
      await reply.screenshot({ path: screenshotPath(`comments-reply-${device}`), animations: 'disabled' });
      await done();
    }
  });
});
