/**
 * "Match licenses of…": the plan that makes the selected users hold what one user (the template) holds, with the
 * same service plans turned off. Products the template does not hold are kept or removed, as the admin chooses.
 */
import { EMPTY_PLAN, setDisabledPlans, setIntent, userPlanIds, type LicensePlan } from './plan.js';
import type { HeldLicense, Product, SkuId, TenantUser } from './types.js';

/** What happens to a product a selected user holds and the template does not. */
export type ExtraLicenses = 'keep' | 'remove';

export interface MatchedPlan {
  readonly plan: LicensePlan;
  /** Products the template holds that the customer does not offer to users: they cannot be assigned. */
  readonly notOffered: readonly SkuId[];
}

export function matchPlan(
  template: readonly HeldLicense[],
  selectedUsers: readonly TenantUser[],
  products: readonly Product[],
  extras: ExtraLicenses,
): MatchedPlan {
  const offered = new Map(products.map((product) => [product.skuId, product]));
  const held = new Set(template.map((license) => license.skuId));
  let plan = EMPTY_PLAN;
  const notOffered: SkuId[] = [];
  for (const license of template) {
    const product = offered.get(license.skuId);
    if (product === undefined) {
      notOffered.push(license.skuId);
      continue;
    }
    // Only User plans can be turned off per user; the template's Tenant plans say nothing about the others.
    const userPlans = userPlanIds(product);
    plan = setDisabledPlans(setIntent(plan, license.skuId, 'assign'), license.skuId, license.disabledPlans.filter((id) => userPlans.has(id)));
  }
  if (extras === 'remove') {
    for (const product of products) {
      const extra = !held.has(product.skuId) && selectedUsers.some((user) => user.licenses.some((license) => license.skuId === product.skuId));
      if (extra) plan = setIntent(plan, product.skuId, 'revoke');
    }
  }
  return { plan, notOffered };
}
