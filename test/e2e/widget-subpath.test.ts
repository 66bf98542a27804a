/**
 * The widget folder served under a sub-path, as a host copies it: dist/widget/ at /static/lm/, and a portal page at
 * /portal/ that references /static/lm/license-manager.js under the README's Content Security Policy (scripts from
 * that folder only). The whole flow runs in both languages on both backends, one more sets a usage location first,
 * and every chunk comes from the folder.
 * Then one chunk fails to load: the widget says so with "Try again", and trying again works. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { CONTOSO_ID } from '../../server/index.js';
import { startStaticServer, type StaticServer } from '../../server/static-files.js';
import { catalogProduct } from '../../server/catalog/sku-catalog.js';
import { aria, click, directory, expectCheck, find, licensesOf, startStack, tableRows, waitForRows, waitForText, type DirectoryUser, type Stack } from './widget-support.js';

const widgetDir = fileURLToPath(new URL('../../dist/widget', import.meta.url));
const FOLDER = '/static/lm/';

const E1 = catalogProduct('STANDARDPACK');
const E3 = catalogProduct('ENTERPRISEPACK');
const KIOSK = catalogProduct('EXCHANGEDESKLESS');

/** The words the flow clicks, in each UI language. */
const WORDS = {
  en: { users: 'Users', select: 'Select', manage: 'Manage licenses', products: 'Products', plansFor: 'View service plans for', done: 'Done', save: 'Save', confirm: 'Confirm', results: 'Results', succeeded: 'Succeeded', report: 'Export license report', reported: 'users is downloaded', exportCsv: 'Export CSV' },
  sv: { users: 'Användare', select: 'Välj', manage: 'Hantera licenser', products: 'Produkter', plansFor: 'Visa tjänsteplaner för', done: 'Klart', save: 'Spara', confirm: 'Bekräfta', results: 'Resultat', succeeded: 'Lyckades', report: 'Exportera licensrapport', reported: 'användare är nedladdad', exportCsv: 'Exportera CSV' },
} as const;

const PORTAL = (origin: string, apiUrl: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="script-src ${origin}${FOLDER} 'nonce-portal'; connect-src 'self' ${apiUrl}" />
    <title>Portal</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${FOLDER}license-manager.js"></script>
  </head>
  <body>
    <license-manager id="manager" customer-id="${CONTOSO_ID}" page-size="25"></license-manager>
    <script type="module" nonce="portal">
      const query = new URLSearchParams(location.search);
      const { baseUrl } = await (await fetch('./config.json')).json();
      const manager = document.getElementById('manager');
      manager.setAttribute('lang', query.get('lang'));
      manager.setAttribute('backend', query.get('backend'));
      manager.setAttribute('base-url', baseUrl);
      manager.tokenProvider = async () => query.get('token');
    </script>
  </body>
</html>
`;

describe('widget folder under a sub-path (/static/lm/), behind a CSP for that folder', () => {
  let stack: Stack;
  let root: string;
  let portal: StaticServer;
  const requested: string[] = [];
  const problems: string[] = [];

  before(async () => {
    stack = await startStack();
    root = mkdtempSync(join(tmpdir(), 'lm-portal-'));
    cpSync(widgetDir, join(root, 'static', 'lm'), { recursive: true });
    mkdirSync(join(root, 'portal'));
    portal = await startStaticServer({ root, port: 0, json: { '/portal/config.json': { baseUrl: stack.api.url } } });
    // The page names the server's origin in its CSP, so it is written once the server listens.
    writeFileSync(join(root, 'portal', 'index.html'), PORTAL(portal.url, stack.api.url));
  });
  after(async () => {
    await portal?.close();
    await stack?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function open(query: Record<string, string>, onRequest?: (request: HTTPRequest) => void): Promise<Page> {
    const page = await stack.browser.newPage();
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    if (onRequest) {
      await page.setRequestInterception(true);
      page.on('request', onRequest);
    }
    await page.goto(`${portal.url}/portal/?${new URLSearchParams(query)}`);
    return page;
  }

  const taken: DirectoryUser[] = [];
  async function freshUser(): Promise<DirectoryUser> {
    const users = (await directory(stack.api)).slice(0, 25);
    const unique = (user: DirectoryUser) => users.filter((other) => other.displayName === user.displayName).length === 1;
    const holds = (user: DirectoryUser, skuId: string) => user.assignedLicenses.some((license) => license.skuId === skuId);
    const found = users.find((user) => unique(user) && user.usageLocation !== null && !holds(user, KIOSK.skuId) && !holds(user, E1.skuId)
      && /^[\p{L} .'-]+$/u.test(user.displayName) && !taken.some((other) => other.id === user.id));
    if (!found) throw new Error('the demo tenant has no more users to assign Kiosk to on its first page');
    taken.push(found);
    return found;
  }

  for (const backend of ['partner-center', 'graph'] as const) {
    for (const lang of ['en', 'sv'] as const) {
      it(`assigns a product and saves: ${backend}, ${lang}`, async () => {
        const words = WORDS[lang];
        const user = await freshUser();
        const page = await open({ backend, lang, token: backend === 'graph' ? 'demo-graph-contoso' : 'demo-admin' });
        await find(page, 'table', words.users, 20_000);
        // The license report's chunks load on use.
        await click(page, 'button', words.report);
        await waitForText(page, words.reported);
        if (lang === 'en') {
          // "Select from a list": its chunks under the folder's CSP (and, on Partner Center, the walk of the list).
          await click(page, 'button', 'Select from a list');
          await (await find(page, 'textbox', 'User principal names or object IDs')).type(user.id);
          await click(page, 'button', 'Select these users');
        } else await click(page, 'checkbox', `${words.select} ${user.displayName}`);
        await expectCheck(page, `${words.select} ${user.displayName}`, 'checked');
        await click(page, 'button', words.manage);
        await find(page, 'table', words.products, 20_000);
        await click(page, 'checkbox', KIOSK.displayName);
        await expectCheck(page, KIOSK.displayName, 'checked');
        await click(page, 'button', `${words.plansFor} ${E3.displayName}`);
        await click(page, 'button', words.done);
        await click(page, 'button', words.save);
        await click(page, 'button', words.confirm);
        let rows: string[] = [];
        for (let i = 0; i < 200 && !rows.some((row) => row.includes(user.displayName) && row.includes(words.succeeded)); i++) {
          rows = await tableRows(page, words.results);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.ok(rows.some((row) => row.includes(user.displayName) && row.includes(words.succeeded)), `results say ${words.succeeded}: ${rows.join(' / ')}`);
        assert.ok((await licensesOf(stack.api, user.id)).some((license) => license.skuId === KIOSK.skuId), 'the service holds the assignment');
        // The results file's writer loads on use too.
        await click(page, 'button', words.exportCsv);
        await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
        await page.close();
      });
    }
  }

  it('sets a usage location from the findings (its own chunk), then saves: partner-center, en', async () => {
    const users = (await directory(stack.api)).slice(0, 50);
    const unique = (user: DirectoryUser) => users.filter((other) => other.displayName === user.displayName).length === 1;
    const index = users.findIndex((user) => unique(user) && user.usageLocation === null && /^[\p{L} .'-]+$/u.test(user.displayName));
    const user = users[index];
    if (!user) throw new Error('the demo tenant has no user without a usage location on its first two pages');
    const page = await open({ backend: 'partner-center', lang: 'en', token: 'demo-admin' });
    await find(page, 'table', 'Users', 20_000);
    if (index >= 25) await click(page, 'button', 'Next page');
    await click(page, 'checkbox', `Select ${user.displayName}`);
    await expectCheck(page, `Select ${user.displayName}`, 'checked');
    await click(page, 'button', 'Manage licenses');
    await find(page, 'table', 'Products', 20_000);
    await click(page, 'checkbox', KIOSK.displayName);
    await expectCheck(page, KIOSK.displayName, 'checked');
    await click(page, 'button', 'Set usage location');
    await (await find(page, 'combobox', 'Country or region')).select('SE');
    await click(page, 'button', 'Apply');
    // Set, the user is no longer held back: the findings stop offering it.
    await page.waitForSelector(aria('button', 'Set usage location'), { hidden: true, timeout: 20_000 });
    await click(page, 'button', 'Save');
    await click(page, 'button', 'Confirm');
    const rows = await waitForRows(page, 'Results', (list) => list.some((row) => row.includes(user.displayName) && /Succeeded/.test(row)), `${user.displayName} succeeded`);
    assert.equal(rows.length, 1);
    assert.equal((await directory(stack.api)).find((entry) => entry.id === user.id)?.usageLocation, 'SE');
    assert.ok((await licensesOf(stack.api, user.id)).some((license) => license.skuId === KIOSK.skuId), 'the service holds the assignment');
    await page.close();
  });

  it('loaded every chunk from the folder, and nothing the CSP refused', () => {
    const scripts = requested.filter((path) => path.endsWith('.js'));
    assert.deepEqual(scripts.filter((path) => !path.startsWith(FOLDER)), [], 'scripts from outside the folder');
    const files = readdirSync(widgetDir).filter((name) => name.endsWith('.js'));
    // The job history shows only with a journal (the extension's store); a host page without one never needs it.
    const expected = files.filter((name) => !name.startsWith('license-manager-history-'));
    assert.ok(expected.length >= 8, `the folder has the entry and its chunks: ${files.join(', ')}`);
    assert.deepEqual(expected.filter((name) => !scripts.includes(`${FOLDER}${name}`)), [], 'chunks never loaded');
    assert.deepEqual(problems, []);
  });

  it('says a chunk did not load, with "Try again" that loads it', async () => {
    let failing = true;
    let refused = 0;
    const user = await freshUser();
    const page = await open({ backend: 'partner-center', lang: 'en', token: 'demo-admin' }, (request) => {
      if (failing && /\/license-manager-products-[^/]+\.js$/.test(request.url())) {
        refused++;
        void request.respond({ status: 503, contentType: 'text/plain', body: 'unavailable' });
      } else {
        void request.continue();
      }
    });
    await find(page, 'table', 'Users', 20_000);
    await click(page, 'checkbox', `Select ${user.displayName}`);
    await click(page, 'button', 'Manage licenses');
    await find(page, 'button', 'Try again');
    assert.match(await alertText(page), /Part of License Manager did not load\. Check the connection, then try again\./);
    assert.ok(refused >= 1, 'the products chunk was asked for and refused');
    failing = false;
    await click(page, 'button', 'Try again');
    await find(page, 'table', 'Products', 20_000);
    assert.doesNotMatch(await alertText(page), /did not load/, 'the error is gone');
    await page.close();
  });
});

/** The text of every alert on the page, shadow roots included (an alert's name is not its text). */
async function alertText(page: Page): Promise<string> {
  const alerts = await page.$$('::-p-aria([role="alert"])');
  const texts = await Promise.all(alerts.map((alert) => alert.evaluate((element) => element.textContent ?? '')));
  return texts.join(' ').replace(/\s+/g, ' ');
}
