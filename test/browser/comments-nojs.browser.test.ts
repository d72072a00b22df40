import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  KNOWN, WAIT, addApprovedComment, articlePath, dressThread, fillForm, letTimePass, newcomer, openArticle, origin,
  services, setUpCommentsSite, unique,
} from './comments.support.ts';
import { runAxe } from './support.ts';

setUpCommentsSite();

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

describe('the thread as read and seen', () => {
  beforeAll(dressThread);

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
});
