/**
 * Which customer a Partner Center portal page is about, from its URL alone:
 *   https://partner.microsoft.com/dashboard/v2/customers/{tenant id}/users
 *   https://partner.microsoft.com/en-us/dashboard/commerce2/customers/{tenant id}/subscriptions
 *   https://partner.microsoft.com/dashboard/...?customerId={tenant id}
 * Anything else (another host, plain http, no GUID) gives null.
 */
import { isGuid } from '../src/core/setting-checks.js';
import type { CustomerId } from '../src/core/types.js';

export const PARTNER_PORTAL_HOST = 'partner.microsoft.com';

const QUERY_KEYS = new Set(['customerid', 'customer-id', 'customer_id', 'tenantid']);

export function customerFromUrl(href: string | null | undefined): CustomerId | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== PARTNER_PORTAL_HOST) return null;
  const segments = url.pathname.split('/').map(decodeSegment);
  for (let index = 0; index < segments.length - 1; index += 1) {
    const segment = segments[index]?.toLowerCase();
    const next = segments[index + 1] ?? '';
    if ((segment === 'customers' || segment === 'customer') && isGuid(next)) return next.toLowerCase();
  }
  for (const [key, value] of url.searchParams) {
    if (QUERY_KEYS.has(key.toLowerCase()) && isGuid(value.trim())) return value.trim().toLowerCase();
  }
  // Single-page routes sometimes live in the fragment: #/customers/{id}/users
  if (url.hash.length > 1) {
    const fragment = customerFromUrl(`https://${PARTNER_PORTAL_HOST}/${url.hash.slice(1).replace(/^\/+/, '')}`);
    if (fragment) return fragment;
  }
  return null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
