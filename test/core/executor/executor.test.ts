import { describe, it } from 'node:test';
import { expect } from 'chai';
import { InvalidJobError, runJob } from '../../../src/core/executor/executor.js';
import { RetryNow } from '../../../src/core/executor/job.js';
import type { JobProgress, JobRequest, JobResult, OperationOutcome } from '../../../src/core/executor/job.js';
import { FakeApplier, FakeClock, MemoryJournal, operations, SKU_A, sequence, throttled, unavailable } from './fakes.js';

function run(clock: FakeClock, request: Omit<JobRequest, 'jobId'> & { jobId?: string }): Promise<JobResult> {
  return clock.run(
    runJob({
      jobId: 'job-1',
      ...request,
      options: { now: clock.now, sleep: clock.sleep, random: sequence(0.5), ...request.options },
    }),
  );
}

function statuses(result: JobResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of result.outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
  return counts;
}

describe('runJob: concurrency', () => {
  it('never has more calls in flight than maxConcurrency, and does run them in parallel', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { latencyMs: 50 });
    const result = await run(clock, { operations: operations(200), applier, options: { initialConcurrency: 2, maxConcurrency: 6 } });
    expect(statuses(result)).to.deep.equal({ succeeded: 200 });
    expect(applier.maxInFlight).to.equal(6);
    expect(result.requestsSent).to.equal(200);
  });

  it('grows from the initial limit while the backend keeps up', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { latencyMs: 50 });
    await run(clock, { operations: operations(300), applier, options: { initialConcurrency: 1, maxConcurrency: 16 } });
    expect(applier.calls[0]?.inFlightAtStart).to.equal(1);
    expect(applier.maxInFlight).to.equal(16);
  });

  it('halves the limit on 429 and then probes back up', async () => {
    const clock = new FakeClock();
    // One 429 (no Retry-After) on the 60th call; before it the limit reached 16.
    const applier = new FakeApplier(clock, {
      latencyMs: 50,
      script: (_k, _a, call) => (call === applierCalls()[59] ? throttled() : undefined),
    });
    const applierCalls = (): FakeApplier['calls'] => applier.calls;
    await run(clock, { operations: operations(400), applier, options: { initialConcurrency: 16, maxConcurrency: 16 } });
    const throttledAt = applier.calls[59]?.at ?? 0;
    const answeredAt = throttledAt + 50;
    const startedSoonAfter = applier.calls.filter((c) => c.at > answeredAt && c.at < answeredAt + 50);
    expect(Math.max(...startedSoonAfter.map((c) => c.inFlightAtStart))).to.be.at.most(8);
    const last = applier.calls.slice(-50);
    expect(Math.max(...last.map((c) => c.inFlightAtStart))).to.be.greaterThan(8);
  });
});

describe('runJob: overload or bad luck', () => {
  it('keeps its pace through isolated 503s and dropped answers, sending each again at once', async () => {
    const clock = new FakeClock();
    // Every 10th operation fails once: a 503 without Retry-After, or an answer lost after it was applied.
    const applier = new FakeApplier(clock, {
      latencyMs: 50,
      script: (keyed, attempt) => {
        const n = Number(keyed.requestId.slice('req-u'.length));
        if (attempt > 1 || n % 10 !== 0) return undefined;
        return n % 20 === 0 ? unavailable() : { result: unavailable(true), applied: true };
      },
    });
    const result = await run(clock, { operations: operations(400), applier, options: { initialConcurrency: 16, maxConcurrency: 16 } });
    expect(statuses(result)).to.deep.equal({ succeeded: 400 });
    const widest = new Map<number, number>();
    for (const call of applier.calls) widest.set(call.at, Math.max(widest.get(call.at) ?? 0, call.inFlightAtStart));
    const rounds = [...widest].filter(([at]) => at < 1_000);
    expect(rounds.length).to.be.greaterThan(15);
    for (const [at, inFlight] of rounds) expect(inFlight, `in flight at ${at} ms`).to.be.greaterThan(8);
    // 400 operations at 16 in flight and 50 ms is 1,250 ms; the 20 resends and 20 re-reads fit in about 3 more rounds.
    expect(clock.time).to.be.at.most(1_500);
  });

  it('halves the limit and backs off when failures cluster', async () => {
    const clock = new FakeClock();
    // From the 100th call on, every call fails for 200 ms: the service is down, not unlucky.
    let downFrom: number | null = null;
    const applier = new FakeApplier(clock, {
      latencyMs: 50,
      script: (_k, _a, call) => {
        if (applier.calls.indexOf(call) === 99) downFrom = call.at;
        return downFrom !== null && call.at < downFrom + 200 ? unavailable() : undefined;
      },
    });
    const result = await run(clock, { operations: operations(400), applier, options: { initialConcurrency: 16, maxConcurrency: 16 } });
    expect(statuses(result)).to.deep.equal({ succeeded: 400 });
    const start = downFrom ?? 0;
    const duringOutage = applier.calls.filter((c) => c.at > start + 100 && c.at < start + 250);
    expect(Math.max(...duringOutage.map((c) => c.inFlightAtStart)), 'in flight once the outage showed').to.be.at.most(8);
  });
});

describe('runJob: batches', () => {
  it('puts failed items into the next batches instead of sending them alone, and reads lost ones 20 at a time', async () => {
    const clock = new FakeClock();
    // 400 operations in batches of 20; the 3rd batch is lost after it was applied, one item of each other fails.
    const applier = new FakeApplier(clock, {
      maxBatchSize: 20,
      readMany: true,
      latencyMs: 50,
      script: (keyed, attempt, call) => {
        if (attempt > 1) return undefined;
        if (applier.calls.indexOf(call) === 2) return { result: unavailable(true), applied: true };
        return call.requestIds[0] === keyed.requestId ? unavailable() : undefined;
      },
    });
    const result = await run(clock, { operations: operations(400), applier });
    expect(statuses(result)).to.deep.equal({ succeeded: 400 });
    expect(applier.readCalls.map((users) => users.length), 'one read of the lost batch').to.deep.equal([20]);
    // 20 full batches, one re-read, and the 19 failed items riding along: at most two more calls.
    expect(result.requestsSent).to.be.at.most(23);
    expect(applier.calls.filter((c) => c.requestIds.length === 1), 'no item sent alone').to.have.length(0);
  });
});

describe('runJob: throttling', () => {
  it('starts nothing new before the Retry-After of a 429 has passed', async () => {
    const clock = new FakeClock();
    let throttledOnce = false;
    const applier = new FakeApplier(clock, {
      latencyMs: 20,
      script: (keyed) => {
        if (keyed.requestId === 'req-u10' && !throttledOnce) {
          throttledOnce = true;
          return throttled(3);
        }
        return undefined;
      },
    });
    const result = await run(clock, { operations: operations(60), applier, options: { initialConcurrency: 4, maxConcurrency: 4 } });
    expect(statuses(result)).to.deep.equal({ succeeded: 60 });
    const first = applier.calls.findIndex((c) => c.requestIds.includes('req-u10'));
    const answeredAt = (applier.calls[first]?.at ?? 0) + 20;
    const startsInPause = applier.calls.filter((c) => c.at > answeredAt && c.at < answeredAt + 3000);
    expect(startsInPause).to.have.length(0);
    const retry = applier.calls.filter((c) => c.requestIds.includes('req-u10'))[1];
    expect(retry?.at).to.be.at.least(answeredAt + 3000);
    expect(result.throttledResponses).to.equal(1);
    expect(result.progress.retries).to.equal(1);
  });

  it('waits at most 5 minutes however long Retry-After asks, and says how long it waits', async () => {
    const clock = new FakeClock();
    // 99,999 s would park the job for 27.8 hours; past about 24.8 days setTimeout overflows.
    const applier = new FakeApplier(clock, { latencyMs: 20, script: (_k, attempt) => (attempt === 1 ? throttled(99_999) : undefined) });
    const waits: number[] = [];
    const result = await run(clock, { operations: operations(1), applier, onProgress: (p) => { if (p.waitSeconds !== undefined) waits.push(p.waitSeconds); } });
    expect(statuses(result)).to.deep.equal({ succeeded: 1 });
    expect(applier.calls).to.have.length(2);
    const gap = (applier.calls[1]?.at ?? 0) - (applier.calls[0]?.at ?? 0) - 20;
    expect(gap).to.be.within(300_000, 300_200);
    expect(waits[0]).to.be.within(300, 301);
    expect(result.progress.waitSeconds).to.equal(undefined);
  });

  it('"Retry now" ends a wait at once: the next attempt goes when the admin asks', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { latencyMs: 20, script: (_k, attempt) => (attempt === 1 ? throttled(120) : undefined) });
    const retryNow = new RetryNow();
    clock.at(5_000, () => retryNow.request());
    const result = await run(clock, { operations: operations(2), applier, retryNow });
    expect(statuses(result)).to.deep.equal({ succeeded: 2 });
    expect(applier.calls.map((c) => c.at)).to.deep.equal([0, 0, 5_000, 5_000]);
  });

  it('after throttling, paces new starts near the rate the service accepted', async () => {
    const clock = new FakeClock();
    // The service accepts 10 requests per whole second (a fixed window) and answers 429, Retry-After 1, beyond.
    const perWindow = new Map<number, number>();
    const applier = new FakeApplier(clock, {
      latencyMs: 20,
      script: (_k, _a, call) => {
        const window = Math.floor(call.at / 1000);
        const used = perWindow.get(window) ?? 0;
        if (used >= 10) return throttled(1);
        perWindow.set(window, used + 1);
        return undefined;
      },
    });
    const result = await run(clock, { operations: operations(200), applier, options: { initialConcurrency: 4, maxConcurrency: 8 } });
    expect(statuses(result)).to.deep.equal({ succeeded: 200 });
    // 200 accepted at 10/s need 20 s at best; pure backoff wastes about half of every second.
    expect(clock.time).to.be.lessThan(30_000);
    expect(result.throttledResponses ?? 0).to.be.lessThan(40);
  });
});

describe('runJob: retries', () => {
  it('retries only what is safe, with the same request id each time', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      script: (keyed, attempt) => (keyed.requestId === 'req-u0' && attempt <= 2 ? unavailable() : undefined),
    });
    const result = await run(clock, { operations: operations(3), applier });
    expect(statuses(result)).to.deep.equal({ succeeded: 3 });
    const sends = applier.calls.filter((c) => c.requestIds.includes('req-u0'));
    expect(sends).to.have.length(3);
    expect(result.outcomes[0]).to.include({ requestId: 'req-u0', attempts: 3, status: 'succeeded' });
  });

  it('never retries a rule violation, even one marked retryable', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      script: (keyed) =>
        keyed.requestId === 'req-u0'
          ? { status: 'failed', reason: { kind: 'not-enough-licenses', message: 'No licenses left', serviceCode: 60012 }, retryable: false }
          : keyed.requestId === 'req-u1'
            ? { status: 'failed', reason: { kind: 'mutually-exclusive', message: 'Exclusive plans' }, retryable: true }
            : undefined,
    });
    const result = await run(clock, { operations: operations(3), applier });
    expect(applier.attemptsOf('req-u0')).to.equal(1);
    expect(applier.attemptsOf('req-u1')).to.equal(1);
    expect(result.outcomes[0]?.reason?.kind).to.equal('not-enough-licenses');
    expect(result.outcomes[1]?.reason?.kind).to.equal('mutually-exclusive');
    expect(result.progress).to.include({ succeeded: 1, failed: 2, retries: 0 });
  });

  it('stops after maxAttempts and reports the last reason', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { script: () => unavailable() });
    const result = await run(clock, { operations: operations(1), applier, options: { maxAttempts: 4 } });
    expect(applier.attemptsOf('req-u0')).to.equal(4);
    expect(result.outcomes[0]).to.include({ status: 'failed', attempts: 4 });
    expect(result.outcomes[0]?.reason).to.include({ kind: 'unavailable', httpStatus: 503 });
    expect(result.progress.retries).to.equal(3);
  });

  it('sends a lone failure again at once, then backs off exponentially with jitter as failures repeat', async () => {
    // random() = 1 gives the ceiling of each step (400, 800, 1600 ms); 0.25 a quarter of it. The first failure
    // stands alone (bad luck); from the second on they cluster in time (overload).
    for (const [random, factor] of [[1, 1], [0.25, 0.25]] as const) {
      const clock = new FakeClock();
      const applier = new FakeApplier(clock, { latencyMs: 10, script: (_k, attempt) => (attempt <= 4 ? unavailable() : undefined) });
      await run(clock, { operations: operations(1), applier, options: { random: () => random } });
      const gaps = applier.calls.slice(1).map((call, i) => call.at - (applier.calls[i]?.at ?? 0) - 10);
      const expected = [0, 400, 800, 1600].map((ms) => ms * factor);
      expect(gaps).to.have.length(4);
      gaps.forEach((gap, i) => expect(gap, `gap ${i + 1}`).to.be.closeTo(expected[i] ?? 0, 1));
    }
  });

  it('counts a backend that throws as a lost answer: it checks, then resends', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock);
    let thrown = false;
    const flaky = {
      maxBatchSize: 1,
      apply: async (ops: Parameters<FakeApplier['apply']>[0]) => {
        if (!thrown) {
          thrown = true;
          throw new TypeError('Failed to fetch');
        }
        return applier.apply(ops);
      },
      readLicenses: (userId: string) => applier.readLicenses(userId),
    };
    const result = await run(clock, { operations: operations(1), applier: flaky });
    expect(result.outcomes[0]).to.include({ status: 'succeeded', attempts: 2 });
    expect(applier.reads).to.have.length(1);
  });
});

describe('runJob: an answer lost after the request may have been applied', () => {
  it('reads the user first and records success without resending when it was applied', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      script: (keyed, attempt) => (keyed.requestId === 'req-u1' && attempt === 1 ? { result: unavailable(true), applied: true } : undefined),
    });
    const result = await run(clock, { operations: operations(3), applier });
    expect(statuses(result)).to.deep.equal({ succeeded: 3 });
    expect(applier.attemptsOf('req-u1')).to.equal(1);
    expect(applier.reads.map((r) => r.userId)).to.deep.equal(['u1']);
    expect(result.outcomes[1]).to.include({ status: 'succeeded', attempts: 1 });
  });

  it('resends with the same request id when the read shows it was not applied', async () => {
    const clock = new FakeClock();
    const log: string[] = [];
    const applier = new FakeApplier(clock, {
      log,
      script: (keyed, attempt) => (keyed.requestId === 'req-u0' && attempt === 1 ? { result: unavailable(true), applied: false } : undefined),
    });
    const result = await run(clock, { operations: operations(1), applier });
    expect(log).to.deep.equal(['apply req-u0', 'read u0', 'apply req-u0']);
    expect(result.outcomes[0]).to.include({ status: 'succeeded', attempts: 2 });
  });

  it('treats different plans turned off as not applied', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      script: (_k, attempt) => (attempt === 1 ? { result: unavailable(true), applied: false } : undefined),
    });
    applier.held.set('u0', [{ skuId: SKU_A, disabledPlans: ['plan-x'] }]);
    await run(clock, { operations: operations(1), applier });
    expect(applier.attemptsOf('req-u0')).to.equal(2);
    expect(applier.held.get('u0')).to.deep.equal([{ skuId: SKU_A, disabledPlans: [] }]);
  });

  it('on the last attempt, one read decides between succeeded and failed', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      script: (keyed, attempt) => (attempt === 2 ? { result: unavailable(true), applied: keyed.requestId === 'req-u0' } : unavailable(true)),
    });
    const result = await run(clock, { operations: operations(2), applier, options: { maxAttempts: 2 } });
    expect(result.outcomes.map((o) => o.status)).to.deep.equal(['succeeded', 'failed']);
    expect(applier.attemptsOf('req-u0')).to.equal(2);
    expect(applier.attemptsOf('req-u1')).to.equal(2);
  });
});

describe('runJob: batching', () => {
  it('packs up to maxBatchSize operations per call and retries a throttled item alone', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, {
      maxBatchSize: 20,
      script: (keyed, attempt) => (keyed.requestId === 'req-u7' && attempt === 1 ? throttled() : undefined),
    });
    const result = await run(clock, { operations: operations(45), applier });
    expect(statuses(result)).to.deep.equal({ succeeded: 45 });
    expect(applier.calls.slice(0, 3).map((c) => c.requestIds.length)).to.deep.equal([20, 20, 5]);
    expect(applier.calls[3]?.requestIds).to.deep.equal(['req-u7']);
    for (let i = 0; i < 45; i++) expect(applier.attemptsOf(`req-u${i}`)).to.equal(i === 7 ? 2 : 1);
    expect(result.requestsSent).to.equal(4);
  });
});

describe('runJob: cancel', () => {
  it('starts nothing after cancel, lets what is in flight finish, and reports the rest cancelled', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { latencyMs: 100 });
    const controller = new AbortController();
    clock.at(250, () => controller.abort());
    const outcomes: OperationOutcome[] = [];
    const result = await run(clock, {
      operations: operations(100),
      applier,
      signal: controller.signal,
      onOutcome: (o) => outcomes.push(o),
      options: { initialConcurrency: 4, maxConcurrency: 4 },
    });
    expect(applier.calls.every((c) => c.at <= 250)).to.equal(true);
    const sent = applier.calls.length;
    expect(sent).to.be.greaterThan(0);
    expect(result.progress).to.include({ total: 100, done: 100, succeeded: sent, cancelled: 100 - sent, failed: 0 });
    const cancelled = result.outcomes.filter((o) => o.status === 'cancelled');
    expect(cancelled).to.have.length(100 - sent);
    expect(cancelled.every((o) => o.reason?.kind === 'cancelled' && o.attempts === 0)).to.equal(true);
    expect(outcomes).to.have.length(100);
  });

  it('reports a lost answer that was never checked as failed, not cancelled', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const applier = new FakeApplier(clock, {
      latencyMs: 50,
      script: () => {
        controller.abort();
        return { result: unavailable(true), applied: true };
      },
    });
    const result = await run(clock, { operations: operations(1), applier, signal: controller.signal });
    expect(result.outcomes[0]?.status).to.equal('failed');
    expect(result.outcomes[0]?.reason?.message).to.match(/may or may not have been applied/i);
  });

  it('ends at once when cancelled before it starts', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock);
    const controller = new AbortController();
    controller.abort();
    const result = await run(clock, { operations: operations(5), applier, signal: controller.signal });
    expect(applier.calls).to.have.length(0);
    expect(result.progress).to.include({ done: 5, cancelled: 5 });
  });
});

describe('runJob: journal', () => {
  it('records pending, then in flight before sending, then the outcome, with attempts', async () => {
    const clock = new FakeClock();
    const log: string[] = [];
    const journal = new MemoryJournal(log);
    const applier = new FakeApplier(clock, {
      log,
      script: (_k, attempt) => (attempt === 1 ? throttled() : undefined),
    });
    await run(clock, { operations: operations(1), applier, journal });
    expect(log).to.deep.equal([
      'journal req-u0 pending',
      'journal req-u0 in-flight',
      'apply req-u0',
      'journal req-u0 pending',
      'journal req-u0 in-flight',
      'apply req-u0',
      'journal req-u0 succeeded',
    ]);
    expect(journal.records.map((r) => r.attempts)).to.deep.equal([0, 1, 1, 2, 2]);
    expect(journal.records[2]?.reason?.kind).to.equal('throttled');
  });

  it('keeps going when the journal fails, and says how many writes were lost', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock);
    const journal = { record: () => Promise.reject(new Error('QuotaExceededError')) };
    const result = await run(clock, { operations: operations(2), applier, journal });
    expect(statuses(result)).to.deep.equal({ succeeded: 2 });
    expect(result.journalFailures).to.equal(6);
  });
});

describe('runJob: progress', () => {
  it('reports counts that add up, at most about ten times a second, and a final event', async () => {
    const clock = new FakeClock();
    const events: JobProgress[] = [];
    const applier = new FakeApplier(clock, {
      latencyMs: 40,
      script: (keyed, attempt) =>
        keyed.requestId.endsWith('3') && attempt === 1
          ? unavailable()
          : keyed.requestId.endsWith('7')
            ? { status: 'failed', reason: { kind: 'dependency', message: 'needs a base license' }, retryable: false }
            : undefined,
    });
    const result = await run(clock, {
      operations: operations(300),
      applier,
      onProgress: (p) => events.push(p),
      options: { initialConcurrency: 2, maxConcurrency: 4 },
    });
    const final = events.at(-1);
    expect(final).to.deep.equal(result.progress);
    expect(final).to.include({ total: 300, done: 300, succeeded: 270, failed: 30, cancelled: 0, retries: 30, secondsLeft: 0 });
    expect(events.length).to.be.at.most(Math.ceil(clock.time / 100) + 2);
    for (let i = 1; i < events.length; i++) expect(events[i]?.done).to.be.at.least(events[i - 1]?.done ?? 0);
    const middle = events.find((p) => p.done > 50 && p.done < 250);
    expect(middle?.ratePerSecond).to.be.greaterThan(0);
    expect(middle?.secondsLeft).to.be.a('number');
  });
});

describe('runJob: input', () => {
  it('refuses duplicate request ids and duplicate users with a clear error', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock);
    const [a, b] = operations(2);
    if (!a || !b) throw new Error('fixture');
    const sameId = runJob({ jobId: 'j', operations: [a, { ...b, requestId: a.requestId }], applier });
    await sameId.then(
      () => expect.fail('should refuse'),
      (e: unknown) => expect(e).to.be.instanceOf(InvalidJobError).and.have.property('message').that.match(/req-u0/),
    );
    const sameUser = runJob({ jobId: 'j', operations: [a, { ...b, operation: { ...b.operation, userId: 'u0' } }], applier });
    await sameUser.then(
      () => expect.fail('should refuse'),
      (e: unknown) => expect(e).to.be.instanceOf(InvalidJobError).and.have.property('message').that.match(/u0/),
    );
  });

  it('refuses a backend batch size below one', async () => {
    const clock = new FakeClock();
    const applier = new FakeApplier(clock, { maxBatchSize: 0 });
    await runJob({ jobId: 'j', operations: operations(1), applier }).then(
      () => expect.fail('should refuse'),
      (e: unknown) => expect(e).to.be.instanceOf(InvalidJobError),
    );
  });

  it('finishes an empty job with a final progress event', async () => {
    const clock = new FakeClock();
    const events: JobProgress[] = [];
    const result = await run(clock, { operations: [], applier: new FakeApplier(clock), onProgress: (p) => events.push(p) });
    expect(result.outcomes).to.have.length(0);
    expect(events.at(-1)).to.include({ total: 0, done: 0 });
  });
});
