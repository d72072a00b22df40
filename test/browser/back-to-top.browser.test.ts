import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { VIEWPORTS, launchChromium, openContext, startDemoSite, type DemoSite, openFeatureFromSection } from './support.ts';

let site: DemoSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startDemoSite(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openArticle(options: BrowserContextOptions = {}): Promise<{ page: Page; button: Locator; done(): Promise<void> }> {
  const { context } = await openContext(browser, options);
  const page = await context.newPage();
  await page.goto(site.origin + site.feature.path);
  return { page, button: page.getByRole('link', { name: 'Back to top', exact: true }), done: () => context.close() };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

async function scrollToBottom(page: Page): Promise<number> {
  await page.mouse.move(VIEWPORTS.phone.width / 2, 300);
  for (let i = 0; i < 40 && (await page.evaluate(() => window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2)); i++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(30);
  }
  return scrollY(page);
}

/** Clicks the button inside the page and samples the scroll position every frame until it settles. */
function clickAndTrace(button: Locator): Promise<number[]> {
  return button.evaluate(async (el: HTMLElement) => {
    const trace = [window.scrollY];
    el.click();
    trace.push(window.scrollY);
    for (let i = 0; i < 180 && window.scrollY > 0; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      trace.push(window.scrollY);
    }
    return trace;
  });
}

describe('Back to top, with JavaScript', () => {
  it('is a real link to an anchor at the very top of the page, with an accessible name', async () => {
    const { page, button, done } = await openArticle();
    const link = page.locator('a[href="#top"]');
    expect(await link.count()).toBe(1);
    const anchorTop = await page.evaluate(() => {
      const top = document.getElementById('top');
      return top ? top.getBoundingClientRect().top + window.scrollY : null;
    });
    expect(anchorTop).toBe(0);
    await scrollToBottom(page);
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.evaluate((el) => el === document.querySelector('a[href="#top"]'))).toBe(true);
    await done();
  });

  it('stays out of the way at the top and appears once the reader scrolls down', async () => {
    const { page, button, done } = await openArticle();
    expect(await scrollY(page)).toBe(0);
    expect(await button.isVisible()).toBe(false);
    await scrollToBottom(page);
    await expect.poll(() => button.isVisible()).toBe(true);
    await expect.poll(() => button.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    const box = await button.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width).toBe(true);
    await done();
  });

  it('brings the reader back to the top of the page when clicked', async () => {
    const { page, button, done } = await openArticle();
    expect(await scrollToBottom(page)).toBeGreaterThan(1000);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => scrollY(page), { timeout: 5000 }).toBe(0);
    const banner = await page.getByRole('banner').boundingBox();
    expect(banner?.y).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await done();
  });

  it('scrolls smoothly when the reader has not asked for reduced motion', async () => {
    const { page, button, done } = await openArticle({ reducedMotion: 'no-preference' });
    const start = await scrollToBottom(page);
    await expect.poll(() => button.isVisible()).toBe(true);
    const trace = await clickAndTrace(button);
    expect(trace.at(-1)).toBe(0);
    const inBetween = trace.filter((y) => y > 0 && y < start);
    expect(inBetween.length, `scroll positions after the click: ${trace.join(', ')}`).toBeGreaterThanOrEqual(2);
    await done();
  });

  it('jumps straight to the top when the reader prefers reduced motion', async () => {
    const { page, button, done } = await openArticle({ reducedMotion: 'reduce' });
    await scrollToBottom(page);
    await expect.poll(() => button.isVisible()).toBe(true);
    const trace = await clickAndTrace(button);
    expect(trace[1], `scroll positions after the click: ${trace.join(', ')}`).toBe(0);
    await done();
  });

  it('can be reached with Tab after the page content and activated with Enter', async () => {
    const { page, button, done } = await openArticle();
    await scrollToBottom(page);
    await expect.poll(() => button.isVisible()).toBe(true);
    // Focus whatever precedes the button in tab order, then Tab onto it as a keyboard user would.
    await page.evaluate(() => {
      const focusable = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'));
      const index = focusable.findIndex((el) => el.classList.contains('back-to-top') || el.getAttribute('href') === '#top');
      focusable[index - 1]?.focus();
    });
    await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.isVisible()).toBe(true);
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => scrollY(page), { timeout: 5000 }).toBe(0);
    await done();
  });

  it('does not hide the end of the article at phone width when shown', async () => {
    const { page, button, done } = await openArticle({ viewport: VIEWPORTS.phone });
    await scrollToBottom(page);
    await expect.poll(() => button.isVisible()).toBe(true);
    const box = await button.boundingBox();
    // At the very bottom no word of the page footer may sit under the button.
    const covered = await page.evaluate((rect) => {
      if (!rect) return ['no button box'];
      const hits: string[] = [];
      const footer = document.querySelector('body > footer');
      const walker = document.createTreeWalker(footer ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.back-to-top')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects())) {
          if (r.left < rect.x + rect.width && r.right > rect.x && r.top < rect.y + rect.height && r.bottom > rect.y) hits.push((node.textContent ?? '').trim());
        }
      }
      return hits;
    }, box);
    expect(covered).toEqual([]);
    await done();
  });
});

describe('Back to top and navigation, without JavaScript', () => {
  it('shows the link at all times and jumps to #top when followed', async () => {
    const { page, button, done } = await openArticle({ javaScriptEnabled: false });
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    expect(await button.isVisible()).toBe(true);
    await scrollToBottom(page);
    expect(await scrollY(page)).toBeGreaterThan(1000);
    await button.click();
    await page.waitForURL(/#top$/);
    await expect.poll(() => scrollY(page), { timeout: 5000 }).toBe(0);
    await done();
  });

  it('lets the reader walk home → section → article → tag → author with plain links', async () => {
    const { article } = site.feature;
    const { page, done } = await openArticle({ javaScriptEnabled: false });
    await page.goto(site.origin + '/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: article.section.name, exact: true }).click();
    await page.waitForURL(`${site.origin}/${article.section.slug}/`);
    await openFeatureFromSection(page, site);
    const tag = article.tags[0]!;
    await page.locator(`main article a[href="/tag/${tag.slug}/"]`).click();
    await page.waitForURL(`${site.origin}/tag/${tag.slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(tag.name);
    await page.goBack();
    await page.waitForURL(site.origin + site.feature.path);
    const author = article.authors[0]!;
    await page.locator('main article header').getByRole('link', { name: author.name, exact: true }).click();
    await page.waitForURL(`${site.origin}/author/${author.slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(author.name);
    await done();
  });
});
