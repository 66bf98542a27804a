/**
 * Counts what has finished and tells the caller, at most about ten times a second, plus once at the end:
 * a progress bar over 10,000 users should not re-render 10,000 times.
 */
import type { JobProgress, OperationStatus } from './job.js';
import { RateMeter } from './rate-meter.js';

export const PROGRESS_INTERVAL_MS = 100;
const RATE_WINDOW_MS = 5_000;

export class ProgressTracker {
  private succeeded = 0;
  private failed = 0;
  private cancelled = 0;
  private retries = 0;
  private readonly finishedRate = new RateMeter(RATE_WINDOW_MS);
  private lastEmitAt = Number.NEGATIVE_INFINITY;
  private changed = true;
  private waitSeconds: number | null = null;

  constructor(
    private readonly total: number,
    private readonly startedAt: number,
    private readonly listener: ((progress: JobProgress) => void) | undefined,
  ) {}

  finished(status: OperationStatus, now: number): void {
    if (status === 'succeeded') this.succeeded += 1;
    else if (status === 'failed') this.failed += 1;
    else this.cancelled += 1;
    this.finishedRate.record(now);
    this.changed = true;
  }

  /** Nothing in flight and nothing may start for this long (null: not waiting). */
  waiting(seconds: number | null): void {
    if (seconds === this.waitSeconds) return;
    this.waitSeconds = seconds;
    this.changed = true;
  }

  retried(): void {
    this.retries += 1;
    this.changed = true;
  }

  snapshot(now: number): JobProgress {
    const done = this.succeeded + this.failed + this.cancelled;
    const ratePerSecond = this.finishedRate.perSecond(now, this.startedAt);
    const remaining = this.total - done;
    const secondsLeft = remaining === 0 ? 0 : ratePerSecond > 0 ? remaining / ratePerSecond : null;
    return {
      total: this.total,
      done,
      succeeded: this.succeeded,
      failed: this.failed,
      cancelled: this.cancelled,
      ratePerSecond,
      secondsLeft,
      retries: this.retries,
      ...(this.waitSeconds !== null && remaining > 0 ? { waitSeconds: this.waitSeconds } : {}),
    };
  }

  /** When a throttled update is still owed: the time it may go out, else null. */
  nextDueAt(): number | null {
    return this.changed && this.listener ? this.lastEmitAt + PROGRESS_INTERVAL_MS : null;
  }

  /** Emits when something changed and the last event is at least the interval old. */
  maybeEmit(now: number): void {
    if (!this.changed || now - this.lastEmitAt < PROGRESS_INTERVAL_MS) return;
    this.emit(now);
  }

  /** The closing event, always sent. */
  final(now: number): JobProgress {
    const progress = this.snapshot(now);
    this.send(progress);
    return progress;
  }

  private emit(now: number): void {
    this.lastEmitAt = now;
    this.changed = false;
    this.send(this.snapshot(now));
  }

  private send(progress: JobProgress): void {
    if (!this.listener) return;
    try {
      this.listener(progress);
    } catch {
      // A failing progress listener must not stop license changes half-way.
    }
  }
}
