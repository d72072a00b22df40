import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Article, ArticleSummary } from '../../src/content/index.ts';
import { seedDemo } from '../../src/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestServices } from '../support/db-matrix.ts';

/** Where screenshots go (gitignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The two widths every screenshot is taken at. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One page type of the reader site and the path that shows it. */
export interface PageType { name: string; path: string; status: number }

/** The article that shows the most of what an article page can hold, and what surrounds it. */
export interface FeatureArticle { article: Article; related: ArticleSummary[]; path: string }

/** The demo newsroom served over real HTTP on a free local port. */
export interface DemoSite {
  origin: string;
  feature: FeatureArticle;
  pageTypes: PageType[];
  close(): Promise<void>;
}

/** Seeds the demo newsroom into a fresh SQLite database and serves it on 127.0.0.1. */
export async function startDemoSite(): Promise<DemoSite> {
  const services = await createTestServices('sqlite');
  const outcome = await seedDemo(services.writer, services.clock);
  if (!outcome.created || outcome.articles === 0) throw new Error('seedDemo created no articles');
  const app = await buildApp(services);
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const close = async () => { await app.close(); await services.close(); };
  try {
    const all = (await services.content.listArticles({}, 1, 1000)).items;
    const feature = await pickFeatureArticle(all, services);
    const pageTypes = await listPageTypes(feature, services);
    return { origin, feature, pageTypes, close };
  } catch (error) {
    await close();
    throw error;
  }
}

type SiteServices = Awaited<ReturnType<typeof createTestServices>>;

/** What a fully dressed article has; the article page tests then check each one on screen. */
function featureScore(article: Article, related: ArticleSummary[]): number {
  const body = article.bodyHtml;
  const checks = [
    article.standfirst !== '',
    article.authors.length > 0,
    article.updatedAt > article.publishedAt,
    article.image !== null && article.image.caption !== '' && article.image.credit !== '',
    article.tags.length > 0,
    related.length >= 4 && related.length <= 6,
    /<p[\s>]/.test(body),
    /<h[23][\s>]/.test(body),
    /<blockquote>/.test(body),
    /<blockquote class="pullquote">/.test(body),
    /<(ul|ol)[\s>]/.test(body),
    /<a\s[^>]*href=/.test(body),
  ];
  return checks.filter(Boolean).length + (article.authors.length > 1 ? 0.5 : 0);
}

async function pickFeatureArticle(all: ArticleSummary[], services: SiteServices): Promise<FeatureArticle> {
  let best: FeatureArticle | null = null;
  let bestScore = -1;
  for (const summary of all) {
    const article = await services.content.getArticle(summary.slug);
    const related = await services.related.findRelated(article, 6);
    const score = featureScore(article, related);
    if (score > bestScore) {
      best = { article, related, path: `/${article.section.slug}/${article.slug}/` };
      bestScore = score;
    }
  }
  if (!best) throw new Error('the demo has no published article');
  return best;
}

async function listPageTypes(feature: FeatureArticle, services: SiteServices): Promise<PageType[]> {
  const { article } = feature;
  const tag = article.tags[0];
  const author = article.authors[0];
  if (!tag || !author) throw new Error(`the feature article ${feature.path} needs a tag and an author`);
  const types: PageType[] = [
    { name: 'home', path: '/', status: 200 },
    { name: 'section', path: `/${article.section.slug}/`, status: 200 },
    { name: 'article', path: feature.path, status: 200 },
    { name: 'tag', path: `/tag/${tag.slug}/`, status: 200 },
    { name: 'author', path: `/author/${author.slug}/`, status: 200 },
    { name: 'not-found', path: '/no-such-page/', status: 404 },
  ];
  for (const section of await services.content.listSections()) {
    const first = await services.content.listArticles({ sectionId: section.id }, 1, 20);
    if (first.pageCount > 1) {
      types.push({ name: 'section-page-2', path: `/${section.slug}/?page=2`, status: 200 });
      break;
    }
  }
  return types;
}

/** A browser context that records every request it makes. */
export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const requests: string[] = [];
  context.on('request', (request) => { requests.push(request.url()); });
  return { context, requests };
}

/** Scrolls to the bottom in steps so lazy images load, then waits for every image to settle. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frame();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await Promise.all(Array.from(document.images).map((img) => img.complete ? null : new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    })));
  });
}

/** True when `a` comes before `b` in the document. */
export async function precedes(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(([first, second]) => {
    const x = document.querySelector(first);
    const y = document.querySelector(second);
    if (!x || !y) throw new Error(`missing ${x ? second : first}`);
    return Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, [a, b] as const);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }

/**
 * Runs axe-core on a loaded page. The page's context must bypass CSP (the site allows only its
 * own scripts), so use a dedicated context for axe runs. Returns the violations as readable lines.
 */
export async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n`
    + v.nodes.map((n) => `    - ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n'));
}

/** Makes sure the screenshot folder exists and returns the file path for one shot. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR + name + '.png';
}

/** From a section page, follows "Older articles" until the featured story shows, then opens it. */
export async function openFeatureFromSection(page: Page, site: DemoSite): Promise<void> {
  const headline = page.locator('main').getByRole('link', { name: site.feature.article.headline, exact: true }).first();
  for (let hops = 0; hops < 10 && (await headline.count()) === 0; hops++) {
    await page.getByRole('link', { name: 'Older articles' }).click();
    await page.waitForLoadState();
  }
  await headline.click();
  await page.waitForURL(site.origin + site.feature.path);
}
