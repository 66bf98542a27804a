/** Every licensing rule, on both surfaces (Partner Center licenseupdates and Graph assignLicense). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, at, PLAN, SKU, TENANT, USER, errorText, list, rulesFixture, updateUser, withServer, type Answer } from './helpers.js';

type Surface = 'pc' | 'graph';
const TOKEN: Record<Surface, string> = { pc: 'admin', graph: 'graph' };

function succeeded(surface: Surface, answer: Answer): void {
  assert.equal(answer.status, surface === 'pc' ? 201 : 200, JSON.stringify(answer.body));
}

function failed(answer: Answer, status: number, text: RegExp): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.match(errorText(answer), text);
}

async function held(client: Client, userId: string): Promise<Map<string, string[]>> {
  const answer = await new Client(client.base, 'graph').get(`/v1.0/users/${userId}?$select=assignedLicenses`);
  return new Map(list(at(answer.body, 'assignedLicenses')).map((license) => [String(at(license, 'skuId')), list(at(license, 'disabledPlans')).map(String)]));
}

async function available(client: Client, skuId: string): Promise<number> {
  const answer = await new Client(client.base, 'admin').get(`/v1/customers/${TENANT}/subscribedskus`);
  const sku = list(at(answer.body, 'items')).find((item) => at(item, 'productSku', 'id') === skuId);
  return Number(at(sku, 'availableUnits'));
}

function withRules(surface: Surface, run: (client: Client) => Promise<void>): Promise<void> {
  return withServer({ fixture: rulesFixture() }, (server) => run(new Client(server.url, TOKEN[surface])));
}

for (const surface of ['pc', 'graph'] as const) {
  describe(`licensing rules over ${surface === 'pc' ? 'Partner Center' : 'Graph'}`, () => {
    it('assigns a product, counts the unit and keeps the disabled plans', () =>
      withRules(surface, async (client) => {
        const before = await available(client, SKU.base);
        succeeded(surface, await updateUser(client, surface, USER.sweden, [{ skuId: SKU.base, disabledPlans: [PLAN.baseSway] }]));
        assert.deepEqual((await held(client, USER.sweden)).get(SKU.base), [PLAN.baseSway]);
        assert.equal(await available(client, SKU.base), before - 1);
      }));

    it('re-assigning a held product with other plans uses no extra unit', () =>
      withRules(surface, async (client) => {
        const before = await available(client, SKU.base);
        succeeded(surface, await updateUser(client, surface, USER.stacked, [{ skuId: SKU.base, disabledPlans: [PLAN.baseSway] }]));
        assert.equal(await available(client, SKU.base), before);
        assert.deepEqual((await held(client, USER.stacked)).get(SKU.base), [PLAN.baseSway]);
      }));

    it('refuses a product with no units left', () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, USER.sweden, [{ skuId: SKU.soldOut }]);
        failed(answer, 400, surface === 'pc' ? /does not have any available licenses left\./ : /does not have any available licenses\./);
        if (surface === 'pc') {
          assert.equal(at(answer.body, 'code'), 60012);
          assert.match(String(list(at(answer.body, 'data'))[0]), /^LicenseQuotaExceededException : /);
        } else {
          assert.equal(at(answer.body, 'error', 'code'), 'Request_BadRequest');
        }
      }));

    it('runs out of units after the last one is used', () =>
      withRules(surface, async (client) => {
        assert.equal(await available(client, SKU.base), 1);
        succeeded(surface, await updateUser(client, surface, USER.sweden, [{ skuId: SKU.base }]));
        failed(await updateUser(client, surface, USER.spare, [{ skuId: SKU.base }]), 400, /available licenses/);
        assert.equal(await available(client, SKU.base), 0);
      }));

    it('refuses users without a usage location', () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, USER.nowhere, [{ skuId: SKU.suite }]);
        failed(answer, 400, /License assignment cannot be done for user with invalid usage location\./);
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 'InvalidUsageLocation');
      }));

    it("refuses a product not available in the user's location", () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, USER.china, [{ skuId: SKU.local }]);
        failed(answer, 400, /is not available in the user's usage location/);
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 'ProhibitedInUsageLocationViolation');
        succeeded(surface, await updateUser(client, surface, USER.sweden, [{ skuId: SKU.local }]));
      }));

    it('refuses an add-on without one of the products it requires', () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, USER.sweden, [{ skuId: SKU.addOn }]);
        failed(answer, 400, new RegExp(`service plan ${PLAN.addOn} depends on the service plan\\(s\\) `));
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 'DependencyViolation');
      }));

    it('accepts an add-on when its base comes in the same update', () =>
      withRules(surface, async (client) => {
        succeeded(surface, await updateUser(client, surface, USER.sweden, [{ skuId: SKU.suite }, { skuId: SKU.addOn }]));
        assert.deepEqual([...(await held(client, USER.sweden)).keys()].sort(), [SKU.addOn, SKU.suite].sort());
      }));

    it('refuses removing a product a kept product depends on, unless another base remains', () =>
      withRules(surface, async (client) => {
        failed(await updateUser(client, surface, USER.stacked, [], [SKU.base]), 400, /depends on the service plan\(s\)/);
        succeeded(surface, await updateUser(client, surface, USER.both, [], [SKU.base]));
        succeeded(surface, await updateUser(client, surface, USER.stacked, [], [SKU.base, SKU.addOn]));
        assert.equal((await held(client, USER.stacked)).size, 0);
      }));

    it('refuses mutually exclusive products, and allows swapping one for the other', () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, USER.both, [{ skuId: SKU.kiosk }]);
        failed(answer, 400, new RegExp(`service plans ${PLAN.kioskMail},${PLAN.baseMail} are mutually exclusive`));
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 'MutuallyExclusiveViolation');
        succeeded(surface, await updateUser(client, surface, USER.both, [{ skuId: SKU.kiosk }], [SKU.base]));
      }));

    it('is all or nothing for one user', () =>
      withRules(surface, async (client) => {
        const before = await available(client, SKU.suite);
        failed(await updateUser(client, surface, USER.sweden, [{ skuId: SKU.suite }, { skuId: SKU.soldOut }]), 400, /available licenses/);
        assert.equal((await held(client, USER.sweden)).size, 0);
        assert.equal(await available(client, SKU.suite), before);
      }));

    it('refuses unknown products and plans that are not in the product', () =>
      withRules(surface, async (client) => {
        failed(await updateUser(client, surface, USER.sweden, [{ skuId: '99999999-0000-4000-8000-000000000000' }]), 400, /does not correspond to a valid company License/);
        failed(await updateUser(client, surface, USER.sweden, [{ skuId: SKU.base, disabledPlans: [PLAN.suite] }]), 400, /does not belong to the subscription/);
        failed(await updateUser(client, surface, USER.sweden, [], ['99999999-0000-4000-8000-000000000000']), 400, /valid company License/);
      }));

    it('answers 404 for an unknown user', () =>
      withRules(surface, async (client) => {
        const answer = await updateUser(client, surface, '99999999-0000-4000-8000-00000000ffff', [{ skuId: SKU.base }]);
        assert.equal(answer.status, 404);
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 60002);
        else assert.equal(at(answer.body, 'error', 'code'), 'Request_ResourceNotFound');
      }));

    it('answers 403 to roles that may not change licenses, and changes nothing', () =>
      withServer({ fixture: rulesFixture() }, async (server) => {
        const reader = new Client(server.url, surface === 'pc' ? 'reader' : 'graph-reader');
        const answer = await updateUser(reader, surface, USER.sweden, [{ skuId: SKU.suite }]);
        assert.equal(answer.status, 403);
        if (surface === 'pc') assert.equal(at(answer.body, 'code'), 2032);
        else assert.equal(at(answer.body, 'error', 'code'), 'Authorization_RequestDenied');
        assert.equal((await held(new Client(server.url, 'graph'), USER.sweden)).size, 0);
      }));
  });
}
