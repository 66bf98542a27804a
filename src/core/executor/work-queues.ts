/**
 * Where each unfinished operation waits: new ones in job order, ones to send again (first in line), ones whose
 * user must be read before anything is sent, and ones backing off until a given time.
 */
import { Fifo, MinHeap } from './min-heap.js';

export interface Queued {
  /** Read the user's licenses before sending (an earlier answer was lost). */
  readonly checkFirst: boolean;
}

export class WorkQueues<T extends Queued> {
  private readonly fresh = new Fifo<T>();
  private readonly again = new Fifo<T>();
  private readonly checks = new Fifo<T>();
  private readonly backingOff = new MinHeap<T>();

  /** Operations that could start now, were there room. */
  get startable(): number {
    return this.fresh.size + this.again.size + this.checks.size;
  }

  /** Operations to send that could start now. */
  get sendable(): number {
    return this.fresh.size + this.again.size;
  }

  /** Users to read that could be read now. */
  get checkable(): number {
    return this.checks.size;
  }

  /** When the earliest backing-off operation may go, if any. */
  get nextDueAt(): number | undefined {
    return this.backingOff.peekKey();
  }

  add(item: T): void {
    (item.checkFirst ? this.checks : this.fresh).push(item);
  }

  sendAgain(item: T): void {
    this.again.push(item);
  }

  checkSoon(item: T): void {
    this.checks.push(item);
  }

  backOff(until: number, item: T): void {
    this.backingOff.push(until, item);
  }

  /** Everything backing off, ready now (the admin asked to retry now). */
  releaseAll(): void {
    this.releaseDue(Number.POSITIVE_INFINITY);
  }

  releaseDue(now: number): void {
    for (let key = this.backingOff.peekKey(); key !== undefined && key <= now; key = this.backingOff.peekKey()) {
      const item = this.backingOff.pop();
      if (item) (item.checkFirst ? this.checks : this.again).push(item);
    }
  }

  /** Up to `max` users to read in one call. */
  takeChecks(max: number): T[] {
    return takeUpTo(max, () => this.checks.shift());
  }

  /** Up to `max` operations for one call, those to send again first. */
  takeBatch(max: number): T[] {
    return takeUpTo(max, () => this.again.shift() ?? this.fresh.shift());
  }

  /** Everything still waiting, taken out (cancel). */
  drain(): T[] {
    return [...this.fresh.drain(), ...this.again.drain(), ...this.checks.drain(), ...this.backingOff.drain()];
  }
}

function takeUpTo<T>(max: number, next: () => T | undefined): T[] {
  const taken: T[] = [];
  while (taken.length < max) {
    const item = next();
    if (item === undefined) break;
    taken.push(item);
  }
  return taken;
}
