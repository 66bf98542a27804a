/**
 * Helpers for the widget's end-to-end tests: the reference server and the built widget on loopback ports, a
 * headless Chromium, the directory read over HTTP, and queries by role and accessible name (puppeteer's ARIA
 * handler reads the accessibility tree, so it finds controls inside shadow roots the way assistive tech does).
 */
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core';
import { startReferenceServer, type ReferenceServer } from '../../server/index.js';
import { startStaticServer, type StaticServer } from '../../server/static-files.js';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Pages need no browser UI: Chromium's headless shell when installed (far less CPU), else Chromium. */
const SHELL = process.env.HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';
const PAGE_BROWSER = existsSync(SHELL) ? SHELL : CHROMIUM;
const widgetDir = fileURLToPath(new URL('../../dist/widget', import.meta.url));

export interface Stack {
  readonly api: ReferenceServer;
  readonly web: StaticServer;
  /** A browser context of its own: no cookies, storage or cache shared with another stack. */
  readonly browser: BrowserContext;
  close(): Promise<void>;
}

/** How long the shared Chromium stays open with no stack using it (the next file's stack reuses it). */
const IDLE_CLOSE_MS = 1_000;

/**
 * One headless Chromium for the widget files of a process (a launch costs about a second of CPU), a context per
 * stack. It closes once no stack has used it for IDLE_CLOSE_MS, so a file run alone, or the last one, lets the
 * process exit.
 */
let shared: { readonly browser: Promise<Browser>; users: number; idle: ReturnType<typeof setTimeout> | null } | null = null;

async function openContext(): Promise<BrowserContext> {
  const current = (shared ??= {
    browser: puppeteer.launch({
      executablePath: PAGE_BROWSER,
      headless: PAGE_BROWSER === SHELL ? 'shell' : true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }),
    users: 0,
    idle: null,
  });
  if (current.idle !== null) clearTimeout(current.idle);
  current.idle = null;
  current.users += 1;
  try {
    return await (await current.browser).createBrowserContext();
  } catch (error) {
    // The next stack starts afresh; a browser that launched but gave no context is not left running.
    current.users -= 1;
    if (shared === current) shared = null;
    if (current.users === 0) void current.browser.then((browser) => browser.close(), () => undefined);
    throw error;
  }
}

function releaseContext(): void {
  const current = shared;
  if (current === null || --current.users > 0) return;
  current.idle = setTimeout(() => {
    if (shared !== current || current.users > 0) return;
    shared = null;
    void current.browser.then((browser) => browser.close());
  }, IDLE_CLOSE_MS);
}

/** `users`: how many users Contoso has (the demo tenant's default otherwise). */
export async function startStack(options: { readonly users?: number } = {}): Promise<Stack> {
  if (!existsSync(`${widgetDir}/license-manager.js`)) throw new Error('dist/widget is missing: run "npm run build" first');
  const api = await startReferenceServer({ port: 0, ...(options.users === undefined ? {} : { users: options.users }) });
  const web = await startStaticServer({ root: widgetDir, port: 0, json: { '/demo/config.json': { baseUrl: api.url } } });
  const browser = await openContext();
  return {
    api,
    web,
    browser,
    async close() {
      try {
        await browser.close();
      } finally {
        releaseContext();
      }
      await Promise.all([web.close(), api.close()]);
    },
  };
}

/**
 * One stack for the tests of the calling suite: started before them, closed after them. Its parts are there once
 * the suite's tests (and its later hooks) run.
 */
export function stackForTheSuite(): Stack {
  let started: Stack | undefined;
  before(async () => {
    started = await startStack();
  });
  after(async () => {
    await started?.close();
  });
  const current = (): Stack => {
    if (started === undefined) throw new Error('the suite\'s stack starts before its tests');
    return started;
  };
  return {
    get api() {
      return current().api;
    },
    get web() {
      return current().web;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
}

export interface GraphLicense {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
}

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly usageLocation: string | null;
  readonly assignedLicenses: readonly GraphLicense[];
}

export function holds(user: DirectoryUser, skuId: string): boolean {
  return user.assignedLicenses.some((license) => license.skuId === skuId);
}

/** A user's licenses as comparable text: products and their plans turned off, in any order. */
export function licenseShape(licenses: readonly GraphLicense[]): string {
  return licenses.map((license) => `${license.skuId}:${[...license.disabledPlans].sort().join(',')}`).sort().join(' | ');
}

export interface Sku {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly servicePlans: readonly { readonly servicePlanId: string; readonly servicePlanName: string }[];
}

async function getJson(url: string, token: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Contoso's directory in directory order (the order the widget pages through), read over Graph. */
export async function directory(api: ReferenceServer): Promise<DirectoryUser[]> {
  const body = (await getJson(`${api.url}/v1.0/users?$select=id,displayName,usageLocation,assignedLicenses&$top=999`, 'demo-graph-contoso')) as { value: DirectoryUser[] };
  return body.value.map((user) => ({ ...user, usageLocation: user.usageLocation ?? null }));
}

export async function licensesOf(api: ReferenceServer, userId: string): Promise<readonly GraphLicense[]> {
  const body = (await getJson(`${api.url}/v1.0/users/${userId}?$select=id,assignedLicenses`, 'demo-graph-contoso')) as { assignedLicenses: GraphLicense[] };
  return body.assignedLicenses;
}

export async function skus(api: ReferenceServer): Promise<Sku[]> {
  const body = (await getJson(`${api.url}/v1.0/subscribedSkus`, 'demo-graph-contoso')) as { value: Sku[] };
  return body.value;
}

/** `::-p-aria(...)` selector for a role and an exact accessible name. */
export function aria(role: string, name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
}

export async function find(page: Page, role: string, name: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(aria(role, name), { timeout });
  if (!handle) throw new Error(`No ${role} named "${name}"`);
  return handle;
}

/** Clicks a control the way an admin does: scrolled to the middle first, not left under the sticky Save bar. */
export async function click(page: Page, role: string, name: string): Promise<void> {
  const control = await find(page, role, name);
  await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await control.click();
}

/** What a checkbox says: "checked", "unchecked" or "mixed" (indeterminate or aria-checked=mixed). */
export async function checkState(page: Page, name: string): Promise<string> {
  const box = await find(page, 'checkbox', name);
  return box.evaluate((element) => {
    const input = element as HTMLInputElement;
    if (input.indeterminate || input.getAttribute('aria-checked') === 'mixed') return 'mixed';
    return input.checked ? 'checked' : 'unchecked';
  });
}

/** Waits until the checkbox is in the state, failing with what it last showed. */
export async function expectCheck(page: Page, name: string, expected: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = await checkState(page, name);
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Checkbox "${name}" is ${last}, expected ${expected}`);
}

/**
 * Every element matching `selector` anywhere in the page, shadow roots included. Sent as source text: tsx would
 * wrap a named inner function with a helper the page does not have.
 */
export async function deepCount(page: Page, selector: string): Promise<number> {
  const count = await page.evaluate(`(() => {
    let count = 0;
    const walk = (root) => {
      count += root.querySelectorAll(${JSON.stringify(selector)}).length;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    return count;
  })()`);
  if (typeof count !== 'number') throw new Error('deepCount: the page did not answer a number');
  return count;
}

/** The text of each row of a table found by its accessible name. */
export async function tableRows(page: Page, name: string): Promise<string[]> {
  const table = await find(page, 'table', name, 30_000);
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** Waits until the table's rows pass `check`, failing with what the rows last said. */
export async function waitForRows(page: Page, name: string, check: (rows: string[]) => boolean, what: string, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let rows: string[] = [];
  while (Date.now() < deadline) {
    rows = await tableRows(page, name);
    if (check(rows)) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} in table "${name}"; it shows:\n${rows.join('\n')}`);
}

/** The page's text, shadow roots included (sent as source text: tsx would wrap a named inner function). */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(`(() => {
    const parts = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
      parts.push(root.textContent ?? '');
    };
    walk(document);
    return parts.join(' ').replace(/\\s+/g, ' ');
  })()`);
  return typeof text === 'string' ? text : '';
}

/** Waits until the page's text (shadow roots included) contains `expected`; returns that text, or fails with it. */
export async function waitForText(page: Page, expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const found = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await pageText(page);
    if (found(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for "${String(expected)}"; the page says: ${text.slice(0, 2000)}`);
}

/** Selects `picked` in the users list the way an admin does: page by page (directory order), moving with "Next page". */
export async function selectPageByPage(page: Page, directoryUsers: readonly DirectoryUser[], picked: readonly DirectoryUser[], pageSize: number): Promise<void> {
  const pageOf = (user: DirectoryUser) => Math.floor(directoryUsers.indexOf(user) / pageSize);
  const lastPage = Math.max(...picked.map(pageOf));
  for (let index = 0; index <= lastPage; index++) {
    if (index > 0) await click(page, 'button', 'Next page');
    for (const user of picked.filter((candidate) => pageOf(candidate) === index)) await toggle(page, `Select ${user.displayName}`, 'checked');
  }
}

/** Clicks a checkbox and waits until it shows `expected`. */
export async function toggle(page: Page, name: string, expected: string): Promise<void> {
  await click(page, 'checkbox', name);
  await expectCheck(page, name, expected);
}

/** The demo page's users per page. */
export const DEMO_PAGE_SIZE = 25;

/** The demo page in a new tab, once its users list shows; `pageErrors` collects what the page threw. */
export async function openDemo(stack: Stack): Promise<{ readonly page: Page; readonly pageErrors: string[] }> {
  const page = await stack.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${stack.web.url}/demo/`);
  await find(page, 'table', 'Users', 20_000);
  return { page, pageErrors };
}

/** Every one of `count` rows of the results has an outcome. */
export function allDecided(count: number): (rows: string[]) => boolean {
  return (rows) => rows.length === count && rows.every((row) => /Succeeded|Failed|No change|Cancelled/.test(row));
}

