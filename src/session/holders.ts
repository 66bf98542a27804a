/**
 * For the products table: how each selected holder has a product (directly, through which groups) and which
 * selected users have a license that licensing could not apply, with why. Only services with group data
 * (Graph) say; on Partner Center every holder reads as direct and no problem is shown. Both are built once per
 * selection (O(total licenses)), so the rows keep their identity while the admin changes the plan.
 */
import { inheritedThrough, isHeld } from '../core/licenses.js';
import type { ProductState } from '../core/product-state.js';
import type { HeldLicense, SkuId, TenantUser } from '../core/types.js';
import type { Chip, Holder, LicenseProblemRow } from './view-state.js';

function holderOf(chip: Chip, license: HeldLicense | undefined): Holder {
  return { ...chip, throughGroups: inheritedThrough(license).map((group) => group.displayName), direct: license?.source?.direct ?? true };
}

/** Each product's selected holders, in the order the product states list them. */
export function holdersBySku(
  ordered: readonly TenantUser[],
  states: ReadonlyMap<SkuId, ProductState>,
  chipOf: (user: TenantUser) => Chip,
): ReadonlyMap<SkuId, readonly Holder[]> {
  const byId = new Map(ordered.map((user) => [user.id, user]));
  const result = new Map<SkuId, readonly Holder[]>();
  for (const [skuId, state] of states) {
    result.set(skuId, state.holders.flatMap((userId) => {
      const user = byId.get(userId);
      return user ? [holderOf(chipOf(user), user.licenses.find((license) => license.skuId === skuId && isHeld(license)))] : [];
    }));
  }
  return result;
}

/** Each product's licenses that licensing could not (fully) apply, by selected user in chip order. */
export function problemsBySku(ordered: readonly TenantUser[], chipOf: (user: TenantUser) => Chip): ReadonlyMap<SkuId, readonly LicenseProblemRow[]> {
  const result = new Map<SkuId, LicenseProblemRow[]>();
  for (const user of ordered) {
    for (const license of user.licenses) {
      for (const problem of license.source?.problems ?? []) {
        const { userId, displayName } = chipOf(user);
        const list = result.get(license.skuId) ?? [];
        list.push({ userId, displayName, problem });
        result.set(license.skuId, list);
      }
    }
  }
  return result;
}
