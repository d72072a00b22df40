import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, services, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom({ users: false });

describe('the newsroom app on a site with no users yet', () => {
  it('leads from /admin/ through first-run setup into the app, signed in as the new administrator', async () => {
    const { page, context, problems } = await openAs(null, '/');
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/admin/setup');
    await page.getByLabel(/name/i).first().fill('Nadia Founder');
    await page.getByLabel(/email/i).fill('nadia@example.org');
    await page.getByLabel(/password/i).fill('a long and unusual passphrase');
    await page.getByRole('button').filter({ hasText: /create|set up/i }).click();
    await page.getByRole('link', { name: 'Open the newsroom' }).click();
    await expect.poll(() => page.getByText('Signed in as Nadia Founder').count(), WAIT).toBe(1);
    await expect.poll(() => page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Settings' }).count(), WAIT).toBe(1);
    const users = await services.accounts.countUsers();
    expect(users).toBe(1);
    // Setup is gone for good once someone exists.
    expect((await context.request.get(page.url().replace(/\/admin\/.*$/, '/admin/setup'))).status()).toBe(404);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the signed-in app free of accessibility violations after setup', async () => {
    const { page, context } = await openAs(null, '/', { axe: true });
    await page.getByRole('button', { name: 'Sign in' }).waitFor(WAIT);
    await page.getByLabel('Email address').fill('nadia@example.org');
    await page.getByLabel('Password').fill('a long and unusual passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Nadia Founder').waitFor(WAIT);
    await expectAccessible(page);
    await shot(page, 'after-setup-desktop');
    await context.close();
  });
});
