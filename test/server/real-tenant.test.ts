/**
 * What real tenants have beside direct licenses, on both surfaces: group-based licensing (inherited, both ways,
 * errors), tenant-level products, subscriptions with suspended / warning / locked-out units, usage-location
 * changes, and absolute links behind a TLS proxy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fixture } from '../../server/index.js';
import { Client, at, errorText, list, rulesFixture, SKU, TENANT, updateUser, USER, withServer, type Answer } from './helpers.js';

const GROUP = { mail: '50000000-0000-4000-8000-000000000001', suite: '50000000-0000-4000-8000-000000000002' } as const;
const STORAGE = '60000000-0000-4000-8000-000000000001';
const CANCELLED = '60000000-0000-4000-8000-000000000002';

/** The rules fixture plus: "Mail" licenses Base to stacked (also direct), sweden and china (no unit left for the
 * third), "Suite team" licenses Suite to spare; a tenant storage add-on and a cancelled subscription. */
function tenantFixture(): Fixture {
  const base = rulesFixture();
  const [customer, ...others] = base.customers;
  if (!customer) throw new Error('rules fixture has no customer');
  const plan = (id: string, name: string) => ({ id, name, displayName: name });
  return {
    ...base,
    customers: [
      {
        ...customer,
        skus: [
          ...customer.skus.map((sku) => (sku.skuId === SKU.suite ? { ...sku, warningUnits: 4, lockedOutUnits: 1 } : sku)),
          { skuId: STORAGE, skuPartNumber: 'SHAREPOINTSTORAGE', name: 'Extra File Storage', totalUnits: 50, appliesTo: 'Company', servicePlans: [plan('60000000-0000-4000-8000-0000000000a1', 'SHAREPOINTSTORAGE')] },
          { skuId: CANCELLED, skuPartNumber: 'CANCELLED', name: 'Cancelled', totalUnits: 0, capabilityStatus: 'Suspended', suspendedUnits: 7, servicePlans: [plan('60000000-0000-4000-8000-0000000000a2', 'CANCELLED_PLAN')] },
        ],
        groups: [
          { id: GROUP.mail, displayName: 'Mail', members: [USER.stacked, USER.sweden, USER.china], licenses: [{ skuId: SKU.base, disabledPlans: [] }] },
          { id: GROUP.suite, displayName: 'Suite team', members: [USER.spare], licenses: [{ skuId: SKU.suite, disabledPlans: [] }] },
        ],
      },
      ...others,
    ],
  };
}

function withTenant(run: (graph: Client, pc: Client, url: string) => Promise<void>): Promise<void> {
  return withServer({ fixture: tenantFixture() }, (server) => run(new Client(server.url, 'graph'), new Client(server.url, 'admin'), server.url));
}

interface AssignmentState {
  readonly skuId: unknown;
  readonly assignedByGroup: unknown;
  readonly state: unknown;
  readonly error: unknown;
}

async function states(graph: Client, userId: string): Promise<AssignmentState[]> {
  const answer = await graph.get(`/v1.0/users/${userId}?$select=licenseAssignmentStates`);
  return list(at(answer.body, 'licenseAssignmentStates')).map((entry) => ({
    skuId: at(entry, 'skuId'),
    assignedByGroup: at(entry, 'assignedByGroup'),
    state: at(entry, 'state'),
    error: at(entry, 'error'),
  }));
}

async function assigned(graph: Client, userId: string): Promise<string[]> {
  const answer = await graph.get(`/v1.0/users/${userId}?$select=assignedLicenses`);
  return list(at(answer.body, 'assignedLicenses')).map((license) => String(at(license, 'skuId'))).sort();
}

async function graphSku(graph: Client, skuId: string): Promise<unknown> {
  const answer = await graph.get('/v1.0/subscribedSkus');
  return list(at(answer.body, 'value')).find((sku) => at(sku, 'skuId') === skuId);
}

async function pcSku(pc: Client, skuId: string): Promise<unknown> {
  const answer = await pc.get(`/v1/customers/${TENANT}/subscribedskus`);
  return list(at(answer.body, 'items')).find((sku) => at(sku, 'productSku', 'id') === skuId);
}

function refused(answer: Answer, text: RegExp): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.match(errorText(answer), text);
}

describe('group-based licensing', () => {
  it('tells direct from inherited assignments, and names the error of one that could not be applied', () =>
    withTenant(async (graph) => {
      assert.deepEqual(await states(graph, USER.stacked), [
        { skuId: SKU.base, assignedByGroup: null, state: 'Active', error: 'None' },
        { skuId: SKU.addOn, assignedByGroup: null, state: 'Active', error: 'None' },
        { skuId: SKU.base, assignedByGroup: GROUP.mail, state: 'Active', error: 'None' },
      ]);
      assert.deepEqual(await states(graph, USER.sweden), [{ skuId: SKU.base, assignedByGroup: GROUP.mail, state: 'Active', error: 'None' }]);
      // Base has 3 units: stacked and both hold it directly, sweden took the last one through the group.
      assert.deepEqual(await states(graph, USER.china), [{ skuId: SKU.base, assignedByGroup: GROUP.mail, state: 'Error', error: 'CountViolation' }]);
      assert.deepEqual(await assigned(graph, USER.sweden), [SKU.base]);
      assert.deepEqual(await assigned(graph, USER.china), [], 'a license in error is not held');
      assert.equal(at(await graphSku(graph, SKU.base), 'consumedUnits'), 3);
    }));

  it('lists inherited licenses on Partner Center too, without saying where they come from', () =>
    withTenant(async (_graph, pc) => {
      const answer = await pc.get(`/v1/customers/${TENANT}/users/${USER.spare}/licenses`);
      assert.deepEqual(list(at(answer.body, 'items')).map((item) => at(item, 'productSku', 'id')), [SKU.suite]);
    }));

  for (const surface of ['pc', 'graph'] as const) {
    it(`refuses to remove an inherited license directly over ${surface}, and changes nothing`, () =>
      withTenant(async (graph, pc) => {
        const client = surface === 'pc' ? pc : graph;
        const answer = await updateUser(client, surface, USER.sweden, [{ skuId: SKU.local }], [SKU.base]);
        refused(answer, /^User license is inherited from a group membership and it cannot be removed directly from the user\.$/);
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 'LicenseInheritedFromGroup');
        assert.deepEqual(await assigned(graph, USER.sweden), [SKU.base]);
      }));

    it(`removes only the direct assignment of a license also inherited, over ${surface}; the unit stays in use`, () =>
      withTenant(async (graph, pc) => {
        const client = surface === 'pc' ? pc : graph;
        const answer = await updateUser(client, surface, USER.stacked, [], [SKU.base]);
        assert.equal(answer.status, surface === 'pc' ? 201 : 200, JSON.stringify(answer.body));
        assert.deepEqual(await states(graph, USER.stacked), [
          { skuId: SKU.addOn, assignedByGroup: null, state: 'Active', error: 'None' },
          { skuId: SKU.base, assignedByGroup: GROUP.mail, state: 'Active', error: 'None' },
        ]);
        assert.deepEqual(await assigned(graph, USER.stacked), [SKU.base, SKU.addOn].sort(), 'the add-on still stands on the inherited base');
        assert.equal(at(await graphSku(graph, SKU.base), 'consumedUnits'), 3);
      }));
  }

  it('assigning a product the user already inherits uses no extra unit', () =>
    withTenant(async (graph) => {
      assert.equal((await updateUser(graph, 'graph', USER.spare, [{ skuId: SKU.suite }])).status, 200);
      assert.equal(at(await graphSku(graph, SKU.suite), 'consumedUnits'), 2);
    }));

  it('names groups: many in one getByIds call (unknown ids left out), one by id', () =>
    withTenant(async (graph) => {
      const answer = await graph.post('/v1.0/directoryObjects/getByIds', { ids: [GROUP.suite, 'ffffffff-0000-4000-8000-000000000000', GROUP.mail], types: ['group'] });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(list(at(answer.body, 'value')).map((group) => [at(group, '@odata.type'), at(group, 'id'), at(group, 'displayName')]), [
        ['#microsoft.graph.group', GROUP.suite, 'Suite team'],
        ['#microsoft.graph.group', GROUP.mail, 'Mail'],
      ]);
      assert.equal(at((await graph.get(`/v1.0/groups/${GROUP.mail}`)).body, 'displayName'), 'Mail');
      assert.equal((await graph.get('/v1.0/groups/ffffffff-0000-4000-8000-000000000000')).status, 404);
      refused(await graph.post('/v1.0/directoryObjects/getByIds', { ids: 'nope' }), /'ids'/);
    }));
});

describe('products users cannot hold, and unit states', () => {
  it('shows a tenant-level product as Company / Tenant and refuses it for a user on both surfaces', () =>
    withTenant(async (graph, pc) => {
      assert.equal(at(await graphSku(graph, STORAGE), 'appliesTo'), 'Company');
      assert.equal(at(await pcSku(pc, STORAGE), 'productSku', 'targetType'), 'Tenant');
      for (const [surface, client] of [['pc', pc], ['graph', graph]] as const) {
        refused(await updateUser(client, surface, USER.sweden, [{ skuId: STORAGE }]), new RegExp(`License ${STORAGE} \\(SHAREPOINTSTORAGE\\) cannot be assigned to a user\\.`));
      }
    }));

  it('reports suspended, warning and locked-out units, and counts only enabled units as available', () =>
    withTenant(async (graph, pc) => {
      const suite = await graphSku(graph, SKU.suite);
      assert.deepEqual(at(suite, 'prepaidUnits'), { enabled: 5, warning: 4, suspended: 0, lockedOut: 1 });
      const pcSuite = await pcSku(pc, SKU.suite);
      assert.deepEqual(
        ['activeUnits', 'warningUnits', 'suspendedUnits', 'totalUnits', 'consumedUnits', 'availableUnits'].map((name) => at(pcSuite, name)),
        [5, 4, 1, 9, 2, 3],
      );
      const cancelled = await graphSku(graph, CANCELLED);
      assert.equal(at(cancelled, 'capabilityStatus'), 'Suspended');
      assert.deepEqual(at(cancelled, 'prepaidUnits'), { enabled: 0, warning: 0, suspended: 7, lockedOut: 0 });
      assert.equal(at(await pcSku(pc, CANCELLED), 'capabilityStatus'), 'Suspended');
      refused(await updateUser(graph, 'graph', USER.sweden, [{ skuId: CANCELLED }]), /does not have any available licenses\./);
    }));

  it('lists the subscriptions behind each SKU', () =>
    withTenant(async (graph) => {
      const ids = list(at(await graphSku(graph, SKU.base), 'subscriptionIds'));
      assert.equal(ids.length, 1);
      assert.match(String(ids[0]), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.deepEqual(list(at(await graphSku(graph, SKU.kiosk), 'subscriptionIds')).length, 1);
      assert.notDeepEqual(at(await graphSku(graph, SKU.kiosk), 'subscriptionIds'), ids);
    }));
});

describe('usage location', () => {
  for (const surface of ['pc', 'graph'] as const) {
    it(`is set over ${surface}, after which a license can be assigned`, () =>
      withTenant(async (graph, pc) => {
        refused(await updateUser(graph, 'graph', USER.nowhere, [{ skuId: SKU.local }]), /invalid usage location/);
        const answer =
          surface === 'pc'
            ? await pc.call('PATCH', `/v1/customers/${TENANT}/users/${USER.nowhere}`, { body: { usageLocation: 'NO', attributes: { objectType: 'CustomerUser' } } })
            : await graph.call('PATCH', `/v1.0/users/${USER.nowhere}`, { body: { usageLocation: 'NO' } });
        assert.equal(answer.status, surface === 'pc' ? 200 : 204, JSON.stringify(answer.body));
        if (surface === 'pc') assert.equal(at(answer.body, 'usageLocation'), 'NO');
        assert.equal(at((await graph.get(`/v1.0/users/${USER.nowhere}?$select=usageLocation`)).body, 'usageLocation'), 'NO');
        assert.equal((await updateUser(graph, 'graph', USER.nowhere, [{ skuId: SKU.local }])).status, 200);
      }));
  }

  it('may not be changed by a read-only role', () =>
    withTenant(async (_graph, _pc, url) => {
      const reader = new Client(url, 'graph-reader');
      assert.equal((await reader.call('PATCH', `/v1.0/users/${USER.nowhere}`, { body: { usageLocation: 'NO' } })).status, 403);
    }));
});

describe('absolute links behind a TLS proxy', () => {
  it('builds @odata.nextLink from X-Forwarded-Proto and X-Forwarded-Host, else from Host over http', () =>
    withServer({ fixture: rulesFixture(5) }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const proxied = await graph.get('/v1.0/users?$top=2', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'graph.example.test' });
      assert.match(String(at(proxied.body, '@odata.nextLink')), /^https:\/\/graph\.example\.test\/v1\.0\/users\?\$top=2&\$skiptoken=/);
      const chained = await graph.get('/v1.0/users?$top=2', { 'X-Forwarded-Proto': 'https, http' });
      assert.ok(String(at(chained.body, '@odata.nextLink')).startsWith(`https://${new URL(server.url).host}/v1.0/users?`));
      const plain = await graph.get('/v1.0/users?$top=2');
      assert.ok(String(at(plain.body, '@odata.nextLink')).startsWith(`${server.url}/v1.0/users?`));
      const spoofed = await graph.get('/v1.0/users?$top=2', { 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'evil.test/path' });
      assert.ok(String(at(spoofed.body, '@odata.nextLink')).startsWith(`${server.url}/v1.0/users?`));
    }));

  it('ignores the forwarded headers when told not to trust them', () =>
    withServer({ fixture: rulesFixture(5), trustForwardedHeaders: false }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const answer = await graph.get('/v1.0/users?$top=2', { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'graph.example.test' });
      assert.ok(String(at(answer.body, '@odata.nextLink')).startsWith(`${server.url}/v1.0/users?`));
    }));
});
