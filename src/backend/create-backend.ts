/** Chooses the adapter by `config.kind`. */
import type { BackendConfig, LicenseBackend } from './backend.js';
import { GraphBackend } from './graph/graph-backend.js';
import { PartnerCenterBackend } from './partner-center/partner-center-backend.js';

export function createBackend(config: BackendConfig): LicenseBackend {
  switch (config.kind) {
    case 'partner-center':
      return new PartnerCenterBackend(config);
    case 'graph':
      return new GraphBackend(config);
    default: {
      const unknown: never = config.kind;
      throw new Error(`Unknown backend kind: ${String(unknown)}`);
    }
  }
}
