/**
 * The licensing rules for one user's update, checked as a whole before anything is applied (all or nothing).
 * Texts follow the services' own messages (partner-api.md 2.5) so clients can match on them.
 */
import { EXCLUSIVE_SERVICE_PLAN_GROUPS } from '../src/core/catalog/known-rules.js';
import type { CustomerRecord, SkuRecord, UserRecord } from './store.js';

export interface LicenseChange {
  readonly assign: readonly { readonly skuId: string; readonly disabledPlans: readonly string[] }[];
  readonly remove: readonly string[];
}

export type ViolationKind =
  | 'CountViolation'
  | 'UsageLocationMissing'
  | 'ProhibitedInUsageLocationViolation'
  | 'DependencyViolation'
  | 'MutuallyExclusiveViolation'
  | 'UnknownSku'
  | 'UnknownServicePlan'
  | 'CompanyLicense'
  | 'InheritedFromGroup'
  | 'InvalidInput';

export interface Violation {
  readonly kind: ViolationKind;
  /** Graph wording; Partner Center uses it as `description` (count has its own text there). */
  readonly message: string;
  readonly skuId?: string;
}

/** Graph's words; the Microsoft 365 admin center says "...cannot be unassigned because they're inherited from a group membership". */
export const INHERITED_MESSAGE = 'User license is inherited from a group membership and it cannot be removed directly from the user.';

const GROUP_OF_PLAN = new Map<string, number>();
EXCLUSIVE_SERVICE_PLAN_GROUPS.forEach((group, index) => group.forEach((name) => GROUP_OF_PLAN.set(name, index)));

/** The plan that stands for a product in messages: its Exchange/SharePoint-style core plan, else its first user plan. */
function firstUserPlan(sku: SkuRecord): string {
  const core = sku.servicePlans.find((plan) => GROUP_OF_PLAN.has(plan.name));
  return (core ?? sku.servicePlans.find((plan) => plan.appliesTo === 'User') ?? sku.servicePlans[0])?.id ?? sku.skuId;
}

/** The two plans that make a pair of products exclusive, for the message; the products' first plans otherwise. */
function conflictingPlans(a: SkuRecord, b: SkuRecord): [string, string] {
  for (const planA of a.servicePlans) {
    const group = GROUP_OF_PLAN.get(planA.name);
    if (group === undefined) continue;
    const planB = b.servicePlans.find((plan) => plan.name !== planA.name && GROUP_OF_PLAN.get(plan.name) === group);
    if (planB) return [planA.id, planB.id];
  }
  return [firstUserPlan(a), firstUserPlan(b)];
}

function shape(customer: CustomerRecord, change: LicenseChange): Violation | null {
  const seen = new Set<string>();
  for (const { skuId, disabledPlans } of change.assign) {
    const sku = customer.skus.get(skuId);
    if (!sku) return { kind: 'UnknownSku', skuId, message: `License ${skuId} does not correspond to a valid company License.` };
    if (seen.has(skuId)) return { kind: 'InvalidInput', skuId, message: `License ${skuId} is listed more than once in the update.` };
    seen.add(skuId);
    if (sku.appliesTo === 'Company') return { kind: 'CompanyLicense', skuId, message: `License ${skuId} (${sku.skuPartNumber}) cannot be assigned to a user.` };
    for (const planId of disabledPlans) {
      if (!sku.servicePlans.some((plan) => plan.id === planId)) {
        return { kind: 'UnknownServicePlan', skuId, message: `Service plan ${planId} does not belong to the subscription ${skuId} (${sku.skuPartNumber}).` };
      }
    }
  }
  for (const skuId of change.remove) {
    if (!customer.skus.has(skuId)) return { kind: 'UnknownSku', skuId, message: `License ${skuId} does not correspond to a valid company License.` };
    if (seen.has(skuId)) return { kind: 'InvalidInput', skuId, message: `License ${skuId} cannot be assigned and removed in the same update.` };
  }
  return null;
}

/** Returns why the update cannot be applied, or null when it can. Does not change anything. */
export function checkLicenseChange(customer: CustomerRecord, user: UserRecord, change: LicenseChange): Violation | null {
  const malformed = shape(customer, change);
  if (malformed) return malformed;
  const sku = (id: string): SkuRecord => customer.skus.get(id) as SkuRecord;
  for (const id of change.remove) {
    if (!user.licenses.has(id) && customer.holds(user, id)) {
      return { kind: 'InheritedFromGroup', skuId: id, message: INHERITED_MESSAGE };
    }
  }
  const assigned = new Set(change.assign.map((license) => license.skuId));
  // Removing a direct assignment leaves a product the user also holds through a group.
  const removed = new Set(change.remove.filter((id) => !(user.inherited.get(id) ?? []).some((entry) => entry.state === 'Active')));
  const after = new Set([...customer.heldLicenses(user).keys()].filter((id) => !removed.has(id)));
  for (const id of assigned) after.add(id);

  if (assigned.size > 0 && user.usageLocation === null) {
    return { kind: 'UsageLocationMissing', message: 'License assignment cannot be done for user with invalid usage location.' };
  }
  for (const id of assigned) {
    if (user.usageLocation !== null && sku(id).unavailableIn.includes(user.usageLocation)) {
      return {
        kind: 'ProhibitedInUsageLocationViolation',
        skuId: id,
        message: `License assignment failed because ${sku(id).skuPartNumber} (${id}) is not available in the user's usage location ${user.usageLocation}.`,
      };
    }
  }
  for (const id of assigned) {
    for (const other of sku(id).excludes) {
      if (!after.has(other)) continue;
      const [planA, planB] = conflictingPlans(sku(id), sku(other));
      return {
        kind: 'MutuallyExclusiveViolation',
        skuId: id,
        message: `License assignment failed because service plans ${planA},${planB} are mutually exclusive`,
      };
    }
  }
  for (const id of after) {
    const requires = sku(id).requires;
    if (requires.length === 0 || requires.some((base) => after.has(base))) continue;
    // A product held before this update only breaks when this update removes what it stood on.
    if (!assigned.has(id) && !requires.some((base) => removed.has(base))) continue;
    const bases = [...new Set(requires.map((base) => firstUserPlan(sku(base))))].join(',');
    const message = assigned.has(id)
      ? `License assignment failed because service plan ${firstUserPlan(sku(id))} depends on the service plan(s) ${bases}`
      : `License removal failed because service plan ${firstUserPlan(sku(id))} depends on the service plan(s) ${bases}`;
    return { kind: 'DependencyViolation', skuId: id, message };
  }
  for (const id of assigned) {
    if (!customer.holds(user, id) && customer.availableUnits(id) < 1) {
      return { kind: 'CountViolation', skuId: id, message: `Subscription with SKU ${id} does not have any available licenses.` };
    }
  }
  return null;
}
