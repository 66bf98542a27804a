/**
 * "Export license report" on the demo page against the reference server: Contoso with 10,000 users over Graph
 * (pages of 999, the largest Graph gives, with the licenses in the list), and Fabrikam over Partner Center (one
 * page of up to 1,000 users, then each user's licenses). The downloaded file is compared row for row with the
 * server's state read over HTTP, and the requests the widget sent are counted. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { CONTOSO_ID, FABRIKAM_ID } from '../../server/index.js';
import { SKU_CATALOG } from '../../server/catalog/sku-catalog.js';
import { click, find, startStack, waitForText, type Stack } from './widget-support.js';

const USERS = Number(process.env.REPORT_USERS ?? 10_000);
const GRAPH_PAGE = 999;

interface ServerUser {
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly usageLocation: string | null;
  readonly assignedLicenses: readonly { readonly skuId: string; readonly disabledPlans: readonly string[] }[];
  readonly licenseAssignmentStates?: readonly { readonly skuId: string; readonly assignedByGroup: string | null; readonly state: string }[];
}

interface ServerSku {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly appliesTo: string;
  readonly consumedUnits: number;
  readonly servicePlans: readonly { readonly servicePlanId: string; readonly servicePlanName: string }[];
}

async function graphGet<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every user of the token's tenant, over Graph, following nextLink (at most 100 pages). */
async function serverUsers(apiUrl: string, token: string): Promise<ServerUser[]> {
  const users: ServerUser[] = [];
  let url: string | undefined = `${apiUrl}/v1.0/users?$select=displayName,userPrincipalName,usageLocation,assignedLicenses,licenseAssignmentStates&$top=999`;
  for (let page = 0; url !== undefined; page++) {
    assert.ok(page < 100, 'the server pages without end');
    const body: { value: ServerUser[]; '@odata.nextLink'?: string } = await graphGet(url, token);
    users.push(...body.value);
    url = body['@odata.nextLink'];
  }
  return users;
}

/** RFC 4180 fields of a whole file (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with a line end');
  return rows;
}

/** What the file holds for a cell a spreadsheet would take for a formula: the value behind an apostrophe. */
function asWritten(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The server's state as report rows: one per user and product held (a user with none: one row without a product). */
/**
 * "Assigned through" as Graph's assignment states say: "Direct" for an active direct assignment, then the names of
 * the groups it is actively held through.
 */
async function graphSources(apiUrl: string, token: string, users: readonly ServerUser[]): Promise<(user: ServerUser, skuId: string) => string> {
  const active = (state: string) => state === 'Active' || state === 'ActiveWithError';
  const groupIds = new Set(users.flatMap((user) => (user.licenseAssignmentStates ?? []).flatMap((state) => (state.assignedByGroup ? [state.assignedByGroup] : []))));
  const names = new Map<string, string>();
  for (const id of groupIds) names.set(id, (await graphGet<{ displayName: string }>(`${apiUrl}/v1.0/groups/${id}`, token)).displayName);
  return (user, skuId) => {
    const states = (user.licenseAssignmentStates ?? []).filter((state) => state.skuId === skuId && active(state.state));
    const direct = states.some((state) => state.assignedByGroup === null) ? ['Direct'] : [];
    return [...direct, ...states.flatMap((state) => (state.assignedByGroup === null ? [] : [names.get(state.assignedByGroup) ?? state.assignedByGroup]))].join('; ');
  };
}

function expectedRows(users: readonly ServerUser[], skus: readonly ServerSku[], through: (user: ServerUser, skuId: string) => string): string[] {
  const byId = new Map(skus.map((sku) => [sku.skuId, sku]));
  const catalogProduct = (part: string) => SKU_CATALOG.find((product) => product.skuPartNumber === part);
  const productName = (sku: ServerSku | undefined, skuId: string) => (sku ? (catalogProduct(sku.skuPartNumber)?.displayName ?? sku.skuPartNumber) : skuId);
  const planName = (sku: ServerSku | undefined, planId: string) => {
    const plan = sku?.servicePlans.find((candidate) => candidate.servicePlanId === planId);
    if (!plan || !sku) return planId;
    return catalogProduct(sku.skuPartNumber)?.servicePlans.find((known) => known.id === planId)?.displayName ?? plan.servicePlanName;
  };
  return users.flatMap((user) => {
    const person = [user.displayName, user.userPrincipalName, user.usageLocation ?? ''].map(asWritten);
    if (user.assignedLicenses.length === 0) return [[...person, '', '', '', ''].join('|')];
    return user.assignedLicenses.map((license) => {
      const sku = byId.get(license.skuId);
      return [...person, productName(sku, license.skuId), sku?.skuPartNumber ?? '', through(user, license.skuId), license.disabledPlans.map((id) => planName(sku, id)).join('; ')].join('|');
    });
  });
}

describe('license report end to end (demo page, reference server)', () => {
  let stack: Stack;
  let downloads: string;

  before(async () => {
    stack = await startStack({ users: USERS });
    downloads = mkdtempSync(join(tmpdir(), 'lm-report-'));
  });
  after(async () => {
    await stack?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  /**
   * The demo page signed in as `agent` on `customerId`, once the users list shows that customer's first user (the
   * page opens as another agent first), with downloads going to a folder of their own.
   */
  async function openAs(agent: string, customerId: string, firstPage: RegExp, firstUser: string, folder: string): Promise<Page> {
    const page = await stack.browser.newPage();
    const cdp = await page.createCDPSession();
    // Downloads are set per browser context; the stack's page lives in a context of its own.
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, ...(stack.browser.id === undefined ? {} : { browserContextId: stack.browser.id }) });
    await page.goto(`${stack.web.url}/demo/`);
    const listed = page.waitForResponse((response) => firstPage.test(response.url()), { timeout: 60_000 });
    await page.select('#agent', agent);
    await page.select('#customer', customerId);
    await listed;
    await find(page, 'checkbox', `Select ${firstUser}`, 60_000);
    return page;
  }

  /** Clicks "Export license report" and returns the file, with every API request sent from the click on. */
  async function exportReport(page: Page, folder: string): Promise<{ file: string; requests: URL[] }> {
    const requests: URL[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stack.api.url) && request.method() !== 'OPTIONS') requests.push(new URL(request.url()));
    });
    await click(page, 'button', 'Export license report');
    // The report's status line says how it ended.
    const ending = /users is downloaded|could not be read|was cancelled/;
    const said = await waitForText(page, ending, 180_000);
    assert.match(said.match(ending)?.[0] ?? '', /users is downloaded/, `the report ended downloaded: ${said}`);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const done = readdirSync(folder).find((name) => name.endsWith('.csv'));
      if (done) return { file: readFileSync(join(folder, done), 'utf8'), requests };
      if (Date.now() > deadline) throw new Error(`No report file in ${folder}; it holds: ${readdirSync(folder).join(', ') || 'nothing'}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  function compare(file: string, users: readonly ServerUser[], skus: readonly ServerSku[], through: (user: ServerUser, skuId: string) => string): void {
    assert.ok(file.startsWith('\ufeff'), 'a byte-order mark for spreadsheet apps');
    const rows = parseCsv(file.slice(1));
    const blank = rows.findIndex((row) => row.length === 1 && row[0] === '');
    assert.ok(blank > 0, 'a blank line before the summary');
    assert.deepEqual(rows[0], ['User', 'Principal name', 'Usage location', 'Product', 'SKU', 'Assigned through', 'Disabled service plans']);
    const userRows = rows.slice(1, blank).map((row) => row.join('|'));
    assert.deepEqual(userRows, expectedRows(users, skus, through), 'the report equals the server state row for row');
    assert.equal(new Set(rows.slice(1, blank).map((row) => row[1])).size, users.length, 'every user listed');
    const summary = rows.slice(blank + 1);
    assert.deepEqual(summary[0], ['Product', 'SKU', 'Total', 'Assigned', 'Available', 'Users in this report']);
    for (const sku of skus.filter((candidate) => candidate.appliesTo === 'User')) {
      const line = summary.find((row) => row[1] === sku.skuPartNumber);
      assert.ok(line, `a summary line for ${sku.skuPartNumber}`);
      const holders = users.filter((user) => user.assignedLicenses.some((license) => license.skuId === sku.skuId)).length;
      assert.equal(line[3], String(sku.consumedUnits), `${sku.skuPartNumber} assigned units`);
      assert.equal(line[5], String(holders), `${sku.skuPartNumber} holders listed`);
    }
  }

  /** The customer's users and products as the server holds them, read over Graph with the tenant's token. */
  async function serverState(token: string): Promise<{ users: ServerUser[]; skus: ServerSku[] }> {
    const [users, skus] = await Promise.all([
      serverUsers(stack.api.url, token),
      graphGet<{ value: ServerSku[] }>(`${stack.api.url}/v1.0/subscribedSkus`, token).then((body) => body.value),
    ]);
    return { users, skus };
  }

  it(`Graph: ${USERS.toLocaleString('en')} users in pages of ${GRAPH_PAGE}, matching the server row for row`, async () => {
    const { users, skus } = await serverState('demo-graph-contoso');
    assert.equal(users.length, USERS);
    const folder = mkdtempSync(join(downloads, 'graph-'));
    const page = await openAs('demo-graph-contoso', CONTOSO_ID, /\/v1\.0\/users\?/, users[0]!.displayName, folder);
    const { file, requests } = await exportReport(page, folder);
    const graph = requests.filter((url) => url.pathname.startsWith('/v1.0/'));
    const userPages = graph.filter((url) => url.pathname === '/v1.0/users');
    assert.equal(userPages.length, Math.ceil(USERS / GRAPH_PAGE), 'one request per page of 999 users');
    assert.equal(userPages[0]!.searchParams.get('$top'), String(GRAPH_PAGE));
    assert.ok(graph.length <= userPages.length + 3, `users pages plus the products, group names and the tenant check: ${graph.join('\n')}`);
    const through = await graphSources(stack.api.url, 'demo-graph-contoso', users);
    assert.ok(users.some((user) => user.assignedLicenses.some((license) => through(user, license.skuId).includes('Sales'))), 'a license held through a group');
    compare(file, users, skus, through);
    await page.close();
  });

  it('Partner Center: one page of up to 1,000 users, then one license read per user', async () => {
    const { users, skus } = await serverState('demo-graph-fabrikam');
    const folder = mkdtempSync(join(downloads, 'pc-'));
    const page = await openAs('demo-admin', FABRIKAM_ID, new RegExp(`/customers/${FABRIKAM_ID}/users\\?size=`), users[0]!.displayName, folder);
    const { file, requests } = await exportReport(page, folder);
    const fabrikam = requests.filter((url) => url.pathname.includes(`/customers/${FABRIKAM_ID}/`));
    const userPages = fabrikam.filter((url) => url.pathname.endsWith('/users'));
    assert.deepEqual(userPages.map((url) => url.searchParams.get('size')), ['1000']);
    const licenseReads = fabrikam.filter((url) => url.pathname.endsWith('/licenses'));
    assert.equal(licenseReads.length, users.length, 'one license read per user');
    assert.ok(fabrikam.length <= 1 + users.length + 1, `the users page, the license reads and the products: ${fabrikam.join('\n')}`);
    // Partner Center does not say how a license is held.
    compare(file, users, skus, () => '');
    await page.close();
  });
});
