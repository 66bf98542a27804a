/**
 * Drives the built Chrome extension (dist/extension) in headless Chromium with puppeteer-core: a fresh profile
 * per browser, the extension id from its service worker, the options page filled by label, the side panel page
 * opened by URL. Queries go through accessible names (`::-p-aria(...)`), which pierce the widget's shadow roots.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';

/** The unpacked build; LM_EXTENSION_DIR points at another build of it. */
export const EXTENSION_DIR = process.env.LM_EXTENSION_DIR || fileURLToPath(new URL('../../../dist/extension', import.meta.url));

/** The width extension pages are opened at, a side panel's. */
export const PANEL_WIDTH = 400;

export interface ExtensionBrowser {
  readonly browser: Browser;
  readonly extensionId: string;
  /** Errors thrown in extension pages and dialogs (alert) opened by them: a test fails if any appear. */
  readonly problems: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lm-e2e-profile-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--load-extension=${EXTENSION_DIR}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
    ],
  });
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const problems: string[] = [];
  return {
    browser,
    extensionId,
    problems,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A browser or a server a test opened; a browser's `problems` are its pages' errors and dialogs. */
interface Opened {
  readonly problems?: readonly string[];
  close(): Promise<void>;
}

/**
 * For the tests of the calling suite: what a test passes through the function returned is closed after the test,
 * the last opened first, and the test fails if the pages of a browser it opened threw or opened a dialog (`where`:
 * which pages, for the message).
 */
export function closedAfterEachTest(where: string): <T extends Opened>(opened: T) => T {
  const open: Opened[] = [];
  afterEach(async () => {
    const problems = open.flatMap((opened) => opened.problems ?? []);
    for (const opened of open.splice(0).reverse()) await opened.close();
    assert.deepEqual(problems, [], `no page errors or dialogs in ${where}`);
  });
  return (opened) => {
    open.push(opened);
    return opened;
  };
}

/** Records errors thrown in `page` and dialogs it opens (dismissed) as problems, labelled with `label`. */
export function watchProblems(page: Page, label: string, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`));
  page.on('dialog', (dialog) => {
    problems.push(`${label}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/**
 * Opens an extension page in a tab, recording page errors and dialogs as problems. `uiLanguage`: what the browser
 * reports as its UI language to the page (this Chromium ships only its en-US locale, so --lang cannot say Swedish).
 */
export async function openExtensionPage(session: ExtensionBrowser, path: string, uiLanguage?: string): Promise<Page> {
  const page = await session.browser.newPage();
  watchProblems(page, path, session.problems);
  // Source text, not a function: the test's compiler would wrap a nested function in a helper the page lacks.
  if (uiLanguage) await page.evaluateOnNewDocument(`Object.defineProperty(chrome.i18n, 'getUILanguage', { value: () => ${JSON.stringify(uiLanguage)} });`);
  // The side panel's width in Chrome is about 320–500 px: the flow runs at 400.
  await page.setViewport({ width: PANEL_WIDTH, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

export interface PanelSettings {
  readonly backend: 'Partner Center' | 'Microsoft Graph';
  readonly baseUrl: string;
  readonly token: string;
  readonly customerId: string;
}

/** The form field named `name`: Firefox also lists the <label> itself under its text, so the role alone won't do. */
async function field(page: Page, name: string): Promise<ElementHandle> {
  return eventually(`the "${name}" field`, async () => {
    for (const handle of await page.$$(`::-p-aria(${name})`)) {
      if (await handle.evaluate((node) => node instanceof HTMLInputElement || node instanceof HTMLSelectElement)) return handle;
    }
    return null;
  });
}

/** Fills an open options page by label and saves; resolves once it says "Settings saved". */
export async function fillSettings(page: Page, settings: PanelSettings): Promise<void> {
  const values: readonly (readonly [string, string])[] = [
    ['Backend', settings.backend === 'Partner Center' ? 'partner-center' : 'graph'],
    ['Base URL', settings.baseUrl],
    ['Access token', settings.token],
    ['Customer ID', settings.customerId],
  ];
  // The page puts its words in and reads the stored settings into the form when it starts (closing "Use an access
  // token" then): wait for that before opening the section.
  await eventually('the stored settings in the form', async () => (await field(page, 'Base URL')).evaluate((node) => node instanceof HTMLInputElement && node.value !== ''));
  // The access token is the advanced way in, behind "Use an access token".
  await page.evaluate(() => {
    const details = document.querySelector('details#token-details');
    if (details instanceof HTMLDetailsElement) details.open = true;
  });
  for (const [name, value] of values) await (await field(page, name)).asLocator().fill(value);
  await page.locator('::-p-aria([name="Save settings"][role="button"])').click();
  await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.startsWith('Settings saved'), { timeout: 10_000 });
}

/** Opens the options page in a new tab, fills it and closes it again. */
export async function configure(session: ExtensionBrowser, settings: PanelSettings): Promise<void> {
  const page = await openExtensionPage(session, 'options/options.html');
  await fillSettings(page, settings);
  await page.close();
}

export function openPanel(session: ExtensionBrowser): Promise<Page> {
  return openExtensionPage(session, 'sidepanel/sidepanel.html');
}

/** Text of every element matching an ARIA query (shadow roots included). */
export async function texts(page: Page, query: string): Promise<string[]> {
  const handles = await page.$$(`::-p-aria(${query})`);
  const result: string[] = [];
  for (const handle of handles) result.push(((await handle.evaluate((node) => node.textContent)) ?? '').replace(/\s+/g, ' ').trim());
  return result;
}

/** Polls `probe` until it returns a value that is not null/false. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

export interface HeldRequests {
  /** Requests to the origin held so far. */
  readonly held: readonly HTTPRequest[];
  /** Lets every held request through, and every later one. */
  release(): Promise<void>;
}

/** Holds every request `page` makes to `origin` until released (to look at what the page shows before it answers). */
export async function holdRequests(page: Page, origin: string): Promise<HeldRequests> {
  const held: HTTPRequest[] = [];
  let holding = true;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (holding && request.url().startsWith(origin)) held.push(request);
    else void request.continue();
  });
  return {
    held,
    async release() {
      holding = false;
      for (const request of held.splice(0)) await request.continue();
    },
  };
}
