/**
 * Answers a broken or hostile backend could give, from a small stub server: each must end in a clear error
 * after a bounded number of requests, never in work the backend sets the size of or a wait without end.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ServerResponse } from 'node:http';
import { GraphBackend } from '../../../src/backend/graph/graph-backend.js';
import { PartnerCenterBackend } from '../../../src/backend/partner-center/partner-center-backend.js';
import type { BackendConfig } from '../../../src/backend/backend.js';
import { reply, startStub, type StubRequest, type StubServer } from './helpers/stub-server.js';

let handle: (request: StubRequest, res: ServerResponse) => void = (_request, res) => reply(res, 500, '');
let stub: StubServer;
/** Where a redirect points: another origin that would happily answer "no users". */
let elsewhere: StubServer;
before(async () => {
  stub = await startStub((request, res) => handle(request, res));
  elsewhere = await startStub((_request, res) => reply(res, 200, JSON.stringify({ totalCount: 0, items: [], value: [] })));
});
after(async () => {
  await stub.close();
  await elsewhere.close();
});
beforeEach(() => {
  stub.requests.length = 0;
  elsewhere.requests.length = 0;
});

function pc(extra: Partial<BackendConfig> = {}): PartnerCenterBackend {
  return new PartnerCenterBackend({ kind: 'partner-center', baseUrl: stub.url, customerId: 'c1', tokenProvider: async () => 't', ...extra });
}

/** customerId '' skips the tenant check, so every request counted here is one the test is about. */
function graph(extra: Partial<BackendConfig> = {}): GraphBackend {
  return new GraphBackend({ kind: 'graph', baseUrl: stub.url, customerId: '', tokenProvider: async () => 't', ...extra });
}

function pcUsers(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}`, userPrincipalName: `u${i}@x.example` }));
  return JSON.stringify({ totalCount: count, items });
}

describe('a users page with more items than asked for', () => {
  it('Partner Center: 50,000 users for a page of 25 is a malformed answer, and no license is read', async () => {
    handle = (_r, res) => reply(res, 200, pcUsers(50_000));
    await assert.rejects(pc().listUsers({ pageSize: 25 }), {
      kind: 'malformed-response',
      message: 'items: expected at most 25 users (the page size asked for), got 50000',
    });
    assert.equal(stub.requests.length, 1, 'the users page only: no per-user license reads');
  });

  it('Graph: more users than $top is a malformed answer after one request', async () => {
    const value = Array.from({ length: 26 }, (_, i) => ({ id: `u${i}`, displayName: `U${i}`, userPrincipalName: `u${i}@x.example`, usageLocation: null, assignedLicenses: [] }));
    handle = (_r, res) => reply(res, 200, JSON.stringify({ value }));
    await assert.rejects(graph().listUsers({ pageSize: 25 }), { kind: 'malformed-response', message: /^value: expected at most 25 users/ });
    assert.equal(stub.requests.length, 1);
  });

  it('a page size past what Partner Center serves is asked for as its largest page', async () => {
    handle = (_r, res) => reply(res, 200, pcUsers(0));
    await pc().listUsers({ pageSize: 1_000_000 });
    assert.match(stub.requests[0]?.url ?? '', /[?&]size=1000(&|$)/);
  });
});

describe('a redirect', () => {
  it('to another origin is refused with a clear error: nothing is sent there and nothing is shown as "no users"', async () => {
    handle = (r, res) => {
      res.writeHead(302, { Location: `${elsewhere.url}${r.url}` });
      res.end();
    };
    await assert.rejects(pc().listUsers({ pageSize: 25 }), {
      kind: 'malformed-response',
      message: `The service redirected to ${elsewhere.url}/v1/customers/c1/users?size=25; redirects are not followed. Check the service address.`,
    });
    await assert.rejects(graph().listUsers({ pageSize: 25 }), { kind: 'malformed-response', message: /^The service redirected to / });
    assert.equal(stub.requests.length, 2, 'one request each, not retried');
    assert.equal(elsewhere.requests.length, 0);
  });

  it('of a write is refused too, and the write is not retried as if it might have been applied', async () => {
    handle = (r, res) => {
      if (r.method === 'GET') return reply(res, 200, JSON.stringify({ totalCount: 0, items: [] }));
      res.writeHead(307, { Location: `${elsewhere.url}${r.url}` });
      res.end();
    };
    const [result] = await pc().applier.apply([{ requestId: 'k', operation: { userId: 'u1', assign: [], remove: ['s1'] } }]);
    assert.equal(result?.status, 'failed');
    assert.equal(result?.status === 'failed' && result.retryable, false);
    assert.equal(result?.status === 'failed' && result.reason.kind, 'malformed-response');
    assert.equal(elsewhere.requests.length, 0);
  });
});

describe('an answer whose body never ends', () => {
  it('ends at one deadline for the read, retries included, not at the per-request timeout once per attempt', async () => {
    handle = (_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"totalCount": 1, "items": [');
    };
    // The one test here that must spend real time: timers and a socket that stays open. Three attempts of 200 ms would
    // take 600 ms and more; the pause before a retry (at most 200 ms) fits before the deadline of 400 ms, so the
    // second attempt starts, and the deadline cuts it short before its own timeout.
    const backend = pc({ timeoutMs: 200, readDeadlineMs: 400, readAttempts: 3 });
    await assert.rejects(backend.listProducts(), { kind: 'unavailable', message: 'No complete answer within 400 ms, retries included' });
    assert.ok(stub.requests.length <= 2, `${stub.requests.length} requests`);
  });

  it('names the deadline when it leaves no room for a retry after a timeout, however slowly the attempt ran', async () => {
    handle = (_r, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"totalCount": 1, "items": [');
    };
    // The first attempt's own timeout (50 ms) leaves 5 ms: the pause before a retry (up to 200 ms) rarely fits, and
    // a retry that does start is cut by the deadline: either way the admin is told of the deadline.
    await assert.rejects(pc({ timeoutMs: 50, readDeadlineMs: 55, readAttempts: 3 }).listProducts(), { kind: 'unavailable', message: 'No complete answer within 55 ms, retries included' });
  });

  it('a retry that would end after the deadline is not started', async () => {
    handle = (_r, res) => reply(res, 503, '{}', { 'Retry-After': '2' });
    // Its own token: a request of the test before, still on its way under load, is not counted here.
    await assert.rejects(pc({ readDeadlineMs: 1_000, readAttempts: 3, tokenProvider: async () => 'deadline' }).listProducts(), { kind: 'unavailable', httpStatus: 503 });
    assert.equal(stub.requests.filter((r) => r.headers['authorization'] === 'Bearer deadline').length, 1);
  });
});

describe('an error page in HTML (a gateway or proxy answering for the service)', () => {
  const page = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body { color: red }</style>'
    + '<script>track()</script></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx &amp; friends</center></body></html>';

  for (const [name, backend] of [['Partner Center', () => pc({ maxRetryWaitSeconds: 0 })], ['Graph', () => graph({ maxRetryWaitSeconds: 0 })]] as const) {
    it(`${name}: becomes its title and plain text, no markup, scripts or styles`, async () => {
      handle = (_r, res) => reply(res, 502, page, { 'Content-Type': 'text/html' });
      await assert.rejects(backend().listUsers({ pageSize: 25 }), (error: unknown) => {
        assert.ok(error instanceof Error && 'httpStatus' in error);
        assert.equal(error.httpStatus, 502);
        assert.equal(error.message, '502 Bad Gateway\n502 Bad Gateway nginx & friends');
        return true;
      });
    });
  }
});
