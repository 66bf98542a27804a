/**
 * The admin's verbs on the side panel page, through accessible names and roles (which pierce shadow roots):
 * select users, manage licenses, read results, the interrupted-job banner and the job history.
 */
import { strict as assert } from 'node:assert';
import type { ElementHandle, Locator, Page } from 'puppeteer-core';
import { eventually, type HeldRequests } from './extension-browser.js';

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

export interface PanelDriver {
  readonly page: Page;
  waitForUsers(): Promise<void>;
  selectUser(displayName: string): Promise<void>;
  /** Largest page size, then "Select all users on this page" on every page. */
  selectEveryUser(): Promise<void>;
  /** The display name in the first row of the user picker's current page. */
  firstUser(): Promise<string>;
  /** "Next page", once the picker shows a loaded page; resolves when the next one is there. False on the last page. */
  nextPage(): Promise<boolean>;
  click(name: string): Promise<void>;
  waitForProduct(name: string): Promise<void>;
  toggleProduct(name: string): Promise<void>;
  /** Result rows (text), once at least `count` are there and the job no longer runs. */
  waitForResults(count: number): Promise<string[]>;
  waitForJobFinished(): Promise<void>;
  interruptedJob(): Promise<string>;
  interruptedJobShown(): Promise<boolean>;
  jobHistory(): Promise<string[]>;
  shows(name: string): Promise<boolean>;
  /** The "Cached …" notes on screen, joined; empty when none. */
  cachedNote(): Promise<string>;
  /** How far the page and the widget's scroll regions scroll sideways, each as "what: pixels"; empty when nothing does. */
  sidewaysScroll(): Promise<string[]>;
}

/** A selector for the element with this role and accessible name, or with this name and any role when role is null. */
export type RoleSelector = (role: string | null, name: string) => string;

/** puppeteer's ARIA handler: it reads the browser's accessibility tree, shadow roots included (in Chromium). */
export const ariaSelector: RoleSelector = (role, name) => (role === null ? `::-p-aria(${name})` : `::-p-aria([name="${name}"][role="${role}"])`);

async function rowsOfTable(page: Page, named: RoleSelector, tableName: string): Promise<string[]> {
  const table = await page.$(named('table', tableName));
  if (!table) return [];
  return table.evaluate((node) =>
    [...node.querySelectorAll('tbody tr')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

export function panel(page: Page, named: RoleSelector = ariaSelector): PanelDriver {
  const byName = (name: string): string => named(null, name);
  const checkbox = (name: string): string => named('checkbox', name);
  const button = (name: string): string => named('button', name);

  async function isChecked(handle: ElementHandle): Promise<boolean> {
    return handle.evaluate((node) => node instanceof HTMLInputElement && node.checked);
  }
  const firstRow = (): Promise<string> => page.$eval('>>> lm-user-picker >>> tbody th', (node) => node.textContent ?? '').catch(() => '');
  /**
   * A locator for `selector` once it matches. Polled here: puppeteer's own wait watches DOM mutations of the
   * document, which miss changes inside shadow roots when the query is not Chromium's ARIA handler.
   */
  async function located(selector: string, timeout = 30_000): Promise<Locator<Element>> {
    await eventually(selector, async () => (await page.$(selector)) !== null, timeout);
    return page.locator(selector).setTimeout(timeout);
  }
  /** The picker shows a loaded page (not one still on its way). */
  async function settled(): Promise<boolean> {
    const busy = await page.$('>>> lm-user-picker >>> .table-wrap[aria-busy="true"]');
    return busy === null;
  }

  return {
    page,
    async waitForUsers() {
      await located(checkbox('Select all users on this page'));
    },
    async selectUser(displayName) {
      const box = await (await located(checkbox(`Select ${displayName}`))).waitHandle();
      if (!(await isChecked(box))) await box.click();
      await eventually(`${displayName} to be selected`, () => isChecked(box));
    },
    async selectEveryUser() {
      await this.waitForUsers();
      const userRows = async (): Promise<number> => (await page.$$('>>> lm-user-picker >>> tbody tr')).length;
      const sizes = await page.$('>>> lm-user-picker >>> nav select');
      if (sizes) {
        const largest = await sizes.evaluate((node) =>
          node instanceof HTMLSelectElement ? [...node.options].map((option) => option.value).sort((a, b) => Number(b) - Number(a))[0] ?? '' : '',
        );
        await sizes.select(largest);
        await eventually(`${largest} users per page`, async () => ((await settled()) && (await userRows()) > 0 ? true : null), 60_000);
      }
      do {
        await eventually('the page to load', settled, 60_000);
        const header = await (await located(checkbox('Select all users on this page'))).waitHandle();
        if (!(await isChecked(header))) await header.click();
        await eventually('the page to be selected', () => isChecked(header));
      } while (await this.nextPage());
    },
    async firstUser() {
      await eventually('the page to load', settled, 60_000);
      return clean(await firstRow());
    },
    async nextPage() {
      await eventually('the page to load', settled, 60_000);
      const next = await page.$(button('Next page'));
      const enabled = next ? await next.evaluate((node) => node instanceof HTMLButtonElement && !node.disabled) : false;
      if (!enabled) return false;
      const before = await firstRow();
      await page.locator(button('Next page')).click();
      await eventually('the next page', async () => {
        const first = await firstRow();
        return first !== '' && first !== before && (await settled()) ? true : null;
      }, 60_000);
      return true;
    },
    async click(name) {
      const target = await located(button(name));
      await eventually(`"${name}" to be enabled`, async () => {
        const handle = await target.waitHandle();
        return handle.evaluate((node) => !(node instanceof HTMLButtonElement) || !node.disabled);
      });
      await target.click();
    },
    async waitForProduct(name) {
      await located(checkbox(name));
    },
    async toggleProduct(name) {
      await (await located(checkbox(name))).click();
    },
    async waitForResults(count) {
      await this.waitForJobFinished();
      return eventually(`${count} result rows`, async () => {
        const rows = await rowsOfTable(page, named, 'Results');
        return rows.length >= count ? rows : null;
      }, 120_000);
    },
    async waitForJobFinished() {
      // The summary's "Export CSV" is drawn only once the job has ended. The absence of "Cancel" alone was once seen
      // while the rows still said "Waiting": the accessibility tree the query reads can lag the page.
      await eventually('the job to finish', async () => {
        const [cancel, table, exportCsv] = await Promise.all([page.$(button('Cancel')), page.$(named('table', 'Results')), page.$(button('Export CSV'))]);
        return table !== null && exportCsv !== null && cancel === null ? true : null;
      }, 180_000);
    },
    async interruptedJob() {
      const region = await (await located(named('region', 'Interrupted job'))).waitHandle();
      return clean(await region.evaluate((node) => node.textContent));
    },
    async interruptedJobShown() {
      return (await page.$(named('region', 'Interrupted job'))) !== null;
    },
    async jobHistory() {
      return eventually('the job history', async () => {
        const rows = await rowsOfTable(page, named, 'Job history');
        return rows.length > 0 ? rows : null;
      });
    },
    async shows(name) {
      return (await page.$(byName(name))) !== null;
    },
    async sidewaysScroll() {
      // No named functions inside: the page has no __name helper that tsx would make them call.
      return page.evaluate(() => {
        const found: string[] = [];
        const page = document.documentElement;
        if (page.scrollWidth > page.clientWidth) found.push(`page: ${page.scrollWidth - page.clientWidth}`);
        const roots: (Document | ShadowRoot)[] = [document];
        for (let root = roots.pop(); root !== undefined; root = roots.pop()) {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) roots.push(element.shadowRoot);
            const overflowX = getComputedStyle(element).overflowX;
            if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
              found.push(`<${element.localName} class="${element.getAttribute('class') ?? ''}">: ${element.scrollWidth - element.clientWidth}`);
            }
          }
        }
        return found;
      });
    },
    async cachedNote() {
      const notes = await page.$$('>>> .cached');
      const texts: string[] = [];
      for (const note of notes) texts.push(clean(await note.evaluate((node) => node.textContent)));
      return texts.join(' ');
    },
  };
}

/**
 * A second opening while `backend` holds every request (holdRequests): the user and the products come from the
 * cache, marked as cached, before any answer arrives; once the requests go through, the note goes.
 */
export async function expectCachedOpening(ui: PanelDriver, backend: HeldRequests, displayName: string): Promise<void> {
  await ui.waitForUsers();
  assert.ok(await ui.shows(`Select ${displayName}`), 'users rendered from the cache');
  assert.match(await ui.cachedNote(), /Cached/, 'users marked as cached');
  await ui.selectUser(displayName);
  await ui.click('Manage licenses');
  await ui.waitForProduct('Power BI Pro');
  assert.match(await ui.cachedNote(), /Cached/, 'products marked as cached');
  assert.ok(backend.held.length > 0, 'the backend was asked');
  assert.ok(backend.held.every((request) => request.response() === null), 'and none of its answers had arrived');

  await backend.release();
  await eventually('the cached note to go once fresh data arrived', async () => ((await ui.cachedNote()) === '' ? true : null));
}
