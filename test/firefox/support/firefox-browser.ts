/**
 * Drives the built Firefox add-on (dist/extension-firefox) in headless Firefox with puppeteer-core over WebDriver
 * BiDi. BiDi will not navigate a tab to a moz-extension:// page, so the tests reach the add-on the way an admin
 * does: through the options tab it opens itself on first install, and the links and buttons in its pages.
 * puppeteer's ARIA queries (`::-p-aria(...)`) work here too (BiDi's accessibility locator), so the side panel
 * driver is shared with the Chromium tests.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { eventually, watchProblems } from '../../e2e/extension-support/extension-browser.js';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = process.env.LM_FIREFOX_EXTENSION_DIR || fileURLToPath(new URL('../../../dist/extension-firefox', import.meta.url));

export interface FirefoxSession {
  readonly browser: Browser;
  /** Errors thrown in the add-on's pages and dialogs they opened: a test fails if any appear. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Starts Firefox with a fresh profile (puppeteer makes and removes it) and installs the add-on as a temporary one. */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) throw new Error('dist/extension-firefox is missing: run "npm run build" first');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, problems: [], close: () => browser.close() };
}

/**
 * The add-on page a tab shows ("options/options.html"), or null for any other page. Read from the page itself:
 * `page.url()` may still say about:blank for a tab the add-on opened.
 */
export async function extensionPath(page: Page): Promise<string | null> {
  const href = await page.evaluate(() => location.href).catch(() => '');
  return href.startsWith('moz-extension://') ? new URL(href).pathname.slice(1) : null;
}

/**
 * Waits for a tab showing the add-on page `path` (e.g. "options/options.html") that is not one of `except`, and
 * starts recording its problems.
 */
export async function extensionTab(session: FirefoxSession, path: string, except: readonly Page[] = []): Promise<Page> {
  const page = await eventually(`a tab showing ${path}`, async () => {
    for (const candidate of await session.browser.pages()) {
      if (!except.includes(candidate) && (await extensionPath(candidate)) === path) return candidate;
    }
    return null;
  }, 30_000);
  watchProblems(page, path, session.problems);
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
  return page;
}

/** Follows "Open License Manager in a tab" on the options page; resolves once the full-tab view has loaded. */
export async function openFullTab(options: Page): Promise<Page> {
  await options.locator('::-p-aria([name="Open License Manager in a tab"][role="link"])').click();
  await eventually('the full-tab view', async () => ((await extensionPath(options)) === 'sidepanel/sidepanel.html' ? true : null));
  await options.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
  return options;
}
