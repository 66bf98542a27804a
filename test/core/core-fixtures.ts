/** Small builders for core tests: plain data, readable in tables. */
import type { HeldLicense, Product, ServicePlan, TenantUser } from '../../src/core/types.js';
import { catalogProduct as fromCatalog } from '../../server/catalog/sku-catalog.js';

export function user(
  id: string,
  licenses: readonly (string | HeldLicense)[] = [],
  options: { displayName?: string; upn?: string; usageLocation?: string | null } = {},
): TenantUser {
  return {
    id,
    displayName: options.displayName ?? `User ${id}`,
    userPrincipalName: options.upn ?? `${id}@contoso.example`,
    usageLocation: options.usageLocation === undefined ? 'SE' : options.usageLocation,
    licenses: licenses.map((l) => (typeof l === 'string' ? { skuId: l, disabledPlans: [] } : l)),
  };
}

export function plan(id: string, name = id.toUpperCase(), appliesTo: 'User' | 'Tenant' = 'User'): ServicePlan {
  return { id, name, displayName: name, appliesTo };
}

export function product(skuId: string, options: { available?: number; total?: number; plans?: readonly ServicePlan[]; part?: string } = {}): Product {
  const total = options.total ?? 100;
  const available = options.available ?? total;
  return {
    skuId,
    skuPartNumber: options.part ?? skuId.toUpperCase(),
    displayName: `Product ${skuId}`,
    totalUnits: total,
    consumedUnits: total - available,
    availableUnits: available,
    servicePlans: options.plans ?? [],
    capabilityStatus: 'Enabled',
    licenseGroup: 'group1',
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so random cases repeat. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tenant product built from the real catalog entry with the given SKU part number. */
export function catalogProduct(skuPartNumber: string, available = 10): Product {
  const entry = fromCatalog(skuPartNumber);
  return { ...product(entry.skuId, { available, total: available + 5, plans: entry.servicePlans, part: skuPartNumber }), displayName: entry.displayName };
}
