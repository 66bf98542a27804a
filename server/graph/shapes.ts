/** Microsoft Graph v1.0 resource shapes: user (with $select), subscribedSku, licenseDetails. */
import type { CustomerRecord, SkuRecord, UserRecord } from '../store.js';

/** Properties a user can be asked for with $select, by lower-case name. */
const USER_PROPERTIES = [
  'id', 'displayName', 'userPrincipalName', 'mail', 'givenName', 'surname', 'usageLocation', 'assignedLicenses',
  'licenseAssignmentStates', 'accountEnabled', 'businessPhones', 'jobTitle', 'mobilePhone', 'officeLocation', 'preferredLanguage',
] as const;
type UserProperty = (typeof USER_PROPERTIES)[number];
const BY_LOWER = new Map<string, UserProperty>(USER_PROPERTIES.map((name) => [name.toLowerCase(), name]));

/** Graph's default property set when there is no $select (usageLocation and assignedLicenses need $select). */
const DEFAULT_PROPERTIES: readonly UserProperty[] = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage',
  'surname', 'userPrincipalName', 'id',
];

/** Parses $select; returns the unknown name when one is not a user property. */
export function parseSelect(raw: string | null): { ok: true; properties: readonly UserProperty[] } | { ok: false; unknown: string } {
  if (raw === null || raw.trim() === '') return { ok: true, properties: DEFAULT_PROPERTIES };
  const properties: UserProperty[] = [];
  for (const name of raw.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const known = BY_LOWER.get(name.toLowerCase());
    if (!known) return { ok: false, unknown: name };
    if (!properties.includes(known)) properties.push(known);
  }
  if (!properties.includes('id')) properties.unshift('id');
  return { ok: true, properties };
}

/** Direct assignments first (assignedByGroup null), then each group's, as Graph lists them. */
function licenseAssignmentStates(user: UserRecord): unknown[] {
  const direct = [...user.licenses].map(([skuId, disabledPlans]) => ({
    assignedByGroup: null,
    disabledPlans: [...disabledPlans],
    error: 'None',
    lastUpdatedDateTime: null,
    skuId,
    state: 'Active',
  }));
  const inherited = [...user.inherited].flatMap(([skuId, entries]) =>
    entries.map((entry) => ({
      assignedByGroup: entry.groupId,
      disabledPlans: [...entry.disabledPlans],
      error: entry.error,
      lastUpdatedDateTime: null,
      skuId,
      state: entry.state,
    })),
  );
  return [...direct, ...inherited];
}

function property(customer: CustomerRecord, user: UserRecord, name: UserProperty): unknown {
  switch (name) {
    case 'id':
      return user.id;
    case 'displayName':
      return user.displayName;
    case 'userPrincipalName':
    case 'mail':
      return user.userPrincipalName;
    case 'usageLocation':
      return user.usageLocation;
    case 'assignedLicenses':
      return [...customer.heldLicenses(user)].map(([skuId, disabledPlans]) => ({ disabledPlans: [...disabledPlans], skuId }));
    case 'licenseAssignmentStates':
      return licenseAssignmentStates(user);
    case 'accountEnabled':
      return true;
    case 'businessPhones':
      return [];
    default:
      return null;
  }
}

export function userShape(customer: CustomerRecord, user: UserRecord, properties: readonly UserProperty[] = DEFAULT_PROPERTIES): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of properties) out[name] = property(customer, user, name);
  return out;
}

/** The user as returned after a write: defaults plus the license fields the caller just changed. */
export function updatedUserShape(customer: CustomerRecord, user: UserRecord): Record<string, unknown> {
  return userShape(customer, user, [...DEFAULT_PROPERTIES, 'usageLocation', 'assignedLicenses']);
}

export function subscribedSkuShape(customer: CustomerRecord, sku: SkuRecord): Record<string, unknown> {
  return {
    id: `${customer.id}_${sku.skuId}`,
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    accountId: customer.id,
    accountName: customer.name,
    appliesTo: sku.appliesTo,
    capabilityStatus: sku.capabilityStatus,
    consumedUnits: customer.consumed.get(sku.skuId) ?? 0,
    prepaidUnits: { enabled: sku.totalUnits, warning: sku.warningUnits, suspended: sku.suspendedUnits, lockedOut: sku.lockedOutUnits },
    subscriptionIds: [...sku.subscriptionIds],
    servicePlans: sku.servicePlans.map((plan) => ({
      servicePlanId: plan.id,
      servicePlanName: plan.name,
      appliesTo: plan.appliesTo === 'Tenant' ? 'Company' : 'User',
      provisioningStatus: 'Success',
    })),
  };
}

export function licenseDetailsShape(sku: SkuRecord, disabledPlans: readonly string[]): Record<string, unknown> {
  return {
    id: sku.skuId,
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    servicePlans: sku.servicePlans.map((plan) => ({
      servicePlanId: plan.id,
      servicePlanName: plan.name,
      provisioningStatus: disabledPlans.includes(plan.id) ? 'Disabled' : 'Success',
      appliesTo: plan.appliesTo === 'Tenant' ? 'Company' : 'User',
    })),
  };
}
