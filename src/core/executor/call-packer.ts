/**
 * Packs waiting work into calls: reads first (they decide whether anything is sent again), then sends, each up
 * to the backend's batch size. A full call goes at once. One that is not full goes when nothing is in flight
 * (nothing could come to fill it) or once it has waited a little: until then, items that fail in the calls still
 * on their way join it instead of going alone, which keeps a `$batch` backend near one request per 20 items.
 */
import type { Queued, WorkQueues } from './work-queues.js';

/** Longest a call that is not full waits for company. */
export const PARTIAL_HOLD_MS = 500;

export interface Call<T> {
  readonly kind: 'read' | 'send';
  readonly items: T[];
}

export class CallPacker<T extends Queued> {
  private partialSince: number | null = null;

  constructor(
    private readonly queues: WorkQueues<T>,
    private readonly sendMax: number,
    private readonly readMax: number,
  ) {}

  /** The next call to start, or null while a call that is not full waits (see `waitingUntil`). */
  take(now: number, inFlight: number): Call<T> | null {
    const { checkable, sendable } = this.queues;
    let call: Call<T> | null = null;
    if (checkable >= this.readMax || (checkable > 0 && this.mayGoPartial(now, inFlight))) {
      call = { kind: 'read', items: this.queues.takeChecks(this.readMax) };
    } else if (sendable >= this.sendMax || (sendable > 0 && this.mayGoPartial(now, inFlight))) {
      call = { kind: 'send', items: this.queues.takeBatch(this.sendMax) };
    }
    if (call) this.partialSince = null;
    return call;
  }

  /** When a call that is not full goes at the latest, if one is waiting. */
  get waitingUntil(): number | undefined {
    return this.partialSince === null ? undefined : this.partialSince + PARTIAL_HOLD_MS;
  }

  private mayGoPartial(now: number, inFlight: number): boolean {
    if (inFlight === 0) return true;
    this.partialSince ??= now;
    return now - this.partialSince >= PARTIAL_HOLD_MS;
  }
}
