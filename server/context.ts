/** What every route may use: the store, and a way to make changes durable before answering. */
import type { FaultInjector } from './faults.js';
import type { Identity } from './identity/identity.js';
import type { Random } from './prng.js';
import type { Store } from './store.js';
import type { Throttle } from './throttle.js';

export interface ServerContext {
  readonly store: Store;
  readonly throttle: Throttle;
  readonly faults: FaultInjector;
  /** The reference sign-in: issues tokens and verifies the ones the APIs receive. */
  readonly identity: Identity;
  /** Orders $batch responses. */
  readonly batchRandom: Random;
  /** Resolves once the current state is written (at once without --data-dir). */
  persist(): Promise<void>;
}
