/**
 * The extension's sign-in: a TokenKeeper over storage.session (memory only) and launchWebAuthFlow with the
 * extension's own redirect URL. The tokens go nowhere else.
 */
import type { TokenProvider } from '../../src/backend/backend.js';
import type { CustomerId } from '../../src/core/types.js';
import { tenantFor } from '../../src/sign-in/settings.js';
import { TokenKeeper } from '../../src/sign-in/token-keeper.js';
import { getSessionValue, getSettings, launchWebAuthFlow, setSessionValue, signInRedirectUrl } from './browser.js';

/** `customerId` says which customer the page works on now (Graph tokens come from that tenant); null for none. */
export function extensionTokenKeeper(customerId: () => CustomerId | null): TokenKeeper {
  return new TokenKeeper({
    storage: { load: () => getSessionValue('signIn'), save: (signIn) => setSessionValue('signIn', signIn) },
    flow: { redirectUri: signInRedirectUrl(), launch: launchWebAuthFlow },
    target: async () => {
      const settings = await getSettings();
      return { settings, backend: settings.backend, tenant: tenantFor(settings.backend, settings, customerId() ?? (settings.customerId || null)) };
    },
  });
}

/** A hand-entered access token when one is set (automation), else the sign-in's, renewed as needed. */
export function extensionTokenProvider(keeper: TokenKeeper): TokenProvider {
  return async (request) => (await getSessionValue('token')) ?? keeper.tokenProvider(request);
}
