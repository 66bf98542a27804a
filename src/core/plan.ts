/**
 * The admin's license plan over the selection: per product an intent and, only when the admin changed them in
 * "View service plans", the service plans to turn off. Products the admin has not touched have no entry.
 */
import { isHeld } from './licenses.js';
import type { Product, ProductIntent, ServicePlanId, SkuId, TenantUser } from './types.js';

export interface ProductChoice {
  readonly intent: ProductIntent;
  /** Set only when the admin chose plans; undefined means "keep each user's plans" (new users get all plans). */
  readonly disabledPlans?: readonly ServicePlanId[];
}

export interface LicensePlan {
  readonly products: ReadonlyMap<SkuId, ProductChoice>;
}

export const EMPTY_PLAN: LicensePlan = Object.freeze({ products: new Map<SkuId, ProductChoice>() });

const LEAVE: ProductChoice = Object.freeze({ intent: 'leave' });

export function choiceFor(plan: LicensePlan, skuId: SkuId): ProductChoice {
  return plan.products.get(skuId) ?? LEAVE;
}

export function intentOf(plan: LicensePlan, skuId: SkuId): ProductIntent {
  return choiceFor(plan, skuId).intent;
}

/** The plans the admin chose to turn off, or undefined when they did not change plans for this product. */
export function chosenDisabledPlans(plan: LicensePlan, skuId: SkuId): readonly ServicePlanId[] | undefined {
  return plan.products.get(skuId)?.disabledPlans;
}

export function plansChanged(plan: LicensePlan, skuId: SkuId): boolean {
  return plan.products.get(skuId)?.disabledPlans !== undefined;
}

function withChoice(plan: LicensePlan, skuId: SkuId, choice: ProductChoice): LicensePlan {
  const current = plan.products.get(skuId);
  const isDefault = choice.intent === 'leave' && choice.disabledPlans === undefined;
  if (current === undefined && isDefault) return plan;
  if (current !== undefined && current.intent === choice.intent && sameIds(current.disabledPlans, choice.disabledPlans)) return plan;
  const next = new Map(plan.products);
  if (isDefault) next.delete(skuId);
  else next.set(skuId, choice);
  return { products: next };
}

export function setIntent(plan: LicensePlan, skuId: SkuId, intent: ProductIntent): LicensePlan {
  const current = plan.products.get(skuId);
  return withChoice(plan, skuId, current?.disabledPlans === undefined ? { intent } : { intent, disabledPlans: current.disabledPlans });
}

/** Records the admin's choice of plans to turn off (deduplicated, sorted, so equal choices compare equal). */
export function setDisabledPlans(plan: LicensePlan, skuId: SkuId, disabledPlans: readonly ServicePlanId[]): LicensePlan {
  const normalised = [...new Set(disabledPlans)].sort();
  return withChoice(plan, skuId, { intent: intentOf(plan, skuId), disabledPlans: normalised });
}

/** Forgets the plan choice for a product ("Reset"), keeping its intent. */
export function resetDisabledPlans(plan: LicensePlan, skuId: SkuId): LicensePlan {
  return withChoice(plan, skuId, { intent: intentOf(plan, skuId) });
}

export function hasChanges(plan: LicensePlan): boolean {
  return plan.products.size > 0;
}

/** Drops choices for products no longer offered (after a reload). */
export function keepProducts(plan: LicensePlan, products: readonly Product[]): LicensePlan {
  const known = new Set(products.map((p) => p.skuId));
  const stale = [...plan.products.keys()].filter((skuId) => !known.has(skuId));
  if (stale.length === 0) return plan;
  const next = new Map(plan.products);
  for (const skuId of stale) next.delete(skuId);
  return { products: next };
}

/** The "User" plans of a product: the only ones that can be turned off per user. */
export function userPlanIds(product: Product): ReadonlySet<ServicePlanId> {
  const ids = new Set<ServicePlanId>();
  for (const plan of product.servicePlans) if (plan.appliesTo === 'User') ids.add(plan.id);
  return ids;
}

/**
 * What "View service plans" shows as turned off: the admin's choice if any, otherwise the User plans every
 * holder among `selectedUsers` has turned off (none when nobody holds it).
 */
export function shownDisabledPlans(plan: LicensePlan, product: Product, selectedUsers: readonly TenantUser[]): readonly ServicePlanId[] {
  const chosen = chosenDisabledPlans(plan, product.skuId);
  if (chosen !== undefined) return chosen;
  let common: readonly ServicePlanId[] | null = null;
  for (const user of selectedUsers) {
    const held = user.licenses.find((l) => l.skuId === product.skuId && isHeld(l));
    if (held === undefined) continue;
    const off = new Set(held.disabledPlans);
    common = (common ?? [...off]).filter((id) => off.has(id));
    if (common.length === 0) break;
  }
  const userPlans = userPlanIds(product);
  return (common ?? []).filter((id) => userPlans.has(id)).sort();
}

function sameIds(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
