/**
 * The built Firefox add-on in headless Firefox against the reference server (after `npm run build`). Everything is
 * reached as an admin reaches it: the options tab the add-on opens on first install (the welcome step), its link
 * to the full-tab view, and that view's own buttons. Then the core flow (select across pages, Manage licenses,
 * Save, results, checked against the server's audit) and the IndexedDB cache on a second opening.
 */
import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'node:test';
import { startReferenceServer, type ReferenceServer } from '../../server/index.js';
import { ADMIN_TOKEN, BULK_CUSTOMER, audit, bulkTenant } from '../e2e/extension-support/bulk-tenant.js';
import { eventually, fillSettings, holdRequests } from '../e2e/extension-support/extension-browser.js';
import { panel } from '../e2e/extension-support/panel-driver.js';
import { extensionTab, launchFirefoxWithExtension, openFullTab, type FirefoxSession } from './support/firefox-browser.js';
import { registerRoleQuery, roleSelector } from './support/role-query.js';

registerRoleQuery();

/** bulkTenant's user ids end in the user's four-digit number. */
const userIdOf = (displayName: string): string => `00000000-0000-4000-8000-00000000${displayName.slice(-4)}`;

describe('License Manager add-on in Firefox', { timeout: 600_000 }, () => {
  let session: FirefoxSession | null = null;
  let server: ReferenceServer | null = null;

  afterEach(async () => {
    const problems = session?.problems ?? [];
    await session?.close();
    await server?.close();
    session = null;
    server = null;
    assert.deepEqual(problems, [], 'no page errors or dialogs in the add-on pages');
  });

  it('welcomes on install, runs the core flow in a tab and shows the cache on a second opening', async () => {
    server = await startReferenceServer({ port: 0, fixture: bulkTenant(60) });
    session = await launchFirefoxWithExtension();

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
    const again = panel(await openFullTab(settings), roleSelector);
    await again.waitForUsers();
    assert.ok(await again.shows(`Select ${chosen[0] ?? ''}`), 'users rendered from the cache');
    assert.match(await again.cachedNote(), /Cached/, 'users marked as cached');
    await again.selectUser(chosen[0] ?? '');
    await again.click('Manage licenses');
    await again.waitForProduct('Power BI Pro');
    assert.match(await again.cachedNote(), /Cached/, 'products marked as cached');
    assert.ok(backend.held.length > 0, 'the backend was asked');
    assert.ok(backend.held.every((request) => request.response() === null), 'and none of its answers had arrived');

    await backend.release();
    await eventually('the cached note to go once fresh data arrived', async () => ((await again.cachedNote()) === '' ? true : null));
  });
});
