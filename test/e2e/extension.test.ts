/**
 * The built extension in headless Chromium against the reference server (after `npm run build`): the whole flow
 * from the side panel page, a 500-user job interrupted by closing the panel and resumed, the IndexedDB cache
 * shown before the backend answers, and the worker's tab tracking surviving a stop.
 */
import { strict as assert } from 'node:assert';
import { after, afterEach, describe, it } from 'node:test';
import { CONTOSO_ID, startReferenceServer, type ReferenceServer } from '../../server/index.js';
import { ADMIN_NAME, ADMIN_TOKEN, BULK_CUSTOMER, audit, bulkTenant } from './extension-support/bulk-tenant.js';
import { PANEL_WIDTH, configure, eventually, holdRequests, launchWithExtension, openExtensionPage, openPanel, type ExtensionBrowser } from './extension-support/extension-browser.js';
import { expectCachedOpening, panel } from './extension-support/panel-driver.js';

interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly usageLocation: string | null;
}

/** The first page of users as the server lists them (to pick users the UI shows without scrolling). */
async function firstPageUsers(server: ReferenceServer, customerId: string): Promise<DirectoryUser[]> {
  const response = await fetch(`${server.url}/v1/customers/${customerId}/users?size=25`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  const body: unknown = await response.json();
  assert.ok(typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items));
  return body.items.map((item: unknown) => {
    assert.ok(typeof item === 'object' && item !== null && 'id' in item && 'displayName' in item);
    const usageLocation = 'usageLocation' in item && typeof item.usageLocation === 'string' ? item.usageLocation : null;
    return { id: String(item.id), displayName: String(item.displayName), usageLocation };
  });
}

describe('License Manager extension', { timeout: 600_000 }, () => {
  let session: ExtensionBrowser | null = null;
  const servers: ReferenceServer[] = [];

  afterEach(async () => {
    const problems = session?.problems ?? [];
    await session?.close();
    session = null;
    await Promise.all(servers.splice(0).map((server) => server.close()));
    assert.deepEqual(problems, [], 'no page errors or dialogs in extension pages');
  });

  after(async () => {
    await session?.close();
  });

  async function start(options: Parameters<typeof startReferenceServer>[0], customerId: string): Promise<{ server: ReferenceServer; browser: ExtensionBrowser }> {
    const server = await startReferenceServer({ port: 0, ...options });
    servers.push(server);
    session = await launchWithExtension();
    await configure(session, { backend: 'Partner Center', baseUrl: server.url, token: ADMIN_TOKEN, customerId });
    return { server, browser: session };
  }

  it('(a) runs the whole flow at 400 px: select users, manage licenses, assign, save, see the results', async () => {
    const { server, browser } = await start({ users: 120 }, CONTOSO_ID);
    // Three users with a usage location, the one named like markup among them when it has one.
    const candidates = (await firstPageUsers(server, CONTOSO_ID)).filter((user) => user.usageLocation && !['CN', 'RU'].includes(user.usageLocation));
    const chosen = [...candidates.filter((user) => user.displayName.includes('<img')), ...candidates.filter((user) => !user.displayName.includes('<img'))].slice(0, 3);
    assert.equal(chosen.length, 3);

    const page = await openPanel(browser);
    assert.equal(await page.evaluate(() => innerWidth), PANEL_WIDTH, 'the panel is as wide as a side panel');
    const ui = panel(page);
    await ui.waitForUsers();
    for (const user of chosen) await ui.selectUser(user.displayName);
    assert.deepEqual(await ui.sidewaysScroll(), [], 'users: nothing scrolls sideways');
    await ui.click('Manage licenses');
    await ui.toggleProduct('Power BI Pro');
    assert.deepEqual(await ui.sidewaysScroll(), [], 'products: nothing scrolls sideways');
    await ui.click('Save');
    await ui.click('Confirm');
    const results = await ui.waitForResults(3);
    assert.deepEqual(await ui.sidewaysScroll(), [], 'results: nothing scrolls sideways');
    for (const user of chosen) {
      const row = results.find((line) => line.includes(user.displayName));
      assert.ok(row, `a result row for ${user.displayName}`);
      assert.match(row, /Succeeded/, `${user.displayName} succeeded: ${row}`);
    }
    const applied = (await audit(server, CONTOSO_ID)).applied;
    for (const user of chosen) assert.equal(applied[user.id], 1, `${user.displayName} was changed once`);
    assert.equal(Object.keys(applied).length, 3, 'nobody else was changed');
  });

  it('(b) a 500-user job closed mid-way shows as interrupted and resumes to exactly-once', async () => {
    const { server, browser } = await start({ fixture: bulkTenant(500), latencyMs: 25 }, BULK_CUSTOMER);
    const page = await openPanel(browser);
    const ui = panel(page);
    await ui.waitForUsers();
    await ui.selectEveryUser();
    await ui.click('Manage licenses');
    await ui.toggleProduct('Power BI Pro');
    await ui.click('Save');
    await ui.click('Confirm');

    // Close the panel while the job is under way: some users done, most not.
    const partial = await eventually('part of the job to be applied', async () => {
      const count = Object.keys((await audit(server, BULK_CUSTOMER)).applied).length;
      return count >= 40 ? count : null;
    }, 60_000);
    await page.close();
    const atClose = Object.keys((await audit(server, BULK_CUSTOMER)).applied).length;
    assert.ok(partial < 500 && atClose < 500, `closed mid-job (${atClose} of 500 applied)`);

    const reopened = await openPanel(browser);
    const again = panel(reopened);
    const banner = await again.interruptedJob();
    assert.match(banner, /500/, `the banner counts the job's users: ${banner}`);
    await again.click('Resume');
    await eventually('every user to be applied', async () => {
      const applied = (await audit(server, BULK_CUSTOMER)).applied;
      return Object.keys(applied).length === 500 ? applied : null;
    }, 180_000);
    await again.waitForJobFinished();
    const applied = (await audit(server, BULK_CUSTOMER)).applied;
    const twice = Object.entries(applied).filter(([, count]) => count !== 1);
    assert.deepEqual(twice, [], 'every operation applied exactly once');
    assert.equal(Object.keys(applied).length, 500);

    // The history survives another reopening and says who did what.
    await reopened.close();
    const third = panel(await openPanel(browser));
    await third.waitForUsers();
    const history = await third.jobHistory();
    assert.equal(history.length, 1, `one job in the history: ${JSON.stringify(history)}`);
    const [row] = history;
    assert.ok(row?.includes(ADMIN_NAME), `who: ${row}`);
    assert.ok(row?.includes('Power BI Pro'), `what: ${row}`);
    assert.match(row ?? '', /\b500\b/, `how many: ${row}`);
    assert.equal(await third.interruptedJobShown(), false, 'no interrupted job any more');
  });

  it('(c) a second opening shows cached users and products before the backend answers', async () => {
    const { server, browser } = await start({ fixture: bulkTenant(30) }, BULK_CUSTOMER);
    const first = panel(await openPanel(browser));
    await first.waitForUsers();
    await first.selectUser('Bulk User 0001');
    await first.click('Manage licenses');
    await first.waitForProduct('Power BI Pro');
    await first.page.close();

    // Hold every request to the backend until the cached view has been checked.
    const page = await browser.browser.newPage();
    const backend = await holdRequests(page, server.url);
    page.on('pageerror', (error) => browser.problems.push(String(error)));
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel/sidepanel.html`);
    await expectCachedOpening(panel(page), backend, 'Bulk User 0001');
  });

  it('(d) the worker keeps the active tab\'s customer in session storage, also after it was stopped', async () => {
    session = await launchWithExtension();
    const browser = session;
    const portal = await browser.browser.newPage();
    await portal.setRequestInterception(true);
    portal.on('request', (request) => {
      if (request.url().startsWith('https://partner.microsoft.com/')) void request.respond({ status: 200, contentType: 'text/html', body: '<title>Partner Center</title>' });
      else void request.continue();
    });
    const options = await openExtensionPage(browser, 'options/options.html');
    const activeCustomer = (): Promise<string | null> =>
      options.evaluate(async () => {
        const stored: Record<string, unknown> = await chrome.storage.session.get('activeCustomer');
        const value = stored['activeCustomer'];
        return typeof value === 'object' && value !== null && 'customerId' in value && typeof value.customerId === 'string' ? value.customerId : null;
      });

    await portal.goto(`https://partner.microsoft.com/en-us/dashboard/v2/customers/${CONTOSO_ID}/users`);
    await portal.bringToFront();
    await eventually('the portal customer', async () => ((await activeCustomer()) === CONTOSO_ID ? true : null));

    const workerTarget = await browser.browser.waitForTarget((target) => target.type() === 'service_worker');
    const worker = await workerTarget.worker();
    await worker?.close();
    await options.bringToFront();
    await portal.goto(`https://partner.microsoft.com/dashboard/commerce2/customers/${BULK_CUSTOMER.replace(/1$/, '2')}/subscriptions`);
    await portal.bringToFront();
    await eventually('the next customer, written by a restarted worker', async () => ((await activeCustomer())?.endsWith('0002') ? true : null));
  });

  it('opens its options page on install, whose link opens License Manager in the same tab', async () => {
    session = await launchWithExtension();
    const options = `chrome-extension://${session.extensionId}/options/options.html`;
    const browser = session.browser;
    const welcome = await eventually('the options tab opened on install', async () => (await browser.pages()).find((page) => page.url() === options) ?? null);
    await welcome.locator('::-p-aria([name="Open License Manager in a tab"][role="link"])').click();
    await welcome.waitForFunction(() => location.pathname === '/sidepanel/sidepanel.html', { timeout: 10_000 });
    // Not configured yet: the full-tab view asks for a token, as the side panel does.
    await welcome.locator('::-p-aria([name="Open settings"][role="button"])').wait();
  });

  it('asks for a token when none is set, then offers the customers to pick from', async () => {
    const server = await startReferenceServer({ port: 0, users: 20 });
    servers.push(server);
    session = await launchWithExtension();
    const browser = session;
    const page = await openPanel(browser);
    const ui = panel(page);
    await page.locator('::-p-aria(Open settings)').wait();
    assert.ok(await ui.shows('Open settings'));

    await configure(browser, { backend: 'Partner Center', baseUrl: server.url, token: ADMIN_TOKEN, customerId: '' });
    // The panel carries on by itself once a token is saved.
    await page.locator('::-p-aria(Customer)').wait();
    const names = await page.$$eval('select option', (options) => options.map((option) => option.textContent ?? ''));
    assert.ok(names.some((name) => name.startsWith('Contoso')), `customers offered: ${names.join(', ')}`);
    await page.locator('::-p-aria(Customer)').fill(CONTOSO_ID);
    await page.locator('::-p-aria(Open)').click();
    await ui.waitForUsers();
    const manager = await page.$('license-manager');
    assert.equal(await manager?.evaluate((element) => element.getAttribute('customer-id')), CONTOSO_ID);

    // Settings saved while the panel is open apply at once (no job is running).
    const fabrikam = CONTOSO_ID.replace(/1$/, '2');
    await configure(browser, { backend: 'Partner Center', baseUrl: server.url, token: ADMIN_TOKEN, customerId: fabrikam });
    await eventually('the panel on the customer from the new settings', async () =>
      (await page.$eval('license-manager', (element) => element.getAttribute('customer-id')).catch(() => null)) === fabrikam);
    await ui.waitForUsers();
  });
});

