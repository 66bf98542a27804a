/**
 * "Match licenses of…": the plan that makes the selected users hold what one user (the template) holds, with the
 * same service plans turned off. Products the template does not hold are kept or removed, as the admin chooses.
 *
 * A license the template holds only through a group is not copied: the group gives it, and a direct copy would
 * outlive the users' membership and mix direct with group-based licensing. It is not an extra either (the
 * template does hold it), so the selected users keep what they have of it; the admin is told, and can still tick
 * it in the grid. A license listed only because a group's assignment failed is not held at all.
 */
import { isHeld, onlyInherited } from './licenses.js';
import { EMPTY_PLAN, setDisabledPlans, setIntent, userPlanIds, type LicensePlan } from './plan.js';
import type { HeldLicense, Product, SkuId, TenantUser } from './types.js';

/** What happens to a product a selected user holds and the template does not. */
export type ExtraLicenses = 'keep' | 'remove';

export interface MatchedPlan {
  readonly plan: LicensePlan;
  /** Products the template holds that the customer does not offer to users: they cannot be assigned. */
  readonly notOffered: readonly SkuId[];
  /** Products the template holds only through a group: not copied, left as each selected user has them. */
  readonly throughGroups: readonly SkuId[];
}

export function matchPlan(
  template: readonly HeldLicense[],
  selectedUsers: readonly TenantUser[],
  products: readonly Product[],
  extras: ExtraLicenses,
): MatchedPlan {
  const offered = new Map(products.map((product) => [product.skuId, product]));
  const held = template.filter(isHeld);
  let plan = EMPTY_PLAN;
  const notOffered: SkuId[] = [];
  const throughGroups: SkuId[] = [];
  for (const license of held) {
    const product = offered.get(license.skuId);
    if (product === undefined) notOffered.push(license.skuId);
    else if (onlyInherited(license)) throughGroups.push(license.skuId);
    else {
      // Only User plans can be turned off per user; the template's Tenant plans say nothing about the others.
      const userPlans = userPlanIds(product);
      plan = setDisabledPlans(setIntent(plan, license.skuId, 'assign'), license.skuId, license.disabledPlans.filter((id) => userPlans.has(id)));
    }
  }
  if (extras === 'remove') {
    const templateHolds = new Set(held.map((license) => license.skuId));
    for (const product of products) {
      const extra = !templateHolds.has(product.skuId) && selectedUsers.some((user) => user.licenses.some((license) => license.skuId === product.skuId && isHeld(license)));
      if (extra) plan = setIntent(plan, product.skuId, 'revoke');
    }
  }
  return { plan, notOffered, throughGroups };
}
