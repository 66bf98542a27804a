import { describe, it } from 'node:test';
import { expect } from 'chai';
import { AdaptiveConcurrency } from '../../../src/core/executor/concurrency.js';
import { licensesMatchTarget } from '../../../src/core/executor/license-match.js';
import { Fifo, MinHeap } from '../../../src/core/executor/min-heap.js';
import { ThrottlePacer } from '../../../src/core/executor/pacer.js';
import { ProgressTracker } from '../../../src/core/executor/progress.js';
import { RateMeter } from '../../../src/core/executor/rate-meter.js';
import { OverloadDetector } from '../../../src/core/executor/overload.js';
import { asksForLess, backoffMs, isUnexplained, mayRetry, retryDelayMs } from '../../../src/core/executor/retry.js';
import type { JobProgress } from '../../../src/core/executor/job.js';
import type { FailureKind } from '../../../src/core/types.js';

describe('AdaptiveConcurrency', () => {
  /** The limit after `count` successes of 50 ms, each sent while the limit held requests back (`limited`) or not. */
  const limitAfter = (limit: AdaptiveConcurrency, count: number, limited = true): number => {
    for (let i = 0; i < count; i++) limit.onSuccess(50, limited);
    return limit.limit;
  };

  it('doubles per round trip in slow start, up to the maximum', () => {
    const limit = new AdaptiveConcurrency({ initial: 2, min: 1, max: 10 });
    expect(limitAfter(limit, 2)).to.equal(4);
    expect(limitAfter(limit, 100)).to.equal(10);
  });

  it('does not grow when the limit was not what held requests back', () => {
    const limit = new AdaptiveConcurrency({ initial: 3, min: 1, max: 10 });
    expect(limitAfter(limit, 20, false)).to.equal(3);
  });

  it('halves on overload once per episode, then grows by about one per round trip', () => {
    const limit = new AdaptiveConcurrency({ initial: 16, min: 1, max: 32 });
    limit.onOverload(100, 150);
    expect(limit.limit).to.equal(8);
    limit.onOverload(120, 160); // sent before the decrease: same episode
    expect(limit.limit).to.equal(8);
    limit.onOverload(155, 200);
    expect(limit.limit).to.equal(4);
    expect(limitAfter(limit, 3)).to.equal(4);
    expect(limitAfter(limit, 2)).to.equal(5);
  });

  it('holds while latency climbs well above the best seen', () => {
    const limit = new AdaptiveConcurrency({ initial: 4, min: 1, max: 32 });
    limit.onSuccess(20, true);
    for (let i = 0; i < 30; i++) limit.onSuccess(400, true);
    const held = limit.limit;
    limit.onSuccess(400, true);
    expect(limit.limit).to.equal(held);
    expect(held).to.be.lessThan(32);
  });

  it('never goes below the minimum and refuses impossible bounds', () => {
    const limit = new AdaptiveConcurrency({ initial: 1, min: 1, max: 4 });
    for (let t = 0; t < 10; t++) limit.onOverload(t * 10, t * 10 + 1);
    expect(limit.limit).to.equal(1);
    expect(() => new AdaptiveConcurrency({ initial: 1, min: 3, max: 2 })).to.throw(RangeError);
  });
});

describe('retry policy', () => {
  const failure = (kind: FailureKind, retryable: boolean) => ({ status: 'failed' as const, reason: { kind, message: '' }, retryable });

  it('retries only failures the service did not act on', () => {
    expect(mayRetry(failure('throttled', true))).to.equal(true);
    expect(mayRetry(failure('unavailable', true))).to.equal(true);
    expect(mayRetry(failure('unavailable', false))).to.equal(false);
    for (const kind of ['not-enough-licenses', 'mutually-exclusive', 'dependency', 'unavailable-in-location', 'usage-location-missing', 'uniqueness', 'forbidden'] as const) {
      expect(mayRetry(failure(kind, true)), kind).to.equal(false);
    }
  });

  it('hears a 429 or a 503 with Retry-After as asking for less; a bare 503, a drop or a timeout as unexplained', () => {
    const failed = (reason: { kind: FailureKind; message: string; httpStatus?: number }, retryAfterSeconds?: number) =>
      ({ status: 'failed' as const, reason, retryable: true, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) });
    expect(asksForLess(failed({ kind: 'throttled', message: '' }))).to.equal(true);
    expect(asksForLess(failed({ kind: 'unavailable', message: '', httpStatus: 503 }, 5))).to.equal(true);
    expect(asksForLess(failed({ kind: 'unavailable', message: '', httpStatus: 503 }))).to.equal(false);
    expect(isUnexplained(failed({ kind: 'unavailable', message: '', httpStatus: 503 }))).to.equal(true);
    expect(isUnexplained(failed({ kind: 'unavailable', message: 'connection dropped' }))).to.equal(true);
    expect(isUnexplained(failed({ kind: 'unavailable', message: '', httpStatus: 503 }, 5))).to.equal(false);
    expect(isUnexplained(failed({ kind: 'not-enough-licenses', message: '' }))).to.equal(false);
  });

  it('backs off exponentially with full jitter, never beyond the cap', () => {
    const policy = { baseMs: 100, capMs: 1_000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, () => 1, policy))).to.deep.equal([100, 200, 400, 800, 1000, 1000]);
    expect(backoffMs(3, () => 0, policy)).to.equal(0);
    expect(backoffMs(3, () => 0.5, policy)).to.equal(200);
    for (let i = 0; i < 200; i++) {
      const wait = backoffMs(1 + (i % 12), Math.random, policy);
      expect(wait).to.be.within(0, 1000);
    }
  });

  it('waits at least Retry-After when the service said so', () => {
    const policy = { baseMs: 100, capMs: 1_000 };
    expect(retryDelayMs(1, 2, () => 0, policy)).to.equal(2000);
    expect(retryDelayMs(4, 2, () => 1, policy)).to.equal(2100);
    expect(retryDelayMs(1, undefined, () => 1, policy)).to.equal(100);
  });
});

describe('ThrottlePacer', () => {
  it('does not pace until the service pushes back', () => {
    const pacer = new ThrottlePacer(0);
    expect(pacer.pace(1000)).to.equal(null);
    expect(pacer.nextStartAt(1000)).to.equal(1000);
  });

  it('holds every start until Retry-After and paces near the accepted rate after that', () => {
    const pacer = new ThrottlePacer(0);
    for (let i = 0; i < 200; i++) pacer.accept();
    expect(pacer.throttle(900, 1000, 1)).to.equal(true);
    expect(pacer.nextStartAt(1000)).to.equal(2000);
    // Same episode: sent before it began.
    expect(pacer.throttle(950, 1010, 1)).to.equal(false);
    for (let i = 0; i < 100; i++) pacer.accept();
    expect(pacer.throttle(2900, 3000, 1)).to.equal(true);
    // 100 accepted over the 2 s since the last episode (its 1 s pause is what a bucket banks): about 50/s.
    expect(pacer.pace(3000)).to.be.closeTo(50 * 0.97, 0.5);
  });

  it('spaces starts by the pace, with a small allowance for late timers', () => {
    const pacer = new ThrottlePacer(0, { margin: 1, probePerSecond: 0, quietMs: 0, burstMs: 0 });
    for (let i = 0; i < 10; i++) pacer.accept();
    pacer.throttle(0, 1000, undefined);
    expect(pacer.pace(1000)).to.equal(10);
    pacer.started(1000);
    expect(pacer.nextStartAt(1000)).to.equal(1100);
    pacer.started(1100);
    expect(pacer.nextStartAt(1100)).to.equal(1200);
    // A $batch of 5 counts as 5 operations: the service throttles each item.
    pacer.started(1200, 5);
    expect(pacer.nextStartAt(1200)).to.equal(1700);
  });

  it('probes slowly upward after a quiet spell', () => {
    const pacer = new ThrottlePacer(0, { margin: 1, probePerSecond: 0.1, quietMs: 1000, burstMs: 0 });
    for (let i = 0; i < 100; i++) pacer.accept();
    pacer.throttle(0, 1000, undefined);
    expect(pacer.pace(1500)).to.equal(100);
    expect(pacer.pace(4000)).to.be.closeTo(120, 0.001);
  });

  it('does not let a long Retry-After drag the estimate down for good', () => {
    const pacer = new ThrottlePacer(0, { margin: 1, probePerSecond: 0, quietMs: 0, burstMs: 0 });
    for (let i = 0; i < 100; i++) pacer.accept();
    pacer.throttle(0, 1000, 30);
    for (let i = 0; i < 100; i++) pacer.accept();
    pacer.throttle(31_500, 32_000, undefined);
    expect(pacer.pace(32_000)).to.be.closeTo(100 / 2, 1);
  });
});

describe('RateMeter', () => {
  it('counts only the recent window', () => {
    const meter = new RateMeter(1000);
    for (let t = 0; t < 3000; t += 10) meter.record(t);
    expect(meter.count(2999)).to.equal(100);
    expect(meter.perSecond(2999, 0)).to.be.closeTo(100, 0.001);
    expect(meter.count(10_000)).to.equal(0);
  });

  it('uses the time since start while that is shorter than the window', () => {
    const meter = new RateMeter(5000);
    for (let t = 0; t < 10; t++) meter.record(t * 100);
    expect(meter.perSecond(1000, 0)).to.equal(10);
  });
});

describe('MinHeap and Fifo', () => {
  it('gives items back earliest first', () => {
    const heap = new MinHeap<string>();
    const keys = [5, 3, 9, 1, 7, 3, 0, 8];
    keys.forEach((k, i) => heap.push(k, `${k}/${i}`));
    const out: number[] = [];
    while (heap.size > 0) out.push(Number(heap.pop()?.split('/')[0]));
    expect(out).to.deep.equal([...keys].sort((a, b) => a - b));
  });

  it('keeps order over many items', () => {
    const fifo = new Fifo<number>();
    for (let i = 0; i < 5000; i++) fifo.push(i);
    for (let i = 0; i < 3000; i++) expect(fifo.shift()).to.equal(i);
    fifo.push(5000);
    expect(fifo.size).to.equal(2001);
    expect(fifo.drain()[0]).to.equal(3000);
    expect(fifo.shift()).to.equal(undefined);
  });
});

describe('ProgressTracker', () => {
  it('emits at most every 100 ms and always the final state', () => {
    const events: JobProgress[] = [];
    const tracker = new ProgressTracker(10, 0, (p) => events.push(p));
    for (let i = 0; i < 10; i++) {
      tracker.finished(i === 9 ? 'failed' : 'succeeded', i * 20);
      tracker.maybeEmit(i * 20);
    }
    expect(events.map((e) => e.done)).to.deep.equal([1, 6]);
    const final = tracker.final(200);
    expect(final).to.include({ done: 10, succeeded: 9, failed: 1, secondsLeft: 0 });
    expect(events.at(-1)).to.equal(final);
  });

  it('estimates the time left from the recent rate', () => {
    const tracker = new ProgressTracker(100, 0, undefined);
    for (let i = 0; i < 20; i++) tracker.finished('succeeded', i * 100);
    const progress = tracker.snapshot(2000);
    expect(progress.ratePerSecond).to.equal(10);
    expect(progress.secondsLeft).to.equal(8);
    expect(new ProgressTracker(5, 0, undefined).snapshot(0).secondsLeft).to.equal(null);
  });

  it('survives a listener that throws', () => {
    const tracker = new ProgressTracker(1, 0, () => {
      throw new Error('render failed');
    });
    tracker.finished('succeeded', 1);
    expect(() => tracker.final(2)).not.to.throw();
  });
});

describe('licensesMatchTarget', () => {
  const op = { userId: 'u', assign: [{ skuId: 'A', disabledPlans: ['p1', 'p2'] }], remove: ['B'] };

  it('matches when every assigned product is held with the same plans off and removed ones are gone', () => {
    expect(licensesMatchTarget([{ skuId: 'A', disabledPlans: ['P2', 'p1'] }, { skuId: 'C', disabledPlans: [] }], op)).to.equal(true);
  });

  it('does not match a missing product, different plans, or a product still held that should be gone', () => {
    expect(licensesMatchTarget([], op)).to.equal(false);
    expect(licensesMatchTarget([{ skuId: 'A', disabledPlans: ['p1'] }], op)).to.equal(false);
    expect(licensesMatchTarget([{ skuId: 'A', disabledPlans: ['p1', 'p2', 'p3'] }], op)).to.equal(false);
    expect(licensesMatchTarget([{ skuId: 'A', disabledPlans: ['p1', 'p2'] }, { skuId: 'B', disabledPlans: [] }], op)).to.equal(false);
  });

  it('matches a pure removal once the product is gone', () => {
    expect(licensesMatchTarget([], { userId: 'u', assign: [], remove: ['B'] })).to.equal(true);
  });
});

describe('AdaptiveConcurrency with $batch calls', () => {
  it('comes down in proportion to the share of a batch that was overloaded, at most halving per episode', () => {
    const limit = new AdaptiveConcurrency({ initial: 16, min: 1, max: 32 });
    limit.onOverload(100, 150, 2 / 20);
    expect(limit.limit).to.equal(15);
    limit.onOverload(120, 160, 1);
    expect(limit.limit).to.equal(8);
    limit.onOverload(130, 170, 1);
    expect(limit.limit).to.equal(8);
  });
});

describe('OverloadDetector', () => {
  const tuning = { windowMs: 1_000, windowAnswers: 24, minFailures: 2, minShare: 0.3 };

  it('calls isolated failures among good answers bad luck', () => {
    const detector = new OverloadDetector(tuning);
    const verdicts: boolean[] = [];
    // One failure in ten answers, for five seconds: the 10% random faults of the benchmark.
    for (let t = 0; t < 5_000; t += 10) verdicts.push(detector.note(t, t % 100 === 0 ? 1 : 0));
    expect(verdicts.filter(Boolean)).to.have.length(0);
  });

  it('calls failures that cluster overload, and forgets them once they are no longer recent', () => {
    const detector = new OverloadDetector(tuning);
    for (let t = 0; t < 160; t += 10) detector.note(t, 0);
    const verdicts = [160, 170, 180, 190, 200, 210, 220, 230].map((t) => detector.note(t, 1));
    // 16 good answers, then failures: the 7th is 7 of the last 23, over 30%.
    expect(verdicts).to.deep.equal([false, false, false, false, false, false, true, true]);
    expect(detector.note(2_000, 1), 'alone again after the window').to.equal(false);
  });

  it('counts a $batch answer once, by the share of its items that failed', () => {
    const detector = new OverloadDetector(tuning);
    expect(detector.note(0, 1 / 20)).to.equal(false);
    expect(detector.note(10, 1), 'one lost batch').to.equal(false);
    expect(detector.note(20, 1), 'two lost of three answers').to.equal(true);
  });
});
