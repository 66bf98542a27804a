/**
 * Time for the components' controllers (rate-limited announcements, the stalled-job tick): the real one in the
 * product, a hand-driven one in tests, handed down through the UI config context.
 */
export interface Clock {
  now(): number;
  /** Runs `run` after `ms`; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** Where a controller's time comes from, asked when needed (the UI config context may supply it after construction). */
export type ClockSource = () => Clock | undefined;

/**
 * At most one run waiting on a controller's clock (the announcer's next message, the stalled job's next tick), with
 * that clock's time; the real clock when the source has none.
 */
export class PendingRun {
  private cancelRun: (() => void) | undefined;

  constructor(private readonly source: ClockSource | undefined) {}

  now(): number {
    return this.clock().now();
  }

  get waiting(): boolean {
    return this.cancelRun !== undefined;
  }

  /** Runs `run` after `ms`, unless a run is waiting already. */
  start(ms: number, run: () => void): void {
    this.cancelRun ??= this.clock().after(ms, () => {
      this.cancelRun = undefined;
      run();
    });
  }

  cancel(): void {
    this.cancelRun?.();
    this.cancelRun = undefined;
  }

  private clock(): Clock {
    return this.source?.() ?? realClock;
  }
}
