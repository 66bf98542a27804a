/**
 * Time that runs `factor` times faster than the wall clock, for a server and a client that wait on each other over
 * real sockets: a Retry-After of 1 s costs 1000/factor ms. Give the same one to both sides (the reference server's
 * `rateLimitClock`, the backend's and the executor's `sleep`/`now`), so each still waits what the other asked.
 */
import { systemSleep, type Sleep } from '../../src/core/executor/clock.js';

export interface FastTime {
  readonly now: () => number;
  readonly sleep: Sleep;
}

export function fastTime(factor: number): FastTime {
  const start = performance.now();
  return {
    now: () => (performance.now() - start) * factor,
    sleep: (ms, signal) => systemSleep(ms / factor, signal),
  };
}
