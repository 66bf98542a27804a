/**
 * Microsoft Graph v1.0 bodies read into domain data: users (with `$select`), subscribedSkus, the signed-in user
 * and their directory roles. Graph has no product or plan display names; the public catalog supplies them when
 * it knows the id, the technical name stands in otherwise.
 */
import type { HeldLicense, Product, ServicePlan, TenantUser } from '../../core/types.js';
import { MalformedResponseError } from '../errors.js';
import { unusableUnits } from '../../core/licenses.js';
import {
  asNumber, asObject, asString, fieldPath, readArray, readNumber, readObject, readOptionalString, readString, type JsonObject,
} from '../parse.js';

export interface GraphPage<T> {
  readonly items: readonly T[];
  /** `@odata.nextLink`, unchanged. */
  readonly nextLink?: string;
  /** `@odata.count`: items matching the whole query (asked for with `$count=true`, first page only). */
  readonly count?: number;
}

/** `{ value: T[], "@odata.nextLink"?, "@odata.count"? }`; the next link must stay on `origin` (it will carry our token). */
export function parseGraphPage<T>(body: unknown, origin: string, parseItem: (item: unknown, path: string) => T): GraphPage<T> {
  const root = asObject(body, '');
  const page: { items: readonly T[]; nextLink?: string; count?: number } = { items: readArray(root, 'value', '', parseItem) };
  const nextLink = readOptionalString(root, '@odata.nextLink', '');
  if (nextLink !== undefined) {
    if (!isOnOrigin(nextLink, origin)) {
      throw new MalformedResponseError('@odata.nextLink', `expected a URL on ${origin}, got ${JSON.stringify(nextLink.slice(0, 80))}`);
    }
    page.nextLink = nextLink;
  }
  if (root['@odata.count'] !== undefined) page.count = asNumber(root['@odata.count'], '@odata.count');
  return page;
}

export function isOnOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export function parseAssignedLicense(value: unknown, path: string): HeldLicense {
  const license = asObject(value, path);
  return { skuId: readString(license, 'skuId', path), disabledPlans: readArray(license, 'disabledPlans', path, asString) };
}

/** A user read with `$select=id,displayName,userPrincipalName,usageLocation,assignedLicenses`. */
export function parseGraphUser(value: unknown, path: string): TenantUser {
  const user = asObject(value, path);
  const userPrincipalName = readString(user, 'userPrincipalName', path);
  const usageLocation = readOptionalString(user, 'usageLocation', path);
  return {
    id: readString(user, 'id', path),
    // Graph allows a user without a display name; the sign-in name is what an admin would recognise then.
    displayName: readOptionalString(user, 'displayName', path) || userPrincipalName,
    userPrincipalName,
    usageLocation: usageLocation ? usageLocation : null,
    licenses: readArray(user, 'assignedLicenses', path, parseAssignedLicense),
  };
}

/** Display names by upper-cased technical name: Graph gives only the technical names (see core/catalog). */
export interface GraphDisplayNames {
  readonly products: ReadonlyMap<string, string>;
  readonly servicePlans: ReadonlyMap<string, string>;
}

export interface GraphSkuRecord {
  readonly product: Product;
  readonly appliesTo: string;
}


/**
 * Graph has no availableUnits: enabled - consumedUnits, never below 0, and none unless the subscription is
 * Enabled. Warning (grace period), suspended and locked-out units are shown apart and never counted as available.
 */
export function graphSkuParser(names: GraphDisplayNames): (value: unknown, path: string) => GraphSkuRecord {
  return (value, path) => parseGraphSubscribedSku(value, path, names);
}

function parseGraphSubscribedSku(value: unknown, path: string, names: GraphDisplayNames): GraphSkuRecord {
  const sku = asObject(value, path);
  const skuId = readString(sku, 'skuId', path);
  const skuPartNumber = readString(sku, 'skuPartNumber', path);
  const prepaid = readObject(sku, 'prepaidUnits', path);
  const prepaidPath = fieldPath(path, 'prepaidUnits');
  const totalUnits = readNumber(prepaid, 'enabled', prepaidPath);
  const consumedUnits = readNumber(sku, 'consumedUnits', path);
  const capabilityStatus = readString(sku, 'capabilityStatus', path);
  const unitsOf = (key: string): number => (prepaid[key] == null ? 0 : readNumber(prepaid, key, prepaidPath));
  const unusable = unusableUnits(unitsOf('warning'), unitsOf('suspended'), unitsOf('lockedOut'));
  return {
    appliesTo: readString(sku, 'appliesTo', path),
    product: {
      skuId,
      skuPartNumber,
      displayName: names.products.get(skuPartNumber.toUpperCase()) ?? skuPartNumber,
      totalUnits,
      consumedUnits,
      availableUnits: capabilityStatus === 'Enabled' ? Math.max(0, totalUnits - consumedUnits) : 0,
      servicePlans: readArray(sku, 'servicePlans', path, (plan, planPath) => parseGraphServicePlan(plan, planPath, names)),
      capabilityStatus,
      licenseGroup: 'group1',
      ...(unusable ? { unusableUnits: unusable } : {}),
    },
  };
}

function parseGraphServicePlan(value: unknown, path: string, names: GraphDisplayNames): ServicePlan {
  const plan = asObject(value, path);
  const id = readString(plan, 'servicePlanId', path);
  const name = readString(plan, 'servicePlanName', path);
  return {
    id,
    name,
    displayName: names.servicePlans.get(name.toUpperCase()) ?? name,
    // Graph says "Company" for tenant-wide plans.
    appliesTo: readString(plan, 'appliesTo', path).toLowerCase() === 'user' ? 'User' : 'Tenant',
  };
}

export function parseMe(body: unknown): { readonly name: string } {
  const me: JsonObject = asObject(body, '');
  const userPrincipalName = readOptionalString(me, 'userPrincipalName', '');
  const name = readOptionalString(me, 'displayName', '') || userPrincipalName;
  if (!name) throw new MalformedResponseError('displayName', 'expected a string, got nothing (missing)');
  return { name };
}

export function parseDirectoryRoleName(value: unknown, path: string): string {
  return readString(asObject(value, path), 'displayName', path);
}

/** `GET /organization`: the tenant the token signs in to (Graph answers for it whatever customer was meant). */
export function parseOrganization(body: unknown): { readonly id: string; readonly displayName: string } {
  const orgs = readArray(asObject(body, ''), 'value', '', (item, path) => {
    const org = asObject(item, path);
    return { id: readString(org, 'id', path), displayName: readOptionalString(org, 'displayName', path) ?? '' };
  });
  const first = orgs[0];
  if (first === undefined) throw new MalformedResponseError('value', 'expected one organization, got none');
  return first;
}
