import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseFeed } from '../../src/site/feeds/feed.test-support.ts';
import { TEST_PASSWORD } from '../support/sign-in.ts';
import { expectAccessible, openAs, origin, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

type Json = Record<string, unknown>;

async function apiGet(page: Page, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const res = await page.request.get(`${origin}/api/admin${path}`, { headers });
  return { status: res.status(), body: (await res.json().catch(() => ({}))) as Json };
}

/** Signs in from a fresh request context (no cookies of the page); answers the status. */
async function signInStatus(page: Page, email: string, password: string): Promise<number> {
  const request = await page.context().browser()?.newContext();
  if (!request) throw new Error('no browser');
  const res = await request.request.post(`${origin}/api/admin/session`, { data: { email, password }, headers: { origin } });
  await request.close();
  return res.status();
}

async function userByEmail(page: Page, email: string): Promise<Json | undefined> {
  return ((await apiGet(page, '/users')).body.items as Json[]).find((u) => u.email === email);
}

/** A label as shown: a required field's ends with an asterisk (hidden from screen readers). */
const field = (text: string) => new RegExp(`^${text}( \\*)?$`);
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** At 375 px nothing may push the page sideways (a table scrolls inside its own frame). */
async function expectNoSideScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

describe('the users screen', { timeout: 180_000 }, () => {
  it('creates a user with a generated password who can sign in, changes their role, disables and enables them', async () => {
    const { page, context, problems } = await openAs('administrator', '/users');
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByLabel('Email address').fill('new.reporter@example.org');
    await dialog.getByLabel('Name').fill('Nia Newcomer');
    await dialog.getByLabel(field('Role')).selectOption('editor');
    await dialog.getByLabel('Author profile').selectOption('declan-moorcroft');
    await dialog.getByRole('button', { name: 'Add user' }).click();

    // The generated password is shown once, with Copy.
    const secret = dialog.getByLabel('Password', { exact: true });
    await secret.waitFor(WAIT);
    const password = await secret.inputValue();
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){4}$/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), WAIT).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => activeText(page), WAIT).toBe('Add user');
    expect(await userByEmail(page, 'new.reporter@example.org')).toMatchObject({ name: 'Nia Newcomer', role: 'editor', author: { slug: 'declan-moorcroft' }, disabled: false });
    expect(await signInStatus(page, 'new.reporter@example.org', password)).toBe(200);

    await page.getByRole('button', { name: 'Edit Nia Newcomer' }).click();
    await dialog.getByLabel(field('Role')).selectOption('author');
    await expect.poll(() => dialog.getByText('A new role signs them out everywhere').count(), WAIT).toBe(1);
    await dialog.getByLabel('Author profile').selectOption('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Nia Newcomer saved.').count(), WAIT).toBe(1);
    expect(await userByEmail(page, 'new.reporter@example.org')).toMatchObject({ role: 'author', author: null });

    await page.getByRole('button', { name: 'Disable Nia Newcomer' }).click();
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(() => page.getByText('Nia Newcomer is disabled.').count(), WAIT).toBe(1);
    const row = page.getByRole('row', { name: /Nia Newcomer/ });
    await expect.poll(() => row.textContent(), WAIT).toContain('Disabled');
    expect(await signInStatus(page, 'new.reporter@example.org', password)).not.toBe(200);

    await page.getByRole('button', { name: 'Enable Nia Newcomer' }).click();
    await dialog.getByLabel('Type a password').check();
    await dialog.getByLabel(field('New password')).fill('a brand new harbour passphrase');
    await dialog.getByRole('button', { name: 'Enable with this password' }).click();
    await expect.poll(() => page.getByText('Nia Newcomer is enabled and can sign in.').count(), WAIT).toBe(1);
    expect(await signInStatus(page, 'new.reporter@example.org', 'a brand new harbour passphrase')).toBe(200);

    await page.getByRole('button', { name: 'Delete Nia Newcomer' }).click();
    await dialog.getByRole('button', { name: 'Delete user' }).click();
    await expect.poll(() => page.getByText('Nia Newcomer deleted.').count(), WAIT).toBe(1);
    expect(await userByEmail(page, 'new.reporter@example.org')).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('tx-count');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells the last administrator why they cannot step down, next to the role', async () => {
    const { page, context } = await openAs('administrator', '/users');
    await page.getByRole('button', { name: 'Edit Ada Admin' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(field('Role')).selectOption('editor');
    await expect.poll(() => dialog.getByText('This is you: a new role signs you out').count(), WAIT).toBe(1);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.locator('.field-error').textContent(), WAIT).toContain('last administrator');
    await expect.poll(() => dialog.getByRole('alert').textContent(), WAIT).toContain('make someone else an administrator first');
    expect(await dialog.getByLabel(field('Role')).getAttribute('aria-invalid')).toBe('true');
    expect(await userByEmail(page, 'administrator@example.org')).toMatchObject({ role: 'administrator' });
    // Nobody can disable or delete themselves from here.
    expect(await page.getByRole('button', { name: 'Disable Ada Admin' }).count()).toBe(0);
    await context.close();
  });
});

describe('the settings screen', { timeout: 180_000 }, () => {
  it('changes the title and time zone; the public home page shows the new title', async () => {
    const { page, context, problems } = await openAs('administrator', '/settings');
    await page.getByLabel('Site title').fill('The Quayside Courier');
    await page.getByLabel('Find a time zone').fill('tokyo');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
    await expect.poll(() => page.getByText(/It is now .* there/).textContent(), WAIT).toBeTruthy();
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await expect.poll(() => page.getByText('Pages in this language read right to left.').count(), WAIT).toBe(1);
    await page.getByLabel('Language', { exact: true }).selectOption('en-GB');
    await page.getByRole('form', { name: 'Site' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Site settings saved.', { exact: false }).count(), WAIT).toBe(1);
    expect((await apiGet(page, '/settings')).body).toMatchObject({ title: 'The Quayside Courier', timeZone: 'Asia/Tokyo', language: 'en-GB', smtpConfigured: false });
    const home = await page.request.get(`${origin}/`);
    expect(await home.text()).toContain('The Quayside Courier');
    // Mail is configured where the server runs: the screen says it is off and how to set it.
    expect(await page.getByText('Email is not set up').count()).toBe(1);
    expect(await page.getByText('DATELINE_SMTP_URL=smtps://').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches the feeds to summaries: /feed/ then carries the standfirst, not the body', async () => {
    const newest = async () => {
      const res = await fetch(`${origin}/feed/`);
      expect(res.status).toBe(200);
      const xml = await res.text();
      return { xml, item: parseFeed(xml).items[0] };
    };
    // Read first, so a cached copy of the full feed would be what a missed purge serves afterwards.
    const before = await newest();
    const slug = /\/([^/]+)\/$/.exec(before.item?.url ?? '')?.[1];
    const article = (await (await fetch(`${origin}/api/v1/articles/${slug}`)).json()) as { standfirst: string; bodyHtml: string };
    const paragraph = /<p>([^<]{40,}?)<\/p>/.exec(article.bodyHtml)?.[1] ?? '';
    expect(article.standfirst).not.toBe('');
    expect(paragraph).not.toBe('');
    expect(before.item?.content).toContain(paragraph);
    expect(before.xml).toContain(paragraph);

    const { page, context, problems } = await openAs('administrator', '/settings');
    const form = page.getByRole('form', { name: 'Site' });
    const feeds = form.getByRole('group', { name: 'Feeds show' });
    expect(await feeds.getByLabel('Full text').isChecked()).toBe(true);
    await feeds.getByLabel('Summary (standfirst)').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Site settings saved.', { exact: false }).count(), WAIT).toBe(1);
    expect((await apiGet(page, '/settings')).body).toMatchObject({ feedContent: 'summary' });

    const after = await newest();
    expect(after.item?.id).toBe(before.item?.id);
    expect(after.item?.description).toBe(article.standfirst);
    expect(after.item?.content).toBeNull();
    expect(after.xml).not.toContain(paragraph);
    await page.reload();
    await expect.poll(() => page.getByRole('group', { name: 'Feeds show' }).getByLabel('Summary (standfirst)').isChecked(), WAIT).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a changed comment policy', async () => {
    const { page, context } = await openAs('administrator', '/settings');
    const form = page.getByRole('form', { name: 'Comments' });
    await form.getByLabel('Every comment').check();
    await form.getByLabel('Blocked words').fill('casino\ncheap pills');
    await form.getByLabel('Close comments on articles older than (days)').fill('thirty');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('.field-error').textContent(), WAIT).toContain('whole number from 0 to 36,500');
    await form.getByLabel('Close comments on articles older than (days)').fill('30');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Comment settings saved.').count(), WAIT).toBe(1);
    expect((await apiGet(page, '/comment-settings')).body).toMatchObject({ moderation: 'all', closeAfterDays: 30, blockedWords: 'casino\ncheap pills' });
    await page.reload();
    await expect.poll(() => page.getByRole('form', { name: 'Comments' }).getByLabel('Every comment').isChecked(), WAIT).toBe(true);
    expect(await page.getByLabel('Close comments on articles older than (days)').inputValue()).toBe('30');
    await context.close();
  });

  it('creates an API token shown once, which works until it is revoked', async () => {
    const { page, context, problems } = await openAs('administrator', '/settings');
    await page.getByLabel(field('Name')).fill('Newsletter importer');
    await page.getByLabel(field('Role')).selectOption('administrator');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token.length).toBeGreaterThan(20);
    const bearer = { authorization: `Bearer ${token}` };
    const anonymous = await page.context().browser()?.newContext();
    if (!anonymous) throw new Error('no browser');
    expect((await anonymous.request.get(`${origin}/api/admin/users`, { headers: bearer })).status()).toBe(200);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Revoke Newsletter importer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => page.getByText('Token “Newsletter importer” revoked.').count(), WAIT).toBe(1);
    expect((await anonymous.request.get(`${origin}/api/admin/users`, { headers: bearer })).status()).toBe(401);
    await anonymous.close();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the account screen', { timeout: 180_000 }, () => {
  it('changes your own password; you then sign in with it and not with the old one', async () => {
    await services.accounts.createUser({ email: 'pat@example.org', name: 'Pat Pressman', role: 'contributor', password: TEST_PASSWORD });
    const { page, context, problems } = await openAs(null, '/account');
    await page.getByLabel('Email address').fill('pat@example.org');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Change your password' }).waitFor(WAIT);
    expect(await page.locator('.account-details').textContent()).toContain('pat@example.org');

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel(field('New password')).fill('tide tables at dawn');
    await page.getByLabel('New password again').fill('tide tables at dawn');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('.field-error').textContent(), WAIT).toContain('current password is not right');

    await page.getByLabel('Current password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.locator('p.notice-success').count(), WAIT).toBe(1);
    // This session goes on; signing in again takes the new password only.
    expect((await apiGet(page, '/session')).status).toBe(200);
    expect(await signInStatus(page, 'pat@example.org', 'tide tables at dawn')).toBe(200);
    expect(await signInStatus(page, 'pat@example.org', TEST_PASSWORD)).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('who sees these screens', { timeout: 180_000 }, () => {
  it('shows an author none of the taxonomy, users or settings screens, by navigation or by address', async () => {
    const { page, context } = await openAs('author', '/account');
    await page.getByRole('heading', { name: 'Your account' }).waitFor(WAIT);
    const links = await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link').allTextContents();
    for (const name of ['Sections', 'Tags', 'Authors', 'Users', 'Settings']) expect(links).not.toContain(name);
    for (const path of ['/sections', '/tags', '/authors', '/users', '/settings']) {
      await page.goto(`${origin}/admin${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Your role does not allow this.');
      expect(await page.getByRole('button', { name: /^(New|Add)/ }).count()).toBe(0);
    }
    await context.close();
  });

  // One test per look: each walks every screen and dialog, which takes a while on a loaded machine.
  it.each([['desktop', false], ['phone', true]] as const)('has no accessibility violations on the users, settings and account screens and their dialogs (%s, dark: %s)', async (viewport, dark) => {
    const { page, context } = await openAs('administrator', '/users', { viewport, dark, axe: true });
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'Edit Eddie Editor' }).waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `users-${viewport}`);
    await expectNoSideScroll(page);

    await page.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByLabel('Type a password').check();
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByRole('alert').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `user-new-${viewport}`);
    await expectNoSideScroll(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Set password Eddie Editor' }).click();
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await dialog.getByLabel('Password', { exact: true }).waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `user-password-${viewport}`);
    await expectNoSideScroll(page);
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Edit Ada Admin' }).click();
    await dialog.getByLabel(field('Role')).selectOption('moderator');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.locator('.field-error').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `user-last-admin-${viewport}`);
    await expectNoSideScroll(page);
    await page.keyboard.press('Escape');

    await page.goto(`${origin}/admin/settings`);
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Enter a name for the token.').first().waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `settings-${viewport}`);
    await expectNoSideScroll(page);

    await page.goto(`${origin}/admin/account`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Enter your current password.').first().waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, `account-${viewport}`);
    await expectNoSideScroll(page);
    await context.close();
  }, 240_000);
});
