/**
 * Where and as which app the admin signs in: the authority (Microsoft's, or any Entra-compatible one such as the
 * reference server), the app registration's client id and the tenant. Pure: the extension and the demo share it.
 */
import type { BackendKind } from '../backend/backend.js';
import { isLoopbackHost } from '../core/setting-checks.js';

export interface SignInSettings {
  /** e.g. https://login.microsoftonline.com, without a trailing slash. */
  readonly authority: string;
  /** The app registration's Application (client) ID; empty when sign-in is not set up. */
  readonly clientId: string;
  /** `organizations` (any work account), or the partner's tenant id or domain. */
  readonly tenant: string;
}

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
export const DEFAULT_TENANT = 'organizations';

/** The access each API needs (delegated), plus OpenID Connect for who signed in and a refresh token. */
export const API_SCOPES: Readonly<Record<BackendKind, string>> = {
  'partner-center': 'https://api.partnercenter.microsoft.com/user_impersonation',
  graph: 'https://graph.microsoft.com/.default',
};
const OIDC_SCOPES = 'openid profile offline_access';

export function scopeFor(backend: BackendKind): string {
  return `${API_SCOPES[backend]} ${OIDC_SCOPES}`;
}

/**
 * The tenant a token is asked from: Partner Center's from the partner's own tenant (the setting); Graph's through
 * GDAP from the customer's tenant, so the customer id when one is known.
 */
export function tenantFor(backend: BackendKind, settings: SignInSettings, customerId: string | null): string {
  return backend === 'graph' && customerId ? customerId : settings.tenant;
}

/** True when the authority is a local http server (the reference backend): the protocol library must allow it. */
export function isLocalHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
  } catch {
    return false;
  }
}
