/**
 * The built Firefox add-on in headless Firefox against the reference server (after `npm run build`). Everything is
 * reached as an admin reaches it: the options tab the add-on opens on first install (the welcome step), its link
 * to the full-tab view, and that view's own buttons. Then the core flow (select across pages, Manage licenses,
 * Save, results, checked against the server's audit) and the IndexedDB cache on a second opening.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { startReferenceServer } from '../../server/index.js';
import { ADMIN_TOKEN, BULK_CUSTOMER, audit, bulkTenant } from '../e2e/extension-support/bulk-tenant.js';
import { closedAfterEachTest, fillSettings, holdRequests } from '../e2e/extension-support/extension-browser.js';
import { expectCachedOpening, panel } from '../e2e/extension-support/panel-driver.js';
import { extensionTab, launchFirefoxWithExtension, openFullTab } from './support/firefox-browser.js';
import { registerRoleQuery, roleSelector } from './support/role-query.js';

registerRoleQuery();

/** bulkTenant's user ids end in the user's four-digit number. */
const userIdOf = (displayName: string): string => `00000000-0000-4000-8000-00000000${displayName.slice(-4)}`;

describe('License Manager add-on in Firefox', { timeout: 600_000 }, () => {
  const closedAfterTest = closedAfterEachTest('the add-on pages');

  it('welcomes on install, runs the core flow in a tab and shows the cache on a second opening', async () => {
    const server = closedAfterTest(await startReferenceServer({ port: 0, fixture: bulkTenant(60) }));
    const session = closedAfterTest(await launchFirefoxWithExtension());

    // First install: the add-on opens its options page by itself.
    const welcome = await extensionTab(session, 'options/options.html');
    await fillSettings(welcome, { backend: 'Partner Center', baseUrl: server.url, token: ADMIN_TOKEN, customerId: BULK_CUSTOMER });
    const ui = panel(await openFullTab(welcome), roleSelector);
    await ui.waitForUsers();

    // One user on the first page, one on the second: the selection holds across pages.
    const chosen = [await ui.firstUser()];
    await ui.selectUser(chosen[0] ?? '');
    assert.equal(await ui.nextPage(), true, 'the tenant has a second page');
    chosen.push(await ui.firstUser());
    await ui.selectUser(chosen[1] ?? '');
    assert.notEqual(chosen[0], chosen[1]);
    for (const name of chosen) assert.ok(await ui.shows(`Remove ${name}`), `${name} is in the selection`);

    await ui.click('Manage licenses');
    await ui.toggleProduct('Power BI Pro');
    await ui.click('Save');
    await ui.click('Confirm');
    const results = await ui.waitForResults(2);
    for (const name of chosen) {
      const row = results.find((line) => line.includes(name));
      assert.match(row ?? '', /Succeeded/, `${name} succeeded: ${row ?? 'no row'}`);
    }
    const applied = (await audit(server, BULK_CUSTOMER)).applied;
    assert.deepEqual(applied, Object.fromEntries(chosen.map((name) => [userIdOf(name), 1])), 'exactly the two chosen users were changed, once');

    // Second opening: "Settings" opens a new options tab; the first tab goes. Every request to the backend is held
    // until the cached users and products have been seen.
    await ui.click('Settings');
    const settings = await extensionTab(session, 'options/options.html', [welcome]);
    await welcome.close();
    const backend = await holdRequests(settings, server.url);
    await expectCachedOpening(panel(await openFullTab(settings), roleSelector), backend, chosen[0] ?? '');
  });
});
