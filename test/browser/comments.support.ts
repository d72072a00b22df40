import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { issueFormStamp } from '../../src/comments/form-stamp.ts';
import { DEMO_LEAD_SLUG, seedDemo, seedDemoComments } from '../../src/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestServices } from '../support/db-matrix.ts';
import { VIEWPORTS, launchChromium } from './support.ts';

type Services = Awaited<ReturnType<typeof createTestServices>>;

// Live ES module bindings: set by setUpCommentsSite's beforeAll and read by the tests after it.
// Each test file runs in its own worker, so each gets its own site, database and browser.

/** The services behind the served site, for seeding and moderating from the test side. */
export let services: Services;
/** The origin the site is served on, which is also its configured site URL. */
export let origin: string;
/** The path of the demo lead article, whose comment thread the tests use. */
export let articlePath: string;

// Page loads and posts are slow on a loaded two-core machine: what is awaited gets 15 s.
/** Options for `expect.poll` on anything that waits on a page load or a post. */
export const WAIT = { timeout: 15_000 };

/** A demo commenter whose earlier comment was approved: shown at once. */
export const KNOWN = { name: 'Maeve Corrigan', email: 'reader1@example.invalid' };

let browser: Browser;
let articleId: number;
let close: () => Promise<void>;
let seq = 0;

/**
 * Registers the file's beforeAll and afterAll: seeds the demo newsroom and its comments into a fresh
 * SQLite database, serves it on a local port, and launches Chromium; afterwards closes all three.
 */
export function setUpCommentsSite(): void {
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // The site URL is the served origin, so the browser's Origin header passes the cross-site check.
    services = await createTestServices('sqlite', { siteUrl: origin });
    await seedDemo(services.writer, services.clock);
    await seedDemoComments(services.comments, services.clock, DEMO_LEAD_SLUG);
    const article = await services.comments.articleBySlug(DEMO_LEAD_SLUG);
    if (!article) throw new Error('the demo lead article is missing');
    articlePath = `/${article.sectionSlug}/${article.slug}/`;
    articleId = article.id;
    const app = await buildApp(services);
    await app.listen({ host: '127.0.0.1', port });
    browser = await launchChromium();
    close = async () => { await browser.close(); await app.close(); await services.close(); };
  });

  afterAll(async () => { await close?.(); });
}

/**
 * The form stamp rule is kept as it is (3 s at least between drawing the form and posting) and
 * met by moving the services' fixed clock on after the page is loaded. 20 s also clears the
 * flood window (15 s per address), which every post from this browser shares.
 */
export function letTimePass(): void {
  services.clock.advance(20_000);
}

/** A number no other comment in this file uses, so texts never collide (duplicates are refused). */
export function unique(): number {
  seq += 1;
  return seq;
}

/** A commenter nobody has approved yet: held for moderation. */
export function newcomer(): { name: string; email: string } {
  seq += 1;
  return { name: `Newcomer ${seq}`, email: `newcomer${seq}@example.invalid` };
}

/** Adds an approved comment through the service, as a reader elsewhere would have. */
export async function addApprovedComment(text: string, parentId: number | null = null): Promise<number> {
  seq += 1;
  const name = `Reader ${seq}`;
  const secrets = await services.comments.secrets();
  const outcome = await services.comments.submit({
    articleId, parentId, name, email: `seeded${seq}@example.invalid`, website: '', text, honeypot: '',
    stamp: issueFormStamp(secrets.formStamp, services.clock.now().getTime() - 60_000), ip: `198.51.100.${seq % 250}`, userAgent: 'test',
  });
  if (!outcome.visible) await services.comments.moderation.apply(outcome.id, 'approve');
  return outcome.id;
}

/** Adds what a busy thread holds: a staff reply, a removed comment whose reply stays, and a thread five deep. */
export async function dressThread(): Promise<void> {
  let deepest: number | null = null;
  for (const depth of [1, 2, 3, 4, 5]) deepest = await addApprovedComment(`At depth ${depth}, where a phone still needs room to read.`, deepest);
  const asked = await addApprovedComment('When do the drop-in sessions start?');
  const userId = await services.accounts.createUser({ email: 'desk@example.org', name: 'News Desk', role: 'moderator', password: 'correct horse battery staple' });
  await services.comments.moderation.reply({ id: userId, email: 'desk@example.org', name: 'News Desk', role: 'moderator', authorId: null }, asked, 'Next Tuesday, at the library.');
  const removed = await addApprovedComment('This one breaks the rules.');
  await addApprovedComment('A reply that outlives its parent.', removed);
  await services.comments.moderation.apply(removed, 'trash');
}

/** Opens the article in a fresh browser context (desktop width unless told) and checks it loaded. */
export async function openArticle(options: BrowserContextOptions = {}): Promise<{ page: Page; done(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const page = await context.newPage();
  const response = await page.goto(origin + articlePath);
  expect(response?.status()).toBe(200);
  return { page, done: () => context.close() };
}

/** Types into the comment form; fields left out are not touched. */
export async function fillForm(page: Page, values: { text: string; name?: string; email?: string; url?: string }): Promise<void> {
  await page.locator('#comment').fill(values.text);
  if (values.name !== undefined) await page.locator('#author').fill(values.name);
  if (values.email !== undefined) await page.locator('#email').fill(values.email);
  if (values.url !== undefined) await page.locator('#url').fill(values.url);
}

/** A port that was free a moment ago: the site URL must be known before the app is built. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
