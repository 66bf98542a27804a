/**
 * Partner Center response bodies (camelCase, per the REST docs) read into domain data.
 * Only what the widget uses is required; extra fields are ignored.
 */
import { unusableUnits } from '../../core/licenses.js';
import type { HeldLicense, Product, ServicePlan } from '../../core/types.js';
import type { Customer } from '../backend.js';
import { decodeHtmlEntities, MalformedResponseError } from '../errors.js';
import {
  asObject, asString, fieldPath, readArray, readEnum, readNumber, readObject, readOptionalArray, readOptionalObject,
  readOptionalString, readString, type JsonObject,
} from '../parse.js';

export type LicenseGroup = 'group1' | 'group2';
const LICENSE_GROUPS: readonly LicenseGroup[] = ['group1', 'group2'];
const TARGET_TYPES = ['User', 'Tenant'] as const;

export interface CollectionPage<T> {
  readonly items: readonly T[];
  /** The `MS-ContinuationToken` for the next page; absent on the last page (no `links.next`). */
  readonly continuationToken?: string;
}

/** `{ totalCount, items, links?: { next? }, continuationToken? }`; `totalCount` counts this page only, so it is not used. */
export function parseCollection<T>(body: unknown, parseItem: (item: unknown, path: string) => T): CollectionPage<T> {
  const root = asObject(body, '');
  const items = readArray(root, 'items', '', parseItem);
  const next = nextLink(root);
  if (next === undefined) return { items };
  const fromHeader = readOptionalArray(next, 'headers', 'links.next', (header, path) => asObject(header, path))
    .find((header) => typeof header['key'] === 'string' && header['key'].toLowerCase() === 'ms-continuationtoken');
  const token = fromHeader !== undefined ? readString(fromHeader, 'value', 'links.next.headers[MS-ContinuationToken]') : readOptionalString(root, 'continuationToken', '');
  if (!token) throw new MalformedResponseError('links.next.headers', 'expected an MS-ContinuationToken header or a continuationToken, got none');
  return { items, continuationToken: token };
}

function nextLink(root: JsonObject): JsonObject | undefined {
  const links = readOptionalObject(root, 'links', '');
  return links === undefined ? undefined : readOptionalObject(links, 'next', 'links');
}

export interface CustomerUserRecord {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly usageLocation: string | null;
}

export function parseCustomerUser(value: unknown, path: string): CustomerUserRecord {
  const user = asObject(value, path);
  const usageLocation = readOptionalString(user, 'usageLocation', path);
  return {
    id: readString(user, 'id', path),
    displayName: readString(user, 'displayName', path),
    userPrincipalName: readString(user, 'userPrincipalName', path),
    usageLocation: usageLocation ? usageLocation : null,
  };
}

export interface LicenseRecord extends HeldLicense {
  readonly licenseGroup?: LicenseGroup;
}

/**
 * A user's license. The docs do not say how excluded plans appear; we read every per-user plan whose
 * `capabilityStatus` is not "Assigned" as turned off (tenant-wide plans are never per user).
 */
export function parseLicense(value: unknown, path: string): LicenseRecord {
  const license = asObject(value, path);
  const sku = readObject(license, 'productSku', path);
  const skuPath = fieldPath(path, 'productSku');
  const group = sku['licenseGroupId'] == null ? undefined : readEnum(sku, 'licenseGroupId', skuPath, LICENSE_GROUPS);
  const disabledPlans = readArray(license, 'servicePlans', path, (plan, planPath) => {
    const record = asObject(plan, planPath);
    const id = readString(record, 'id', planPath);
    const status = readString(record, 'capabilityStatus', planPath);
    const target = record['targetType'] == null ? 'User' : readEnum(record, 'targetType', planPath, TARGET_TYPES);
    return target === 'User' && status.toLowerCase() !== 'assigned' ? id : null;
  }).filter((id): id is string => id !== null);
  return { skuId: readString(sku, 'id', skuPath), disabledPlans, ...(group ? { licenseGroup: group } : {}) };
}

export interface SubscribedSkuRecord {
  readonly product: Product;
  readonly targetType: 'User' | 'Tenant';
}

export function parseSubscribedSku(value: unknown, path: string): SubscribedSkuRecord {
  const record = asObject(value, path);
  const skuPath = fieldPath(path, 'productSku');
  const sku = readObject(record, 'productSku', path);
  const servicePlans = readArray(record, 'servicePlans', path, parseServicePlan);
  const consumedUnits = readNumber(record, 'consumedUnits', path);
  const optional = (key: string): number | undefined => (record[key] == null ? undefined : readNumber(record, key, path));
  const activeUnits = optional('activeUnits');
  const unusable = unusableUnits(optional('warningUnits') ?? 0, optional('suspendedUnits') ?? 0, 0);
  // totalUnits = active + warning: units in their grace period are shown apart and never counted as available.
  const totalUnits = activeUnits ?? readNumber(record, 'totalUnits', path);
  const serviceAvailable = Math.max(0, readNumber(record, 'availableUnits', path));
  return {
    targetType: readEnum(sku, 'targetType', skuPath, TARGET_TYPES),
    product: {
      skuId: readString(sku, 'id', skuPath),
      skuPartNumber: readString(sku, 'skuPartNumber', skuPath),
      displayName: readString(sku, 'name', skuPath),
      totalUnits,
      consumedUnits,
      // The service's own count drives "Buy more", less any warning units it includes; a negative value is clamped.
      availableUnits: activeUnits === undefined ? serviceAvailable : Math.min(serviceAvailable, Math.max(0, activeUnits - consumedUnits)),
      servicePlans,
      capabilityStatus: readString(record, 'capabilityStatus', path),
      licenseGroup: readEnum(sku, 'licenseGroupId', skuPath, LICENSE_GROUPS),
      ...(unusable ? { unusableUnits: unusable } : {}),
    },
  };
}

function parseServicePlan(value: unknown, path: string): ServicePlan {
  const plan = asObject(value, path);
  return {
    id: readString(plan, 'id', path),
    name: readString(plan, 'serviceName', path),
    displayName: readString(plan, 'displayName', path),
    appliesTo: readEnum(plan, 'targetType', path, TARGET_TYPES),
  };
}

/**
 * The 201 answer to licenseupdates: `licenseWarnings` are non-fatal and shown as warnings.
 * The write already happened, so an unreadable warning list becomes a warning itself rather than a failure.
 */
export function parseLicenseUpdateWarnings(body: unknown): string[] {
  try {
    const root = asObject(body, '');
    return readOptionalArray(root, 'licenseWarnings', '', (warning, path) => {
      const record = asObject(warning, path);
      const message = decodeHtmlEntities(readOptionalString(record, 'message', path) ?? '');
      const code = readOptionalString(record, 'code', path);
      const plans = readOptionalArray(record, 'servicePlans', path, asString);
      const text = [code, message].filter(Boolean).join(': ');
      return plans.length > 0 ? `${text} (${plans.join(', ')})` : text;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [`The licenses were updated, but the service's reply could not be read (${detail}).`];
  }
}

export function parseCustomer(value: unknown, path: string): Customer {
  const record = asObject(value, path);
  const profile = readObject(record, 'companyProfile', path);
  const profilePath = fieldPath(path, 'companyProfile');
  const domain = readOptionalString(profile, 'domain', profilePath);
  return {
    id: readString(record, 'id', path),
    companyName: readString(profile, 'companyName', profilePath),
    ...(domain ? { domain } : {}),
  };
}
