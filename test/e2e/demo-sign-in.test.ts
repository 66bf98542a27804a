/**
 * "Sign in" on the demo admin page (headless Chromium) against the reference server as the sign-in authority: the
 * page goes to the sign-in page, the agent is picked there, the page comes back and the widget lists users; after
 * the server expired every token the widget still works (silent renewal); a read-only agent signed in this way
 * sees the read-only view. No token reaches localStorage, a URL, the console or IndexedDB.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { DEMO_AGENTS, FABRIKAM_ID } from '../../server/index.js';
import { indexedDbText } from './indexeddb-text.js';
import { aria, find, stackForTheSuite, type Stack } from './widget-support.js';

/** Where the demo page keeps the sign-in (sessionStorage). */
const SIGN_IN_KEY = 'license-manager-demo:sign-in';

function upn(token: string): string {
  const found = DEMO_AGENTS.find((agent) => agent.token === token)?.userPrincipalName;
  assert.ok(found, `the demo agent ${token} has a user principal name`);
  return found;
}

interface SignInCounts {
  readonly interactive: number;
  readonly silent: number;
  readonly refreshToken: number;
}

async function signIns(stack: Stack): Promise<SignInCounts> {
  const body = (await (await fetch(`${stack.api.url}/_reference/identity`)).json()) as { signIns: SignInCounts };
  return body.signIns;
}

/** "Sign in" on the demo page, the account on the reference sign-in page, and back to the demo page. */
async function signInAs(page: Page, stack: Stack, account: string): Promise<void> {
  await page.locator(aria('button', 'Sign in')).click();
  await page.waitForFunction((authority) => location.href.startsWith(`${authority}/`), { timeout: 15_000 }, stack.api.url);
  assert.match(page.url(), /\/oauth2\/v2\.0\/authorize\?/, 'the reference sign-in page');
  await page.locator(aria('heading', 'Sign in')).wait();
  await page.locator(aria('button', account)).click();
  await page.waitForFunction((demo) => location.href.startsWith(`${demo}/demo/`), { timeout: 15_000 }, stack.web.url);
  await page.locator(`::-p-text(Signed in as ${account})`).setTimeout(15_000).wait();
}

/** Every value the page keeps in localStorage, sessionStorage and IndexedDB, as text to search. */
async function pageStorage(page: Page): Promise<{ local: string; session: string; indexedDb: string }> {
  const indexedDb = await page.evaluate(indexedDbText);
  const storages = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));
  return { ...storages, indexedDb };
}

describe('Sign in on the demo admin page', { timeout: 300_000 }, () => {
  const stack = stackForTheSuite();

  it('signs in by redirect, lists users, renews silently after the tokens expired, signs out; a read-only agent gets the read-only view', async () => {
    const page = await stack.browser.newPage();
    const problems: string[] = [];
    const urls: string[] = [];
    const lines: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => urls.push(request.url()));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    page.on('console', (message) => lines.push(message.text()));

    await page.goto(`${stack.web.url}/demo/?lang=en`);
    await page.locator('::-p-text(Not signed in)').wait();
    await signInAs(page, stack, upn('demo-admin'));
    await find(page, 'table', 'Users', 20_000);
    const address = new URL(page.url());
    assert.equal(address.search, '?lang=en', 'the answer (code, state) is taken out of the address, the page\'s own query kept');

    // The server expires every token it issued: the widget's next requests are refused once, then renewed silently.
    const before = await signIns(stack);
    const expired = await fetch(`${stack.api.url}/_reference/identity/expire-tokens`, { method: 'POST' });
    assert.equal(expired.status, 200);
    await page.reload({ waitUntil: 'load' });
    await find(page, 'table', 'Users', 20_000);
    const after = await signIns(stack);
    assert.ok(after.refreshToken > before.refreshToken, 'renewed through the refresh token');
    assert.equal(after.interactive, before.interactive, 'no sign-in page for the renewal');
    await page.locator(`::-p-text(Signed in as ${upn('demo-admin')})`).wait();

    // A refresh token the authority no longer honours: the renewal signs in silently (prompt=none) in a hidden frame.
    await page.evaluate((key) => {
      const kept = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      sessionStorage.setItem(key, JSON.stringify({ ...kept, refreshToken: 'no-longer-honoured' }));
    }, SIGN_IN_KEY);
    assert.equal((await fetch(`${stack.api.url}/_reference/identity/expire-tokens`, { method: 'POST' })).status, 200);
    await page.reload({ waitUntil: 'load' });
    await find(page, 'table', 'Users', 20_000);
    const afterSilent = await signIns(stack);
    assert.equal(afterSilent.silent, after.silent + 1, 'one silent sign-in (prompt=none)');
    assert.equal(afterSilent.interactive, before.interactive, 'no sign-in page for the silent sign-in');

    // The tokens live in this tab's sessionStorage only.
    const stored = await pageStorage(page);
    const signIn = JSON.parse((JSON.parse(stored.session) as Record<string, string>)[SIGN_IN_KEY] ?? 'null') as { accessToken: string; refreshToken: string } | null;
    assert.ok(signIn?.accessToken && signIn.refreshToken, 'the sign-in is in sessionStorage');
    for (const secret of [signIn.accessToken, signIn.refreshToken]) {
      assert.ok(!stored.local.includes(secret), 'no token in localStorage');
      assert.ok(!stored.indexedDb.includes(secret), 'no token in IndexedDB');
      assert.ok(!urls.some((url) => url.includes(secret)), 'no token in a URL');
      assert.ok(!lines.some((line) => line.includes(secret)), 'no token in the console');
    }

    // Sign out: back to the demo token; then a read-only agent signs in and gets the read-only view from its roles.
    await page.locator(aria('button', 'Sign out')).click();
    await page.locator(aria('button', 'Sign in')).wait();
    assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), SIGN_IN_KEY), null, 'sign-out forgets the tokens');
    await signInAs(page, stack, upn('demo-reader'));
    await find(page, 'table', 'Users', 20_000);
    await page.locator('::-p-text(Read only: your role \\(BillingAdmin\\))').setTimeout(30_000).wait();

    // A customer's own admin works in Graph, in its tenant: the customer follows the account.
    await page.locator(aria('button', 'Sign out')).click();
    await signInAs(page, stack, upn('demo-graph-fabrikam'));
    await find(page, 'table', 'Users', 20_000);
    assert.equal(await page.$eval('#manager', (element) => {
      const manager = element as HTMLElement & { backend: string; customerId: string };
      return `${manager.backend} ${manager.customerId}`;
    }), `graph ${FABRIKAM_ID}`);
    assert.deepEqual(problems, [], 'no page errors or dialogs');
  });
});
