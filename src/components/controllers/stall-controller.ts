/**
 * Notices a running job that has stopped moving: no change has finished for `afterMs` (the service is down, or
 * the executor is waiting out throttling). The progress view then says so instead of a time left that no longer
 * holds. While a job runs, a one-second tick keeps the shown waiting time current.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PendingRun, type ClockSource } from './clock.js';

export interface StallOptions {
  readonly afterMs?: number;
  readonly clock?: ClockSource;
  readonly tickMs?: number;
}

export class StallController implements ReactiveController {
  private jobId: string | null = null;
  private done = -1;
  private since = 0;
  private readonly ticks: PendingRun;
  private readonly afterMs: number;
  private readonly tickMs: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: StallOptions = {},
  ) {
    this.afterMs = options.afterMs ?? 10_000;
    this.tickMs = options.tickMs ?? 1_000;
    this.ticks = new PendingRun(options.clock);
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
      this.since = this.ticks.now();
    }
    // The tick re-renders, which calls watch again and sets the next tick.
    this.ticks.start(this.tickMs, () => this.host.requestUpdate());
    const still = this.ticks.now() - this.since;
    return still >= this.afterMs ? still : null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.ticks.cancel();
    this.jobId = null;
    this.done = -1;
  }
}
