import { describe, expect, it } from 'vitest';
import { expectAccessible, openAs, setUpNewsroom, shot, WAIT } from './admin.support.ts';

setUpNewsroom();

describe('the newsroom app: signing in and out', () => {
  it('signs a journalist in with email and password, and out again', async () => {
    const { page, context, problems } = await openAs(null, '/');
    await page.getByLabel('Email address').fill('editor@example.org');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('Signed in as Eddie Editor').count(), WAIT).toBe(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByText('You are signed out.').count(), WAIT).toBe(1);
    expect((await context.request.get(page.url().replace(/\/admin.*/, '/api/admin/session'))).status()).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says why a sign-in was refused, next to the form', async () => {
    const { page, context } = await openAs(null, '/');
    await page.getByLabel('Email address').fill('editor@example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), WAIT).toMatch(/email|password/i);
    await context.close();
  });

  it('shows each role only the screens it may use', async () => {
    const expected = {
      contributor: ['Articles', 'New article'],
      moderator: ['Comments'],
      administrator: ['Articles', 'New article', 'Media', 'Comments', 'Sections', 'Tags', 'Authors', 'Users', 'Settings'],
    } as const;
    for (const [role, items] of Object.entries(expected)) {
      const { page, context } = await openAs(role as keyof typeof expected, '/');
      const nav = page.getByRole('navigation', { name: 'Newsroom' });
      // "Comments" may carry a pending count after its name.
      const names = async () => (await nav.getByRole('link').allTextContents()).map((text) => text.replace(/\s*\d.*$/, ''));
      await expect.poll(names, WAIT).toEqual(items);
      await context.close();
    }
  });

  it('has no accessibility violations on the sign-in screen, light and dark, desktop and phone', async () => {
    for (const [viewport, dark] of [['desktop', false], ['phone', true]] as const) {
      const { page, context } = await openAs(null, '/', { viewport, dark, axe: true });
      await page.getByRole('button', { name: 'Sign in' }).waitFor(WAIT);
      await expectAccessible(page);
      await shot(page, `sign-in-${viewport}`);
      await context.close();
    }
  });
});
