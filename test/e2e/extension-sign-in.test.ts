/**
 * "Sign in with Microsoft" in the built extension (headless Chromium, launchWebAuthFlow) against the reference
 * server as the sign-in authority: pick the agent on its sign-in page, the side panel lists the customer's users,
 * the token renews silently after the server expired it, "Sign out" brings the sign-in button back, and a
 * read-only agent signed in this way gets the read-only view. No token reaches storage.local, IndexedDB, a URL
 * or the console.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { CONTOSO_ID, DEMO_AGENTS, startReferenceServer, type ReferenceServer } from '../../server/index.js';
import { closedAfterEachTest, eventually, launchWithExtension, openExtensionPage, openPanel, type ExtensionBrowser } from './extension-support/extension-browser.js';
import { panel } from './extension-support/panel-driver.js';
import { indexedDbText } from './indexeddb-text.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';

function upn(token: string): string {
  const found = DEMO_AGENTS.find((agent) => agent.token === token)?.userPrincipalName;
  assert.ok(found);
  return found;
}

interface SignInCounts {
  readonly interactive: number;
  readonly refreshToken: number;
}

async function signIns(server: ReferenceServer): Promise<SignInCounts> {
  const body = (await (await fetch(`${server.url}/_reference/identity`)).json()) as { signIns: SignInCounts };
  return body.signIns;
}

/** Waits for the authorize page launchWebAuthFlow opened and picks the account there. */
async function pickAccount(session: ExtensionBrowser, server: ReferenceServer, account: string, seen: string[]): Promise<void> {
  const target = await session.browser.waitForTarget((candidate) => candidate.type() === 'page' && candidate.url().startsWith(`${server.url}/`) && candidate.url().includes('/oauth2/v2.0/authorize'), { timeout: 15_000 });
  seen.push(target.url());
  const page = await target.page();
  assert.ok(page, 'the sign-in page is a page');
  await page.locator('::-p-aria([name="Sign in"][role="heading"])').wait();
  await page.locator(`::-p-aria([name="${account}"][role="button"])`).click();
}

/** Every URL a page asks for and every console line it writes, to look for tokens in. */
function watch(page: Page, urls: string[], lines: string[]): void {
  page.on('request', (request) => urls.push(request.url()));
  page.on('console', (message) => lines.push(message.text()));
}

describe('Sign in with Microsoft (extension)', { timeout: 300_000 }, () => {
  const closedAfterTest = closedAfterEachTest('extension pages');

  it('signs in, lists users, renews silently, signs out; a read-only agent sees the read-only view; no token at rest', async () => {
    const server = closedAfterTest(await startReferenceServer({ port: 0, users: 30 }));
    const session = closedAfterTest(await launchWithExtension());
    const urls: string[] = [];
    const lines: string[] = [];

    const options = await openExtensionPage(session, 'options/options.html');
    watch(options, urls, lines);
    await options.locator('::-p-aria(Backend)').fill('partner-center');
    await options.locator('::-p-aria(Base URL)').fill(server.url);
    await options.locator('::-p-aria(Customer ID)').fill(CONTOSO_ID);
    await options.locator('::-p-aria(Sign-in \\(advanced\\))').click();
    await options.locator('::-p-aria(Sign-in authority)').fill(server.url);
    await options.locator('::-p-aria(Client ID)').fill(CLIENT_ID);
    await options.locator('::-p-aria(Tenant)').fill('organizations');
    await options.locator('::-p-aria([name="Sign in with Microsoft"][role="button"])').click();
    await pickAccount(session, server, upn('demo-admin'), urls);
    await options.locator(`::-p-text(Signed in as ${upn('demo-admin')})`).setTimeout(15_000).wait();

    const page = await openPanel(session);
    watch(page, urls, lines);
    const ui = panel(page);
    await ui.waitForUsers();

    // The server expires every token it issued: the panel's next calls are refused once, then renewed silently.
    const before = await signIns(server);
    const expired = await fetch(`${server.url}/_reference/identity/expire-tokens`, { method: 'POST' });
    assert.equal(expired.status, 200);
    await page.reload({ waitUntil: 'load' });
    await ui.waitForUsers();
    await eventually('a silent renewal through the refresh token', async () => (await signIns(server)).refreshToken > before.refreshToken);
    assert.equal((await signIns(server)).interactive, before.interactive, 'no sign-in page for the renewal');
    assert.equal(await page.$('::-p-text(Sign-in needed)'), null);

    // The tokens live in storage.session only.
    const stored = await options.evaluate(async () => {
      const session_ = await chrome.storage.session.get('signIn');
      const local = await chrome.storage.local.get(null);
      return { signIn: JSON.stringify(session_['signIn'] ?? null), local: JSON.stringify(local) };
    });
    const signIn = JSON.parse(stored.signIn) as { accessToken: string; refreshToken: string } | null;
    assert.ok(signIn?.accessToken && signIn.refreshToken, 'the sign-in is in storage.session');
    const secrets = [signIn.accessToken, signIn.refreshToken];
    const idb = await page.evaluate(indexedDbText);
    assert.ok(idb.length > 0, 'the panel cached something in IndexedDB');
    for (const secret of secrets) {
      assert.ok(!stored.local.includes(secret), 'no token in storage.local');
      assert.ok(!idb.includes(secret), 'no token in IndexedDB');
      assert.ok(!urls.some((url) => url.includes(secret)), 'no token in a URL');
      assert.ok(!lines.some((line) => line.includes(secret)), 'no token in the console');
    }

    // Sign out in the settings: the panel goes back to the sign-in button.
    await options.bringToFront();
    await options.locator('::-p-aria([name="Sign out"][role="button"])').click();
    await options.locator('::-p-text(Not signed in.)').wait();
    await page.bringToFront();
    const signInButton = '::-p-aria([name="Sign in with Microsoft"][role="button"])';
    await page.locator(signInButton).setTimeout(15_000).wait();
    assert.equal(await page.$('>>> lm-user-picker'), null, 'no users list while signed out');

    // A read-only agent signs in from the panel and gets the read-only view, without any role in the settings.
    await page.locator(signInButton).click();
    await pickAccount(session, server, upn('demo-reader'), urls);
    await ui.waitForUsers();
    await page.locator('::-p-text(Read only: your role \\(BillingAdmin\\))').setTimeout(30_000).wait();
  });
});
