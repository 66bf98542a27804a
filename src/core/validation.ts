/**
 * Pre-flight checks of the operations about to be saved, so the admin hears about problems before the service
 * rejects them. Findings are grouped per kind and product (and other product) with the users concerned.
 * Not enough licenses blocks the save; the other findings are per user and the admin may skip those users.
 */
import { inheritedThrough, isHeld, onlyInherited } from './licenses.js';
import { UNASSIGNABLE_STATUSES } from './types.js';
import type { Finding, FindingKind, LicensingRules, Product, SkuId, TenantUser, UserId, UserOperation } from './types.js';

/** An operation names a user who is not among the selected users given. */
export class UnknownUserError extends Error {
  override readonly name = 'UnknownUserError';
  constructor(readonly userId: UserId) {
    super(`The operation names user ${userId}, who is not among the selected users`);
  }
}

const KIND_ORDER: readonly FindingKind[] = [
  'not-enough-licenses', 'subscription-suspended', 'usage-location-missing', 'inherited-from-group', 'unavailable-in-location',
  'missing-requirement', 'breaks-requirement', 'mutually-exclusive', 'kept-through-group',
];

/** Findings that only inform: the change goes ahead. */
const NOTES: ReadonlySet<FindingKind> = new Set(['kept-through-group']);

interface Group {
  readonly kind: FindingKind;
  readonly skuId: SkuId;
  readonly otherSkuIds: readonly SkuId[];
  readonly userIds: Set<UserId>;
  readonly locations: Set<string>;
  readonly groupNames: Set<string>;
}

class Findings {
  private readonly groups = new Map<string, Group>();

  add(kind: FindingKind, skuId: SkuId, otherSkuIds: readonly SkuId[], userId: UserId, location?: string, groupNames: readonly string[] = []): void {
    const key = `${kind}\u0000${skuId}\u0000${otherSkuIds.join('\u0000')}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { kind, skuId, otherSkuIds, userIds: new Set(), locations: new Set(), groupNames: new Set() };
      this.groups.set(key, group);
    }
    group.userIds.add(userId);
    if (location !== undefined) group.locations.add(location);
    for (const name of groupNames) group.groupNames.add(name);
  }

  list(): Finding[] {
    return [...this.groups.values()].map((g) => ({
      kind: g.kind,
      severity: NOTES.has(g.kind) ? 'note' : 'per-user',
      skuId: g.skuId,
      otherSkuIds: g.otherSkuIds,
      userIds: [...g.userIds],
      ...(g.kind === 'unavailable-in-location' ? { locations: [...g.locations].sort() } : {}),
      ...(g.groupNames.size > 0 ? { groupNames: [...g.groupNames] } : {}),
    }));
  }
}

/** Products that require each product: for "removing X breaks Y". */
function requiredByIndex(rules: LicensingRules): Map<SkuId, SkuId[]> {
  const index = new Map<SkuId, SkuId[]>();
  for (const [dependent, required] of rules.requires) {
    for (const sku of required) {
      const list = index.get(sku);
      if (list === undefined) index.set(sku, [dependent]);
      else if (!list.includes(dependent)) list.push(dependent);
    }
  }
  return index;
}

export function validatePlan(
  selectedUsers: readonly TenantUser[],
  operations: readonly UserOperation[],
  products: readonly Product[],
  rules: LicensingRules,
): Finding[] {
  const usersById = new Map(selectedUsers.map((u) => [u.id, u]));
  const productOrder = new Map(products.map((p, i) => [p.skuId, i]));
  const orderOf = (sku: SkuId) => productOrder.get(sku) ?? Number.MAX_SAFE_INTEGER;
  const requiredBy = requiredByIndex(rules);
  const newHolders = new Map<SkuId, UserId[]>();
  const found = new Findings();

  for (const op of operations) {
    const user = usersById.get(op.userId);
    if (user === undefined) throw new UnknownUserError(op.userId);
    const heldLicenses = new Map(user.licenses.filter(isHeld).map((l) => [l.skuId, l]));
    const held = new Set(heldLicenses.keys());
    // Held through groups, a product stays after its direct assignment goes; held only so, the service refuses.
    const stays = new Set<SkuId>();
    for (const sku of op.remove) {
      const license = heldLicenses.get(sku);
      const groups = inheritedThrough(license).map((group) => group.displayName);
      if (groups.length === 0) continue;
      stays.add(sku);
      found.add(onlyInherited(license) ? 'inherited-from-group' : 'kept-through-group', sku, [], user.id, undefined, groups);
    }
    const removed = new Set(op.remove.filter((sku) => held.has(sku) && !stays.has(sku)));
    const assigned = new Set(op.assign.map((a) => a.skuId));
    const final = new Set([...held].filter((sku) => !removed.has(sku)));
    for (const sku of assigned) final.add(sku);
    const location = user.usageLocation?.trim().toUpperCase() || null;

    for (const sku of assigned) {
      if (!held.has(sku)) {
        const list = newHolders.get(sku);
        if (list === undefined) newHolders.set(sku, [user.id]);
        else list.push(user.id);
      }
      if (location === null) found.add('usage-location-missing', sku, [], user.id);
      else if (rules.unavailableIn.get(sku)?.some((l) => l.toUpperCase() === location)) found.add('unavailable-in-location', sku, [], user.id, location);

      const required = rules.requires.get(sku);
      if (required !== undefined && required.length > 0 && !required.some((r) => final.has(r))) {
        found.add('missing-requirement', sku, required, user.id);
      }
      for (const other of rules.excludes.get(sku) ?? []) {
        if (other === sku || !final.has(other)) continue;
        // Both assigned: report the pair once, under the product listed first.
        if (assigned.has(other) && orderOf(other) < orderOf(sku)) continue;
        found.add('mutually-exclusive', sku, [other], user.id);
      }
    }

    for (const sku of removed) {
      for (const dependent of requiredBy.get(sku) ?? []) {
        const keeps = held.has(dependent) && !removed.has(dependent) && !assigned.has(dependent);
        if (!keeps) continue; // a dependent assigned now is reported as missing-requirement
        if (!(rules.requires.get(dependent) ?? []).some((r) => final.has(r))) found.add('breaks-requirement', sku, [dependent], user.id);
      }
    }
  }

  const findings: Finding[] = [];
  const productsById = new Map(products.map((p) => [p.skuId, p]));
  for (const [sku, userIds] of newHolders) {
    const product = productsById.get(sku);
    if (product === undefined) continue; // unknown units: the service decides
    if (UNASSIGNABLE_STATUSES.includes(product.capabilityStatus)) {
      findings.push({ kind: 'subscription-suspended', severity: 'blocking', skuId: sku, otherSkuIds: [], userIds, capabilityStatus: product.capabilityStatus });
      continue;
    }
    const available = Math.max(0, Number.isFinite(product.availableUnits) ? product.availableUnits : 0);
    if (userIds.length > available) {
      findings.push({ kind: 'not-enough-licenses', severity: 'blocking', skuId: sku, otherSkuIds: [], userIds, needed: userIds.length, available });
    }
  }
  findings.push(...found.list());
  return findings.sort((a, b) =>
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || orderOf(a.skuId) - orderOf(b.skuId) ||
    orderOf(a.otherSkuIds[0] ?? '') - orderOf(b.otherSkuIds[0] ?? ''));
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}

/** Users named in per-user findings: the ones a save holds back. */
export function usersWithFindings(findings: readonly Finding[]): ReadonlySet<UserId> {
  const users = new Set<UserId>();
  for (const f of findings) if (f.severity === 'per-user') for (const id of f.userIds) users.add(id);
  return users;
}

/** Findings that name a product, as the product itself or as the other product involved. */
export function findingsForProduct(findings: readonly Finding[], skuId: SkuId): readonly Finding[] {
  return findings.filter((f) => f.skuId === skuId || f.otherSkuIds.includes(skuId));
}

/** The operations to send: every one except those of users named in per-user findings, who are held back. */
export function operationsToSave(operations: readonly UserOperation[], findings: readonly Finding[]): UserOperation[] {
  const heldBack = usersWithFindings(findings);
  return operations.filter((op) => !heldBack.has(op.userId));
}
