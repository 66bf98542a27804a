/**
 * Bodies that break the APIs' promises, served over real HTTP by a tiny local server: every one must become a
 * MalformedResponseError naming the JSON path, never half-read data; a broken answer to a write is ambiguous.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MalformedResponseError } from '../../../src/backend/errors.js';
import { GraphBackend } from '../../../src/backend/graph/graph-backend.js';
import { PartnerCenterBackend } from '../../../src/backend/partner-center/partner-center-backend.js';
import { docExample, type Exchange } from './helpers/fixtures.js';
import { reply, startStub, type StubServer } from './helpers/stub-server.js';

const skus = docExample<{ response: Exchange }>('pc-subscribed-skus.json').response.body as { items: Record<string, unknown>[] };
const users = docExample<{ response: Exchange }>('pc-list-users.json').response.body as { items: Record<string, unknown>[] };

/** The next answer the stub gives, by path prefix. */
let answers: Record<string, { status: number; body: string; headers?: Record<string, string> }> = {};
let stub: StubServer;

before(async () => {
  stub = await startStub((request, res) => {
    const path = new URL(request.url, 'http://x').pathname;
    const key = Object.keys(answers).find((prefix) => path.endsWith(prefix));
    const answer = key === undefined ? { status: 404, body: '{"code":"NotFound","description":"no such path"}' } : answers[key] ?? { status: 500, body: '' };
    reply(res, answer.status, answer.body, answer.headers);
  });
});
after(() => stub.close());

const pc = () => new PartnerCenterBackend({ kind: 'partner-center', baseUrl: stub.url, customerId: 'c1', readAttempts: 1, tokenProvider: async () => 't' });
const graph = () => new GraphBackend({ kind: 'graph', baseUrl: stub.url, customerId: 'c1', readAttempts: 1, tokenProvider: async () => 't' });

function malformed(path: string, message: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof MalformedResponseError, `expected MalformedResponseError, got ${String(error)}`);
    assert.equal(error.kind, 'malformed-response');
    assert.equal(error.path, path);
    assert.equal(error.message, message);
    return true;
  };
}

function withItem<T extends Record<string, unknown>>(items: readonly T[], index: number, change: (item: T) => void): string {
  const copy = JSON.parse(JSON.stringify(items)) as T[];
  const item = copy[index];
  if (item) change(item);
  return JSON.stringify({ totalCount: copy.length, items: copy, attributes: { objectType: 'Collection' } });
}

describe('malformed bodies', () => {
  it('Partner Center: broken JSON names the response', async () => {
    answers = { '/subscribedskus': { status: 200, body: '{"totalCount": 2, "items": [' } };
    await assert.rejects(pc().listProducts(), malformed('', 'response: expected JSON, got "{\\"totalCount\\": 2, \\"items\\": ["'));
  });

  it('Partner Center: a wrong type deep inside names its path', async () => {
    const many = [...skus.items, ...skus.items];
    answers = { '/subscribedskus': { status: 200, body: withItem(many, 3, (item) => { item['availableUnits'] = 'x'; }) } };
    await assert.rejects(pc().listProducts(), malformed('items[3].availableUnits', 'items[3].availableUnits: expected a number, got "x"'));
  });

  it('Partner Center: a missing field and an unknown enum value are errors', async () => {
    answers = { '/subscribedskus': { status: 200, body: withItem(skus.items, 0, (item) => { delete (item['productSku'] as Record<string, unknown>)['id']; }) } };
    await assert.rejects(pc().listProducts(), malformed('items[0].productSku.id', 'items[0].productSku.id: expected a string, got nothing (missing)'));
    answers = { '/subscribedskus': { status: 200, body: withItem(skus.items, 1, (item) => { (item['productSku'] as Record<string, unknown>)['licenseGroupId'] = 'group3'; }) } };
    await assert.rejects(pc().listProducts(), malformed('items[1].productSku.licenseGroupId', 'items[1].productSku.licenseGroupId: expected one of "group1", "group2", got "group3"'));
  });

  it('Partner Center: items that is not an array, and a user with a numeric id', async () => {
    answers = { '/users': { status: 200, body: '{"totalCount":0,"items":{}}' } };
    await assert.rejects(pc().listUsers({ pageSize: 10 }), malformed('items', 'items: expected an array, got an object'));
    answers = { '/users': { status: 200, body: withItem(users.items, 1, (item) => { item['id'] = 42; }) } };
    await assert.rejects(pc().listUsers({ pageSize: 10 }), malformed('items[1].id', 'items[1].id: expected a string, got 42'));
  });

  it('Partner Center: links.next without any continuation token', async () => {
    answers = { '/users': { status: 200, body: JSON.stringify({ items: [], links: { next: { uri: '/x', method: 'GET', headers: [] } } }) } };
    await assert.rejects(pc().listUsers({ pageSize: 10 }), malformed('links.next.headers', 'links.next.headers: expected an MS-ContinuationToken header or a continuationToken, got none'));
  });

  it('Partner Center: a 201 whose body cannot be read is a success with a warning (the write happened)', async () => {
    answers = { '/licenseupdates': { status: 201, body: '{"licenseWarnings": 7}' }, '/subscribedskus': { status: 200, body: JSON.stringify(skus) } };
    const [result] = await pc().applier.apply([{ requestId: 'r', operation: { userId: 'u', assign: [], remove: ['efccb6f7-5641-4e0e-bd10-b4976e1bf68e'] } }]);
    assert.equal(result?.status, 'succeeded');
    assert.match(result?.status === 'succeeded' ? result.warnings?.[0] ?? '' : '', /licenseWarnings: expected an array, got 7/);
  });

  it('Graph: a wrong type in a user names its path', async () => {
    const body = { value: [
      { id: 'a', displayName: 'A', userPrincipalName: 'a@x', usageLocation: 'US', assignedLicenses: [] },
      { id: 'b', displayName: 'B', userPrincipalName: 'b@x', usageLocation: null, assignedLicenses: [{ skuId: 's', disabledPlans: 'none' }] },
    ] };
    answers = { '/users': { status: 200, body: JSON.stringify(body) } };
    await assert.rejects(graph().listUsers({ pageSize: 10 }), malformed('value[1].assignedLicenses[0].disabledPlans', 'value[1].assignedLicenses[0].disabledPlans: expected an array, got "none"'));
  });

  it('Graph: prepaidUnits with a string count', async () => {
    const sku = { skuId: 's', skuPartNumber: 'X', appliesTo: 'User', capabilityStatus: 'Enabled', consumedUnits: 1, prepaidUnits: { enabled: '5', warning: 0 }, servicePlans: [] };
    answers = { '/subscribedSkus': { status: 200, body: JSON.stringify({ value: [sku] }) } };
    await assert.rejects(graph().listProducts(), malformed('value[0].prepaidUnits.enabled', 'value[0].prepaidUnits.enabled: expected a number, got "5"'));
  });

  it('Graph: an unreadable $batch answer fails every write as ambiguous and retryable', async () => {
    answers = { '/$batch': { status: 200, body: '{"responses": [{"id": "1", "status": "ok"}]}' } };
    const results = await graph().applier.apply([1, 2].map((n) => ({ requestId: `r${n}`, operation: { userId: `u${n}`, assign: [], remove: ['s'] } })));
    for (const result of results) {
      assert.equal(result.status, 'failed');
      if (result.status !== 'failed') continue;
      assert.equal(result.reason.kind, 'malformed-response');
      assert.equal(result.reason.message, 'responses[0].status: expected a number, got "ok"');
      assert.equal(result.ambiguous, true);
      assert.equal(result.retryable, true);
    }
  });

  it('Graph: a batch answer missing one id fails only that write, as ambiguous', async () => {
    answers = { '/$batch': { status: 200, body: '{"responses": [{"id": "1", "status": 200, "body": {}}]}' } };
    const results = await graph().applier.apply([1, 2].map((n) => ({ requestId: `r${n}`, operation: { userId: `u${n}`, assign: [], remove: ['s'] } })));
    assert.deepEqual(results[0], { status: 'succeeded' });
    assert.equal(results[1]?.status === 'failed' && results[1].ambiguous, true);
  });

  it('Graph: broken JSON in a batch answer is ambiguous for every write', async () => {
    answers = { '/$batch': { status: 200, body: '<html>gateway</html>' } };
    const [result] = await graph().applier.apply([{ requestId: 'r', operation: { userId: 'u', assign: [], remove: ['s'] } }]);
    assert.deepEqual(result, { status: 'failed', retryable: true, ambiguous: true, reason: { kind: 'malformed-response', message: 'response: expected JSON, got "<html>gateway</html>"', httpStatus: 200 } });
  });
});
