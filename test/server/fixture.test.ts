/** Fixture validation (bad fixtures refused naming the field), the example fixture, and the seeded demo tenant. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { CONTOSO_ID, FABRIKAM_ID, NORTHWIND_ID, demoFixture, parseFixture, validateFixture, type Fixture } from '../../server/index.js';
import { Client, at, list, rulesFixture, withServer } from './helpers.js';

/** Sets (or with undefined, deletes) the value at a path of a JSON copy. */
function set(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = at(root, ...path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || key === undefined) throw new Error(`no parent at ${path.join('.')}`);
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else Reflect.set(parent, key, value);
}

function broken(change: (fixture: unknown) => void): unknown {
  const fixture: unknown = JSON.parse(JSON.stringify(rulesFixture()));
  change(fixture);
  return fixture;
}

describe('fixture validation', () => {
  const cases: [string, (fixture: unknown) => void, string][] = [
    ['negative units', (f) => { set(f, ['customers', 0, 'skus', 2, 'totalUnits'], -1); }, 'customers[0].skus[2].totalUnits: expected a non-negative integer'],
    ['fractional units', (f) => { set(f, ['customers', 0, 'skus', 0, 'totalUnits'], 1.5); }, 'customers[0].skus[0].totalUnits: expected a non-negative integer'],
    ['missing name', (f) => { set(f, ['customers', 0, 'users', 1, 'displayName'], undefined); }, 'customers[0].users[1].displayName: expected a non-empty string'],
    ['bad country', (f) => { set(f, ['customers', 0, 'users', 0, 'usageLocation'], 'Sweden'); }, 'customers[0].users[0].usageLocation: expected an ISO 3166'],
    ['unknown held SKU', (f) => { set(f, ['customers', 0, 'users', 3, 'licenses', 0, 'skuId'], 'nope'); }, 'customers[0].users[3].licenses[0].skuId: unknown SKU "nope"'],
    ['plan not in SKU', (f) => { set(f, ['customers', 0, 'users', 3, 'licenses', 0, 'disabledPlans'], ['x']); }, 'customers[0].users[3].licenses[0].disabledPlans[0]: service plan "x" is not in SKU BASE'],
    ['unknown required SKU', (f) => { set(f, ['customers', 0, 'skus', 2, 'requires'], ['ghost']); }, 'customers[0].skus[2].requires[0]: unknown SKU "ghost"'],
    ['duplicate user id', (f) => { set(f, ['customers', 0, 'users', 1, 'id'], at(f, 'customers', 0, 'users', 0, 'id')); }, 'customers[0].users[1].id: duplicate user id'],
    ['duplicate token', (f) => { set(f, ['agents', 1, 'token'], 'admin'); }, 'agents[1].token: duplicate token'],
    ['an agent sign-in name that is not one', (f) => { set(f, ['agents', 0, 'userPrincipalName'], 'ada admin'); }, 'agents[0].userPrincipalName: expected a user principal name such as ada@partner.example'],
    ['duplicate agent sign-in name', (f) => { set(f, ['agents', 0, 'userPrincipalName'], 'ada@p.example'); set(f, ['agents', 1, 'userPrincipalName'], 'ADA@p.example'); }, 'agents[1].userPrincipalName: duplicate userPrincipalName "ADA@p.example"'],
    ['unknown tenant', (f) => { set(f, ['agents', 2, 'tenantId'], 'elsewhere'); }, 'agents[2].tenantId: unknown customer "elsewhere"'],
    ['not an array', (f) => { set(f, ['customers', 0, 'skus'], {}); }, 'customers[0].skus: expected an array'],
    ['bad appliesTo', (f) => { set(f, ['customers', 0, 'skus', 0, 'servicePlans', 0, 'appliesTo'], 'Everyone'); }, 'customers[0].skus[0].servicePlans[0].appliesTo: expected "User" or "Tenant"'],
    ['bad SKU target', (f) => { set(f, ['customers', 0, 'skus', 1, 'appliesTo'], 'Tenant'); }, 'customers[0].skus[1].appliesTo: expected "User" or "Company"'],
    ['bad subscription state', (f) => { set(f, ['customers', 0, 'skus', 1, 'capabilityStatus'], 'Paused'); }, 'customers[0].skus[1].capabilityStatus: expected one of "Enabled"'],
    ['negative warning units', (f) => { set(f, ['customers', 0, 'skus', 1, 'warningUnits'], -2); }, 'customers[0].skus[1].warningUnits: expected a non-negative integer'],
    ['group member not a user', (f) => { set(f, ['customers', 0, 'groups'], [{ id: 'g1', displayName: 'Sales', members: ['ghost'], licenses: [] }]); }, 'customers[0].groups[0].members[0]: unknown user "ghost"'],
    ['group license of another customer', (f) => { set(f, ['customers', 0, 'groups'], [{ id: 'g1', displayName: 'Sales', members: [], licenses: [{ skuId: 'elsewhere', disabledPlans: [] }] }]); }, 'customers[0].groups[0].licenses[0].skuId: unknown SKU "elsewhere"'],
    ['unnamed group', (f) => { set(f, ['customers', 0, 'groups'], [{ id: 'g1', members: [], licenses: [] }]); }, 'customers[0].groups[0].displayName: expected a non-empty string'],
  ];
  for (const [name, change, message] of cases) {
    it(`refuses ${name}, naming the field`, () => {
      assert.throws(() => validateFixture(broken(change)), (error: Error) => error.name === 'FixtureError' && error.message.startsWith(message));
    });
  }

  it('refuses invalid JSON and a server start with a bad fixture', async () => {
    assert.throws(() => parseFixture('{"agents": ['), /fixture: invalid JSON/);
    await assert.rejects(
      withServer({ fixture: broken((f) => { set(f, ['customers', 0, 'skus', 2, 'totalUnits'], 'many'); }) as Fixture }, async () => undefined),
      /customers\[0\]\.skus\[2\]\.totalUnits: expected a non-negative integer/,
    );
  });

  it('accepts the example fixture', async () => {
    const fixture = parseFixture(await readFile(new URL('../../server/fixtures/example.json', import.meta.url), 'utf8'));
    assert.equal(fixture.customers.length, 2);
    const roles = new Set(fixture.agents.map((agent) => agent.role));
    for (const role of ['AdminAgent', 'HelpdeskAgent', 'SalesAgent', 'BillingAdmin', 'GlobalAdmin', 'UserManagementAdmin']) assert.ok(roles.has(role), role);
  });
});

describe('demo tenant', () => {
  const demo = demoFixture();
  const contoso = demo.customers.find((customer) => customer.id === CONTOSO_ID);

  it('has the three customers with their sizes, and is the same on every build', () => {
    assert.deepEqual(demo.customers.map((customer) => [customer.id, customer.name, customer.users.length]), [
      [CONTOSO_ID, 'Contoso Ltd', 250],
      [FABRIKAM_ID, 'Fabrikam, Inc.', 60],
      [NORTHWIND_ID, 'Northwind Traders', 12],
    ]);
    assert.deepEqual(demoFixture(), demo);
    assert.equal(demoFixture({ users: 1000 }).customers[0]?.users.length, 1000);
    assert.deepEqual(demoFixture({ users: 1000 }).customers[1], at(demo.customers, 1));
    assert.throws(() => demoFixture({ users: 200_001 }), /users/);
    validateFixture(demo);
  });

  it('has the cases the product must handle', () => {
    assert.ok(contoso);
    const names = contoso.users.map((user) => user.displayName);
    assert.ok(names.includes('<img src=x onerror=alert(1)>'));
    assert.ok(names.some((name) => /[ÅÄÖåäö]/.test(name)), 'Swedish');
    assert.ok(names.some((name) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name)), 'Japanese or Chinese');
    assert.ok(names.some((name) => /[\u0600-\u06ff]/.test(name)), 'Arabic');
    assert.ok(contoso.users.some((user) => user.usageLocation === null), 'no usage location');
    const teams = contoso.skus.find((sku) => sku.skuPartNumber === 'Teams_Ess');
    assert.deepEqual(teams?.unavailableIn, ['CN', 'RU']);
    assert.ok(contoso.users.some((user) => user.usageLocation === 'CN' || user.usageLocation === 'RU'));
    const kiosk = contoso.skus.find((sku) => sku.skuPartNumber === 'EXCHANGEDESKLESS');
    assert.ok(contoso.users.some((user) => user.licenses.some((license) => license.skuId === kiosk?.skuId)), 'Kiosk holders');
    const copilot = contoso.skus.find((sku) => sku.skuPartNumber === 'Microsoft_365_Copilot');
    assert.ok((copilot?.requires ?? []).length > 0);
    const conflicted = contoso.users.find((user) => {
      const held = new Set(user.licenses.map((license) => license.skuId));
      return contoso.skus.some((sku) => held.has(sku.skuId) && (sku.excludes ?? []).some((other) => held.has(other)));
    });
    assert.ok(conflicted, 'one user already holds conflicting products');
    assert.ok(contoso.skus.length >= 8 && contoso.skus.length <= 12);
    assert.deepEqual(contoso.skus.filter((sku) => sku.appliesTo === 'Company').map((sku) => sku.skuPartNumber), ['SHAREPOINTSTORAGE']);
    assert.ok(contoso.skus.some((sku) => sku.capabilityStatus === 'Suspended' && (sku.suspendedUnits ?? 0) > 0), 'a cancelled subscription');
    assert.ok(contoso.skus.some((sku) => (sku.warningUnits ?? 0) > 0 && (sku.lockedOutUnits ?? 0) > 0), 'warning and locked-out units');
    const groups = contoso.groups ?? [];
    assert.deepEqual(groups.map((group) => group.displayName), ['Sales', 'Design', 'Frontline']);
    const both = contoso.users.filter((user) => groups.some((group) => group.members.includes(user.id) && group.licenses.some((license) => user.licenses.some((held) => held.skuId === license.skuId))));
    assert.ok(both.length >= 2, 'users holding a product both directly and through a group');
  });

  it('serves the demo with a product that has no units left, and tenant-bound Graph tokens', () =>
    withServer({}, async (server) => {
      const skus = await new Client(server.url, 'demo-admin').get(`/v1/customers/${CONTOSO_ID}/subscribedskus`);
      assert.ok(list(at(skus.body, 'items')).some((item) => at(item, 'availableUnits') === 0));
      const fabrikam = await new Client(server.url, 'demo-graph-fabrikam').get('/v1.0/users?$top=999');
      assert.equal(list(at(fabrikam.body, 'value')).length, 60);
      const reader = await new Client(server.url, 'demo-reader').get('/v1/me');
      assert.deepEqual(at(reader.body, 'roles'), ['BillingAdmin']);
    }));
});
