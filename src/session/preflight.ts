/**
 * The session's view of the core rules and checks: rules for the tenant's products (known public rules merged
 * with what the host says), and the pre-flight of the admin's current plan over the selected users: the one place
 * where the findings that block a save or hold users back are computed.
 */
import { diffPlan } from '../core/diff.js';
import { keepProducts, type LicensePlan } from '../core/plan.js';
import { NO_RULES, deriveKnownRules, mergeRules } from '../core/rules.js';
import { hasBlocking, operationsToSave, validatePlan } from '../core/validation.js';
import type { Finding, LicensingRules, Product, TenantUser, UserOperation } from '../core/types.js';

export function rulesFor(products: readonly Product[], hostRules: Partial<LicensingRules> | undefined): LicensingRules {
  const known = deriveKnownRules(products);
  if (hostRules === undefined) return known;
  return mergeRules(known, { ...NO_RULES, ...hostRules });
}

/** The operations the plan makes for these users (products the tenant no longer offers are ignored). */
export function operationsFor(users: readonly TenantUser[], plan: LicensePlan, products: readonly Product[]): UserOperation[] {
  return diffPlan(users, keepProducts(plan, products), products);
}

/** What Save would do now: the operations for the selected users and the findings that stop or hold back some. */
export interface Preflight {
  readonly operations: readonly UserOperation[];
  readonly findings: readonly Finding[];
}

export const NO_PREFLIGHT: Preflight = Object.freeze({ operations: [], findings: [] });

export function preflight(users: readonly TenantUser[], plan: LicensePlan, products: readonly Product[], rules: LicensingRules): Preflight {
  const operations = operationsFor(users, plan, products);
  return operations.length === 0 ? NO_PREFLIGHT : { operations, findings: validatePlan(users, operations, products, rules) };
}

/**
 * Every user with a change is named by a per-user finding: the check before saving would hold them all back, so a
 * save would send nothing. Save then says so instead of doing nothing.
 */
export function everyChangeHeldBack({ operations, findings }: Preflight): boolean {
  return operations.length > 0 && !hasBlocking(findings) && operationsToSave(operations, findings).length === 0;
}
