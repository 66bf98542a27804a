/**
 * The Graph adapter against the public docs' own examples (assignLicense, subscribedSkus, JSON batching,
 * paging, throttling, /me): it must read their responses and send exactly their request bodies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphBackend } from '../../../src/backend/graph/graph-backend.js';
import { MalformedResponseError } from '../../../src/backend/errors.js';
import { parseGraphPage, parseGraphUser, parseAssignedLicense } from '../../../src/backend/graph/schema.js';
import { docExample, type Exchange } from './helpers/fixtures.js';
import { byUrl, inTenant, isTenantCheck, scriptedFetch, type Script } from './helpers/scripted-fetch.js';

const BASE = 'https://graph.microsoft.com';
const assignDoc = docExample<{ request: { body: { addLicenses: { skuId: string; disabledPlans: string[] }[]; removeLicenses: string[] } }; response: Exchange }>('graph-assign-license.json');
const batchDoc = docExample<{ requestItemWithBody: Record<string, unknown>; response: Exchange }>('graph-json-batching.json');
const skusDoc = docExample<{ response: Exchange }>('graph-subscribed-skus.json');
const usersDoc = docExample<{ defaultSelect: Exchange; assignedLicensesSelect: Exchange }>('graph-list-users.json');
const pagingDoc = docExample<{ firstRequestUrl: string; response: Exchange; lastPage: Exchange }>('graph-paging.json');
const meDoc = docExample<{ me: Exchange; directoryRoles: Exchange }>('graph-me.json');
const throttledDoc = docExample<{ response: Exchange }>('graph-throttled.json');

function backend(script: Script) {
  const fake = scriptedFetch(inTenant('contoso', script), isTenantCheck);
  const graph = new GraphBackend({ kind: 'graph', baseUrl: BASE, customerId: 'contoso', fetch: fake.fetch, readAttempts: 1, tokenProvider: async () => 'graph-token' });
  return { graph, sent: fake.sent };
}

interface SentBatch { requests: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[] }

describe('Graph adapter, docs examples', () => {
  it('sends exactly the assignLicense example body inside a $batch item shaped like the batching example', async () => {
    const { graph, sent } = backend(byUrl([[() => true, { status: 200, body: { responses: [{ id: '1', status: 200, headers: {}, body: assignDoc.response.body }] } }]]));
    const doc = assignDoc.request.body;
    const results = await graph.applier.apply([{
      requestId: 'k1',
      operation: { userId: '554526aa-cf5e-46fa-95df-98dbc55d8a1e', assign: doc.addLicenses.map((l) => ({ skuId: l.skuId, disabledPlans: l.disabledPlans })), remove: doc.removeLicenses },
    }]);
    assert.deepEqual(results, [{ status: 'succeeded' }]);
    assert.equal(sent[0]?.url, `${BASE}/v1.0/$batch`);
    assert.equal(sent[0]?.method, 'POST');
    assert.ok(sent[0]?.headers['client-request-id']);
    const item = (sent[0]?.body as SentBatch).requests[0];
    assert.deepEqual(item?.body, doc);
    // Same keys and header as the documented POST item: id, method, relative url, Content-Type header, body.
    assert.deepEqual(Object.keys(item ?? {}).sort(), Object.keys(batchDoc.requestItemWithBody).sort());
    assert.deepEqual(item?.headers, batchDoc.requestItemWithBody['headers']);
    assert.equal(item?.url, '/users/554526aa-cf5e-46fa-95df-98dbc55d8a1e/assignLicense');
  });

  it('always sends both addLicenses and removeLicenses', async () => {
    const { graph, sent } = backend(byUrl([[() => true, { status: 200, body: { responses: [{ id: '1', status: 200, body: {} }, { id: '2', status: 200, body: {} }] } }]]));
    await graph.applier.apply([
      { requestId: 'a', operation: { userId: 'u1', assign: [{ skuId: 's1', disabledPlans: [] }], remove: [] } },
      { requestId: 'b', operation: { userId: 'u2', assign: [], remove: ['s1'] } },
    ]);
    const bodies = (sent[0]?.body as SentBatch).requests.map((r) => r.body);
    assert.deepEqual(bodies, [{ addLicenses: [{ skuId: 's1', disabledPlans: [] }], removeLicenses: [] }, { addLicenses: [], removeLicenses: ['s1'] }]);
  });

  it('maps the batching example\'s sub-responses by id, each on its own', async () => {
    const shuffled = structuredClone(batchDoc.response.body) as { responses: unknown[] };
    shuffled.responses.reverse();
    const { graph, sent } = backend(byUrl([[() => true, { status: 200, body: shuffled }]]));
    const operations = ['u1', 'u2', 'u3', 'u4', 'u5'].map((userId) => ({ requestId: userId, operation: { userId, assign: [], remove: ['s'] } }));
    const results = await graph.applier.apply(operations);
    assert.deepEqual((sent[0]?.body as SentBatch).requests.map((r) => r.id), ['1', '2', '3', '4', '5']);
    assert.deepEqual(results.map((r) => (r.status === 'succeeded' ? 'ok' : `${r.reason.kind}/${r.reason.httpStatus}/${String(r.retryable)}`)), [
      'ok', 'forbidden/403/false', 'forbidden/403/false', 'invalid-request/405/false', 'ok',
    ]);
    const second = results[1];
    assert.equal(second?.status === 'failed' && second.reason.message, 'You do not have the required permissions to access this item.');
    const third = results[2];
    assert.equal(third?.status === 'failed' && third.reason.serviceCode, 'Authorization_RequestDenied');
  });

  it('reads the subscribedSkus example: (enabled + warning) - consumed, never below 0', async () => {
    const { graph, sent } = backend(byUrl([[() => true, skusDoc.response]]));
    const products = await graph.listProducts();
    assert.equal(sent[0]?.url, `${BASE}/v1.0/subscribedSkus`);
    assert.deepEqual(products.map((p) => [p.skuId, p.skuPartNumber, p.displayName, p.totalUnits, p.consumedUnits, p.availableUnits, p.capabilityStatus]), [
      ['c7df2760-2c81-4ef7-b578-5b5392b571df', 'ENTERPRISEPREMIUM', 'Office 365 E5', 25, 14, 11, 'Enabled'],
      ['d17b27af-3f49-4822-99f9-56a661538792', 'CRMSTANDARD', 'CRMSTANDARD', 0, 14, 0, 'Suspended'],
    ]);
    assert.deepEqual(products[0]?.servicePlans.map((p) => [p.name, p.appliesTo]), [['ADALLOM_S_O365', 'Tenant']]);
    assert.deepEqual(products[1]?.servicePlans.map((p) => [p.name, p.appliesTo]), [['CRMSTANDARD', 'User']]);
  });

  it('leaves out SKUs that apply to the company', async () => {
    const body = structuredClone(skusDoc.response.body) as { value: { appliesTo: string }[] };
    if (body.value[1]) body.value[1].appliesTo = 'Company';
    const { graph } = backend(byUrl([[() => true, { status: 200, body }]]));
    assert.deepEqual((await graph.listProducts()).map((p) => p.skuPartNumber), ['ENTERPRISEPREMIUM']);
  });

  it('reads assignedLicenses from the list-users $select example, and refuses users read without $select', () => {
    const body = usersDoc.assignedLicensesSelect.body as { value: { assignedLicenses: unknown[] }[] };
    assert.deepEqual(body.value[0]?.assignedLicenses.map((l, i) => parseAssignedLicense(l, `value[0].assignedLicenses[${i}]`)), [
      { skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', disabledPlans: [] },
    ]);
    // Without $select Graph leaves assignedLicenses out: that must be an error naming the path, not "no licenses".
    assert.throws(() => parseGraphPage(usersDoc.defaultSelect.body, 'https://graph.microsoft.com', parseGraphUser), (error: unknown) =>
      error instanceof MalformedResponseError && error.path === 'value[0].assignedLicenses' && error.message === 'value[0].assignedLicenses: expected an array, got nothing (missing)');
  });

  it('asks with $select and $top, follows the paging example\'s nextLink unchanged', async () => {
    const { graph, sent } = backend(byUrl([
      [(r) => r.url.includes('skiptoken'), pagingDoc.lastPage],
      [() => true, pagingDoc.response],
    ]));
    const first = await graph.listUsers({ pageSize: 5 });
    // The example's $select, plus licenseAssignmentStates (where each license comes from: direct or a group).
    assert.equal(sent[0]?.url, pagingDoc.firstRequestUrl.replace('assignedLicenses', 'assignedLicenses,licenseAssignmentStates'));
    assert.equal(sent[0]?.headers['consistencylevel'], undefined);
    assert.deepEqual(first.users.map((u) => [u.displayName, u.usageLocation, u.licenses.length]), [['MOD Administrator', 'US', 1], ['Conf Room Adams', null, 0]]);
    const nextLink = (pagingDoc.response.body as Record<string, string>)['@odata.nextLink'];
    assert.equal(first.continuation, nextLink);
    const last = await graph.listUsers({ pageSize: 5, continuation: first.continuation ?? '' });
    assert.equal(sent[1]?.url, nextLink);
    assert.equal(last.continuation, undefined);
    assert.deepEqual(last.users[0]?.licenses, [{ skuId: '45715bb8-13f9-4bf6-927f-ef96c102d394', disabledPlans: ['11b0131d-43c8-4bbb-b2c8-e80f9a50834a'] }]);
  });

  it('searches with $search="displayName:q" and ConsistencyLevel on every page', async () => {
    const { graph, sent } = backend(byUrl([
      [(r) => r.url.includes('skiptoken'), pagingDoc.lastPage],
      [() => true, { status: 200, body: { ...(pagingDoc.response.body as object), '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$search=%22displayName:wa%22&$skiptoken=abc' } }],
    ]));
    const first = await graph.listUsers({ pageSize: 5, search: 'wa' });
    assert.equal(new URL(sent[0]?.url ?? '').searchParams.get('$search'), '"displayName:wa"');
    await graph.listUsers({ pageSize: 5, search: 'wa', continuation: first.continuation ?? '' });
    assert.deepEqual(sent.map((r) => r.headers['consistencylevel']), ['eventual', 'eventual']);
  });

  it('refuses a nextLink or continuation on another origin', async () => {
    const { graph, sent } = backend(byUrl([[() => true, { status: 200, body: { value: [], '@odata.nextLink': 'https://evil.example/v1.0/users?$skiptoken=x' } }]]));
    await assert.rejects(graph.listUsers({ pageSize: 5 }), { name: 'MalformedResponseError', path: '@odata.nextLink' });
    await assert.rejects(graph.listUsers({ pageSize: 5, continuation: 'https://evil.example/v1.0/users' }), { kind: 'invalid-request' });
    assert.equal(sent.length, 1, 'nothing is sent to another origin');
  });

  it('reads /me and the directory roles into an agent', async () => {
    const { graph, sent } = backend(byUrl([
      [(r) => r.url.endsWith('/me'), meDoc.me],
      [(r) => r.url.includes('transitiveMemberOf'), meDoc.directoryRoles],
    ]));
    assert.deepEqual(await graph.getAgent(), { name: 'Megan Bowen', roles: ['UserManagementAdmin'] });
    assert.equal(sent[1]?.url, `${BASE}/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole`);
  });

  it('reads the documented 429 TooManyRequests with Retry-After, for a read and for a whole batch', async () => {
    const { graph } = backend(byUrl([[() => true, throttledDoc.response]]));
    await assert.rejects(graph.listProducts(), { kind: 'throttled', retryAfterSeconds: 10, serviceCode: 'TooManyRequests', message: 'Please retry again later.' });
    const results = await graph.applier.apply([1, 2].map((n) => ({ requestId: `r${n}`, operation: { userId: `u${n}`, assign: [], remove: ['s'] } })));
    assert.deepEqual(results.map((r) => r.status === 'failed' && [r.reason.kind, r.retryable, r.retryAfterSeconds, r.ambiguous]), [
      ['throttled', true, 10, undefined], ['throttled', true, 10, undefined],
    ]);
  });

  it('gives a throttled sub-response its own Retry-After', async () => {
    const throttledBody = throttledDoc.response.body;
    const { graph } = backend(byUrl([[() => true, { status: 200, body: { responses: [
      { id: '2', status: 429, headers: { 'Retry-After': '7' }, body: throttledBody },
      { id: '1', status: 200, body: {} },
    ] } }]]));
    const results = await graph.applier.apply([1, 2].map((n) => ({ requestId: `r${n}`, operation: { userId: `u${n}`, assign: [], remove: ['s'] } })));
    assert.deepEqual(results, [
      { status: 'succeeded' },
      { status: 'failed', retryable: true, retryAfterSeconds: 7, reason: { kind: 'throttled', message: 'Please retry again later.', serviceCode: 'TooManyRequests', httpStatus: 429 } },
    ]);
  });
});
