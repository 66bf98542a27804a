/**
 * Time for a server and a client that wait on each other over real sockets: it moves only when someone sleeps, to
 * the end of that sleep, and a sleep costs 1/`factor` of its length in wall time (a Retry-After of 1 s: 50 ms at 20).
 * Give the same one to both sides (the reference server's `rateLimitClock`, the backend's and the executor's
 * `sleep`/`now`), so each still waits what the other asked. A slow machine cannot move it: requests sent before
 * anyone waited meet the same instant, and a bucket that is empty stays empty until someone waits for it.
 */
import { systemSleep, type Sleep } from '../../src/core/executor/clock.js';

export interface SleepClock {
  readonly now: () => number;
  readonly sleep: Sleep;
}

export function sleepClock(factor: number): SleepClock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      const end = now + Math.max(0, ms);
      await systemSleep(ms / factor, signal);
      if (!signal?.aborted) now = Math.max(now, end);
    },
  };
}
