import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { VIEWPORTS, launchChromium, openContext, scrollThrough, screenshotPath, startDemoSite } from './support.ts';

// Page types come from the seeded demo, so the site starts while tests are collected.
const site = await startDemoSite();
const browser = await launchChromium();

afterAll(async () => {
  await browser.close();
  await site.close();
});

const MAX_SCRIPT_BYTES = 5 * 1024;

async function visit(path: string, options: BrowserContextOptions = {}) {
  const { context, requests } = await openContext(browser, options);
  const page = await context.newPage();
  const response = await page.goto(site.origin + path);
  return { page, response, requests, done: () => context.close() };
}

const backgroundOf = (page: Page) => page.evaluate(() => {
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const body = getComputedStyle(document.body);
  const [r = 0, g = 0, b = 0] = parse(body.backgroundColor);
  return { background: body.backgroundColor, color: body.color, brightness: (r * 299 + g * 587 + b * 114) / 1000 };
});

describe.each(site.pageTypes)('$name page ($path)', ({ name, path, status }) => {
  it(`answers ${status}, loads one stylesheet and at most 5 KB of script, and requests nothing from another host`, async () => {
    const { context, requests } = await openContext(browser);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    const stylesheets: string[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script') scripts.push(response.body().then((b) => b.length));
      if (type === 'stylesheet') stylesheets.push(response.url());
    });
    const response = await page.goto(site.origin + path);
    expect(response?.status()).toBe(status);
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    const inPage = await page.evaluate(() => ({
      stylesheetLinks: document.querySelectorAll('link[rel~="stylesheet"]').length,
      styleElements: document.querySelectorAll('style').length,
      inlineScriptBytes: Array.from(document.scripts)
        .filter((s) => !s.src && s.type !== 'application/ld+json')
        .reduce((sum, s) => sum + (s.textContent ?? '').length, 0),
    }));
    expect(inPage.stylesheetLinks).toBe(1);
    expect(inPage.styleElements).toBe(0);
    expect(stylesheets).toHaveLength(1);
    const scriptBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + inPage.inlineScriptBytes;
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThanOrEqual(MAX_SCRIPT_BYTES);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
    await context.close();
  });

  it('has no horizontal scroll at 320 px wide', async () => {
    const { page, done } = await visit(path, { viewport: { width: 320, height: 640 } });
    await scrollThrough(page);
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? Infinity, body: document.body.scrollWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(320);
    expect(widths.body).toBeLessThanOrEqual(320);
    await done();
  });

  it('gives every story headline in a list at least half its entry\'s width at desktop, image or not', async () => {
    const { page, done } = await visit(path);
    const squeezed = await page.evaluate(() => Array.from(document.querySelectorAll('main li article'))
      .map((card) => ({ card, headline: card.querySelector('h2, h3') }))
      .filter(({ card, headline }) => headline && headline.getBoundingClientRect().width < card.getBoundingClientRect().width / 2)
      .map(({ card, headline }) => `${headline?.textContent?.trim()} (${Math.round(headline?.getBoundingClientRect().width ?? 0)} of ${Math.round(card.getBoundingClientRect().width)} px)`));
    expect(squeezed).toEqual([]);
    await done();
  });

  it('has a skip link as the first Tab stop that moves focus to the main content', async () => {
    const { page, done } = await visit(path);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el?.getBoundingClientRect();
      return { href: el?.getAttribute('href'), text: el?.textContent?.trim(), inView: !!r && r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0 };
    });
    expect(skip.href).toBe('#main');
    expect(skip.text).toBe('Skip to content');
    expect(skip.inView).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await done();
  });

  it('has banner, navigation, main and contentinfo landmarks', async () => {
    const { page, done } = await visit(path);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.locator('main').getAttribute('id')).toBe('main');
    await done();
  });

  it('switches to dark colours when the reader prefers a dark scheme', async () => {
    const light = await visit(path, { colorScheme: 'light' });
    const dark = await visit(path, { colorScheme: 'dark' });
    const [l, d] = [await backgroundOf(light.page), await backgroundOf(dark.page)];
    expect(d.background).not.toBe(l.background);
    expect(d.color).not.toBe(l.color);
    expect(d.brightness).toBeLessThan(l.brightness);
    await light.done();
    await dark.done();
  });

  it('takes a screenshot at desktop and phone widths', async () => {
    const fullPage = name === 'article' || name === 'home';
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const { page, done } = await visit(path, { viewport });
      await scrollThrough(page);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForTimeout(300);
      const file = screenshotPath(`${name}-${device}`);
      await page.screenshot({ path: file, fullPage, animations: 'disabled' });
      const png = readFileSync(file);
      expect(png.readUInt32BE(16)).toBe(viewport.width);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(viewport.height);
      await done();
    }
  });
});

describe('article page presentation', () => {
  const path = site.feature.path;

  it('prints without navigation, share links, related articles or the back-to-top button', async () => {
    const { page, done } = await visit(path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Sections' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Share this article' }).isVisible()).toBe(false);
    expect(await page.locator('main article a[href^="mailto:"]').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Related Articles' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Back to top', exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('main article figure ~ div p').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('navigation', { name: 'Sections' }).isVisible()).toBe(true);
    await done();
  });

  it('takes a phone screenshot mid-article with the back-to-top button showing', async () => {
    const { page, done } = await visit(path, { viewport: VIEWPORTS.phone });
    await page.mouse.move(100, 300);
    await page.mouse.wheel(0, 1400);
    const button = page.getByRole('link', { name: 'Back to top', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('article-scrolled-phone') });
    await done();
  });
});
