/**
 * The Partner Center adapter against the public docs' own examples: it must read their responses and send
 * exactly their request bodies, so the reference server cannot drift into a private dialect unnoticed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeyedOperation } from '../../../src/core/executor/ports.js';
import { PartnerCenterBackend } from '../../../src/backend/partner-center/partner-center-backend.js';
import { docExample, type Exchange } from './helpers/fixtures.js';
import { byUrl, scriptedFetch, type Script } from './helpers/scripted-fetch.js';

const BASE = 'https://api.partnercenter.microsoft.com';
const listUsers = docExample<{ response: Exchange }>('pc-list-users.json');
const userLicenses = docExample<{ response: Exchange }>('pc-user-licenses.json');
const subscribedSkus = docExample<{ response: Exchange }>('pc-subscribed-skus.json');
const assign = docExample<{ request: { url: string; headers: Record<string, string>; body: unknown }; response: Exchange; errorResponse: Exchange }>('pc-assign-licenses.json');
const customers = docExample<{ response: Exchange }>('pc-list-customers.json');
const paging = docExample<{ response: Exchange; nextRequest: { url: string; headers: Record<string, string> } }>('pc-users-paging.json');
const throttled = docExample<{ response: Exchange }>('pc-throttled.json');

function backend(customerId: string, script: Script) {
  const fake = scriptedFetch(script);
  let tokens = 0;
  const pc = new PartnerCenterBackend({
    kind: 'partner-center', baseUrl: BASE, customerId, fetch: fake.fetch, readAttempts: 1,
    tokenProvider: async () => `token-${++tokens}`,
  });
  return { pc, sent: fake.sent, tokens: () => tokens };
}

const isLicenses = (url: string) => /\/users\/[^/]+\/licenses\?/.test(url);

describe('Partner Center adapter, docs examples', () => {
  it('reads the users collection example and each user\'s licenses example', async () => {
    const { pc, sent, tokens } = backend('4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04', byUrl([
      [(r) => isLicenses(r.url), userLicenses.response],
      [(r) => r.url.includes('/users?'), listUsers.response],
    ]));
    const page = await pc.listUsers({ pageSize: 40 });
    assert.equal(page.continuation, undefined, 'no links.next, no continuation');
    assert.deepEqual(page.users.map((u) => [u.id, u.displayName, u.userPrincipalName, u.usageLocation]), [
      ['a9ef48bb-8758-4590-a312-d4a47bfaded4', 'Daniel Tsai', 'Daniel@dtdemocspcustomer005.onmicrosoft.com', 'US'],
      ['6e668259-1f09-479d-bcb8-d9b03e826b8d', 'DT Demo CSP Customer 005', 'admin@dtdemocspcustomer005.onmicrosoft.com', null],
    ]);
    // Every plan "Assigned" in the example: nothing turned off.
    assert.deepEqual(page.users[0]?.licenses, [{ skuId: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e', disabledPlans: [] }]);

    const [first, ...licenseCalls] = sent;
    assert.equal(first?.url, `${BASE}/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/users?size=40`);
    assert.deepEqual(licenseCalls.map((r) => new URL(r.url).pathname).sort(), [
      '/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/users/6e668259-1f09-479d-bcb8-d9b03e826b8d/licenses',
      '/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/users/a9ef48bb-8758-4590-a312-d4a47bfaded4/licenses',
    ]);
    assert.deepEqual(new URL(licenseCalls[0]?.url ?? '').searchParams.getAll('licenseGroupIds'), ['Group1', 'Group2']);
    // One correlation id for the session, a fresh request id and a fresh token per request.
    assert.equal(new Set(sent.map((r) => r.headers['ms-correlationid'])).size, 1);
    assert.equal(new Set(sent.map((r) => r.headers['ms-requestid'])).size, sent.length);
    assert.equal(tokens(), sent.length);
    assert.equal(first?.headers['authorization'], 'Bearer token-1');
    assert.equal(first?.headers['accept'], 'application/json');
  });

  it('marks a user plan that is not "Assigned" as turned off, and ignores tenant plans', async () => {
    const body = structuredClone(userLicenses.response.body) as { items: { servicePlans: { capabilityStatus: string; targetType: string }[] }[] };
    const plans = body.items[0]?.servicePlans ?? [];
    if (plans[1]) plans[1].capabilityStatus = 'Suspended';
    if (plans[2]) { plans[2].capabilityStatus = 'Enabled'; plans[2].targetType = 'Tenant'; }
    const { pc } = backend('c', byUrl([[() => true, { status: 200, body }]]));
    assert.deepEqual(await pc.applier.readLicenses('u'), [{ skuId: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e', disabledPlans: ['c1ec4a95-1f05-45b3-a911-aa3fa01094f5'] }]);
  });

  it('reads the available-licenses example: service availableUnits, user SKUs, plan targets', async () => {
    const { pc, sent } = backend('0c39d6d5-c70d-4c55-bc02-f620844f3fd1', byUrl([[() => true, subscribedSkus.response]]));
    const products = await pc.listProducts();
    assert.equal(new URL(sent[0]?.url ?? '').pathname, '/v1/customers/0c39d6d5-c70d-4c55-bc02-f620844f3fd1/subscribedskus');
    assert.deepEqual(products.map((p) => [p.skuPartNumber, p.displayName, p.totalUnits, p.consumedUnits, p.availableUnits, p.licenseGroup]), [
      ['EMS', 'Enterprise Mobility + Security E3', 5, 1, 4, 'group1'],
      ['POWER_BI_PRO', 'Power BI Pro', 1, 1, 0, 'group1'],
    ]);
    assert.deepEqual(products[1]?.servicePlans.map((p) => [p.name, p.appliesTo]), [['EXCHANGE_S_FOUNDATION', 'Tenant'], ['BI_AZURE_P2', 'User']]);
  });

  it('leaves out SKUs that target the tenant', async () => {
    const body = structuredClone(subscribedSkus.response.body) as { items: { productSku: { targetType: string } }[] };
    if (body.items[0]) body.items[0].productSku.targetType = 'Tenant';
    const { pc } = backend('c', byUrl([[() => true, { status: 200, body }]]));
    assert.deepEqual((await pc.listProducts()).map((p) => p.skuPartNumber), ['POWER_BI_PRO']);
  });

  it('sends exactly the assign-licenses example body, with the operation key as MS-RequestId', async () => {
    const { pc, sent } = backend('0c39d6d5-c70d-4c55-bc02-f620844f3fd1', byUrl([
      [(r) => r.method === 'POST', assign.response],
      [(r) => r.url.includes('/subscribedskus'), subscribedSkus.response],
    ]));
    await pc.listProducts();
    const operation: KeyedOperation = {
      requestId: assign.request.headers['MS-RequestId'] ?? '',
      operation: { userId: '554526aa-cf5e-46fa-95df-98dbc55d8a1e', assign: [{ skuId: 'f8a1db68-be16-40ed-86d5-cb42ce701560', disabledPlans: [] }], remove: [] },
    };
    const results = await pc.applier.apply([operation]);
    assert.deepEqual(results, [{ status: 'succeeded' }]);
    const post = sent.find((r) => r.method === 'POST');
    assert.equal(post?.url, assign.request.url);
    assert.deepEqual(post?.body, assign.request.body);
    assert.equal(post?.headers['ms-requestid'], 'a37d3009-665d-4e12-b76e-1aa10cf80140');
    assert.equal(post?.headers['content-type'], 'application/json');
    assert.equal(pc.applier.maxBatchSize, 1);
  });

  it('turns the "license is not available" example into not-enough-licenses with the decoded text', async () => {
    const { pc } = backend('0c39d6d5-c70d-4c55-bc02-f620844f3fd1', byUrl([
      [(r) => r.method === 'POST', assign.errorResponse],
      [(r) => r.url.includes('/subscribedskus'), subscribedSkus.response],
    ]));
    const [result] = await pc.applier.apply([{ requestId: 'r1', operation: { userId: 'u1', assign: [{ skuId: 'f8a1db68-be16-40ed-86d5-cb42ce701560', disabledPlans: [] }], remove: [] } }]);
    assert.deepEqual(result, {
      status: 'failed',
      retryable: false,
      reason: {
        kind: 'not-enough-licenses',
        message: 'We\'re sorry, it looks like you’ve run out of licenses. Buy more licenses, and then try again.',
        serviceCode: 60012,
        httpStatus: 400,
      },
    });
  });

  it('reads the customers example', async () => {
    const { pc, sent } = backend('c', byUrl([[() => true, customers.response]]));
    assert.deepEqual(await pc.listCustomers(), [
      { id: 'b44bb1fb-c595-45b0-9e09-d657365580bf', companyName: 'companyName', domain: 'domain' },
      { id: '45c44870-ef77-4fdd-b6fe-3dacb075cff2', companyName: 'companyName', domain: 'domain' },
    ]);
    assert.equal(new URL(sent[0]?.url ?? '').pathname, '/v1/customers');
  });

  it('continues with seekOperation=Next and the MS-ContinuationToken from links.next', async () => {
    const { pc, sent } = backend('4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04', byUrl([
      [(r) => isLicenses(r.url), userLicenses.response],
      [(r) => r.url.includes('seekOperation'), listUsers.response],
      [(r) => r.url.includes('/users?'), paging.response],
    ]));
    const first = await pc.listUsers({ pageSize: 1, search: 'Dan' });
    assert.equal(first.continuation, 'a1b2c3d4-token');
    const firstUrl = new URL(sent[0]?.url ?? '');
    assert.equal(firstUrl.searchParams.get('size'), '1');
    assert.deepEqual(JSON.parse(firstUrl.searchParams.get('filter') ?? ''), { Field: 'DisplayName', Value: 'Dan', Operator: 'substring' });
    // The next-page example comes from another doc page and holds two users: asked for as pages of two.
    const second = await pc.listUsers({ pageSize: 2, search: 'Dan', continuation: first.continuation ?? '' });
    assert.equal(second.continuation, undefined);
    const next = sent.find((r) => r.url.includes('seekOperation'));
    assert.equal(next?.url, paging.nextRequest.url);
    assert.equal(next?.headers['ms-continuationtoken'], 'a1b2c3d4-token');
  });

  it('reads the documented 429 body and Retry-After', async () => {
    const { pc } = backend('c', byUrl([[() => true, throttled.response]]));
    await assert.rejects(pc.listProducts(), { name: 'BackendError', kind: 'throttled', retryAfterSeconds: 57, httpStatus: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' });
    const [result] = await pc.applier.apply([{ requestId: 'r', operation: { userId: 'u', assign: [], remove: ['f8a1db68-be16-40ed-86d5-cb42ce701560'] } }]);
    assert.deepEqual(result, { status: 'failed', retryable: true, retryAfterSeconds: 57, reason: { kind: 'throttled', message: 'Rate limit is exceeded. Try again in 57 seconds.', httpStatus: 429 } });
  });
});
