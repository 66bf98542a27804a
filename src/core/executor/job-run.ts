/**
 * One running job: the scheduling loop that packs operations into calls, starts as many as the adaptive limit
 * and the pacer allow, retries what is safe to retry, re-reads a user's licenses when an answer was lost,
 * and records every state change in the journal. `runJob` in executor.ts validates input and builds this.
 */
import type { FailureReason } from '../types.js';
import type { JobProgress, JobRequest, JobResult, OperationOutcome, OperationStatus } from './job.js';
import type { ApplyResult, KeyedOperation, LicenseRead, OperationState } from './ports.js';
import { Wakeup, type Sleep } from './clock.js';
import { CallPacker } from './call-packer.js';
import { AdaptiveConcurrency, type ConcurrencyBounds } from './concurrency.js';
import { licensesMatchTarget } from './license-match.js';
import { ThrottlePacer, type PacerTuning } from './pacer.js';
import { ProgressTracker } from './progress.js';
import { OverloadDetector } from './overload.js';
import { asksForLess, isThrottled, isUnexplained, mayRetry, retryDelayMs, withCappedWait } from './retry.js';
import { errorText, isThrottledError, lostAnswer, missingAnswer, notConfirmed, readMayRetry, retryAfterOf } from './failures.js';
import { JournalWriter } from './journal-writer.js';
import { WorkQueues } from './work-queues.js';

export interface RunSettings {
  readonly concurrency: ConcurrencyBounds;
  readonly maxAttempts: number;
  readonly maxBatchSize: number;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly random: () => number;
  readonly pacer?: PacerTuning;
  /** Request ids whose earlier attempt may have been applied (resumed job): read before sending. */
  readonly checkFirst: ReadonlySet<string>;
  readonly priorAttempts: ReadonlyMap<string, number>;
}

interface Slot {
  readonly keyed: KeyedOperation;
  attempts: number;
  /** The last answer was lost, so the service may have applied it: read the user's licenses before resending. */
  checkFirst: boolean;
  /** Out of attempts after a lost answer: one read decides between succeeded and failed. */
  finalCheck: boolean;
  checkFailures: number;
  lastReason: FailureReason | undefined;
  outcome: OperationOutcome | undefined;
}

type Failure = Extract<ApplyResult, { status: 'failed' }>;

/** Gives the host a turn this often even when answers arrive back to back. */
const YIELD_EVERY_MS = 16;
/** Shorter pauses pass without telling the admin. */
const VISIBLE_WAIT_MS = 1_000;

export class JobRun {
  private readonly slots: Slot[];
  private readonly queues = new WorkQueues<Slot>();
  private readonly wake = new Wakeup();
  private readonly journal: JournalWriter;
  private readonly concurrency: AdaptiveConcurrency;
  private readonly pacer: ThrottlePacer;
  private readonly overload = new OverloadDetector();
  private readonly packer: CallPacker<Slot>;
  private readonly progress: ProgressTracker;
  private readonly startedAt: number;
  private inFlight = 0;
  private unfinished: number;
  private requestsSent = 0;
  private throttledResponses = 0;
  private lastYieldAt: number;

  constructor(
    private readonly request: JobRequest,
    private readonly settings: RunSettings,
  ) {
    this.startedAt = settings.now();
    this.journal = new JournalWriter(request.jobId, request.journal);
    this.lastYieldAt = this.startedAt;
    this.concurrency = new AdaptiveConcurrency(settings.concurrency);
    this.pacer = new ThrottlePacer(this.startedAt, settings.pacer);
    this.progress = new ProgressTracker(request.operations.length, this.startedAt, request.onProgress);
    this.slots = request.operations.map((keyed) => ({
      keyed,
      attempts: settings.priorAttempts.get(keyed.requestId) ?? 0,
      checkFirst: settings.checkFirst.has(keyed.requestId),
      finalCheck: false,
      checkFailures: 0,
      lastReason: undefined,
      outcome: undefined,
    }));
    this.unfinished = this.slots.length;
    this.packer = new CallPacker(this.queues, settings.maxBatchSize, request.applier.readManyLicenses ? settings.maxBatchSize : 1);
  }

  async run(): Promise<JobResult> {
    const signal = this.request.signal;
    const onAbort = (): void => this.wake.notify();
    signal?.addEventListener('abort', onAbort);
    const stopListening = this.request.retryNow?.listen(() => this.retryNow());
    try {
      await this.recordAllPending();
      for (const slot of this.slots) this.queues.add(slot);
      while (this.unfinished > 0) {
        const now = this.settings.now();
        if (signal?.aborted) {
          this.endWaiting(now);
          this.progress.maybeEmit(now);
          if (this.unfinished === 0) break;
          await this.wake.next();
          continue;
        }
        this.queues.releaseDue(now);
        const wakeAt = this.startWhatCan(now);
        this.noteWait(wakeAt, now);
        this.progress.maybeEmit(now);
        if (this.unfinished === 0) break;
        await this.idle(wakeAt, now);
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      stopListening?.();
    }
    await this.journal.flushed();
    return this.result(this.progress.final(this.settings.now()));
  }

  /** A pause the admin should see: nothing in flight and nothing may start for a second or more. */
  private noteWait(wakeAt: number | null, now: number): void {
    const waitMs = this.inFlight === 0 && wakeAt !== null ? wakeAt - now : 0;
    this.progress.waiting(waitMs >= VISIBLE_WAIT_MS ? Math.ceil(waitMs / 1000) : null);
  }

  private retryNow(): void {
    this.pacer.release();
    this.queues.releaseAll();
    this.wake.notify();
  }

  private result(progress: JobProgress): JobResult {
    const outcomes = this.slots.map((slot) => slot.outcome).filter((o): o is OperationOutcome => o !== undefined);
    return {
      jobId: this.request.jobId,
      outcomes,
      progress,
      requestsSent: this.requestsSent,
      throttledResponses: this.throttledResponses,
      journalFailures: this.journal.failures,
    };
  }

  /** Starts calls until the limit, the pacer or an empty queue says stop; returns when to look again (null: on wake). */
  private startWhatCan(now: number): number | null {
    for (;;) {
      if (this.queues.startable === 0) return this.queues.nextDueAt ?? null;
      if (this.inFlight >= this.concurrency.limit) return null;
      const startAt = this.pacer.nextStartAt(now);
      if (startAt > now) return startAt;
      const call = this.packer.take(now, this.inFlight);
      if (!call) return earliest(this.queues.nextDueAt, this.packer.waitingUntil);
      if (call.kind === 'read') this.startCheck(call.items, now);
      else this.startCall(call.items, now);
      this.pacer.started(now, call.items.length);
    }
  }

  private async idle(wakeAt: number | null, now: number): Promise<void> {
    let until = wakeAt;
    const progressDue = this.progress.nextDueAt();
    if (progressDue !== null && (until === null || progressDue < until)) until = Math.max(now, progressDue);
    if (until === null) {
      await this.wake.next();
    } else {
      const timer = new AbortController();
      await Promise.race([this.wake.next(), this.settings.sleep(until - now, timer.signal).catch(() => undefined)]);
      timer.abort();
    }
    const after = this.settings.now();
    if (after - this.lastYieldAt >= YIELD_EVERY_MS) {
      this.lastYieldAt = after;
      await this.settings.sleep(0).catch(() => undefined);
    }
  }

  private startCall(batch: Slot[], now: number): void {
    this.inFlight += 1;
    this.requestsSent += 1;
    const saturated = this.inFlight >= this.concurrency.limit;
    const written = batch.map((slot) => {
      slot.attempts += 1;
      return this.record(slot, 'in-flight');
    });
    void this.sendCall(batch, saturated, written, now);
  }

  private async sendCall(batch: Slot[], saturated: boolean, written: Promise<void>[], queuedAt: number): Promise<void> {
    // Write-ahead: a job interrupted mid-call must know these may have been applied.
    await Promise.all(written);
    const sentAt = Math.max(queuedAt, this.settings.now());
    let results: readonly ApplyResult[];
    try {
      results = await this.request.applier.apply(batch.map((slot) => slot.keyed));
    } catch (error) {
      results = batch.map(() => lostAnswer(error));
    }
    const at = this.settings.now();
    const answers = batch.map((_, i) => withCappedWait(results[i] ?? missingAnswer(results.length, batch.length)));
    const overloaded = this.overloadedShare(answers, at);
    batch.forEach((slot, i) => this.settle(slot, answers[i] ?? missingAnswer(results.length, batch.length), sentAt, at, overloaded > 0));
    if (overloaded > 0) this.concurrency.onOverload(sentAt, at, overloaded);
    else this.concurrency.onSuccess(at - sentAt, saturated);
    this.inFlight -= 1;
    this.wake.notify();
  }

  /** Share of one call's operations that say the service is overloaded: asked for less, or failures that cluster. */
  private overloadedShare(answers: readonly ApplyResult[], at: number): number {
    let askedForLess = 0;
    let unexplained = 0;
    for (const answer of answers) {
      if (answer.status !== 'failed') continue;
      if (asksForLess(answer)) askedForLess += 1;
      else if (isUnexplained(answer)) unexplained += 1;
    }
    const clustered = this.overload.note(at, unexplained / Math.max(1, answers.length));
    return (askedForLess + (clustered ? unexplained : 0)) / Math.max(1, answers.length);
  }

  /** `overloaded`: back off before the next attempt; otherwise a failure was bad luck and goes into the next call. */
  private settle(slot: Slot, result: ApplyResult, sentAt: number, at: number, overloaded: boolean): void {
    if (result.status === 'succeeded') {
      this.pacer.accept();
      this.finish(slot, 'succeeded', at, undefined, result.warnings);
      return;
    }
    this.noteFailure(result, sentAt, at);
    slot.lastReason = result.reason;
    if (result.ambiguous) slot.checkFirst = true;
    if (!mayRetry(result)) return this.finish(slot, 'failed', at, result.reason);
    if (slot.attempts >= this.settings.maxAttempts) {
      if (!result.ambiguous) return this.finish(slot, 'failed', at, result.reason);
      slot.finalCheck = true;
      this.queues.checkSoon(slot);
      return;
    }
    if (this.request.signal?.aborted) return this.endUnsent(slot, at);
    const backOff = overloaded || result.retryAfterSeconds !== undefined;
    const delay = backOff ? retryDelayMs(slot.attempts, result.retryAfterSeconds, this.settings.random) : 0;
    this.queues.backOff(at + delay, slot);
    this.progress.retried();
    void this.record(slot, 'pending', result.reason);
  }

  private noteFailure(result: Failure, sentAt: number, at: number): void {
    if (isThrottled(result.reason)) {
      this.throttledResponses += 1;
      this.pacer.throttle(sentAt, at, result.retryAfterSeconds);
    } else {
      this.pacer.accept();
      if (result.retryAfterSeconds !== undefined) this.pacer.holdUntil(at + result.retryAfterSeconds * 1000);
    }
  }

  /** After a lost answer: if the user's licenses already match, the change was applied; else send it again. */
  private startCheck(slots: Slot[], now: number): void {
    this.inFlight += 1;
    this.requestsSent += 1;
    void this.check(slots, now);
  }

  private async check(slots: Slot[], sentAt: number): Promise<void> {
    const reads = await this.readLicenses(slots.map((slot) => slot.keyed.operation.userId));
    const at = this.settings.now();
    const failed = reads.filter((read): read is Extract<LicenseRead, { status: 'failed' }> => read.status === 'failed');
    const unexplained = failed.filter((read) => !isThrottledError(read.error) && retryAfterOf(read.error) === undefined).length;
    const clustered = this.overload.note(at, unexplained / slots.length);
    if (clustered) this.concurrency.onOverload(sentAt, at, unexplained / slots.length);
    slots.forEach((slot, i) => {
      const read = reads[i];
      if (read?.status === 'read') {
        this.pacer.accept();
        this.afterCheck(slot, licensesMatchTarget(read.licenses, slot.keyed.operation), at);
      } else {
        this.afterFailedCheck(slot, read?.error, sentAt, at, clustered);
      }
    });
    this.inFlight -= 1;
    this.wake.notify();
  }

  /** One answer per user, in order; a call that throws fails every user in it. */
  private async readLicenses(userIds: readonly string[]): Promise<readonly LicenseRead[]> {
    const { applier, signal } = this.request;
    try {
      if (applier.readManyLicenses) return await applier.readManyLicenses(userIds, signal);
      return await Promise.all(userIds.map(async (userId): Promise<LicenseRead> => ({ status: 'read', licenses: await applier.readLicenses(userId, signal) })));
    } catch (error) {
      return userIds.map(() => ({ status: 'failed', error }));
    }
  }

  private afterCheck(slot: Slot, applied: boolean, at: number): void {
    slot.checkFirst = false;
    if (applied) return this.finish(slot, 'succeeded', at);
    if (slot.finalCheck || slot.attempts >= this.settings.maxAttempts) {
      return this.finish(slot, 'failed', at, slot.lastReason ?? notConfirmed('the last answer was lost'));
    }
    if (this.request.signal?.aborted) return this.endUnsent(slot, at);
    this.queues.sendAgain(slot);
  }

  private afterFailedCheck(slot: Slot, error: unknown, sentAt: number, at: number, overloaded: boolean): void {
    slot.checkFailures += 1;
    const retryAfter = retryAfterOf(error);
    if (isThrottledError(error)) {
      this.throttledResponses += 1;
      this.pacer.throttle(sentAt, at, retryAfter);
    }
    const giveUp =
      slot.finalCheck || slot.checkFailures >= this.settings.maxAttempts || this.request.signal?.aborted || !readMayRetry(error);
    if (giveUp) return this.finish(slot, 'failed', at, notConfirmed(errorText(error)));
    const backOff = overloaded || retryAfter !== undefined || isThrottledError(error);
    this.queues.backOff(at + (backOff ? retryDelayMs(slot.checkFailures, retryAfter, this.settings.random) : 0), slot);
  }

  /** Cancelled: whatever has not been sent ends now; what is in flight finishes on its own. */
  private endWaiting(now: number): void {
    for (const slot of this.queues.drain()) this.endUnsent(slot, now);
  }

  private endUnsent(slot: Slot, at: number): void {
    if (slot.checkFirst && slot.attempts > 0) {
      // An earlier answer was lost: it may have been applied, so "cancelled" would not be the truth.
      return this.finish(slot, 'failed', at, notConfirmed('cancelled before the user could be checked'));
    }
    const message = slot.attempts === 0 ? 'Cancelled before it was sent.' : 'Cancelled before it was sent again.';
    this.finish(slot, 'cancelled', at, { kind: 'cancelled', message });
  }

  private finish(slot: Slot, status: OperationStatus, at: number, reason?: FailureReason, warnings?: readonly string[]): void {
    if (slot.outcome) return;
    const outcome: OperationOutcome = {
      userId: slot.keyed.operation.userId,
      requestId: slot.keyed.requestId,
      status,
      attempts: slot.attempts,
      ...(reason ? { reason } : {}),
      ...(warnings && warnings.length > 0 ? { warnings } : {}),
    };
    slot.outcome = outcome;
    this.unfinished -= 1;
    this.progress.finished(status, at);
    void this.record(slot, status, reason);
    try {
      this.request.onOutcome?.(outcome);
    } catch {
      // The listener's problem; the job goes on.
    }
    if (this.unfinished === 0) this.wake.notify();
  }

  private async recordAllPending(): Promise<void> {
    if (!this.journal.enabled) return;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      if (slot) void this.record(slot, 'pending');
      if (i % 1000 === 999) await this.settings.sleep(0).catch(() => undefined);
    }
  }

  private record(slot: Slot, state: OperationState, reason?: FailureReason): Promise<void> {
    return this.journal.record(slot.keyed, state, slot.attempts, reason);
  }

}

function earliest(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined) return b ?? null;
  return b === undefined ? a : Math.min(a, b);
}
