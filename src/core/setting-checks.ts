/**
 * Checks of what an admin types into settings: a service's address (the backend's base URL, the sign-in
 * authority), tenant and app ids. Pure, and the one place these rules live: the extension's settings and the
 * sign-in's share them. They answer with a problem code; the page that shows it puts it into words.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** Tenant, customer and app (client) ids. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A tenant as a sign-in names it: `organizations`, `common`, a tenant id or a domain (contoso.onmicrosoft.com). */
export function isTenantName(value: string): boolean {
  const trimmed = value.trim().toLowerCase();
  return trimmed === 'organizations' || trimmed === 'common' || GUID.test(trimmed) || DOMAIN.test(trimmed);
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** Why an address cannot be used for a service. */
export type AddressProblem = 'not-a-url' | 'not-https' | 'query-or-fragment';

/** A full https address (http only for a server on this computer) with no query or fragment; null when usable. */
export function addressProblem(value: string): AddressProblem | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'not-a-url';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) return 'not-https';
  if (url.search !== '' || url.hash !== '') return 'query-or-fragment';
  return null;
}

/** The address as kept: trimmed, without a trailing slash (paths are appended to it). */
export function normalizeAddress(value: string): string {
  return value.trim().replace(/\/+$/, '');
}
