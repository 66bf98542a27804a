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
