/**
 * What a job will do, counted before it runs: per product how many users it is assigned to and removed from, how
 * many get other service plans, and how many licenses that leaves available. Pure; the session feeds it the
 * operations it will send and what the users hold now.
 */
import type { HeldLicense, Product, SkuId, UserId, UserOperation } from './types.js';

export interface ProductChangeCount {
  readonly skuId: SkuId;
  /** Users who get the product (did not hold it). */
  readonly assigned: number;
  readonly removed: number;
  /** Users who keep the product with other service plans turned off. */
  readonly plansChanged: number;
  /** Licenses available once the job is done; null when the product's counts are not known. */
  readonly availableAfter: number | null;
}

/**
 * Counts per product, in the products' order (ones not among them last). `held` is what each user holds now;
 * an assignment of a product the user holds only changes its plans and uses no license.
 */
export function countChanges(
  operations: readonly UserOperation[],
  held: ReadonlyMap<UserId, readonly HeldLicense[]>,
  products: readonly Product[],
): ProductChangeCount[] {
  const counts = new Map<SkuId, { assigned: number; removed: number; plansChanged: number }>();
  const countOf = (skuId: SkuId) => {
    let count = counts.get(skuId);
    if (count === undefined) counts.set(skuId, (count = { assigned: 0, removed: 0, plansChanged: 0 }));
    return count;
  };
  for (const operation of operations) {
    const holds = new Set((held.get(operation.userId) ?? []).map((license) => license.skuId));
    for (const { skuId } of operation.assign) {
      if (holds.has(skuId)) countOf(skuId).plansChanged += 1;
      else countOf(skuId).assigned += 1;
    }
    for (const skuId of operation.remove) countOf(skuId).removed += 1;
  }
  const bySku = new Map(products.map((product) => [product.skuId, product]));
  const order = new Map(products.map((product, index) => [product.skuId, index]));
  const rank = (skuId: SkuId) => order.get(skuId) ?? products.length;
  return [...counts].sort(([a], [b]) => rank(a) - rank(b)).map(([skuId, count]) => {
    const product = bySku.get(skuId);
    return { skuId, ...count, availableAfter: product === undefined ? null : product.availableUnits - count.assigned + count.removed };
  });
}
