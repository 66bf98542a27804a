/** Partner Center resource shapes (camelCase, every resource with attributes.objectType). */
import type { CustomerRecord, SkuRecord, UserRecord } from '../store.js';

export interface Link {
  readonly uri: string;
  readonly method: string;
  readonly headers: readonly { readonly key: string; readonly value: string }[];
}

export function link(uri: string, headers: Link['headers'] = []): Link {
  return { uri, method: 'GET', headers };
}

export function collection(items: readonly unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { totalCount: items.length, items, ...extra, attributes: { objectType: 'Collection' } };
}

export function customerShape(customer: CustomerRecord): Record<string, unknown> {
  return {
    id: customer.id,
    companyProfile: {
      tenantId: customer.id,
      domain: customer.domain,
      companyName: customer.name,
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: 'reseller',
    links: { self: link(`/customers/${customer.id}`) },
    attributes: { objectType: 'Customer' },
  };
}

export function customerUserShape(customer: CustomerRecord, user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    ...(user.usageLocation === null ? {} : { usageLocation: user.usageLocation }),
    userDomainType: 'managed',
    state: 'active',
    links: { self: link(`/customers/${customer.id}/users/${user.id}`) },
    attributes: { objectType: 'CustomerUser' },
  };
}

export function productSkuShape(sku: SkuRecord): Record<string, unknown> {
  return { id: sku.skuId, name: sku.name, skuPartNumber: sku.skuPartNumber, targetType: sku.appliesTo === 'Company' ? 'Tenant' : 'User', licenseGroupId: 'group1' };
}

function planShape(plan: SkuRecord['servicePlans'][number], capabilityStatus: string): Record<string, unknown> {
  return { id: plan.id, displayName: plan.displayName, serviceName: plan.name, capabilityStatus, targetType: plan.appliesTo };
}

/** A held license; plans the admin turned off show as capabilityStatus "Disabled" (our documented choice). */
export function licenseShape(sku: SkuRecord, disabledPlans: readonly string[]): Record<string, unknown> {
  return {
    productSku: productSkuShape(sku),
    servicePlans: sku.servicePlans.map((plan) => planShape(plan, disabledPlans.includes(plan.id) ? 'Disabled' : 'Assigned')),
    attributes: { objectType: 'License' },
  };
}

export function subscribedSkuShape(customer: CustomerRecord, sku: SkuRecord): Record<string, unknown> {
  return {
    availableUnits: customer.availableUnits(sku.skuId),
    activeUnits: sku.totalUnits,
    consumedUnits: customer.consumed.get(sku.skuId) ?? 0,
    suspendedUnits: sku.suspendedUnits + sku.lockedOutUnits,
    warningUnits: sku.warningUnits,
    totalUnits: sku.totalUnits + sku.warningUnits,
    productSku: productSkuShape(sku),
    servicePlans: sku.servicePlans.map((plan) => planShape(plan, 'Enabled')),
    capabilityStatus: sku.capabilityStatus,
    attributes: { objectType: 'SubscribedSku' },
  };
}

/** Whether a `licenseGroupIds` filter (repeatable, case-insensitive) lets group1 products through. */
export function includesGroupOne(query: URLSearchParams): boolean {
  const groups = query.getAll('licenseGroupIds').flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase());
  return groups.length === 0 || groups.includes('group1');
}
