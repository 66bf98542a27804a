/** Partner Center surface: reads, paging with continuation tokens, search, idempotent replays, access, bad input. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, at, OTHER_TENANT, PLAN, SKU, TENANT, USER, list, rulesFixture, serverForTheFile, updateUser, withServer } from './helpers.js';

const EXTRA = 2500;
const server = serverForTheFile({ fixture: rulesFixture(EXTRA) });
const admin = server.client('admin');

describe('Partner Center reads', () => {
  it('lists customers with company profiles; a tenant-bound token sees only its own', async () => {
    const all = await admin.get('/v1/customers');
    assert.equal(all.status, 200);
    assert.equal(at(all.body, 'attributes', 'objectType'), 'Collection');
    const first = list(at(all.body, 'items'))[0];
    assert.equal(at(first, 'companyProfile', 'companyName'), 'Rules Test Ltd');
    assert.equal(at(first, 'companyProfile', 'tenantId'), TENANT);
    assert.equal(at(first, 'attributes', 'objectType'), 'Customer');
    const bound = await new Client(server.url, 'other').get('/v1/customers');
    assert.deepEqual(list(at(bound.body, 'items')).map((item) => at(item, 'id')), [OTHER_TENANT]);
    const refused = await new Client(server.url, 'other').get(`/v1/customers/${TENANT}/users`);
    assert.equal(refused.status, 403);
    assert.equal(at(refused.body, 'code'), 2032);
  });

  it('pages through thousands of users with MS-ContinuationToken, in directory order, without repeats', async () => {
    const seen: string[] = [];
    let answer = await admin.get(`/v1/customers/${TENANT}/users?size=500`);
    for (let pages = 0; ; pages++) {
      assert.equal(answer.status, 200);
      const items = list(at(answer.body, 'items'));
      assert.equal(at(answer.body, 'totalCount'), items.length);
      seen.push(...items.map((item) => String(at(item, 'id'))));
      const next = at(answer.body, 'links', 'next');
      if (!next) {
        assert.equal(at(answer.body, 'continuationToken'), undefined);
        break;
      }
      assert.ok(pages < 20, 'too many pages');
      assert.equal(at(next, 'method'), 'GET');
      assert.match(String(at(next, 'uri')), new RegExp(`^/customers/${TENANT}/users\\?size=500&seekOperation=Next$`));
      const token = list(at(next, 'headers'))[0];
      assert.equal(at(token, 'key'), 'MS-ContinuationToken');
      assert.equal(at(token, 'value'), at(answer.body, 'continuationToken'));
      answer = await admin.get(`/v1${String(at(next, 'uri'))}`, { 'MS-ContinuationToken': String(at(token, 'value')) });
    }
    assert.equal(seen.length, 6 + EXTRA);
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(seen.slice(0, 2), [USER.sweden, USER.nowhere]);
  });

  it('searches display names and principal names case-insensitively, paging the matches', async () => {
    const filter = encodeURIComponent(JSON.stringify({ Field: 'DisplayName', Value: 'PERSON 0001', Operator: 'substring' }));
    const first = await admin.get(`/v1/customers/${TENANT}/users?size=4&filter=${filter}`);
    assert.equal(first.status, 200);
    const names = list(at(first.body, 'items')).map((item) => String(at(item, 'displayName')));
    assert.equal(names.length, 4);
    for (const name of names) assert.match(name, /person 0001/i);
    const token = String(at(first.body, 'continuationToken'));
    const second = await admin.get(`/v1/customers/${TENANT}/users?seekOperation=Next`, { 'MS-ContinuationToken': token });
    assert.ok(list(at(second.body, 'items')).every((item) => /person 0001/i.test(String(at(item, 'displayName')))));
    const byUpn = await admin.get(`/v1/customers/${TENANT}/users?filter=${encodeURIComponent(JSON.stringify({ Field: 'DisplayName', Value: 'ASA.LINDSTROM@', Operator: 'substring' }))}`);
    assert.deepEqual(list(at(byUpn.body, 'items')).map((item) => at(item, 'id')), [USER.sweden]);
    const unicode = await admin.get(`/v1/customers/${TENANT}/users?filter=${encodeURIComponent(JSON.stringify({ Field: 'DisplayName', Value: 'lindSTRÖM', Operator: 'substring' }))}`);
    assert.deepEqual(list(at(unicode.body, 'items')).map((item) => at(item, 'id')), [USER.sweden]);
  });

  it('reads one user, omitting usageLocation when it is not set', async () => {
    const one = await admin.get(`/v1/customers/${TENANT}/users/${USER.sweden}`);
    assert.equal(at(one.body, 'displayName'), 'Åsa Lindström');
    assert.equal(at(one.body, 'usageLocation'), 'SE');
    assert.equal(at(one.body, 'attributes', 'objectType'), 'CustomerUser');
    const none = await admin.get(`/v1/customers/${TENANT}/users/${USER.nowhere}`);
    assert.equal(Object.hasOwn(none.body as object, 'usageLocation'), false);
    const missing = await admin.get(`/v1/customers/${TENANT}/users/99999999-0000-4000-8000-000000000000`);
    assert.equal(missing.status, 404);
    assert.equal(at(missing.body, 'code'), 60002);
    const noTenant = await admin.get('/v1/customers/99999999-0000-4000-8000-000000000000/users');
    assert.equal(noTenant.status, 404);
    assert.equal(at(noTenant.body, 'code'), 60003);
  });

  it("lists a user's licenses with excluded plans shown as Disabled, and the subscribed SKUs with counts", async () => {
    const licenses = await admin.get(`/v1/customers/${TENANT}/users/${USER.stacked}/licenses`);
    const items = list(at(licenses.body, 'items'));
    assert.deepEqual(items.map((item) => at(item, 'productSku', 'id')), [SKU.base, SKU.addOn]);
    assert.equal(at(items, 0, 'productSku', 'licenseGroupId'), 'group1');
    assert.equal(at(items, 0, 'attributes', 'objectType'), 'License');
    const group2 = await admin.get(`/v1/customers/${TENANT}/users/${USER.stacked}/licenses?licenseGroupIds=Group2`);
    assert.equal(at(group2.body, 'totalCount'), 0);
    const skus = await admin.get(`/v1/customers/${TENANT}/subscribedskus`);
    const soldOut = list(at(skus.body, 'items')).find((item) => at(item, 'productSku', 'id') === SKU.soldOut);
    assert.equal(at(soldOut, 'availableUnits'), 0);
    assert.equal(at(soldOut, 'attributes', 'objectType'), 'SubscribedSku');
    const base = list(at(skus.body, 'items')).find((item) => at(item, 'productSku', 'id') === SKU.base);
    assert.deepEqual([at(base, 'totalUnits'), at(base, 'consumedUnits'), at(base, 'availableUnits')], [3, 2, 1]);
  });

  it('GET /v1/me names the signed-in agent and role (reference-only)', async () => {
    const me = await new Client(server.url, 'reader').get('/v1/me');
    assert.deepEqual(me.body, { displayName: 'Rita Reader', roles: ['BillingAdmin'], attributes: { objectType: 'Agent' } });
  });

  it('echoes MS-RequestId and MS-CorrelationId', async () => {
    const answer = await admin.get('/v1/customers', { 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'corr-1' });
    assert.equal(answer.headers.get('ms-requestid'), 'req-1');
    assert.equal(answer.headers.get('ms-correlationid'), 'corr-1');
  });
});

describe('Partner Center writes', () => {
  it('sets a usage location with PATCH, after which licenses can be assigned', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'admin');
      const patched = await client.call('PATCH', `/v1/customers/${TENANT}/users/${USER.nowhere}`, { body: { UsageLocation: 'no', attributes: { objectType: 'CustomerUser' } } });
      assert.equal(patched.status, 200);
      assert.equal(at(patched.body, 'usageLocation'), 'NO');
      assert.equal((await updateUser(client, 'pc', USER.nowhere, [{ skuId: SKU.suite }])).status, 201);
      const bad = await client.call('PATCH', `/v1/customers/${TENANT}/users/${USER.nowhere}`, { body: { usageLocation: 42 } });
      assert.equal(bad.status, 400);
      const reader = await new Client(fresh.url, 'reader').call('PATCH', `/v1/customers/${TENANT}/users/${USER.nowhere}`, { body: { usageLocation: 'SE' } });
      assert.equal(reader.status, 403);
    }));

  it('accepts camelCase bodies and answers 201 with the LicenseUpdate', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'admin');
      const answer = await client.post(`/v1/customers/${TENANT}/users/${USER.sweden}/licenseupdates`, {
        licensesToAssign: [{ skuId: SKU.base.toUpperCase(), excludedPlans: [PLAN.baseSway] }],
        licensesToRemove: null,
        attributes: { objectType: 'LicenseUpdate' },
      });
      assert.equal(answer.status, 201);
      assert.deepEqual(answer.body, { licensesToAssign: [{ skuId: SKU.base }], licenseWarnings: [], attributes: { objectType: 'LicenseUpdate' } });
      const licenses = await client.get(`/v1/customers/${TENANT}/users/${USER.sweden}/licenses`);
      const plans = list(at(licenses.body, 'items', 0, 'servicePlans'));
      assert.deepEqual(plans.map((plan) => [at(plan, 'id'), at(plan, 'capabilityStatus')]), [[PLAN.baseMail, 'Assigned'], [PLAN.baseSway, 'Disabled']]);
    }));

  it('replays the first answer for a repeated MS-RequestId and applies nothing again', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'admin');
      const key = { 'MS-RequestId': '6f0c1d7e-0000-4000-8000-000000000001' };
      const first = await updateUser(client, 'pc', USER.sweden, [{ skuId: SKU.base }], [], key);
      assert.equal(first.status, 201);
      // Someone else takes the base away in between; the replay must not assign it again.
      assert.equal((await updateUser(client, 'pc', USER.sweden, [], [SKU.base])).status, 201);
      const again = await updateUser(client, 'pc', USER.sweden, [{ skuId: SKU.base }], [], key);
      assert.equal(again.status, 201);
      assert.deepEqual(again.body, first.body);
      const licenses = await client.get(`/v1/customers/${TENANT}/users/${USER.sweden}/licenses`);
      assert.equal(at(licenses.body, 'totalCount'), 0);
      const failedKey = { 'MS-RequestId': '6f0c1d7e-0000-4000-8000-000000000002' };
      const refused = await updateUser(client, 'pc', USER.sweden, [{ skuId: SKU.soldOut }], [], failedKey);
      const refusedAgain = await updateUser(client, 'pc', USER.sweden, [{ skuId: SKU.soldOut }], [], failedKey);
      assert.deepEqual([refusedAgain.status, refusedAgain.body], [refused.status, refused.body]);
      const audit = await client.get(`/_reference/customers/${TENANT}/audit`);
      assert.equal(at(audit.body, 'applied', USER.sweden), 2);
    }));

  it('answers bad input with 4xx and a clear description', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'admin');
      const url = `/v1/customers/${TENANT}/users/${USER.sweden}/licenseupdates`;
      const cases: [unknown, RegExp][] = [
        ['not json', /not valid JSON/],
        [[], /LicenseUpdate JSON object/],
        [{ LicensesToAssign: 'x' }, /LicensesToAssign must be an array/],
        [{ LicensesToAssign: [{ SkuId: 7 }] }, /SkuId must be a SKU id string/],
        [{ LicensesToAssign: [{ SkuId: SKU.base, ExcludedPlans: [1] }] }, /ExcludedPlans must be an array/],
        [{ LicensesToRemove: {} }, /LicensesToRemove must be an array/],
        [{}, /assigns and removes nothing/],
        [{ LicensesToAssign: [{ SkuId: SKU.base }], LicensesToRemove: [SKU.base] }, /cannot be assigned and removed/],
      ];
      for (const [body, text] of cases) {
        const answer = typeof body === 'string' ? await client.call('POST', url, { raw: body }) : await client.post(url, body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.match(String(at(answer.body, 'description')), text);
        assert.equal(at(answer.body, 'source'), 'PartnerFD');
      }
      const size = await client.get(`/v1/customers/${TENANT}/users?size=0`);
      assert.equal(size.status, 400);
      const filter = await client.get(`/v1/customers/${TENANT}/users?filter=%7Bnope`);
      assert.equal(filter.status, 400);
      const token = await client.get(`/v1/customers/${TENANT}/users?seekOperation=Next`, { 'MS-ContinuationToken': 'garbage' });
      assert.equal(token.status, 400);
      const method = await client.call('DELETE', `/v1/customers/${TENANT}/users`);
      assert.equal(method.status, 405);
      const unknown = await client.get('/v1/invoices');
      assert.equal(unknown.status, 404);
    }));
});
