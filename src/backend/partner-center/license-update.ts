/**
 * The licenseupdates request body, and splitting one user's operation by license group: Partner Center
 * rejects a request that mixes group1 (Entra-managed products) and group2 (Minecraft Education).
 * We split rather than fail: group1 goes first with the operation's own MS-RequestId, group2 follows with a
 * key derived from it, so a retry re-sends both under the same keys.
 */
import type { LicenseAssignment, SkuId, UserOperation } from '../../core/types.js';
import { derivedGuid } from '../guid.js';
import type { LicenseGroup } from './schema.js';

/** PascalCase, as the docs send it; an empty list is sent as null, as the SDK serialises it. */
export interface LicenseUpdateBody {
  readonly LicensesToAssign: readonly { readonly SkuId: string; readonly ExcludedPlans: readonly string[] | null }[] | null;
  readonly LicensesToRemove: readonly string[] | null;
  readonly LicenseWarnings: null;
  readonly Attributes: { readonly ObjectType: 'LicenseUpdate' };
}

export function licenseUpdateBody(assign: readonly LicenseAssignment[], remove: readonly SkuId[]): LicenseUpdateBody {
  return {
    LicensesToAssign: assign.length === 0 ? null : assign.map((license) => ({
      SkuId: license.skuId,
      // null means "all plans on", as in the docs' example.
      ExcludedPlans: license.disabledPlans.length === 0 ? null : [...license.disabledPlans],
    })),
    LicensesToRemove: remove.length === 0 ? null : [...remove],
    LicenseWarnings: null,
    Attributes: { ObjectType: 'LicenseUpdate' },
  };
}

export interface GroupRequest {
  readonly group: LicenseGroup;
  readonly requestId: string;
  readonly body: LicenseUpdateBody;
}

/** One request per license group the operation touches, group1 first. */
export function groupRequests(operation: UserOperation, requestId: string, groupOf: (skuId: SkuId) => LicenseGroup): GroupRequest[] {
  const requests: GroupRequest[] = [];
  for (const group of ['group1', 'group2'] as const) {
    const assign = operation.assign.filter((license) => groupOf(license.skuId) === group);
    const remove = operation.remove.filter((skuId) => groupOf(skuId) === group);
    if (assign.length === 0 && remove.length === 0) continue;
    requests.push({
      group,
      requestId: requests.length === 0 ? requestId : derivedGuid(requestId, group),
      body: licenseUpdateBody(assign, remove),
    });
  }
  return requests;
}
