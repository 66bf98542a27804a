/** Chooses the adapter by `config.kind`. */
import type { BackendConfig, LicenseBackend } from './backend.js';
import { DeferredBackend } from './deferred-backend.js';
import { MAX_BATCH_SIZE as GRAPH_BATCH_SIZE, MAX_USERS_TOP } from './graph/limits.js';
import { PartnerCenterBackend } from './partner-center/partner-center-backend.js';

export function createBackend(config: BackendConfig): LicenseBackend {
  switch (config.kind) {
    case 'partner-center':
      return new PartnerCenterBackend(config);
    case 'graph':
      // Its own chunk in the widget: loaded only by hosts that use Graph.
      return new DeferredBackend('graph', { maxBatchSize: GRAPH_BATCH_SIZE, maxPageSize: MAX_USERS_TOP, readsMany: true }, async () => new (await import('./graph/graph-backend.js')).GraphBackend(config));
    default: {
      const unknown: never = config.kind;
      throw new Error(`Unknown backend kind: ${String(unknown)}`);
    }
  }
}
