/**
 * Test doubles for the executor: a virtual clock that advances only when everything is waiting on a timer,
 * and a scripted ApplyPort that keeps its own license state, so "applied but the answer was lost" is real.
 */
import type { ApplyPort, ApplyResult, JournalPort, KeyedOperation, LicenseRead, OperationRecord } from '../../../src/core/executor/ports.js';
import type { HeldLicense, UserId, UserOperation } from '../../../src/core/types.js';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** A real macrotask turn: every pending promise callback runs before it resolves. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeClock {
  time = 0;
  private timers: Timer[] = [];
  private seq = 0;

  readonly now = (): number => this.time;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer);
        resolve();
      };
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });

  /** Runs `work` to the end, moving time to the next timer whenever nothing else can happen. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    void work.then(
      () => (settled = true),
      () => (settled = true),
    );
    let idle = 0;
    while (!settled) {
      await macrotask();
      if (settled) break;
      if (this.timers.length === 0) {
        if (++idle > 100) throw new Error(`Stuck at t=${this.time}: nothing scheduled and the work has not ended`);
        continue;
      }
      idle = 0;
      this.fireNext();
    }
    return work;
  }

  /** Calls `action` once virtual time reaches `at` (used to cancel mid-job). */
  at(at: number, action: () => void): void {
    this.timers.push({ at, seq: this.seq++, fire: action });
  }

  private fireNext(): void {
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift();
    if (!next) return;
    this.time = Math.max(this.time, next.at);
    next.fire();
  }
}

/** What the scripted service does with one attempt of one operation. */
export interface Scripted {
  readonly result: ApplyResult;
  /** The service carried the change out (true for success by default; set for "applied, answer lost"). */
  readonly applied?: boolean;
}

export type Script = (keyed: KeyedOperation, attempt: number, call: CallRecord) => Scripted | ApplyResult | undefined;

export interface CallRecord {
  readonly at: number;
  readonly requestIds: readonly string[];
  readonly inFlightAtStart: number;
}

export class FakeApplier implements ApplyPort {
  readonly calls: CallRecord[] = [];
  readonly reads: { at: number; userId: UserId }[] = [];
  /** Users per read call (one call may read many with `readMany`). */
  readonly readCalls: UserId[][] = [];
  readonly readManyLicenses?: (userIds: readonly UserId[]) => Promise<readonly LicenseRead[]>;
  readonly held = new Map<UserId, HeldLicense[]>();
  readonly log: string[];
  private readonly attempts = new Map<string, number>();
  private inFlight = 0;
  maxInFlight = 0;

  constructor(
    private readonly clock: FakeClock,
    private readonly options: { maxBatchSize?: number; latencyMs?: number; script?: Script; log?: string[]; readMany?: boolean } = {},
  ) {
    this.log = options.log ?? [];
    if (options.readMany) this.readManyLicenses = (userIds) => this.readMany(userIds);
  }

  get maxBatchSize(): number {
    return this.options.maxBatchSize ?? 1;
  }

  attemptsOf(requestId: string): number {
    return this.attempts.get(requestId) ?? 0;
  }

  async apply(operations: readonly KeyedOperation[]): Promise<readonly ApplyResult[]> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const call: CallRecord = { at: this.clock.now(), requestIds: operations.map((o) => o.requestId), inFlightAtStart: this.inFlight };
    this.calls.push(call);
    for (const o of operations) this.log.push(`apply ${o.requestId}`);
    await this.clock.sleep(this.options.latencyMs ?? 10);
    const results = operations.map((keyed) => {
      const attempt = (this.attempts.get(keyed.requestId) ?? 0) + 1;
      this.attempts.set(keyed.requestId, attempt);
      const scripted = this.options.script?.(keyed, attempt, call);
      const outcome: Scripted = scripted === undefined ? { result: { status: 'succeeded' } } : 'result' in scripted ? scripted : { result: scripted };
      if (outcome.applied ?? outcome.result.status === 'succeeded') this.applyToState(keyed.operation);
      return outcome.result;
    });
    this.inFlight -= 1;
    return results;
  }

  async readLicenses(userId: UserId): Promise<readonly HeldLicense[]> {
    const [read] = await this.readMany([userId]);
    return read?.status === 'read' ? read.licenses : [];
  }

  private async readMany(userIds: readonly UserId[]): Promise<readonly LicenseRead[]> {
    this.readCalls.push([...userIds]);
    for (const userId of userIds) {
      this.reads.push({ at: this.clock.now(), userId });
      this.log.push(`read ${userId}`);
    }
    await this.clock.sleep(this.options.latencyMs ?? 10);
    return userIds.map((userId) => ({ status: 'read', licenses: this.held.get(userId) ?? [] }));
  }

  private applyToState(operation: UserOperation): void {
    const current = (this.held.get(operation.userId) ?? []).filter(
      (l) => !operation.remove.includes(l.skuId) && !operation.assign.some((a) => a.skuId === l.skuId),
    );
    for (const a of operation.assign) current.push({ skuId: a.skuId, disabledPlans: [...a.disabledPlans] });
    this.held.set(operation.userId, current);
  }
}

export class MemoryJournal implements JournalPort {
  readonly records: OperationRecord[] = [];
  constructor(private readonly log?: string[]) {}
  record(_jobId: string, change: OperationRecord): void {
    this.records.push(change);
    this.log?.push(`journal ${change.requestId} ${change.state}`);
  }
}

export const SKU_A = '11111111-0000-0000-0000-00000000000a';
export const SKU_B = '11111111-0000-0000-0000-00000000000b';

export function operations(count: number, prefix = 'u'): KeyedOperation[] {
  return Array.from({ length: count }, (_, i) => ({
    requestId: `req-${prefix}${i}`,
    operation: { userId: `${prefix}${i}`, assign: [{ skuId: SKU_A, disabledPlans: [] }], remove: [] },
  }));
}

export const throttled = (retryAfterSeconds?: number): ApplyResult => ({
  status: 'failed',
  reason: { kind: 'throttled', message: 'Rate limit is exceeded.', httpStatus: 429 },
  retryable: true,
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

export const unavailable = (ambiguous = false): ApplyResult => ({
  status: 'failed',
  reason: { kind: 'unavailable', message: ambiguous ? 'connection dropped' : 'Service unavailable', ...(ambiguous ? {} : { httpStatus: 503 }) },
  retryable: true,
  ...(ambiguous ? { ambiguous: true } : {}),
});

/** A fixed sequence of "random" numbers, repeating. */
export function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}
