/**
 * Notices a running job that has stopped moving: no change has finished for `afterMs` (the service is down, or
 * the executor is waiting out throttling). The progress view then says so instead of a time left that no longer
 * holds. While a job runs, a one-second tick keeps the shown waiting time current.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { realClock, type Clock } from './clock.js';

export interface StallOptions {
  readonly afterMs?: number;
  /** Where time comes from, asked when needed (the UI config context may supply one after construction). */
  readonly clock?: () => Clock | undefined;
  readonly tickMs?: number;
}

export class StallController implements ReactiveController {
  private jobId: string | null = null;
  private done = -1;
  private since = 0;
  private cancelTick: (() => void) | undefined;
  private readonly afterMs: number;
  private readonly tickMs: number;
  private readonly clock: () => Clock;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: StallOptions = {},
  ) {
    this.afterMs = options.afterMs ?? 10_000;
    this.tickMs = options.tickMs ?? 1_000;
    this.clock = () => options.clock?.() ?? realClock;
    host.addController(this);
  }

  /**
   * Call while rendering a job: milliseconds since its done count last moved when that is at least `afterMs`,
   * else null (moving, or not running).
   */
  watch(jobId: string, done: number, running: boolean): number | null {
    if (!running) {
      this.stop();
      return null;
    }
    if (jobId !== this.jobId || done !== this.done) {
      this.jobId = jobId;
      this.done = done;
      this.since = this.clock().now();
    }
    // The tick re-renders, which calls watch again and sets the next tick.
    this.cancelTick ??= this.clock().after(this.tickMs, () => {
      this.cancelTick = undefined;
      this.host.requestUpdate();
    });
    const still = this.clock().now() - this.since;
    return still >= this.afterMs ? still : null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.cancelTick?.();
    this.cancelTick = undefined;
    this.jobId = null;
    this.done = -1;
  }
}
