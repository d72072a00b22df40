import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../src/accounts/index.ts';
import { seedDemo } from '../../src/demo/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestServices } from '../support/db-matrix.ts';
import { TEST_PASSWORD } from '../support/sign-in.ts';
import { VIEWPORTS, launchChromium, runAxe, screenshotPath } from './support.ts';

type Services = Awaited<ReturnType<typeof createTestServices>>;

// Live bindings, set by setUpNewsroom's beforeAll: each test file gets its own site and browser.
/** The services behind the served site (seed, inspect, move the fixed clock). */
export let services: Services;
/** The origin the site is served on, which is also its configured site URL. */
export let origin: string;
export let browser: Browser;

/** Names of the users setUpNewsroom creates: `<role>@example.org`, password TEST_PASSWORD. */
export const USER_NAMES: Record<Role, string> = {
  administrator: 'Ada Admin', editor: 'Eddie Editor', author: 'Aisha Author', contributor: 'Cory Contributor', moderator: 'Mo Moderator',
};

/** Waits for things that follow a page load or a save on a loaded two-core machine. */
export const WAIT = { timeout: 15_000 };

let close: () => Promise<void>;

/**
 * Registers beforeAll/afterAll: the demo newsroom in a fresh SQLite database, one user per role,
 * served on a free local port, and Chromium. The app is the real build (admin/dist), made by the
 * test run's global setup as `npm start` makes it.
 */
export function setUpNewsroom(options: { seed?: boolean; users?: boolean } = {}): void {
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    services = await createTestServices('sqlite', { siteUrl: origin });
    if (options.seed !== false) await seedDemo(services.writer, services.clock);
    for (const [role, name] of options.users === false ? [] : Object.entries(USER_NAMES) as [Role, string][]) {
      await services.accounts.createUser({ email: `${role}@example.org`, name, role, password: TEST_PASSWORD });
    }
    const app = await buildApp(services);
    await app.listen({ host: '127.0.0.1', port });
    browser = await launchChromium();
    close = async () => { await browser.close(); await app.close(); await services.close(); };
  });
  afterAll(async () => { await close?.(); });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

/**
 * A new browser context, signed in as `role` (or not signed in with null), on `path` under /admin.
 * `axe: true` lets axe-core's script in (it bypasses the CSP, so CSP violations are not watched then).
 */
export async function openAs(role: Role | null, path = '/', options: { viewport?: keyof typeof VIEWPORTS; dark?: boolean; axe?: boolean } = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    colorScheme: options.dark ? 'dark' : 'light',
    bypassCSP: options.axe ?? false,
  });
  if (role) {
    const res = await context.request.post(`${origin}/api/admin/session`, { data: { email: `${role}@example.org`, password: TEST_PASSWORD }, headers: { origin } });
    expect(res.status(), await res.text()).toBe(200);
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // The session probe answers 401 before sign-in; the browser logs every failed request.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/admin${path === '/' ? '/' : path}`);
  return { context, page, problems };
}

/** The Admin API as one role, over HTTP like the app (cookie and Origin). */
export async function apiAs(role: Role) {
  const signIn = await fetch(`${origin}/api/admin/session`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ email: `${role}@example.org`, password: TEST_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> => {
    const res = await fetch(`${origin}/api/admin${path}`, {
      method, headers: { cookie, origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (res.status === 204 ? undefined : await res.json()) as T };
  };
}

/** Asserts axe-core finds nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
}

/** Saves a full-page screenshot to test-results/screenshots/admin-<name>.png, to be looked at. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`admin-${name}`), fullPage: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Lets the page catch up with keys already pressed. Chromium runs key presses ahead of the
 * selectionchange and close-watcher tasks they queue, so a key sent at machine speed can act on
 * the selection or dialog from before the last key; a person is never that fast.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Waits until no modal dialog is open (Escape closes one in a task of its own). */
export async function noDialogOpen(page: Page): Promise<void> {
  await page.locator('dialog[open]').waitFor({ state: 'detached', ...WAIT }).catch(async () => {
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });
  await settle(page);
}
