/** What every route may use: the store, and a way to make changes durable before answering. */
import type { FaultInjector } from './faults.js';
import type { Random } from './prng.js';
import type { Store } from './store.js';
import type { Throttle } from './throttle.js';

export interface ServerContext {
  readonly store: Store;
  readonly throttle: Throttle;
  readonly faults: FaultInjector;
  /** Orders $batch responses. */
  readonly batchRandom: Random;
  /** Resolves once the current state is written (at once without --data-dir). */
  persist(): Promise<void>;
}
