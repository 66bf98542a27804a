/**
 * Notices a running job that has stopped moving: no change has finished for `afterMs` (the service is down, or
 * the executor is waiting out throttling). The progress view then says so instead of a time left that no longer
 * holds. While a job runs, a one-second tick keeps the shown waiting time current.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StallOptions {
  readonly afterMs?: number;
  /** Injected for tests. */
  readonly now?: () => number;
  readonly tickMs?: number;
}

export class StallController implements ReactiveController {
  private jobId: string | null = null;
  private done = -1;
  private since = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly afterMs: number;
  private readonly tickMs: number;
  private readonly now: () => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: StallOptions = {},
  ) {
    this.afterMs = options.afterMs ?? 10_000;
    this.tickMs = options.tickMs ?? 1_000;
    this.now = options.now ?? (() => Date.now());
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
      this.since = this.now();
    }
    this.timer ??= setInterval(() => this.host.requestUpdate(), this.tickMs);
    const still = this.now() - this.since;
    return still >= this.afterMs ? still : null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.jobId = null;
    this.done = -1;
  }
}
