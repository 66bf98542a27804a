/**
 * The built widget on the demo page against the reference server, on what real tenants add: users without a
 * usage location get one from the findings and are then licensed; a product held only through a group is not
 * sent for removal (the server receives nothing for that user) while the others lose it. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { CONTOSO_ID } from '../../server/index.js';
import { SKU_CATALOG } from '../../server/catalog/sku-catalog.js';
import { click, directory, expectCheck, find, licensesOf, stackForTheSuite, waitForRows, type DirectoryUser, type Stack } from './widget-support.js';

const PAGE_SIZE = 25;
const P2 = SKU_CATALOG.find((entry) => entry.skuPartNumber === 'AAD_PREMIUM_P2')!;
const BI = SKU_CATALOG.find((entry) => entry.skuPartNumber === 'POWER_BI_PRO')!;
const SALES = '6b0e6f52-5a1e-4a00-8000-000000000001';

interface AssignmentState {
  readonly skuId: string;
  readonly assignedByGroup: string | null;
}

async function statesOf(api: Stack['api'], userId: string): Promise<readonly AssignmentState[]> {
  const response = await fetch(`${api.url}/v1.0/users/${userId}?$select=licenseAssignmentStates`, { headers: { Authorization: 'Bearer demo-graph-contoso' } });
  return ((await response.json()) as { licenseAssignmentStates: AssignmentState[] }).licenseAssignmentStates;
}

/** License updates the server received per user (applied or refused), from its reference-only audit. */
async function updatesReceived(api: Stack['api']): Promise<Record<string, number>> {
  const response = await fetch(`${api.url}/_reference/customers/${CONTOSO_ID}/audit`);
  return ((await response.json()) as { received: Record<string, number> }).received;
}

/** Every picked user's outcome, once nothing is pending. */
function settled(page: Page, count: number): Promise<string[]> {
  const done = (rows: string[]) => rows.length === count && rows.every((row) => /Succeeded|Failed|No change|Cancelled/.test(row));
  return waitForRows(page, 'Results', done, `an outcome for each of the ${count} users`, 30_000);
}

describe('widget end to end on a real tenant (demo page, reference server)', () => {
  const stack = stackForTheSuite();
  let users: DirectoryUser[];
  const pageErrors: string[] = [];

  before(async () => {
    users = await directory(stack.api);
  });

  const unique = (user: DirectoryUser) => users.filter((other) => other.displayName === user.displayName).length === 1;
  const holds = (user: DirectoryUser, skuId: string) => user.assignedLicenses.some((license) => license.skuId === skuId);

  async function openDemo(): Promise<Page> {
    const page = await stack.browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${stack.web.url}/demo/`);
    await find(page, 'table', 'Users', 20_000);
    return page;
  }

  async function select(page: Page, picked: readonly DirectoryUser[]): Promise<void> {
    const pageOf = (user: DirectoryUser) => Math.floor(users.indexOf(user) / PAGE_SIZE);
    const last = Math.max(...picked.map(pageOf));
    for (let index = 0; index <= last; index++) {
      if (index > 0) await click(page, 'button', 'Next page');
      for (const user of picked.filter((candidate) => pageOf(candidate) === index)) {
        await click(page, 'checkbox', `Select ${user.displayName}`);
        await expectCheck(page, `Select ${user.displayName}`, 'checked');
      }
    }
  }

  it('sets the usage location of two users from the findings, then saves and both are licensed', async () => {
    const nowhere = users.filter((user) => user.usageLocation === null && unique(user) && !holds(user, P2.skuId)).slice(0, 2);
    assert.equal(nowhere.length, 2, 'the demo tenant has two users without a usage location');
    const page = await openDemo();
    await select(page, nowhere);
    await click(page, 'button', 'Manage licenses');
    await find(page, 'table', 'Products', 20_000);
    await click(page, 'checkbox', P2.displayName);
    await expectCheck(page, P2.displayName, 'checked');

    await click(page, 'button', 'Set usage location');
    await find(page, 'dialog', 'Set usage location');
    const country = await find(page, 'combobox', 'Country or region');
    await country.select('NO');
    await click(page, 'button', 'Apply');
    // Set through the executor: the findings no longer hold them back.
    await page.waitForFunction(`(() => {
      const grid = document.querySelector('license-manager')?.shadowRoot?.querySelector('lm-product-grid')?.shadowRoot;
      return grid?.querySelector('.location-status')?.textContent?.includes('Norway') && !grid.querySelector('.set-location');
    })()`, { timeout: 30_000 });
    for (const user of nowhere) {
      const now = (await directory(stack.api)).find((entry) => entry.id === user.id);
      assert.equal(now?.usageLocation, 'NO', `${user.displayName}'s usage location on the server`);
    }

    await click(page, 'button', 'Save');
    await click(page, 'button', 'Confirm');
    const rows = await settled(page, nowhere.length);
    for (const user of nowhere) assert.match(rows.find((row) => row.includes(user.displayName)) ?? '', /Succeeded/);
    for (const user of nowhere) {
      assert.ok((await licensesOf(stack.api, user.id)).some((license) => license.skuId === P2.skuId), `${user.displayName} holds Entra ID P2`);
    }
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('clearing a product held through a group sends nothing for that user and removes it from the others', async () => {
    const inheritedOnly: DirectoryUser[] = [];
    const direct: DirectoryUser[] = [];
    for (const user of users.slice(0, PAGE_SIZE)) {
      if (!unique(user) || !holds(user, BI.skuId)) continue;
      const states = await statesOf(stack.api, user.id);
      const ways = states.filter((state) => state.skuId === BI.skuId);
      if (ways.every((state) => state.assignedByGroup === SALES) && inheritedOnly.length < 1) inheritedOnly.push(user);
      else if (ways.every((state) => state.assignedByGroup === null) && direct.length < 2) direct.push(user);
    }
    assert.equal(inheritedOnly.length, 1, 'a Sales member holding Power BI only through the group');
    assert.equal(direct.length, 2, 'two users holding Power BI directly');
    const picked = [...inheritedOnly, ...direct];
    const before = await updatesReceived(stack.api);

    const page = await openDemo();
    // Graph tells direct from inherited licenses (Partner Center cannot): sign in as Contoso's global admin.
    await page.select('#agent', 'demo-graph-contoso');
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
    await find(page, 'table', 'Users', 20_000);
    await select(page, picked);
    await click(page, 'button', 'Manage licenses');
    await find(page, 'table', 'Products', 20_000);
    await click(page, 'button', `Assigned ${BI.displayName}`);
    const holders = await (await find(page, 'dialog', `Users holding ${BI.displayName}`)).evaluate((element) => element.textContent ?? '');
    assert.ok(holders.includes(`${inheritedOnly[0]!.displayName} (through Sales)`), holders);
    await page.keyboard.press('Escape');
    await click(page, 'checkbox', BI.displayName);
    await expectCheck(page, BI.displayName, 'unchecked');
    const finding = await page.waitForFunction(`(() => {
      const grid = document.querySelector('license-manager')?.shadowRoot?.querySelector('lm-product-grid')?.shadowRoot;
      return [...(grid?.querySelectorAll('.findings li') ?? [])].map((item) => item.textContent ?? '').join('\\n');
    })()`, { timeout: 10_000 });
    assert.match(String(await finding.jsonValue()), /Inherited from group Sales: remove the user from the group to remove the license/);

    await click(page, 'button', 'Save');
    await click(page, 'button', 'Confirm');
    const rows = await settled(page, picked.length);
    assert.match(rows.find((row) => row.includes(inheritedOnly[0]!.displayName)) ?? '', /Failed/);
    for (const user of direct) {
      assert.match(rows.find((row) => row.includes(user.displayName)) ?? '', /Succeeded/);
      assert.equal((await licensesOf(stack.api, user.id)).some((license) => license.skuId === BI.skuId), false, `${user.displayName} lost Power BI`);
    }
    const after = await updatesReceived(stack.api);
    const sent = (user: DirectoryUser) => (after[user.id] ?? 0) - (before[user.id] ?? 0);
    assert.equal(sent(inheritedOnly[0]!), 0, 'no license update reached the server for the inherited holder');
    for (const user of direct) assert.equal(sent(user), 1, `${user.displayName}: one update`);
    assert.ok((await licensesOf(stack.api, inheritedOnly[0]!.id)).some((license) => license.skuId === BI.skuId), 'still licensed through Sales');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
