import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openContext, precedes, scrollThrough, startDemoSite, type DemoSite, openFeatureFromSection } from './support.ts';

let site: DemoSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [site, browser] = await Promise.all([startDemoSite(), launchChromium()]);
  ({ context } = await openContext(browser));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openArticle(): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.origin + site.feature.path);
  expect(response?.status()).toBe(200);
  return page;
}

describe('reader journey: home → section → article', () => {
  it('reaches the article by clicking the section navigation and then the headline', async () => {
    const { article } = site.feature;
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => nav.getByRole('link', { name: 'Home', exact: true }).getAttribute('aria-current')).toBe('page');

    await nav.getByRole('link', { name: article.section.name, exact: true }).click();
    await page.waitForURL(`${site.origin}/${article.section.slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(article.section.name);
    expect(await nav.getByRole('link', { name: article.section.name, exact: true }).getAttribute('aria-current')).toBe('page');

    await openFeatureFromSection(page, site);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(article.headline);
    await page.close();
  });

  it('marks the current section in the navigation on the article page', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const current = nav.locator('a[aria-current]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(`/${article.section.slug}/`);
    expect(['page', 'true']).toContain(await current.getAttribute('aria-current'));
    // Sighted readers need a visible mark too, not only the attribute.
    const style = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.color}|${s.borderBottomColor}|${s.fontWeight}|${s.textDecorationLine}|${s.backgroundColor}`;
    });
    expect(await style('.site-nav a[aria-current]')).not.toBe(await style('.site-nav a:not([aria-current])'));
    await page.close();
  });
});

describe('article page elements', () => {
  it('shows header, label, headline, standfirst, byline, dates, image, body, tags, share and related in that order', async () => {
    const page = await openArticle();
    const article = 'main article';
    const order = [
      'body > header',
      `${article} a[href="/${site.feature.article.section.slug}/"]`,
      `${article} h1`,
      `${article} h1 + p`,
      `${article} a[href^="/author/"]`,
      `${article} time[datetime]`,
      `${article} figure img`,
      `${article} figure ~ div p`,
      `${article} a[href^="/tag/"]`,
      `${article} a[href^="mailto:"]`,
      'main section[aria-labelledby] h2',
      'a[href="#top"]',
    ];
    for (let i = 1; i < order.length; i++) {
      expect(await precedes(page, order[i - 1]!, order[i]!), `${order[i - 1]} before ${order[i]}`).toBe(true);
    }
    await page.close();
  });

  it('labels the article with its section, linking to the section page', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    const label = page.locator('main article').getByRole('link', { name: article.section.name, exact: true }).first();
    expect(await label.getAttribute('href')).toBe(`/${article.section.slug}/`);
    expect(await precedes(page, 'main article a[href="/' + article.section.slug + '/"]', 'main article h1')).toBe(true);
    await page.close();
  });

  it('has exactly one h1, the headline, and the standfirst right after it', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.count()).toBe(1);
    expect(await h1.innerText()).toBe(article.headline);
    expect(article.standfirst).not.toBe('');
    const standfirst = page.locator('main article p', { hasText: article.standfirst }).first();
    await expect.poll(() => standfirst.isVisible()).toBe(true);
    expect(await page.locator('main article h1 + p').innerText()).toBe(article.standfirst);
    await page.close();
  });

  it('credits every author with a link to the author page', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    expect(article.authors.length).toBeGreaterThan(0);
    const byline = page.locator('main article header');
    for (const author of article.authors) {
      const link = byline.getByRole('link', { name: author.name, exact: true });
      expect(await link.getAttribute('href')).toBe(`/author/${author.slug}/`);
    }
    expect(await byline.innerText()).toMatch(new RegExp(`By ${article.authors[0]!.name}`));
    await page.close();
  });

  it('gives published and updated dates as <time datetime> with machine-readable values', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    const times = await page.locator('main article header time').evaluateAll((els) =>
      els.map((el) => ({ datetime: el.getAttribute('datetime') ?? '', text: el.textContent ?? '', context: el.parentElement?.textContent ?? '' })));
    const published = times.find((x) => /Published/.test(x.context));
    const updated = times.find((x) => /Updated/.test(x.context));
    expect(published?.datetime).toBe(article.publishedAt);
    expect(article.updatedAt > article.publishedAt, 'the feature article was updated after publishing').toBe(true);
    expect(updated?.datetime).toBe(article.updatedAt);
    for (const time of times) {
      expect(Number.isNaN(Date.parse(time.datetime))).toBe(false);
      expect(time.text.trim()).not.toBe('');
    }
    await page.close();
  });

  it('shows the featured image loaded, with alt text, caption and credit', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    const image = article.image;
    expect(image).not.toBeNull();
    const img = page.locator('main article figure img').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await img.getAttribute('alt')).toBe(image!.alt);
    expect(image!.alt).not.toBe('');
    const caption = await page.locator('main article figure figcaption').first().innerText();
    expect(caption).toContain(image!.caption);
    expect(caption).toContain(image!.credit);
    await page.close();
  });

  it('renders the body with paragraphs, subheads, blockquotes, a pull quote, lists and links', async () => {
    const page = await openArticle();
    const body = page.locator('main article figure ~ div').first();
    const counts = await body.evaluate((el) => ({
      paragraphs: el.querySelectorAll('p').length,
      subheads: el.querySelectorAll('h2, h3').length,
      blockquotes: el.querySelectorAll('blockquote:not(.pullquote)').length,
      pullquotes: el.querySelectorAll('blockquote.pullquote').length,
      listItems: el.querySelectorAll('ul > li, ol > li').length,
      links: el.querySelectorAll('a[href]').length,
    }));
    expect(counts.paragraphs).toBeGreaterThanOrEqual(3);
    expect(counts.subheads).toBeGreaterThanOrEqual(1);
    expect(counts.blockquotes).toBeGreaterThanOrEqual(1);
    expect(counts.pullquotes).toBeGreaterThanOrEqual(1);
    expect(counts.listItems).toBeGreaterThanOrEqual(2);
    expect(counts.links).toBeGreaterThanOrEqual(1);
    // A pull quote must look different from a plain quotation.
    const look = (selector: string) => body.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.fontSize}|${s.fontStyle}|${s.textAlign}|${s.fontWeight}`;
    });
    expect(await look('blockquote.pullquote')).not.toBe(await look('blockquote:not(.pullquote)'));
    await page.close();
  });

  it('links every tag to its tag page', async () => {
    const { article } = site.feature;
    const page = await openArticle();
    expect(article.tags.length).toBeGreaterThan(0);
    for (const tag of article.tags) {
      const link = page.locator(`main article a[href="/tag/${tag.slug}/"]`);
      expect(await link.count()).toBe(1);
      expect((await link.innerText()).trim()).toBe(tag.name);
    }
    await page.close();
  });

  it('offers share links as plain links carrying the article URL, with no third-party scripts or frames', async () => {
    const page = await openArticle();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBeTruthy();
    const share = page.locator('main article').getByRole('heading', { name: 'Share this article' }).locator('xpath=..');
    const hrefs = await share.getByRole('link').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) {
      expect(href).toMatch(/^(https:|mailto:)/);
      expect(decodeURIComponent(href)).toContain(canonical!);
    }
    const foreign = await page.evaluate((origin) => ({
      scripts: Array.from(document.scripts).filter((s) => s.src && new URL(s.src).origin !== origin).map((s) => s.src),
      frames: document.querySelectorAll('iframe, embed, object').length,
    }), site.origin);
    expect(foreign).toEqual({ scripts: [], frames: 0 });
    await page.close();
  });

  it('ends with a Related Articles block of 4 to 6 links to other articles, each loading', async () => {
    const { feature } = site;
    const page = await openArticle();
    const related = page.getByRole('region', { name: 'Related Articles' });
    expect(await related.count()).toBe(1);
    const hrefs = await related.locator('h2 a, h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    const articles = [...new Set(hrefs.filter((h) => /^\/[^/]+\/[^/]+\/$/.test(h)))];
    expect(articles.length).toBeGreaterThanOrEqual(4);
    expect(articles.length).toBeLessThanOrEqual(6);
    expect(articles).not.toContain(feature.path);
    for (const href of articles) {
      const response = await page.request.get(site.origin + href, { maxRedirects: 0 });
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });

  it('loads every image on the page (featured, related thumbnails)', async () => {
    const page = await openArticle();
    await scrollThrough(page);
    const broken = await page.evaluate(() => Array.from(document.images).filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src));
    expect(broken).toEqual([]);
    await page.close();
  });
});
