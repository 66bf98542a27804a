/**
 * Licensing rules for a tenant's products: derived from public facts (exclusive service-plan groups, Copilot's
 * base products) and merged with rules the host supplies. Pre-flight only; the service's answer stays authoritative.
 */
import { ADD_ON_PREREQUISITES, EXCLUSIVE_SERVICE_PLAN_GROUPS } from './catalog/known-rules.js';
import type { LicensingRules, Product, SkuId } from './types.js';

export const NO_RULES: LicensingRules = Object.freeze({
  requires: new Map<SkuId, readonly SkuId[]>(),
  excludes: new Map<SkuId, readonly SkuId[]>(),
  unavailableIn: new Map<SkuId, readonly string[]>(),
});

/** Plan names of each exclusive group a product carries, per group index. */
function groupPlanNames(product: Product): Map<number, Set<string>> {
  const found = new Map<number, Set<string>>();
  EXCLUSIVE_SERVICE_PLAN_GROUPS.forEach((group, index) => {
    for (const plan of product.servicePlans) {
      if (!group.includes(plan.name)) continue;
      let names = found.get(index);
      if (names === undefined) found.set(index, (names = new Set()));
      names.add(plan.name);
    }
  });
  return found;
}

/**
 * Two products exclude each other when both carry plans of one exclusive group and share none of those plans
 * (the same plan on two products is allowed; different plans of one group are not).
 */
function deriveExclusions(products: readonly Product[]): Map<SkuId, SkuId[]> {
  const groups = products.map(groupPlanNames);
  const excludes = new Map<SkuId, SkuId[]>();
  for (let i = 0; i < products.length; i++) {
    for (let j = i + 1; j < products.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      let exclusive = false;
      for (const [group, namesA] of a) {
        const namesB = b.get(group);
        if (namesB !== undefined && ![...namesA].some((name) => namesB.has(name))) exclusive = true;
      }
      if (!exclusive) continue;
      const skuA = products[i]!.skuId;
      const skuB = products[j]!.skuId;
      if (skuA === skuB) continue;
      addTo(excludes, skuA, skuB);
      addTo(excludes, skuB, skuA);
    }
  }
  return excludes;
}

/**
 * An add-on requires at least one of its base products that the tenant has. When the tenant has none of the
 * known bases we add no rule: its base may be a SKU we do not know, and the service will say.
 */
function deriveRequirements(products: readonly Product[]): Map<SkuId, SkuId[]> {
  const requires = new Map<SkuId, SkuId[]>();
  for (const product of products) {
    const bases = ADD_ON_PREREQUISITES[product.skuPartNumber];
    if (bases === undefined) continue;
    const present = products.filter((p) => p.skuId !== product.skuId && bases.includes(p.skuPartNumber)).map((p) => p.skuId);
    if (present.length > 0) requires.set(product.skuId, present);
  }
  return requires;
}

export function deriveKnownRules(products: readonly Product[]): LicensingRules {
  return { requires: deriveRequirements(products), excludes: deriveExclusions(products), unavailableIn: new Map() };
}

/**
 * Combines rule sets: lists for one product are united (requires stays "at least one of" the union),
 * exclusions are made symmetric, locations are compared upper-case.
 */
export function mergeRules(...rules: readonly LicensingRules[]): LicensingRules {
  const requires = new Map<SkuId, SkuId[]>();
  const excludes = new Map<SkuId, SkuId[]>();
  const unavailableIn = new Map<SkuId, string[]>();
  for (const set of rules) {
    for (const [sku, list] of set.requires) for (const other of list) addTo(requires, sku, other);
    for (const [sku, list] of set.excludes) {
      for (const other of list) {
        if (other === sku) continue;
        addTo(excludes, sku, other);
        addTo(excludes, other, sku);
      }
    }
    for (const [sku, list] of set.unavailableIn) for (const location of list) addTo(unavailableIn, sku, location.toUpperCase());
  }
  return { requires, excludes, unavailableIn };
}

export function excludesEachOther(rules: LicensingRules, a: SkuId, b: SkuId): boolean {
  return rules.excludes.get(a)?.includes(b) ?? false;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
