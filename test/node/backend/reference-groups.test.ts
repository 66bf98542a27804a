/**
 * Both adapters against the reference server on what real tenants add: licenses inherited from groups (Graph
 * says through which, by name, in one directory call; Partner Center cannot tell), licenses whose group
 * assignment failed, the refusal to remove an inherited license, products users cannot hold, unusable units,
 * and setting a usage location through the applier.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LicenseBackend, BackendKind } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import type { Fixture, FixtureSku } from '../../../server/index.js';
import { startReferenceServer, type ReferenceServer } from '../../../server/index.js';
import { CUSTOMER_ID, rulesFixture, SKUS, TOKENS, USERS } from './helpers/rules-fixture.js';

const SALES = '5a1e5000-0000-4000-8000-000000000001';
const DESIGN = '5a1e5000-0000-4000-8000-000000000002';
const STORAGE: FixtureSku = {
  skuId: '99049c9c-6011-4908-bf17-15f496e6519d', skuPartNumber: 'SHAREPOINTSTORAGE', name: 'Extra File Storage', totalUnits: 10, appliesTo: 'Company',
  servicePlans: [{ id: 'be5a7ed5-c598-4fcd-a061-5e6724c68a58', name: 'SHAREPOINTSTORAGE', displayName: 'Extra File Storage', appliesTo: 'Tenant' }],
};

/** Sales licenses E3 to plain (only inherited) and to holdsE1 (who also gets E3 directly below); Design licenses
 * Visio, which has one unit, held by holdsVisio: plain's assignment fails. Teams is suspended; E1 has warning units. */
function groupsFixture(): Fixture {
  const base = rulesFixture();
  const customer = base.customers[0]!;
  return {
    ...base,
    customers: [{
      ...customer,
      skus: [
        ...customer.skus.map((sku) => {
          if (sku.skuId === SKUS.TEAMS.skuId) return { ...sku, totalUnits: 0, capabilityStatus: 'Suspended' as const, suspendedUnits: 10 };
          if (sku.skuId === SKUS.E1.skuId) return { ...sku, warningUnits: 3, lockedOutUnits: 2 };
          return sku;
        }),
        STORAGE,
      ],
      users: customer.users.map((user) => (user.id === USERS.holdsE1 ? { ...user, licenses: [...user.licenses, { skuId: SKUS.E3.skuId, disabledPlans: [] }] } : user)),
      groups: [
        { id: SALES, displayName: 'Sales', members: [USERS.plain, USERS.holdsE1], licenses: [{ skuId: SKUS.E3.skuId, disabledPlans: [] }] },
        { id: DESIGN, displayName: 'Design', members: [USERS.plain], licenses: [{ skuId: SKUS.VISIO.skuId, disabledPlans: [] }] },
      ],
    }],
  };
}

let server: ReferenceServer;
before(async () => { server = await startReferenceServer({ port: 0, fixture: groupsFixture() }); });
after(() => server.close());

function backend(kind: BackendKind, token: string, fetchCalls?: string[]): LicenseBackend {
  const counted: typeof fetch = (input, init) => {
    fetchCalls?.push(`${init?.method ?? 'GET'} ${new URL(String(input instanceof Request ? input.url : input)).pathname}`);
    return fetch(input, init);
  };
  return createBackend({ kind, baseUrl: server.url, customerId: CUSTOMER_ID, tokenProvider: async () => token, readAttempts: 1, fetch: counted });
}

describe('Graph adapter: where licenses come from', () => {
  it('reads direct, inherited (with group names, from one getByIds call) and failed assignments', async () => {
    const calls: string[] = [];
    const graph = backend('graph', TOKENS.graph, calls);
    const licenses = await graph.getLicenses([USERS.plain, USERS.holdsE1, USERS.holdsVisio]);
    assert.deepEqual(licenses.get(USERS.plain), [
      { skuId: SKUS.E3.skuId, disabledPlans: [], source: { direct: false, groups: [{ id: SALES, displayName: 'Sales' }], problems: [] } },
      {
        skuId: SKUS.VISIO.skuId, disabledPlans: [],
        source: { direct: false, groups: [], problems: [{ state: 'error', error: 'CountViolation', group: { id: DESIGN, displayName: 'Design' } }] },
      },
    ]);
    assert.deepEqual(licenses.get(USERS.holdsE1)?.map((license) => [license.skuId, license.source?.direct, license.source?.groups.map((g) => g.displayName)]), [
      [SKUS.E1.skuId, true, []],
      [SKUS.E3.skuId, true, ['Sales']],
    ]);
    assert.deepEqual(calls.filter((call) => call.endsWith('/getByIds')), ['POST /v1.0/directoryObjects/getByIds'], 'group names in one call');
  });

  it('lists users with the same sources, naming groups it already knows without asking again', async () => {
    const calls: string[] = [];
    const graph = backend('graph', TOKENS.graph, calls);
    const page = await graph.listUsers({ pageSize: 10 });
    const plain = page.users.find((user) => user.id === USERS.plain);
    assert.deepEqual(plain?.licenses.map((license) => [license.skuId, license.source?.groups.map((g) => g.displayName)]), [
      [SKUS.E3.skuId, ['Sales']],
      [SKUS.VISIO.skuId, []],
    ]);
    await graph.getLicenses([USERS.plain]);
    assert.equal(calls.filter((call) => call.endsWith('/getByIds')).length, 1);
  });
});

describe('Partner Center adapter: no group data', () => {
  it('lists an inherited license as held and says nothing about where it comes from', async () => {
    const pc = backend('partner-center', TOKENS.admin);
    const licenses = await pc.getLicenses([USERS.plain]);
    assert.deepEqual(licenses.get(USERS.plain), [{ skuId: SKUS.E3.skuId, disabledPlans: [] }]);
  });
});

for (const [kind, token] of [['partner-center', TOKENS.admin], ['graph', TOKENS.graph]] as const) {
  describe(`${kind} adapter on a real tenant's products and writes`, () => {
    it('offers no product that applies to the company, and counts only enabled units as available', async () => {
      const products = await backend(kind, token).listProducts();
      assert.equal(products.some((product) => product.skuId === STORAGE.skuId), false);
      const e1 = products.find((product) => product.skuId === SKUS.E1.skuId);
      // E1: 10 enabled, 1 held; 3 in their grace period and 2 locked out (Partner Center counts those as suspended).
      const unusable = kind === 'graph' ? { warning: 3, suspended: 0, lockedOut: 2 } : { warning: 3, suspended: 2, lockedOut: 0 };
      assert.deepEqual([e1?.totalUnits, e1?.availableUnits, e1?.unusableUnits], [10, 9, unusable]);
      const teams = products.find((product) => product.skuId === SKUS.TEAMS.skuId);
      assert.deepEqual([teams?.capabilityStatus, teams?.availableUnits], ['Suspended', 0]);
    });

    it('refuses to remove an inherited license as inherited-from-group', async () => {
      const [result] = await backend(kind, token).applier.apply([{ requestId: `inh-${kind}`, operation: { userId: USERS.plain, assign: [], remove: [SKUS.E3.skuId] } }]);
      assert.equal(result?.status === 'failed' ? result.reason.kind : result?.status, 'inherited-from-group');
    });

    it('sets a usage location through the applier, after which a license can be assigned', async () => {
      const target = backend(kind, token);
      const user = kind === 'graph' ? USERS.noLocation : USERS.inChina;
      const [set] = await target.applier.apply([{ requestId: `loc-${kind}`, operation: { userId: user, assign: [], remove: [], usageLocation: 'NO' } }]);
      assert.deepEqual(set, { status: 'succeeded' });
      const [assigned] = await target.applier.apply([{ requestId: `after-${kind}`, operation: { userId: user, assign: [{ skuId: SKUS.E3.skuId, disabledPlans: [] }], remove: [] } }]);
      assert.deepEqual(assigned, { status: 'succeeded' });
    });
  });
}
