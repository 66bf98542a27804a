/**
 * Which tenant a sign-in lands in. The authority's tenant segment is `organizations`/`common` (the account's home
 * tenant), the partner's own tenant, or a customer's (by id or domain): a partner agent reaches every customer
 * (GDAP), an agent of a customer tenant only that one.
 */
import type { FixtureAgent } from '../fixture.js';
import type { Store } from '../store.js';

/** The demo partner's own tenant: where partner agents' accounts live and Partner Center tokens are issued. */
export const PARTNER_TENANT_ID = '5a7f0c1e-2b3d-4e5f-8a9b-0c0d0e0f1a2b';

export type AuthorityTenant = { readonly kind: 'home' } | { readonly kind: 'tenant'; readonly id: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tenant a path segment names, or null when there is none such. */
export function authorityTenant(store: Store, segment: string): AuthorityTenant | null {
  const name = segment.toLowerCase();
  if (name === 'organizations' || name === 'common') return { kind: 'home' };
  if (name === PARTNER_TENANT_ID) return { kind: 'tenant', id: PARTNER_TENANT_ID };
  if (GUID.test(name)) return store.customer(name) ? { kind: 'tenant', id: name } : null;
  const byDomain = [...store.customers.values()].find((customer) => customer.domain.toLowerCase() === name);
  return byDomain ? { kind: 'tenant', id: byDomain.id } : null;
}

export function homeTenant(agent: FixtureAgent): string {
  return agent.tenantId ?? PARTNER_TENANT_ID;
}

/** The tenant id a sign-in of `agent` through `tenant` gets, or null when the account has no way in. */
export function signInTenant(agent: FixtureAgent, tenant: AuthorityTenant, store: Store): string | null {
  if (tenant.kind === 'home') return homeTenant(agent);
  if (tenant.id === homeTenant(agent)) return tenant.id;
  return agent.tenantId === undefined && store.customer(tenant.id) ? tenant.id : null;
}
