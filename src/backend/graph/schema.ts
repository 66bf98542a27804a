/**
 * Microsoft Graph v1.0 bodies read into domain data: users (with `$select`), subscribedSkus, the signed-in user
 * and their directory roles. Graph has no product or plan display names; the public catalog supplies them when
 * it knows the id, the technical name stands in otherwise.
 */
import type { HeldLicense, Product, ServicePlan, TenantUser } from '../../core/types.js';
import { MalformedResponseError } from '../errors.js';
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
 * Graph has no availableUnits: we use Partner Center's definition, (enabled + warning) - consumedUnits,
 * never below 0; totalUnits = enabled + warning (suspended and locked-out seats cannot be assigned).
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
  const totalUnits = readNumber(prepaid, 'enabled', prepaidPath) + readNumber(prepaid, 'warning', prepaidPath);
  const consumedUnits = readNumber(sku, 'consumedUnits', path);
  return {
    appliesTo: readString(sku, 'appliesTo', path),
    product: {
      skuId,
      skuPartNumber,
      displayName: names.products.get(skuPartNumber.toUpperCase()) ?? skuPartNumber,
      totalUnits,
      consumedUnits,
      availableUnits: Math.max(0, totalUnits - consumedUnits),
      servicePlans: readArray(sku, 'servicePlans', path, (plan, planPath) => parseGraphServicePlan(plan, planPath, names)),
      capabilityStatus: readString(sku, 'capabilityStatus', path),
      licenseGroup: 'group1',
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
