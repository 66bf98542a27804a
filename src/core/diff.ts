/**
 * Turns the admin's plan into the fewest per-user operations: one operation per user with all of that user's
 * changes, and nothing for users who already have what the plan asks for.
 */
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
  readonly userPlans: ReadonlySet<ServicePlanId>;
}

const NONE: readonly ServicePlanId[] = Object.freeze([]);

function actionsFor(plan: LicensePlan, products: readonly Product[]): ProductAction[] {
  const bySku = new Map(products.map((p) => [p.skuId, p]));
  const actions: ProductAction[] = [];
  for (const [skuId, choice] of plan.products) {
    if (choice.intent === 'leave' && choice.disabledPlans === undefined) continue;
    const product = bySku.get(skuId);
    if (product === undefined) throw new UnknownProductError(skuId);
    const userPlans = userPlanIds(product);
    const chosen = choice.disabledPlans === undefined ? undefined : [...new Set(choice.disabledPlans)].filter((id) => userPlans.has(id)).sort();
    actions.push({ skuId, intent: choice.intent, chosen, userPlans });
  }
  // Products' order, so operations read the same way the grid does.
  const order = new Map(products.map((p, i) => [p.skuId, i]));
  return actions.sort((a, b) => order.get(a.skuId)! - order.get(b.skuId)!);
}

function findHeld(licenses: readonly HeldLicense[], skuId: SkuId): HeldLicense | undefined {
  for (let i = 0; i < licenses.length; i++) if (licenses[i]!.skuId === skuId) return licenses[i];
  return undefined;
}

/** Whether the held license's User plans turned off differ from the chosen set (Tenant plans ignored). */
function plansDiffer(held: HeldLicense, chosen: readonly ServicePlanId[], userPlans: ReadonlySet<ServicePlanId>): boolean {
  const heldOff = new Set<ServicePlanId>();
  for (const id of held.disabledPlans) if (userPlans.has(id)) heldOff.add(id);
  if (heldOff.size !== chosen.length) return true;
  for (const id of chosen) if (!heldOff.has(id)) return true;
  return false;
}

export function diffPlan(selectedUsers: readonly TenantUser[], plan: LicensePlan, products: readonly Product[]): UserOperation[] {
  const actions = actionsFor(plan, products);
  if (actions.length === 0) return [];
  const operations: UserOperation[] = [];
  for (const user of selectedUsers) {
    let assign: LicenseAssignment[] | null = null;
    let remove: SkuId[] | null = null;
    for (const action of actions) {
      const held = findHeld(user.licenses, action.skuId);
      if (action.intent === 'revoke') {
        if (held !== undefined) (remove ??= []).push(action.skuId);
      } else if (held === undefined) {
        if (action.intent === 'assign') (assign ??= []).push({ skuId: action.skuId, disabledPlans: action.chosen ?? NONE });
      } else if (action.chosen !== undefined && plansDiffer(held, action.chosen, action.userPlans)) {
        (assign ??= []).push({ skuId: action.skuId, disabledPlans: action.chosen });
      }
    }
    if (assign !== null || remove !== null) operations.push({ userId: user.id, assign: assign ?? [], remove: remove ?? [] });
  }
  return operations;
}
