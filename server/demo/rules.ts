/** Licensing rules for demo products, derived from the public catalog facts in src/core/catalog/known-rules.ts. */
import type { CatalogProduct } from '../catalog/sku-catalog.js';
import { ADD_ON_PREREQUISITES, EXCLUSIVE_SERVICE_PLAN_GROUPS } from '../../src/core/catalog/known-rules.js';

/** Products that carry two different plans of one exclusive group cannot be held together. */
export function exclusivePairs(products: readonly CatalogProduct[]): Map<string, string[]> {
  const excludes = new Map<string, string[]>(products.map((product) => [product.skuId, []]));
  const groupsOf = (product: CatalogProduct): Map<number, Set<string>> => {
    const groups = new Map<number, Set<string>>();
    for (const plan of product.servicePlans) {
      const group = EXCLUSIVE_SERVICE_PLAN_GROUPS.findIndex((names) => names.includes(plan.name));
      if (group >= 0) groups.set(group, (groups.get(group) ?? new Set()).add(plan.name));
    }
    return groups;
  };
  products.forEach((a, i) => {
    const groupsA = groupsOf(a);
    for (const b of products.slice(i + 1)) {
      const groupsB = groupsOf(b);
      const clash = [...groupsA].some(([group, plansA]) => [...(groupsB.get(group) ?? [])].some((plan) => !plansA.has(plan)));
      if (clash) {
        excludes.get(a.skuId)?.push(b.skuId);
        excludes.get(b.skuId)?.push(a.skuId);
      }
    }
  });
  return excludes;
}

/** Add-ons (Copilot) need at least one of their base products that the tenant owns. */
export function prerequisites(products: readonly CatalogProduct[]): Map<string, string[]> {
  const byPart = new Map(products.map((product) => [product.skuPartNumber, product.skuId]));
  const requires = new Map<string, string[]>();
  for (const product of products) {
    const bases = ADD_ON_PREREQUISITES[product.skuPartNumber];
    if (!bases) continue;
    requires.set(product.skuId, bases.flatMap((part) => byPart.get(part) ?? []));
  }
  return requires;
}
