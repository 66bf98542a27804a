/**
 * Real product and service-plan identifiers, copied from Microsoft's public "Product names and service plan
 * identifiers for licensing" CSV (23 SKUs): data, kept as JSON beside the server that builds its demo tenant from it.
 * `appliesTo` is not in the CSV: EXCHANGE_S_FOUNDATION is a tenant-wide plan (Partner Center examples), the rest are per user.
 */
import type { ServicePlan } from '../../src/core/types.js';
import catalog from './sku-catalog.json';

export interface CatalogProduct {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly displayName: string;
  readonly servicePlans: readonly ServicePlan[];
}

function appliesTo(value: string, where: string): ServicePlan['appliesTo'] {
  if (value === 'User' || value === 'Tenant') return value;
  throw new Error(`sku-catalog.json ${where}.appliesTo: expected "User" or "Tenant", got "${value}"`);
}

/** The catalog's product with this part number (e.g. "ENTERPRISEPACK"); throws when there is none. */
export function catalogProduct(skuPartNumber: string): CatalogProduct {
  const found = SKU_CATALOG.find((product) => product.skuPartNumber === skuPartNumber);
  if (!found) throw new Error(`${skuPartNumber} is not in the catalog`);
  return found;
}

export const SKU_CATALOG: readonly CatalogProduct[] = catalog.map((product, index) => ({
  ...product,
  servicePlans: product.servicePlans.map((plan, planIndex) => ({
    ...plan,
    appliesTo: appliesTo(plan.appliesTo, `[${index}].servicePlans[${planIndex}]`),
  })),
}));
