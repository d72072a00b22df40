import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { launchChromium, runAxe, scrollThrough, startDemoSite } from './support.ts';

// Page types come from the seeded demo, so the site starts while tests are collected.
const site = await startDemoSite();
const browser = await launchChromium();

afterAll(async () => {
  await browser.close();
  await site.close();
});

/** Loads a page in a CSP-bypassing context (axe is injected inline) and returns axe's violations. */
async function violationsOf(path: string, options: BrowserContextOptions, scrolled = false): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, ...options });
  try {
    const page = await context.newPage();
    await page.goto(site.origin + path);
    if (scrolled) {
      await scrollThrough(page);
      await page.waitForTimeout(400);
    }
    return await runAxe(page);
  } finally {
    await context.close();
  }
}

describe.each(site.pageTypes)('axe-core on the $name page ($path)', ({ path }) => {
  it('finds no WCAG 2.1 A/AA or best-practice violations in the light scheme', async () => {
    const violations = await violationsOf(path, { colorScheme: 'light' });
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('finds no violations in the dark scheme', async () => {
    const violations = await violationsOf(path, { colorScheme: 'dark' });
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('axe-core on the article page in other states', () => {
  it('finds no violations once scrolled, with the back-to-top button showing', async () => {
    const violations = await violationsOf(site.feature.path, {}, true);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('finds no violations at phone width', async () => {
    const violations = await violationsOf(site.feature.path, { viewport: { width: 375, height: 740 } }, true);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
