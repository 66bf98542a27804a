/**
 * What the transport promises over real HTTP: a token per request, tracing headers, timeouts, cancellation,
 * polite read retries, and honest ambiguity for writes whose answer was lost.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ServerResponse } from 'node:http';
import { GraphBackend } from '../../../src/backend/graph/graph-backend.js';
import { PartnerCenterBackend } from '../../../src/backend/partner-center/partner-center-backend.js';
import type { BackendConfig } from '../../../src/backend/backend.js';
import { docExample, type Exchange } from './helpers/fixtures.js';
import { reply, startStub, type StubRequest, type StubServer } from './helpers/stub-server.js';

const skusBody = JSON.stringify(docExample<{ response: Exchange }>('pc-subscribed-skus.json').response.body);
const EMS = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';

let handle: (request: StubRequest, res: ServerResponse) => void = (_request, res) => reply(res, 500, '');
let stub: StubServer;
before(async () => { stub = await startStub((request, res) => handle(request, res)); });
after(() => stub.close());
beforeEach(() => { stub.requests.length = 0; });

function pc(extra: Partial<BackendConfig> = {}) {
  return new PartnerCenterBackend({ kind: 'partner-center', baseUrl: stub.url, customerId: 'c1', readAttempts: 1, tokenProvider: async () => 't', ...extra });
}
const removeEms = (requestId: string) => ({ requestId, operation: { userId: 'u1', assign: [], remove: [EMS] } });

describe('http transport', () => {
  it('asks the token provider for every request and never reuses a token', async () => {
    handle = (_r, res) => reply(res, 200, skusBody);
    let n = 0;
    const backend = pc({ tokenProvider: async () => `tok-${++n}` });
    await backend.listProducts();
    await backend.listProducts();
    await backend.listProducts();
    assert.deepEqual(stub.requests.map((r) => r.headers['authorization']), ['Bearer tok-1', 'Bearer tok-2', 'Bearer tok-3']);
  });

  it('a token provider that fails sends nothing and says forbidden', async () => {
    const backend = pc({ tokenProvider: async () => { throw new Error('signed out'); } });
    await assert.rejects(backend.listProducts(), { kind: 'forbidden', message: 'Could not get an access token (signed out)' });
    assert.equal(stub.requests.length, 0);
  });

  it('Partner Center headers: one correlation id per adapter, a fresh request id per request', async () => {
    handle = (_r, res) => reply(res, 200, skusBody);
    const a = pc();
    const b = pc();
    await a.listProducts();
    await a.listProducts();
    await b.listProducts();
    const [r1, r2, r3] = stub.requests;
    assert.equal(r1?.headers['ms-correlationid'], a.correlationId);
    assert.equal(r2?.headers['ms-correlationid'], a.correlationId);
    assert.equal(r3?.headers['ms-correlationid'], b.correlationId);
    assert.notEqual(a.correlationId, b.correlationId);
    assert.notEqual(r1?.headers['ms-requestid'], r2?.headers['ms-requestid']);
  });

  it('Graph sends client-request-id and no Partner Center headers', async () => {
    handle = (r, res) => reply(res, 200, r.url.includes('/organization') ? '{"value": [{"id": "c1"}]}' : '{"value": []}');
    await new GraphBackend({ kind: 'graph', baseUrl: stub.url, customerId: 'c1', tokenProvider: async () => 't' }).listProducts();
    const [check, request] = stub.requests;
    assert.equal(check?.url, '/v1.0/organization?$select=id,displayName', 'the tenant is checked first');
    assert.match(String(request?.headers['client-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(request?.headers['ms-requestid'], undefined);
    assert.equal(request?.url, '/v1.0/subscribedSkus');
  });

  it('a write keeps the operation key as MS-RequestId on every retry', async () => {
    handle = (r, res) => (r.url.includes('subscribedskus') ? reply(res, 200, skusBody) : reply(res, 503, '{"code":"x","description":"busy"}'));
    const backend = pc();
    const first = await backend.applier.apply([removeEms('op-key-1')]);
    const second = await backend.applier.apply([removeEms('op-key-1')]);
    assert.deepEqual([first[0]?.status, second[0]?.status], ['failed', 'failed']);
    const posts = stub.requests.filter((r) => r.method === 'POST');
    assert.deepEqual(posts.map((r) => r.headers['ms-requestid']), ['op-key-1', 'op-key-1']);
  });

  it('an operation spanning group1 and group2 is sent as two requests with stable keys', async () => {
    const mixed = JSON.parse(skusBody) as { items: { productSku: { id: string; licenseGroupId: string } }[] };
    const minecraft = mixed.items[1];
    if (minecraft) { minecraft.productSku.id = 'minecraft-sku'; minecraft.productSku.licenseGroupId = 'group2'; }
    handle = (r, res) => (r.url.includes('subscribedskus') ? reply(res, 200, JSON.stringify(mixed)) : reply(res, 201, '{"licenseWarnings": []}'));
    const backend = pc();
    const operation = { requestId: '0b9c1c2e-7c8e-4d5b-9a7e-111111111111', operation: { userId: 'u1', assign: [{ skuId: 'minecraft-sku', disabledPlans: [] }], remove: [EMS] } };
    assert.deepEqual(await backend.applier.apply([operation]), [{ status: 'succeeded' }]);
    await backend.applier.apply([operation]);
    const posts = stub.requests.filter((r) => r.method === 'POST');
    assert.deepEqual(posts.map((r) => JSON.parse(r.body) as unknown), [
      { LicensesToAssign: null, LicensesToRemove: [EMS], LicenseWarnings: null, Attributes: { ObjectType: 'LicenseUpdate' } },
      { LicensesToAssign: [{ SkuId: 'minecraft-sku', ExcludedPlans: null }], LicensesToRemove: null, LicenseWarnings: null, Attributes: { ObjectType: 'LicenseUpdate' } },
      { LicensesToAssign: null, LicensesToRemove: [EMS], LicenseWarnings: null, Attributes: { ObjectType: 'LicenseUpdate' } },
      { LicensesToAssign: [{ SkuId: 'minecraft-sku', ExcludedPlans: null }], LicensesToRemove: null, LicenseWarnings: null, Attributes: { ObjectType: 'LicenseUpdate' } },
    ]);
    const ids = posts.map((r) => r.headers['ms-requestid']);
    assert.equal(ids[0], operation.requestId);
    assert.match(String(ids[1]), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notEqual(ids[1], ids[0]);
    assert.deepEqual([ids[2], ids[3]], [ids[0], ids[1]], 'the same keys on the second attempt');
  });

  it('licenseWarnings become warnings of a success, entities decoded', async () => {
    handle = (r, res) => (r.url.includes('subscribedskus') ? reply(res, 200, skusBody)
      : reply(res, 201, JSON.stringify({ licensesToAssign: [], licenseWarnings: [{ code: 'W1', message: 'Plan &#39;X&#39; needs setup', servicePlans: ['EXCHANGE_S_STANDARD'] }] })));
    assert.deepEqual(await pc().applier.apply([removeEms('k')]), [{ status: 'succeeded', warnings: ['W1: Plan \'X\' needs setup (EXCHANGE_S_STANDARD)'] }]);
  });

  it('a read that gets no answer in time is unavailable; a write is also ambiguous', async () => {
    handle = (r, res) => { if (r.url.includes('subscribedskus') && r.method === 'GET' && stub.requests.length > 1) return; reply(res, 200, skusBody); };
    const backend = pc({ timeoutMs: 150 });
    await backend.listProducts();
    await assert.rejects(backend.listProducts(), { kind: 'unavailable', message: 'No answer within 150 ms', ambiguous: false });
    handle = () => undefined;
    const [result] = await backend.applier.apply([removeEms('k')]);
    assert.deepEqual(result, { status: 'failed', retryable: true, ambiguous: true, reason: { kind: 'unavailable', message: 'No answer within 150 ms' } });
  });

  it('a dropped connection on a write is ambiguous and retryable', async () => {
    handle = (r, res) => (r.method === 'POST' ? res.socket?.destroy() : reply(res, 200, skusBody));
    const [result] = await pc().applier.apply([removeEms('k')]);
    assert.equal(result?.status === 'failed' && result.reason.kind, 'unavailable');
    assert.equal(result?.status === 'failed' && result.ambiguous, true);
    assert.equal(result?.status === 'failed' && result.retryable, true);
  });

  it('a 502 to a write may have been applied; a 503 was not', async () => {
    let status = 502;
    handle = (r, res) => (r.method === 'POST' ? reply(res, status, '{"code":"x","description":"gateway"}') : reply(res, 200, skusBody));
    const backend = pc();
    const [bad] = await backend.applier.apply([removeEms('k')]);
    status = 503;
    const [busy] = await backend.applier.apply([removeEms('k')]);
    assert.equal(bad?.status === 'failed' && bad.ambiguous, true);
    assert.equal(busy?.status === 'failed' && busy.ambiguous, undefined);
    assert.equal(busy?.status === 'failed' && busy.retryable, true);
  });

  it('the caller\'s AbortSignal cancels a request in flight', async () => {
    handle = () => undefined;
    const controller = new AbortController();
    const pending = pc().listProducts(controller.signal);
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, { kind: 'cancelled' });
    await assert.rejects(pc().listProducts(AbortSignal.abort()), { kind: 'cancelled' });
  });

  it('reads are retried after 429 with Retry-After, writes are not', async () => {
    let calls = 0;
    handle = (r, res) => {
      calls++;
      if (calls === 1) reply(res, 429, '{"statusCode":429,"message":"Rate limit is exceeded. Try again in 0 seconds."}', { 'Retry-After': '0' });
      else if (r.method === 'POST') reply(res, 429, '{"statusCode":429,"message":"slow down"}', { 'Retry-After': '3' });
      else reply(res, 200, skusBody);
    };
    const backend = pc({ readAttempts: 3 });
    assert.equal((await backend.listProducts()).length, 2);
    assert.equal(stub.requests.length, 2);
    const [result] = await backend.applier.apply([removeEms('k')]);
    assert.deepEqual(result, { status: 'failed', retryable: true, retryAfterSeconds: 3, reason: { kind: 'throttled', message: 'slow down', httpStatus: 429 } });
    assert.equal(stub.requests.filter((r) => r.method === 'POST').length, 1);
  });

  it('a read is not retried when the service asks for a longer wait than allowed', async () => {
    handle = (_r, res) => reply(res, 429, '{}', { 'Retry-After': '120' });
    await assert.rejects(pc({ readAttempts: 3, maxRetryWaitSeconds: 30 }).listProducts(), { kind: 'throttled', retryAfterSeconds: 120, message: 'The service answered HTTP 429' });
    assert.equal(stub.requests.length, 1);
  });
});
