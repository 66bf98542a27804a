/** Graph $batch: limits, per-item handling and throttling, dependsOn, shuffled order. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client, at, SKU, TENANT, USER, list, rulesFixture, withServer } from './helpers.js';

function assignItem(id: string, userId: string, skuId: string): Record<string, unknown> {
  return {
    id,
    method: 'POST',
    url: `/users/${userId}/assignLicense`,
    headers: { 'Content-Type': 'application/json' },
    body: { addLicenses: [{ skuId, disabledPlans: [] }], removeLicenses: [] },
  };
}

function byId(answer: { body: unknown }): Map<string, unknown> {
  return new Map(list(at(answer.body, 'responses')).map((response) => [String(at(response, 'id')), response]));
}

describe('Graph $batch', () => {
  it('handles each item on its own and answers 200 with every id', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const answer = await graph.post('/v1.0/$batch', {
        requests: [
          assignItem('ok', USER.sweden, SKU.suite),
          assignItem('sold-out', USER.spare, SKU.soldOut),
          assignItem('no-location', USER.nowhere, SKU.suite),
          { id: 'read', method: 'GET', url: `/users/${USER.sweden}?$select=id,assignedLicenses` },
          { id: 'missing', method: 'GET', url: '/users/99999999-0000-4000-8000-000000000000' },
        ],
      });
      assert.equal(answer.status, 200);
      const responses = byId(answer);
      assert.deepEqual([...responses.keys()].sort(), ['missing', 'no-location', 'ok', 'read', 'sold-out']);
      assert.equal(at(responses.get('ok'), 'status'), 200);
      assert.equal(at(responses.get('sold-out'), 'status'), 400);
      assert.match(String(at(responses.get('sold-out'), 'body', 'error', 'message')), /does not have any available licenses/);
      assert.match(String(at(responses.get('no-location'), 'body', 'error', 'message')), /invalid usage location/);
      assert.equal(at(responses.get('missing'), 'status'), 404);
      assert.equal(at(responses.get('read'), 'status'), 200);
      const audit = await graph.get(`/_reference/customers/${TENANT}/audit`);
      assert.deepEqual(at(audit.body, 'applied'), { [USER.sweden]: 1 });
      assert.equal(at(audit.body, 'requests'), 5);
    }));

  it('refuses more than 20 requests, duplicate or non-string ids, absolute urls and bodies without Content-Type', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const read = (id: unknown) => ({ id, method: 'GET', url: '/users?$top=1' });
      const cases: [unknown, RegExp][] = [
        [{ requests: Array.from({ length: 21 }, (_, i) => read(String(i))) }, /limit of 20/],
        [{ requests: [read('1'), read('1')] }, /unique/],
        [{ requests: [read(1)] }, /id must be a non-empty string/],
        [{ requests: [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users' }] }, /relative URL/],
        [{ requests: [{ id: '1', method: 'POST', url: `/users/${USER.sweden}/assignLicense`, body: { addLicenses: [], removeLicenses: [] } }] }, /Content-Type/],
        [{ requests: [] }, /at least one/],
        [{ nope: true }, /Invalid batch payload/],
        [{ requests: [{ ...read('1'), dependsOn: ['2'] }] }, /unknown request id/],
      ];
      for (const [body, text] of cases) {
        const answer = await graph.post('/v1.0/$batch', body);
        assert.equal(answer.status, 400, JSON.stringify(body).slice(0, 80));
        assert.match(String(at(answer.body, 'error', 'message')), text);
      }
      const twenty = await graph.post('/v1.0/$batch', { requests: Array.from({ length: 20 }, (_, i) => read(String(i))) });
      assert.equal(twenty.status, 200);
      assert.equal(list(at(twenty.body, 'responses')).length, 20);
    }));

  it('runs dependsOn in order and answers 424 when a dependency failed', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const answer = await graph.post('/v1.0/$batch', {
        requests: [
          { ...assignItem('add-on', USER.sweden, SKU.addOn), dependsOn: ['base'] },
          assignItem('base', USER.sweden, SKU.suite),
          { ...assignItem('after-failure', USER.spare, SKU.suite), dependsOn: ['fails'] },
          assignItem('fails', USER.spare, SKU.soldOut),
        ],
      });
      const responses = byId(answer);
      assert.equal(at(responses.get('base'), 'status'), 200);
      assert.equal(at(responses.get('add-on'), 'status'), 200);
      assert.equal(at(responses.get('fails'), 'status'), 400);
      assert.equal(at(responses.get('after-failure'), 'status'), 424);
    }));

  it('throttles items one by one, each 429 with its own Retry-After', () =>
    withServer({ fixture: rulesFixture(), rateLimit: 5 }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const answer = await graph.post('/v1.0/$batch', { requests: Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, method: 'GET', url: '/users?$top=1' })) });
      assert.equal(answer.status, 200);
      const statuses = list(at(answer.body, 'responses')).map((response) => Number(at(response, 'status')));
      assert.equal(statuses.filter((status) => status === 200).length, 5);
      const throttled = list(at(answer.body, 'responses')).filter((response) => at(response, 'status') === 429);
      assert.equal(throttled.length, 7);
      for (const response of throttled) {
        assert.ok(Number(at(response, 'headers', 'Retry-After')) >= 1);
        assert.equal(at(response, 'body', 'error', 'code'), 'TooManyRequests');
      }
      const audit = await graph.get(`/_reference/customers/${TENANT}/audit`);
      assert.equal(at(audit.body, 'throttled'), 7);
    }));

  it('shuffles the order of responses, the same way for the same seed', async () => {
    const orders: string[][] = [];
    for (const seed of [7, 7, 8]) {
      await withServer({ fixture: rulesFixture(), seed }, async (server) => {
        const graph = new Client(server.url, 'graph');
        const answer = await graph.post('/v1.0/$batch', { requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' })) });
        orders.push(list(at(answer.body, 'responses')).map((response) => String(at(response, 'id'))));
      });
    }
    const [first, again, other] = orders;
    assert.deepEqual(first, again);
    assert.notDeepEqual(first, Array.from({ length: 20 }, (_, i) => String(i)));
    assert.notDeepEqual(first, other);
  });
});
