/**
 * Where and as which app the admin signs in: the authority (Microsoft's, or any Entra-compatible one such as the
 * reference server), the app registration's client id and the tenant. Pure: the extension and the demo share it.
 */
import type { BackendKind } from '../backend/backend.js';

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

function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** True when the authority is a local http server (the reference backend): the protocol library must allow it. */
export function isLocalHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && isLoopback(parsed.hostname);
  } catch {
    return false;
  }
}

/** An error message for the admin, or null when the authority is usable. */
export function validateAuthority(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter the sign-in authority as a full address, for example https://login.microsoftonline.com.';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    return 'The sign-in authority must use https:// (http:// only for a server on this computer).';
  }
  if (url.search !== '' || url.hash !== '') return 'The sign-in authority cannot carry a query or a fragment.';
  return null;
}

export function normalizeAuthority(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** Empty (sign-in not set up) or a GUID. */
export function validateClientId(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' || GUID.test(trimmed) ? null : 'The client ID is the app registration\'s Application (client) ID, a GUID.';
}

export function validateTenant(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'organizations' || trimmed === 'common' || GUID.test(trimmed) || DOMAIN.test(trimmed)) return null;
  return 'The tenant is "organizations", a tenant ID (GUID) or a domain such as contoso.onmicrosoft.com.';
}
