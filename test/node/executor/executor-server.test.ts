// The executor through the real adapters against the reference server: throttling, faults, cancel,
// "retry failed", and the check after a lost answer. State is verified on the server, not taken from the job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { runJob } from '../../../src/core/executor/executor.js';
import { retryFailedPlan } from '../../../src/core/executor/retry-failed.js';
import type { JobResult, OperationOutcome } from '../../../src/core/executor/job.js';
import type { KeyedOperation } from '../../../src/core/executor/ports.js';
import { assignAll, audit, backendFor, CUSTOMER_ID, licensesNow, lostAndDoubled, productsToGive, startBulkServer, TOKENS, userId } from './tenant.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import { sleepClock } from '../../harness/sleep-clock.js';

// The rate-limited jobs run on a clock that moves only when someone waits (a Retry-After second costs 50 ms), shared
// by the server's rate limit, the backend's read retries and the executor, so every wait is still honoured.
// A limit of 2/s is a bucket of 2, so the job's first 4 requests in flight meet a 429 however slowly the machine runs.
test('Partner Center under a rate limit: every change applied once, 429s absorbed, each resent only after its Retry-After', async () => {
  const time = sleepClock(20);
  const server = await startBulkServer(12, { rateLimit: 2, latencyMs: 5, rateLimitClock: time.now });
  try {
    const writes = new WriteLog(time.now);
    const backend = backendFor('partner-center', server.url, { sleep: time.sleep, fetch: writes.fetch });
    const products = await productsToGive(backend, 12, 2);
    const operations = assignAll(12, products);
    const result = await runJob({ jobId: 'throttled', operations, applier: backend.applier, options: time });
    assert.deepEqual(statusCounts(result.outcomes), { succeeded: 12 });
    assert.ok((result.throttledResponses ?? 0) > 0, 'the server throttled the job at least once');
    assert.ok((await audit(server.url)).throttled >= (result.throttledResponses ?? 0));
    assert.deepEqual(writes.resentEarly(), [], 'no write was sent again before the Retry-After of its 429 had passed');
    assert.ok(writes.resent > 0, 'throttled writes were sent again');
    assert.deepEqual(await lostAndDoubled(server.url, operations, time.sleep), { lost: 0, doubled: 0 });
  } finally {
    await server.close();
  }
});

test('Graph under a rate limit: throttled $batch items are sent again alone, each applied once', async () => {
  const time = sleepClock(20);
  const server = await startBulkServer(100, { rateLimit: 30, latencyMs: 5, rateLimitClock: time.now });
  try {
    const backend = backendFor('graph', server.url, { sleep: time.sleep });
    const operations = assignAll(100, await productsToGive(backend, 100, 1));
    const result = await runJob({ jobId: 'graph-throttled', operations, applier: backend.applier, options: time });
    assert.deepEqual(statusCounts(result.outcomes), { succeeded: 100 });
    assert.ok((result.throttledResponses ?? 0) > 0, 'some $batch items were throttled');
    assert.deepEqual(await lostAndDoubled(server.url, operations, time.sleep), { lost: 0, doubled: 0 });
  } finally {
    await server.close();
  }
});

test('Graph packs 20 users per $batch request', async () => {
  const server = await startBulkServer(100, { latencyMs: 2 });
  try {
    const backend = backendFor('graph', server.url);
    const operations = assignAll(100, await productsToGive(backend, 100, 2));
    const result = await runJob({ jobId: 'graph-batch', operations, applier: backend.applier });
    assert.deepEqual(statusCounts(result.outcomes), { succeeded: 100 });
    assert.equal(result.requestsSent, 5);
    assert.deepEqual(await lostAndDoubled(server.url, operations), { lost: 0, doubled: 0 });
  } finally {
    await server.close();
  }
});

// A dropped connection drops a whole $batch, so Graph gets a lower rate to keep most batches whole.
for (const [kind, faultRate] of [['partner-center', 0.2], ['graph', 0.2]] as const) {
  test(`${kind} with ${faultRate * 100}% injected faults: zero lost, zero applied twice`, async () => {
    const users = 150;
    const time = sleepClock(20); // the backoff between retries
    const server = await startBulkServer(users, { faultRate, seed: 7, latencyMs: 2 });
    try {
      const backend = backendFor(kind, server.url, { sleep: time.sleep });
      const products = await retrying(() => productsToGive(backend, users, 2));
      const operations = assignAll(users, products);
      const result = await runJob({ jobId: `faults-${kind}`, operations, applier: backend.applier, options: time });
      assert.deepEqual(statusCounts(result.outcomes), { succeeded: users });
      assert.ok(result.progress.retries > 0, 'faults were retried');
      assert.deepEqual(await lostAndDoubled(server.url, operations, time.sleep), { lost: 0, doubled: 0 });
    } finally {
      await server.close();
    }
  });
}

test('cancel: nothing starts after it, in-flight finishes, the rest is untouched on the server', async () => {
  const users = 200;
  const server = await startBulkServer(users, { latencyMs: 20 });
  try {
    const backend = backendFor('partner-center', server.url);
    const operations = assignAll(users, await productsToGive(backend, users, 1));
    const requestsBefore = (await audit(server.url)).requests;
    const controller = new AbortController();
    let finished = 0;
    const result = await runJob({
      jobId: 'cancel',
      operations,
      applier: backend.applier,
      signal: controller.signal,
      onOutcome: () => {
        if (++finished === 30) controller.abort();
      },
    });
    const counts = statusCounts(result.outcomes);
    assert.equal((counts['succeeded'] ?? 0) + (counts['cancelled'] ?? 0), users);
    assert.ok((counts['cancelled'] ?? 0) > 100, `most were cancelled (${JSON.stringify(counts)})`);
    // Nothing can be applied after the job ended: every request it sent had reached the server and been answered.
    assert.equal((await audit(server.url)).requests - requestsBefore, result.requestsSent, 'requests the server saw, against those the job sent and awaited');
    const held = await licensesNow(server.url);
    for (const outcome of result.outcomes) {
      const has = (held.get(outcome.userId) ?? []).length > 0;
      assert.equal(has, outcome.status === 'succeeded', `${outcome.userId} ${outcome.status}`);
    }
  } finally {
    await server.close();
  }
});

test('retry failed: re-reads the failed users and re-runs only those still missing the change', async () => {
  const users = 120;
  const time = sleepClock(20); // the backoff between retries
  const server = await startBulkServer(users, { faultRate: 0.3, seed: 11, latencyMs: 2 });
  try {
    const backend = backendFor('partner-center', server.url, { sleep: time.sleep });
    const operations = assignAll(users, await retrying(() => productsToGive(backend, users, 1)));
    const first = await runJob({ jobId: 'first', operations, applier: backend.applier, options: { ...time, maxAttempts: 1 } });
    const failed = first.outcomes.filter((o) => o.status === 'failed');
    assert.ok(failed.length > 10, `single attempts under 30% faults leave failures (${failed.length})`);

    // Meanwhile someone else gives one failed user the product: "retry failed" must see that and leave them be.
    const doneElsewhere = failed[0]?.userId ?? '';
    const elsewhere = operations.find((o) => o.operation.userId === doneElsewhere);
    if (!elsewhere) throw new Error('fixture');
    await runJob({ jobId: 'elsewhere', operations: [{ ...elsewhere, requestId: randomUUID() }], applier: backend.applier, options: time });

    const reader = backendFor('partner-center', server.url, { readAttempts: 10, sleep: time.sleep });
    const licenses = await reader.getLicenses(failed.map((o) => o.userId));
    const plan = retryFailedPlan(operations, first.outcomes, licenses, randomUUID);
    // Besides the one done elsewhere, a failed user may hold the product already: an answer lost after the service
    // applied it, whose check read failed too. Which users that hits depends on the order requests arrive in.
    const holdsIt = (userIdOfFailed: string): boolean => {
      const wanted = operations.find((o) => o.operation.userId === userIdOfFailed)?.operation.assign[0]?.skuId;
      return (licenses.get(userIdOfFailed) ?? []).some((license) => license.skuId === wanted);
    };
    const holding = failed.map((o) => o.userId).filter(holdsIt);
    assert.ok(holding.includes(doneElsewhere), 'the read sees the change made elsewhere');
    assert.deepEqual([...plan.alreadyApplied].sort(), [...holding].sort(), 'exactly the failed users who hold it now are left be');
    assert.equal(plan.operations.length, failed.length - holding.length);

    const again = await runJob({ jobId: 'retry', operations: plan.operations, applier: backend.applier, options: time });
    assert.deepEqual(statusCounts(again.outcomes), { succeeded: plan.operations.length });
    const sentAgain = new Set(plan.operations.map((o) => o.operation.userId));
    for (const o of first.outcomes) if (o.status === 'succeeded') assert.ok(!sentAgain.has(o.userId));
    assert.ok(!sentAgain.has(doneElsewhere));
    assert.deepEqual(await lostAndDoubled(server.url, operations, time.sleep), { lost: 0, doubled: 0 });
  } finally {
    await server.close();
  }
});

test('an answer lost after the service applied it: read, found applied, not sent again', async () => {
  const target = userId(2);
  const { result, sent, appliedToTarget } = await jobLosingFirstWrite('lost-answer', target, 'answer');
  assert.deepEqual(statusCounts(result.outcomes), { succeeded: 5 });
  assert.equal(sent.length, 1, 'the applied change was not sent again');
  assert.equal(appliedToTarget, 1);
  assert.equal(result.outcomes.find((o) => o.userId === target)?.attempts, 1);
});

test('an answer lost before the service saw it: read, found missing, sent again with the same request id', async () => {
  const target = userId(3);
  const { result, operations, sent, appliedToTarget } = await jobLosingFirstWrite('lost-request', target, 'request');
  assert.deepEqual(statusCounts(result.outcomes), { succeeded: 5 });
  const planned = operations.find((o) => o.operation.userId === target)?.requestId;
  assert.deepEqual(sent, [planned, planned]);
  assert.equal(appliedToTarget, 1);
});

/**
 * A Partner Center job giving five users one product, whose first write for `target` fails as a dropped connection:
 * after the service applied it (`answer`: the answer is lost) or before the service saw it (`request`). `sent`: the
 * MS-RequestId of every write for `target`; `appliedToTarget`: how often the server applied a change to it.
 */
async function jobLosingFirstWrite(jobId: string, target: string, lost: 'answer' | 'request'): Promise<{ result: JobResult; operations: KeyedOperation[]; sent: string[]; appliedToTarget: number | undefined }> {
  const server = await startBulkServer(5, { latencyMs: 1 });
  try {
    const sent: string[] = [];
    let dropped = false;
    const losingFetch: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method !== 'POST' || !url.includes(target)) return fetch(input, init);
      sent.push(new Headers(init.headers).get('MS-RequestId') ?? '');
      const drop = !dropped;
      dropped = true;
      if (drop && lost === 'request') throw new TypeError('fetch failed: ECONNRESET');
      const response = await fetch(input, init);
      if (!drop) return response;
      await response.text();
      throw new TypeError('fetch failed: socket hang up');
    };
    const backend = createBackend({ kind: 'partner-center', baseUrl: server.url, customerId: CUSTOMER_ID, tokenProvider: async () => TOKENS['partner-center'], fetch: losingFetch });
    const operations = assignAll(5, await productsToGive(backend, 5, 1));
    const result = await runJob({ jobId, operations, applier: backend.applier });
    return { result, operations, sent, appliedToTarget: (await audit(server.url)).applied[target] };
  } finally {
    await server.close();
  }
}

/** Partner Center writes by MS-RequestId: when each was sent, and when a 429 answered it, on the job's clock. */
class WriteLog {
  private readonly sends = new Map<string, { sentAt: number; notBefore?: number }[]>();
  resent = 0;

  constructor(private readonly now: () => number) {}

  readonly fetch: typeof fetch = async (input, init) => {
    if (init?.method !== 'POST') return fetch(input, init);
    const requestId = new Headers(init.headers).get('MS-RequestId') ?? '';
    const attempts = this.sends.get(requestId) ?? [];
    if (attempts.length > 0) this.resent += 1;
    const send: { sentAt: number; notBefore?: number } = { sentAt: this.now() };
    this.sends.set(requestId, [...attempts, send]);
    const response = await fetch(input, init);
    if (response.status === 429) send.notBefore = this.now() + Number(response.headers.get('Retry-After')) * 1000;
    return response;
  };

  /** Request ids sent again before the wait their 429 asked for was over. */
  resentEarly(): string[] {
    return [...this.sends].filter(([, attempts]) => attempts.some((send, i) => send.sentAt < (attempts[i - 1]?.notBefore ?? 0))).map(([id]) => id);
  }
}

function statusCounts(outcomes: readonly OperationOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}

/** Setup reads can meet an injected fault too; they are not what these tests are about. */
async function retrying<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
