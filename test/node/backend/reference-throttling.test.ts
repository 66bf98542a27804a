/**
 * Throttling and an unreliable service, over real HTTP against the reference server: 429 with Retry-After on
 * both surfaces (whole requests and $batch items), reads that retry politely, and writes whose answer was lost
 * reported as ambiguous rather than as failures. The server's rate limit and the client's waits share one clock that
 * moves only when someone waits (test/harness/sleep-clock.ts), so a Retry-After of 1 s costs 50 ms and a slow
 * machine cannot refill the bucket.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ApplyResult } from '../../../src/core/executor/ports.js';
import type { BackendConfig, BackendKind, LicenseBackend } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../../server/index.js';
import { sleepClock } from '../../harness/sleep-clock.js';
import { CUSTOMER_ID, rulesFixture, SKUS, TOKENS, USERS } from './helpers/rules-fixture.js';

const servers: ReferenceServer[] = [];
after(() => Promise.all(servers.map((s) => s.close())));
const time = sleepClock(20);
/** For the tests about the throttled answer itself: the bucket never refills, however slowly the machine runs. */
const stopped = (): number => 0;

async function serve(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const server = await startReferenceServer({ port: 0, fixture: rulesFixture(), rateLimitClock: time.now, ...options });
  servers.push(server);
  return server;
}

function backend(server: ReferenceServer, kind: BackendKind, extra: Partial<BackendConfig> = {}): LicenseBackend {
  const token = kind === 'graph' ? TOKENS.graph : TOKENS.admin;
  return createBackend({ kind, baseUrl: server.url, customerId: CUSTOMER_ID, tokenProvider: async () => token, readAttempts: 1, sleep: time.sleep, ...extra });
}

/** Assigning E1 to the user who already holds it always succeeds when it gets through. */
const harmless = (n: number) => Array.from({ length: n }, (_, i) => ({ requestId: `h${i}-${Math.random()}`, operation: { userId: USERS.holdsE1, assign: [{ skuId: SKUS.E1.skuId, disabledPlans: [] }], remove: [] } }));

function failed(result: ApplyResult | undefined): Extract<ApplyResult, { status: 'failed' }> {
  assert.ok(result && result.status === 'failed', `expected a failure, got ${JSON.stringify(result)}`);
  return result;
}

describe('throttling (rate limit 1 request/s per tenant)', () => {
  for (const kind of ['partner-center', 'graph'] as const) {
    it(`${kind}: reads past the limit are throttled with Retry-After when not retried`, async () => {
      const server = await serve({ rateLimit: 1, rateLimitClock: stopped });
      const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => backend(server, kind).listProducts()));
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      assert.ok(rejected.length >= 1, 'at least one read was throttled');
      for (const { reason } of rejected) {
        assert.equal(reason.kind, 'throttled');
        assert.equal(reason.httpStatus, 429);
        assert.ok(reason.retryAfterSeconds >= 1, 'Retry-After read');
      }
    });

    it(`${kind}: reads wait Retry-After and get through when retries are allowed`, async () => {
      const server = await serve({ rateLimit: 2 });
      const target = backend(server, kind, { readAttempts: 5 });
      const results = await Promise.all([1, 2, 3, 4].map(() => target.listProducts()));
      assert.deepEqual(results.map((products) => products.length), [6, 6, 6, 6]);
      assert.ok((await throttledSoFar(server)) >= 1, 'some reads were throttled and waited');
    });
  }

  it('partner-center: a throttled write is retryable, not ambiguous, with Retry-After', async () => {
    const server = await serve({ rateLimit: 1, rateLimitClock: stopped });
    const target = backend(server, 'partner-center');
    await target.listProducts(); // learns the license groups and uses the only token in the bucket
    const result = failed((await target.applier.apply(harmless(1)))[0]);
    assert.deepEqual([result.reason.kind, result.retryable, result.ambiguous, result.reason.httpStatus], ['throttled', true, undefined, 429]);
    assert.ok((result.retryAfterSeconds ?? 0) >= 1);
  });

  it('graph: $batch items are throttled on their own; resending only those after Retry-After completes the job', async () => {
    const server = await serve({ rateLimit: 2 });
    const target = backend(server, 'graph');
    const operations = harmless(6);
    const first = await target.applier.apply(operations);
    const throttled = first.flatMap((result, i) => (result.status === 'failed' ? [[i, result] as const] : []));
    assert.ok(first.some((r) => r.status === 'succeeded'), 'some items got through');
    assert.ok(throttled.length >= 1, 'some items were throttled');
    for (const [, result] of throttled) {
      assert.deepEqual([result.reason.kind, result.retryable, result.ambiguous], ['throttled', true, undefined]);
      assert.ok((result.retryAfterSeconds ?? 0) >= 1);
    }
    // What the executor does: wait Retry-After, resend only the throttled items, until none is left.
    let pending = throttled.map(([i]) => operations[i]).filter((op) => op !== undefined);
    let wait = Math.max(...throttled.map(([, r]) => r.retryAfterSeconds ?? 1));
    for (let round = 0; pending.length > 0 && round < 10; round++) {
      await time.sleep(wait * 1000);
      const again = await target.applier.apply(pending);
      assert.ok(again.every((r) => r.status === 'succeeded' || (r.reason.kind === 'throttled' && r.retryable)), JSON.stringify(again));
      wait = Math.max(1, ...again.map((r) => (r.status === 'failed' ? r.retryAfterSeconds ?? 1 : 0)));
      pending = pending.filter((_, i) => again[i]?.status === 'failed');
    }
    assert.equal(pending.length, 0, 'every item went through in the end');
  });
});

describe('an unreliable service', () => {
  for (const kind of ['partner-center', 'graph'] as const) {
    it(`${kind}: when every request fails, reads say unavailable and writes are retryable (ambiguous when dropped)`, async () => {
      const server = await serve({ faultRate: 1, seed: 3 });
      // Graph's tenant check is answered here, so the writes below really go out to the failing service.
      const target = backend(server, kind, kind === 'graph' ? { fetch: answeringTenantCheck(CUSTOMER_ID) } : {});
      for (let i = 0; i < 4; i++) await assert.rejects(target.listProducts(), { kind: 'unavailable' });
      const results = await target.applier.apply(harmless(kind === 'graph' ? 3 : 1).concat(harmless(kind === 'graph' ? 0 : 1)));
      for (const result of results.map(failed)) {
        assert.equal(result.reason.kind, 'unavailable');
        assert.equal(result.retryable, true);
        if (result.reason.httpStatus === 503) assert.equal(result.ambiguous, undefined, 'a 503 was not carried out');
        else assert.equal(result.ambiguous, true, 'a dropped write may have been carried out');
      }
      if (kind === 'graph') assert.equal(new Set(results.map((r) => JSON.stringify(r))).size, 1, 'a failed batch gives every item the same result');
    });

    it(`${kind}: reads get through a flaky service (30% faults) thanks to retries`, async () => {
      const server = await serve({ faultRate: 0.3, seed: 11 });
      const target = backend(server, kind, { readAttempts: 6 });
      for (let i = 0; i < 5; i++) assert.equal((await target.listProducts()).length, 6);
      const page = await target.listUsers({ pageSize: 10 });
      assert.equal(page.users.length, 6);
    });
  }
});

async function throttledSoFar(server: ReferenceServer): Promise<number> {
  const response = await fetch(`${server.url}/_reference/customers/${CUSTOMER_ID}/audit`);
  return ((await response.json()) as { throttled: number }).throttled;
}

/** `fetch` that answers the Graph adapter's tenant check itself and sends everything else on. */
function answeringTenantCheck(tenantId: string): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url).pathname.endsWith('/v1.0/organization')) return new Response(JSON.stringify({ value: [{ id: tenantId }] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    return fetch(input, init);
  };
}
