/**
 * Reference-only inspection for tests and benchmarks (no real service has these), answered to loopback callers only:
 * GET /_reference/health, GET /_reference/customers/{id}/audit, GET /_reference/identity (sign-in counts) and
 * POST /_reference/identity/expire-tokens (every access token issued so far is refused as expired from then on).
 */
import type { ServerContext } from './context.js';
import type { Reply } from './http-types.js';
import { segments } from './http-types.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.has(address);
}

export function referenceRoute(context: ServerContext, method: string, path: string, startedAt: number): Reply {
  const parts = segments(path) ?? [];
  if (parts.length === 3 && parts[1] === 'identity' && parts[2] === 'expire-tokens') {
    if (method !== 'POST') return { status: 405, headers: { Allow: 'POST' }, body: { error: 'Expiring tokens takes POST.' } };
    return { status: 200, body: { expired: context.identity.expireAccessTokens() } };
  }
  if (method !== 'GET') return { status: 405, headers: { Allow: 'GET' }, body: { error: 'Reference endpoints take GET only.' } };
  if (parts.length === 2 && parts[1] === 'identity') return { status: 200, body: { signIns: context.identity.counts } };
  if (parts.length === 2 && parts[1] === 'health') {
    return {
      status: 200,
      body: {
        status: 'ok',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        customers: [...context.store.customers.values()].map((customer) => ({ id: customer.id, name: customer.name, users: customer.users.length })),
      },
    };
  }
  if (parts.length === 4 && parts[1] === 'customers' && parts[3] === 'audit') {
    const customer = context.store.customer(parts[2] ?? '');
    if (!customer) return { status: 404, body: { error: `No customer ${parts[2] ?? ''}.` } };
    return {
      status: 200,
      body: { applied: Object.fromEntries(customer.audit.applied), received: Object.fromEntries(customer.audit.received), requests: customer.audit.requests, throttled: customer.audit.throttled },
    };
  }
  return { status: 404, body: { error: `No reference endpoint at ${path}.` } };
}
