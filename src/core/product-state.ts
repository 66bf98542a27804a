/**
 * Each product's checkbox state over the selected users, with the users who hold it.
 * One pass over the users' licenses (O(total licenses)); no per-product scan of all users,
 * so 10,000 users × 50 products stays in the low milliseconds.
 */
import { isHeld } from './licenses.js';
import type { CheckState, Product, SkuId, TenantUser, UserId } from './types.js';

export interface ProductState {
  readonly state: CheckState;
  /** Selected users who hold the product, in the order the users were given. */
  readonly holders: readonly UserId[];
}

/** all -> checked, some -> mixed, none -> unchecked; nothing selected -> unchecked. */
export function stateFromCount(holderCount: number, selectedCount: number): CheckState {
  if (holderCount <= 0 || selectedCount <= 0) return 'unchecked';
  return holderCount >= selectedCount ? 'checked' : 'mixed';
}

/** Holders per product, built in one pass; a user holding a SKU twice (bad data) counts once. */
export function holdersBySku(users: readonly TenantUser[]): ReadonlyMap<SkuId, readonly UserId[]> {
  const holders = new Map<SkuId, UserId[]>();
  for (const user of users) {
    const licenses = user.licenses;
    for (let i = 0; i < licenses.length; i++) {
      const license = licenses[i]!;
      if (!isHeld(license)) continue;
      const skuId = license.skuId;
      let list = holders.get(skuId);
      if (list === undefined) {
        list = [];
        holders.set(skuId, list);
      }
      if (list[list.length - 1] !== user.id) list.push(user.id);
    }
  }
  return holders;
}

const NO_HOLDERS: readonly UserId[] = Object.freeze([]);

export function productStates(
  users: readonly TenantUser[],
  products: readonly Product[],
): ReadonlyMap<SkuId, ProductState> {
  const holders = holdersBySku(users);
  const states = new Map<SkuId, ProductState>();
  for (const product of products) {
    const list = holders.get(product.skuId) ?? NO_HOLDERS;
    states.set(product.skuId, { state: stateFromCount(list.length, users.length), holders: list });
  }
  return states;
}
