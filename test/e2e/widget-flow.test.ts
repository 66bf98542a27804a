/**
 * The built widget on the demo admin page against the reference server, driven by role and accessible name:
 * select users on two pages, manage their licenses, choose service plans, save, read every outcome, then check
 * the server's state over HTTP. Also: a hostile display name stays text, and two copies of the bundle coexist.
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { CONTOSO_ID } from '../../server/index.js';
import { catalogProduct as catalog } from '../../server/catalog/sku-catalog.js';
import {
  checkState, click, deepCount, directory, expectCheck, find, holds, licensesOf, selectPageByPage, stackForTheSuite, toggle, waitForRows, type DirectoryUser,
} from './widget-support.js';

const PAGE_SIZE = 25; // the demo page's page-size
const HOSTILE = '<img src=x onerror=alert(1)>';

const E1 = catalog('STANDARDPACK');
const E3 = catalog('ENTERPRISEPACK');
const KIOSK = catalog('EXCHANGEDESKLESS');
const BI = catalog('POWER_BI_PRO');
const SWAY = E3.servicePlans.find((plan) => plan.name === 'SWAY')!;

/** What the admin reads in one user's results row after the save below. */
interface Expected {
  readonly outcome: 'Succeeded' | 'Failed' | 'No change';
  readonly reason?: RegExp;
}

function pageOf(users: readonly DirectoryUser[], user: DirectoryUser): number {
  return Math.floor(users.indexOf(user) / PAGE_SIZE);
}

describe('widget end to end (demo page, reference server)', () => {
  const stack = stackForTheSuite();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  async function openDemo(): Promise<Page> {
    const page = await stack.browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${stack.web.url}/demo/`);
    await find(page, 'table', 'Users', 20_000);
    return page;
  }

  it('assigns, revokes and changes plans for users picked on two pages, and reports every outcome', async () => {
    const users = await directory(stack.api);
    const unique = (user: DirectoryUser) => users.filter((other) => other.displayName === user.displayName).length === 1;
    const pick = (what: string, from: number, test: (user: DirectoryUser) => boolean, taken: DirectoryUser[]) => {
      const found = users.slice(from * PAGE_SIZE).find((user) => unique(user) && !taken.includes(user) && test(user));
      if (!found) throw new Error(`The demo tenant has no ${what}`);
      taken.push(found);
      return found;
    };
    const picked: DirectoryUser[] = [];
    const hostile = pick('hostile display name', 0, (u) => u.displayName === HOSTILE, picked);
    const e3Holder = pick('E3 holder', 0, (u) => u.usageLocation !== null && holds(u, E3.skuId) && !holds(u, E1.skuId) && !holds(u, KIOSK.skuId), picked);
    const noLocation = pick('user without usage location or Kiosk', 0, (u) => u.usageLocation === null && !holds(u, KIOSK.skuId), picked);
    const e1Holder = pick('E1 holder on page 2 or later', 1, (u) => u.usageLocation !== null && holds(u, E1.skuId) && !holds(u, KIOSK.skuId), picked);
    const biHolder = pick('Power BI holder', 1, (u) => u.usageLocation !== null && holds(u, BI.skuId) && !holds(u, E1.skuId) && !holds(u, KIOSK.skuId), picked);
    const pages = new Set(picked.map((user) => pageOf(users, user)));
    assert.ok(pages.size >= 2, 'users picked on at least two pages');
    // The plan below: assign Kiosk to everyone, revoke Power BI, turn Sway off in E3. The picks decide the answer.
    const expected = new Map<DirectoryUser, Expected>([
      [e3Holder, { outcome: 'Succeeded' }],
      [biHolder, { outcome: 'Succeeded' }],
      [noLocation, { outcome: 'Failed', reason: /usage location/i }],
      [e1Holder, { outcome: 'Failed', reason: /held together|exclusive/i }],
    ]);

    const page = await openDemo();

    // The hostile name is text: a checkbox named by it, and no <img> anywhere, shadow roots included.
    await find(page, 'checkbox', `Select ${HOSTILE}`);
    assert.equal(await deepCount(page, 'img'), 0);

    // Select page by page, moving with "Next page".
    await selectPageByPage(page, users, picked, PAGE_SIZE);
    for (const user of picked) await find(page, 'button', `Remove ${user.displayName}`);

    await click(page, 'button', 'Manage licenses');
    await find(page, 'table', 'Products', 20_000);

    // Tri-states over the selection, and the holders of E3.
    const triState = (skuId: string) => {
      const count = picked.filter((user) => holds(user, skuId)).length;
      return count === 0 ? 'unchecked' : count === picked.length ? 'checked' : 'mixed';
    };
    for (const product of [E1, E3, KIOSK, BI]) await expectCheck(page, product.displayName, triState(product.skuId));
    await click(page, 'button', `Assigned ${E3.displayName}`);
    const holdersText = await (await find(page, 'dialog', `Users holding ${E3.displayName}`)).evaluate((element) => element.textContent ?? '');
    for (const user of picked) assert.equal(holdersText.includes(user.displayName), holds(user, E3.skuId), `${user.displayName} among E3 holders`);
    await page.keyboard.press('Escape');

    // Assign Kiosk to everyone; revoke Power BI (mixed -> all -> none); turn Sway off for the E3 holders.
    await toggle(page, KIOSK.displayName, 'checked');
    await toggle(page, BI.displayName, 'checked');
    await toggle(page, BI.displayName, 'unchecked');
    await click(page, 'button', `View service plans for ${E3.displayName}`);
    await find(page, 'dialog', `Service plans: ${E3.displayName}`);
    assert.equal(await checkState(page, SWAY.displayName), 'checked');
    await toggle(page, SWAY.displayName, 'unchecked');
    await click(page, 'button', 'Done');

    await click(page, 'button', 'Save');
    await find(page, 'region', 'Review changes');
    await find(page, 'table', 'Changes by user');
    await click(page, 'button', 'Confirm');
    await find(page, 'table', 'Results', 30_000);

    // Every selected user's outcome, once nothing is pending.
    const finished = (list: string[]) => list.length === picked.length && list.every((row) => /Succeeded|Failed|No change|Cancelled/.test(row));
    let rows = await waitForRows(page, 'Results', finished, `an outcome for each of the ${picked.length} users`);
    const rowOf = (list: string[], user: DirectoryUser) => list.find((text) => text.includes(user.displayName)) ?? '';
    for (const [user, { outcome, reason }] of expected) {
      const row = rowOf(rows, user);
      assert.ok(row.includes(outcome), `${user.displayName}: expected ${outcome}, row says "${row}"`);
      if (reason) assert.match(row, reason);
    }
    await find(page, 'button', 'Export CSV');

    // Retrying sends the two held-back users to the service this time; it refuses them for the same reasons,
    // now in its own words.
    assert.match(rowOf(rows, noLocation), /Not sent/);
    await click(page, 'button', 'Retry failed');
    rows = await waitForRows(page, 'Results', (list) => /invalid usage location/.test(rowOf(list, noLocation)) && /mutually exclusive/.test(rowOf(list, e1Holder)),
      "the service's own reasons for the two users retried");
    for (const user of [noLocation, e1Holder]) {
      assert.match(rowOf(rows, user), /Failed/, `${user.displayName} failed again`);
      assert.match(rowOf(rows, user), expected.get(user)!.reason!);
    }

    // The server's own state, over HTTP.
    for (const [user, { outcome }] of expected) {
      const now = await licensesOf(stack.api, user.id);
      const has = (skuId: string) => now.find((license) => license.skuId === skuId);
      if (outcome === 'Succeeded') {
        assert.ok(has(KIOSK.skuId), `${user.displayName} holds Kiosk`);
        assert.equal(has(BI.skuId), undefined, `${user.displayName} no longer holds Power BI`);
        if (holds(user, E3.skuId)) assert.deepEqual(has(E3.skuId)?.disabledPlans, [SWAY.id], `${user.displayName}: Sway off in E3`);
      } else {
        assert.deepEqual(
          [...now].map((license) => license.skuId).sort(),
          user.assignedLicenses.map((license) => license.skuId).sort(),
          `${user.displayName}'s licenses unchanged`,
        );
      }
    }

    // Still text after all that rendering, and nothing ran.
    assert.ok(rows.some((row) => row.includes(hostile.displayName)));
    assert.equal(await deepCount(page, 'img'), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('keeps working with two more copies of the bundle on the page', async () => {
    const page = await openDemo();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warn') warnings.push(message.text());
    });
    await page.addScriptTag({ url: '/license-manager.js', type: 'module' });
    await page.addScriptTag({ url: '/license-manager.js?copy=2', type: 'module' });
    await page.evaluate((apiUrl, customerId) => {
      const second = document.createElement('license-manager') as HTMLElement & { tokenProvider: () => Promise<string> };
      second.setAttribute('customer-id', customerId);
      second.setAttribute('base-url', apiUrl);
      second.setAttribute('page-size', '5');
      second.id = 'second';
      second.tokenProvider = async () => 'demo-admin';
      document.body.append(second);
    }, stack.api.url, CONTOSO_ID);
    await page.waitForFunction(() => {
      const second = document.getElementById('second');
      return second?.shadowRoot?.querySelector('lm-user-picker')?.shadowRoot?.querySelector('table tbody tr') != null;
    }, { timeout: 20_000 });
    assert.ok(warnings.some((text) => text.includes('already defined')), 'the later copies say their tags were taken');
    assert.deepEqual(pageErrors, []);
    await find(page, 'table', 'Users');
    await page.close();
  });
});
