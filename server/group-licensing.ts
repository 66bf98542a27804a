/**
 * Group-based licensing: members of a group inherit its licenses. Entra processes each member's inherited
 * licenses on its own; one that cannot be applied stays on the user in state "Error" with why (the values of
 * `licenseAssignmentStates[].error`) and uses no unit. A product held directly as well uses one unit, not two.
 */
import type { FixtureLicense } from './fixture.js';

export type GroupLicenseError = 'CountViolation' | 'MutuallyExclusiveViolation' | 'DependencyViolation' | 'ProhibitedInUsageLocationViolation';

export interface InheritedLicense {
  readonly groupId: string;
  readonly disabledPlans: readonly string[];
  readonly state: 'Active' | 'Error';
  readonly error: 'None' | GroupLicenseError;
}

export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly members: readonly string[];
  readonly licenses: readonly FixtureLicense[];
}

/** What the processing reads and writes; the store's CustomerRecord (kept structural to avoid an import cycle). */
interface Member {
  readonly usageLocation: string | null;
  readonly inherited: Map<string, InheritedLicense[]>;
}

interface LicensedTenant {
  readonly groups: readonly GroupRecord[];
  readonly skus: ReadonlyMap<string, { readonly requires: readonly string[]; readonly excludes: ReadonlySet<string>; readonly unavailableIn: readonly string[] }>;
  readonly usersById: ReadonlyMap<string, Member>;
  readonly consumed: Map<string, number>;
  holds(user: Member, skuId: string): boolean;
  availableUnits(skuId: string): number;
}

function problem(tenant: LicensedTenant, member: Member, skuId: string): GroupLicenseError | null {
  const sku = tenant.skus.get(skuId);
  if (!sku) return null;
  const holds = (other: string): boolean => tenant.holds(member, other);
  if (member.usageLocation !== null && sku.unavailableIn.includes(member.usageLocation)) return 'ProhibitedInUsageLocationViolation';
  if ([...sku.excludes].some(holds)) return 'MutuallyExclusiveViolation';
  if (sku.requires.length > 0 && !sku.requires.some(holds)) return 'DependencyViolation';
  if (tenant.availableUnits(skuId) < 1) return 'CountViolation';
  return null;
}

/** Processes every group's licenses for every member, in group order (as the fixture lists them). */
export function licenseGroupMembers(tenant: LicensedTenant): void {
  for (const group of tenant.groups) {
    for (const memberId of group.members) {
      const member = tenant.usersById.get(memberId);
      if (!member) continue;
      for (const license of group.licenses) {
        const held = tenant.holds(member, license.skuId);
        const error = held ? null : problem(tenant, member, license.skuId);
        if (!held && error === null) tenant.consumed.set(license.skuId, (tenant.consumed.get(license.skuId) ?? 0) + 1);
        const entries = member.inherited.get(license.skuId) ?? [];
        entries.push({ groupId: group.id, disabledPlans: license.disabledPlans, state: error ? 'Error' : 'Active', error: error ?? 'None' });
        member.inherited.set(license.skuId, entries);
      }
    }
  }
}
