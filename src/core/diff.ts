/**
 * Turns the admin's plan into the fewest per-user operations: one operation per user with all of that user's
 * changes, and nothing for users who already have what the plan asks for.
 */
import { isHeld } from './licenses.js';
import { userPlanIds, type LicensePlan } from './plan.js';
import type { HeldLicense, LicenseAssignment, Product, ServicePlanId, SkuId, TenantUser, UserOperation } from './types.js';

/** The plan names a product the tenant does not offer (stale plan after a reload, or a caller bug). */
export class UnknownProductError extends Error {
  override readonly name = 'UnknownProductError';
  constructor(readonly skuId: SkuId) {
    super(`The plan names product ${skuId}, which is not among the tenant's products`);
  }
}

interface ProductAction {
  readonly skuId: SkuId;
  readonly intent: 'leave' | 'assign' | 'revoke';
  /** Chosen User plans to turn off, sorted; undefined when the admin did not change plans. */
  readonly chosen: readonly ServicePlanId[] | undefined;
  /** The chosen set, for membership tests without allocating per user. */
  readonly chosenSet: ReadonlySet<ServicePlanId>;
  readonly userPlans: ReadonlySet<ServicePlanId>;
}

const NONE: readonly ServicePlanId[] = Object.freeze([]);
const NO_ASSIGNMENTS: readonly LicenseAssignment[] = Object.freeze([]);
const NO_REMOVALS: readonly SkuId[] = Object.freeze([]);

function actionsFor(plan: LicensePlan, products: readonly Product[]): ProductAction[] {
  const bySku = new Map(products.map((p) => [p.skuId, p]));
  const actions: ProductAction[] = [];
  for (const [skuId, choice] of plan.products) {
    if (choice.intent === 'leave' && choice.disabledPlans === undefined) continue;
    const product = bySku.get(skuId);
    if (product === undefined) throw new UnknownProductError(skuId);
    const userPlans = userPlanIds(product);
    const chosen = choice.disabledPlans === undefined ? undefined : [...new Set(choice.disabledPlans)].filter((id) => userPlans.has(id)).sort();
    actions.push({ skuId, intent: choice.intent, chosen, chosenSet: new Set(chosen), userPlans });
  }
  // Products' order, so operations read the same way the grid does.
  const order = new Map(products.map((p, i) => [p.skuId, i]));
  return actions.sort((a, b) => order.get(a.skuId)! - order.get(b.skuId)!);
}

/** Whether the held license's User plans turned off differ from the chosen set (Tenant plans ignored). */
function plansDiffer(held: HeldLicense, action: ProductAction): boolean {
  // Counts distinct held User plans that are chosen; any held User plan outside the choice is a difference.
  let matched = 0;
  const seen: ServicePlanId[] = [];
  for (const id of held.disabledPlans) {
    if (!action.userPlans.has(id) || seen.includes(id)) continue;
    if (!action.chosenSet.has(id)) return true;
    seen.push(id);
    matched += 1;
  }
  return matched !== action.chosenSet.size;
}

export function diffPlan(selectedUsers: readonly TenantUser[], plan: LicensePlan, products: readonly Product[]): UserOperation[] {
  const actions = actionsFor(plan, products);
  if (actions.length === 0) return [];
  const operations: UserOperation[] = [];
  // One pass over each user's licenses with a hash lookup, instead of comparing long GUID strings per action.
  const actionIndex = new Map(actions.map((action, index) => [action.skuId, index]));
  const heldByAction: (HeldLicense | undefined)[] = new Array<HeldLicense | undefined>(actions.length);
  for (const user of selectedUsers) {
    let assign: LicenseAssignment[] | null = null;
    let remove: SkuId[] | null = null;
    heldByAction.fill(undefined);
    for (const license of user.licenses) {
      const index = actionIndex.get(license.skuId);
      if (index !== undefined && heldByAction[index] === undefined && isHeld(license)) heldByAction[index] = license;
    }
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index]!;
      const held = heldByAction[index];
      if (action.intent === 'revoke') {
        if (held !== undefined) (remove ??= []).push(action.skuId);
      } else if (held === undefined) {
        if (action.intent === 'assign') (assign ??= []).push({ skuId: action.skuId, disabledPlans: action.chosen ?? NONE });
      } else if (action.chosen !== undefined && plansDiffer(held, action)) {
        (assign ??= []).push({ skuId: action.skuId, disabledPlans: action.chosen });
      }
    }
    if (assign !== null || remove !== null) operations.push({ userId: user.id, assign: assign ?? NO_ASSIGNMENTS, remove: remove ?? NO_REMOVALS });
  }
  return operations;
}
