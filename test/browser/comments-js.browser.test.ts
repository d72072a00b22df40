import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  KNOWN, WAIT, addApprovedComment, articlePath, dressThread, fillForm, letTimePass, newcomer, openArticle, origin,
  setUpCommentsSite, unique,
} from './comments.support.ts';
import { VIEWPORTS, runAxe, screenshotPath } from './support.ts';

setUpCommentsSite();

// textContent: the heading is upper-cased by CSS, which innerText would report.
const headingText = (page: Page) => page.locator('#comments-heading').evaluate((el) => el.textContent ?? '');
const countIn = (heading: string) => Number(/^(\d+)/.exec(heading)?.[1] ?? 0);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

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
