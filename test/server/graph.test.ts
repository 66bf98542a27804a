/** Graph surface: users with nextLink paging, $search, $select, subscribedSkus, me and roles, auth, bad input. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, at, SKU, TENANT, USER, list, rulesFixture, serverForTheFile, withServer } from './helpers.js';

const EXTRA = 2200;
const server = serverForTheFile({ fixture: rulesFixture(EXTRA) });
const graph = server.client('graph');

describe('Graph users', () => {
  it('pages through thousands of users by following @odata.nextLink unchanged', async () => {
    const seen: string[] = [];
    let answer = await graph.get('/v1.0/users?$select=id,displayName,usageLocation,assignedLicenses&$top=999');
    for (let pages = 0; ; pages++) {
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const users = list(at(answer.body, 'value'));
      for (const user of users) assert.deepEqual(Object.keys(user as object).sort(), ['assignedLicenses', 'displayName', 'id', 'usageLocation']);
      seen.push(...users.map((user) => String(at(user, 'id'))));
      const next = at(answer.body, '@odata.nextLink');
      if (next === undefined) break;
      assert.ok(pages < 10, 'too many pages');
      assert.match(String(next), new RegExp(`^${server.url}/v1\\.0/users\\?.*\\$skiptoken=`));
      answer = await graph.get(String(next));
    }
    assert.equal(seen.length, 6 + EXTRA);
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(at(seen, 0), USER.sweden);
  });

  it("finds users by `id in (...)` or `userPrincipalName in (...)`, without case, and refuses more than 15 values", async () => {
    const byId = await graph.get(`/v1.0/users?$select=id&$filter=${encodeURIComponent(`id in ('${USER.sweden.toUpperCase()}','nobody')`)}`);
    assert.equal(byId.status, 200, JSON.stringify(byId.body));
    assert.deepEqual(list(at(byId.body, 'value')).map((user) => at(user, 'id')), [USER.sweden]);
    const upn = String(at(list(at(byId.body, 'value'))[0], 'id'));
    const named = await graph.get(`/v1.0/users/${upn}?$select=userPrincipalName`);
    const principal = String(at(named.body, 'userPrincipalName'));
    const byName = await graph.get(`/v1.0/users?$select=id&$filter=${encodeURIComponent(`userPrincipalName in ('${principal.toUpperCase()}','o''brien@x.test')`)}`);
    assert.deepEqual(list(at(byName.body, 'value')).map((user) => at(user, 'id')), [USER.sweden]);
    const sixteen = Array.from({ length: 16 }, (_, i) => `'u${i}@x.test'`).join(',');
    const tooMany = await graph.get(`/v1.0/users?$filter=${encodeURIComponent(`userPrincipalName in (${sixteen})`)}`);
    assert.equal(tooMany.status, 400);
  });

  it('defaults to 100 per page and refuses $top outside 1..999', async () => {
    const page = await graph.get('/v1.0/users');
    assert.equal(list(at(page.body, 'value')).length, 100);
    assert.equal(Object.hasOwn(list(at(page.body, 'value'))[0] as object, 'usageLocation'), false);
    for (const top of ['0', '1000', 'abc', '-1']) {
      const answer = await graph.get(`/v1.0/users?$top=${top}`);
      assert.equal(answer.status, 400, top);
      assert.match(String(at(answer.body, 'error', 'message')), /page size|between 1 and 999/i);
    }
  });

  it('needs ConsistencyLevel: eventual for $search, and searches display names case-insensitively', async () => {
    const search = encodeURIComponent('"displayName:lindSTRÖM"');
    const refused = await graph.get(`/v1.0/users?$search=${search}`);
    assert.equal(refused.status, 400);
    assert.match(String(at(refused.body, 'error', 'message')), /ConsistencyLevel: eventual/);
    const found = await graph.get(`/v1.0/users?$search=${search}&$count=true`, { ConsistencyLevel: 'eventual' });
    assert.deepEqual(list(at(found.body, 'value')).map((user) => at(user, 'id')), [USER.sweden]);
    assert.equal(at(found.body, '@odata.count'), 1);
    const many = await graph.get(`/v1.0/users?$search=${encodeURIComponent('"displayName:person 000"')}&$top=3`, { ConsistencyLevel: 'eventual' });
    assert.equal(list(at(many.body, 'value')).length, 3);
    const next = await graph.get(String(at(many.body, '@odata.nextLink')), { ConsistencyLevel: 'eventual' });
    assert.ok(list(at(next.body, 'value')).every((user) => /person 000/i.test(String(at(user, 'displayName')))));
  });

  it('filters by held SKU, reads one user by id or principal name, and lists license details', async () => {
    const holders = await graph.get(`/v1.0/users?$filter=${encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${SKU.addOn})`)}`);
    assert.deepEqual(list(at(holders.body, 'value')).map((user) => at(user, 'id')), [USER.stacked, USER.both]);
    const byId = await graph.get(`/v1.0/users/${USER.nowhere}?$select=id,usageLocation`);
    assert.deepEqual({ id: at(byId.body, 'id'), usageLocation: at(byId.body, 'usageLocation') }, { id: USER.nowhere, usageLocation: null });
    const byName = await graph.get(`/v1.0/users/${encodeURIComponent('ASA.lindstrom@rules.example')}`);
    assert.equal(at(byName.body, 'id'), USER.sweden);
    const details = await graph.get(`/v1.0/users/${USER.stacked}/licenseDetails`);
    assert.deepEqual(list(at(details.body, 'value')).map((detail) => at(detail, 'skuId')), [SKU.base, SKU.addOn]);
    const missing = await graph.get('/v1.0/users/99999999-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.equal(at(missing.body, 'error', 'code'), 'Request_ResourceNotFound');
    assert.ok(at(missing.body, 'error', 'innerError', 'request-id'));
  });

  it('lists subscribedSkus with prepaid and consumed units', async () => {
    const answer = await graph.get('/v1.0/subscribedSkus');
    const base = list(at(answer.body, 'value')).find((sku) => at(sku, 'skuId') === SKU.base);
    assert.equal(at(base, 'id'), `${TENANT}_${SKU.base}`);
    assert.equal(at(base, 'accountName'), 'Rules Test Ltd');
    assert.equal(at(base, 'appliesTo'), 'User');
    assert.equal(at(base, 'consumedUnits'), 2);
    assert.deepEqual(at(base, 'prepaidUnits'), { enabled: 3, warning: 0, suspended: 0, lockedOut: 0 });
    assert.deepEqual(Object.keys(list(at(base, 'servicePlans'))[0] as object).sort(), ['appliesTo', 'provisioningStatus', 'servicePlanId', 'servicePlanName']);
  });

  it('refuses unknown $select properties and unsupported query options', async () => {
    const select = await graph.get('/v1.0/users?$select=id,shoeSize');
    assert.equal(select.status, 400);
    assert.match(String(at(select.body, 'error', 'message')), /shoeSize/);
    assert.equal((await graph.get('/v1.0/users?$orderby=displayName')).status, 400);
    assert.equal((await graph.get('/v1.0/users?$skiptoken=nonsense')).status, 400);
    assert.equal((await graph.get('/v1.0/groups')).status, 400);
  });
});

describe('Graph me and access', () => {
  it('maps agent roles to directory roles', () =>
    withServer(
      {
        fixture: {
          ...rulesFixture(),
          agents: ['GlobalAdmin', 'UserManagementAdmin', 'HelpdeskAgent', 'AdminAgent', 'SalesAgent', 'BillingAdmin'].map((role) => ({ token: role, name: `${role} person`, role, tenantId: TENANT })),
        },
      },
      async (fresh) => {
        const roles: Record<string, [string, string]> = {};
        for (const role of ['GlobalAdmin', 'UserManagementAdmin', 'HelpdeskAgent', 'AdminAgent', 'SalesAgent', 'BillingAdmin']) {
          const answer = await new Client(fresh.url, role).get('/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole');
          const entry = list(at(answer.body, 'value'))[0];
          roles[role] = [String(at(entry, 'displayName')), String(at(entry, 'roleTemplateId'))];
        }
        assert.deepEqual(roles, {
          GlobalAdmin: ['Global Administrator', '62e90394-69f5-4237-9190-012177145e10'],
          UserManagementAdmin: ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'],
          HelpdeskAgent: ['Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8'],
          AdminAgent: ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'],
          SalesAgent: ['User Administrator', 'fe930be7-5e62-47db-91af-98c3a49a38b1'],
          BillingAdmin: ['Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'],
        });
        const me = await new Client(fresh.url, 'GlobalAdmin').get('/v1.0/me');
        assert.equal(at(me.body, 'displayName'), 'GlobalAdmin person');
      },
    ));

  it('answers 401 without a token, with an unknown token, or with a token not tied to a tenant', async () => {
    for (const client of [new Client(server.url, null), new Client(server.url, 'nope'), new Client(server.url, 'admin')]) {
      const answer = await client.get('/v1.0/users');
      assert.equal(answer.status, 401);
      assert.equal(at(answer.body, 'error', 'code'), 'InvalidAuthenticationToken');
    }
    const partner = await new Client(server.url, null).get('/v1/customers');
    assert.equal(partner.status, 401);
    assert.equal(at(partner.body, 'source'), 'PartnerFD');
  });

  it('sets a usage location with PATCH (204); readers get 403', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'graph');
      const patched = await client.call('PATCH', `/v1.0/users/${USER.nowhere}`, { body: { usageLocation: 'FI' } });
      assert.equal(patched.status, 204);
      assert.equal(at((await client.get(`/v1.0/users/${USER.nowhere}?$select=usageLocation`)).body, 'usageLocation'), 'FI');
      const refused = await new Client(fresh.url, 'graph-reader').call('PATCH', `/v1.0/users/${USER.nowhere}`, { body: { usageLocation: 'SE' } });
      assert.equal(refused.status, 403);
      const bad = await client.call('PATCH', `/v1.0/users/${USER.nowhere}`, { body: { usageLocation: 'Finland' } });
      assert.equal(bad.status, 400);
    }));

  it('needs both addLicenses and removeLicenses, with GUIDs', () =>
    withServer({ fixture: rulesFixture() }, async (fresh) => {
      const client = new Client(fresh.url, 'graph');
      const url = `/v1.0/users/${USER.sweden}/assignLicense`;
      const cases: [unknown, RegExp][] = [
        [{ addLicenses: [{ skuId: SKU.base, disabledPlans: [] }] }, /removeLicenses/],
        [{ removeLicenses: [] }, /addLicenses/],
        [{ addLicenses: [{ skuId: 'not-a-guid' }], removeLicenses: [] }, /skuId/],
        [{ addLicenses: [{ skuId: SKU.base, disabledPlans: 'x' }], removeLicenses: [] }, /disabledPlans/],
        [{ addLicenses: [], removeLicenses: [] }, /assigns and removes nothing/],
        ['{"addLicenses": [', /not valid JSON/],
      ];
      for (const [body, text] of cases) {
        const answer = typeof body === 'string' ? await client.call('POST', url, { raw: body }) : await client.post(url, body);
        assert.equal(answer.status, 400, JSON.stringify(body));
        assert.match(String(at(answer.body, 'error', 'message')), text);
      }
      const ok = await client.post(url, { addLicenses: [{ skuId: SKU.suite, disabledPlans: [] }], removeLicenses: [] });
      assert.equal(ok.status, 200);
      assert.deepEqual(at(ok.body, 'assignedLicenses'), [{ disabledPlans: [], skuId: SKU.suite }]);
    }));
});
