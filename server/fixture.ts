/**
 * The fixture format (a tenant directory the reference server starts from) and its validation.
 * A bad fixture is refused with the path of the field at fault, e.g.
 * `customers[0].skus[2].totalUnits: expected a non-negative integer`.
 * Users, groups, their licenses and service plans are the domain's (src/core/types.ts), less what the server works out.
 */
import type { HeldLicense, LicenseGroup, ServicePlan, TenantUser } from '../src/core/types.js';

export interface FixtureServicePlan extends Omit<ServicePlan, 'appliesTo'> {
  /** Optional; "Tenant" plans are tenant-wide (e.g. EXCHANGE_S_FOUNDATION). Default "User". */
  readonly appliesTo?: ServicePlan['appliesTo'];
}

export interface FixtureSku {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly name: string;
  readonly totalUnits: number;
  readonly servicePlans: readonly FixtureServicePlan[];
  /** The product needs at least one of these products, held or assigned in the same update. */
  readonly requires?: readonly string[];
  /** Products that cannot be held together with this one (the relation is made symmetric). */
  readonly excludes?: readonly string[];
  /** Usage locations (ISO 3166 alpha-2) where the product cannot be assigned. */
  readonly unavailableIn?: readonly string[];
  /** Optional, default "User". "Company" products are tenant-level add-ons: no user can hold them. */
  readonly appliesTo?: SkuTarget;
  /** Optional, default "Enabled". Only Enabled subscriptions have units to assign (`totalUnits`). */
  readonly capabilityStatus?: CapabilityStatus;
  /** Optional, default 0: units past their end date (grace period), cancelled, or locked out; none can be assigned. */
  readonly warningUnits?: number;
  readonly suspendedUnits?: number;
  readonly lockedOutUnits?: number;
  /** Optional; the commerce subscriptions behind the SKU (Graph `subscriptionIds`). Default: one id derived from the SKU. */
  readonly subscriptionIds?: readonly string[];
}

export type SkuTarget = 'User' | 'Company';
export type CapabilityStatus = 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';
export const CAPABILITY_STATUSES: readonly CapabilityStatus[] = ['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut'];

/** A security group with group-based licensing: every member inherits its licenses. */
export interface FixtureGroup extends LicenseGroup {
  /** User ids of this customer. */
  readonly members: readonly string[];
  readonly licenses: readonly FixtureLicense[];
}

/** A license as assigned directly; where group licenses come from is the server's to work out. */
export type FixtureLicense = Pick<HeldLicense, 'skuId' | 'disabledPlans'>;

export interface FixtureUser extends Omit<TenantUser, 'usageLocation' | 'licenses'> {
  /** Optional, default null (no usage location). */
  readonly usageLocation?: string | null;
  readonly licenses: readonly FixtureLicense[];
}

export interface FixtureCustomer {
  readonly id: string;
  readonly name: string;
  /** Optional; defaults to the first user's UPN domain, else `<name>.onmicrosoft.com`. */
  readonly domain?: string;
  readonly skus: readonly FixtureSku[];
  readonly users: readonly FixtureUser[];
  /** Optional: groups that license their members. */
  readonly groups?: readonly FixtureGroup[];
}

export interface FixtureAgent {
  readonly token: string;
  readonly name: string;
  readonly role: string;
  /** The customer tenant the token belongs to (Graph tokens); absent: a partner agent acting on every customer. */
  readonly tenantId?: string;
  /** The account's sign-in name; only agents with one can sign in on the reference sign-in page. */
  readonly userPrincipalName?: string;
}

export interface Fixture {
  readonly agents: readonly FixtureAgent[];
  readonly customers: readonly FixtureCustomer[];
}

export class FixtureError extends Error {
  constructor(readonly path: string, readonly expected: string) {
    super(`${path}: ${expected}`);
    this.name = 'FixtureError';
  }
}

const COUNTRY = /^[A-Z]{2}$/;

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FixtureError(path, 'expected an object');
  return value as Json;
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new FixtureError(path, 'expected an array');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new FixtureError(path, 'expected a non-empty string');
  return value;
}

function principalName(value: unknown, path: string): string {
  const name = text(value, path);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(name)) throw new FixtureError(path, 'expected a user principal name such as ada@partner.example');
  return name;
}

function optionalArray(value: unknown, path: string): readonly unknown[] {
  return value === undefined || value === null ? [] : array(value, path);
}

function uniqueKey(seen: Set<string>, key: string, path: string, what: string): void {
  const folded = key.toLowerCase();
  if (seen.has(folded)) throw new FixtureError(path, `duplicate ${what} "${key}"`);
  seen.add(folded);
}

function servicePlan(value: unknown, path: string): FixtureServicePlan {
  const raw = object(value, path);
  const appliesTo = raw['appliesTo'];
  if (appliesTo !== undefined && appliesTo !== 'User' && appliesTo !== 'Tenant') {
    throw new FixtureError(`${path}.appliesTo`, 'expected "User" or "Tenant"');
  }
  return {
    id: text(raw['id'], `${path}.id`).toLowerCase(),
    name: text(raw['name'], `${path}.name`),
    displayName: text(raw['displayName'], `${path}.displayName`),
    appliesTo: appliesTo === 'Tenant' ? 'Tenant' : 'User',
  };
}

function sku(value: unknown, path: string): FixtureSku {
  const raw = object(value, path);
  const totalUnits = raw['totalUnits'];
  if (typeof totalUnits !== 'number' || !Number.isInteger(totalUnits) || totalUnits < 0) {
    throw new FixtureError(`${path}.totalUnits`, 'expected a non-negative integer');
  }
  const planIds = new Set<string>();
  const servicePlans = array(raw['servicePlans'], `${path}.servicePlans`).map((plan, i) => {
    const parsed = servicePlan(plan, `${path}.servicePlans[${i}]`);
    uniqueKey(planIds, parsed.id, `${path}.servicePlans[${i}].id`, 'service plan id');
    return parsed;
  });
  const ids = (field: string): string[] =>
    optionalArray(raw[field], `${path}.${field}`).map((id, i) => text(id, `${path}.${field}[${i}]`).toLowerCase());
  const unavailableIn = optionalArray(raw['unavailableIn'], `${path}.unavailableIn`).map((code, i) => {
    if (typeof code !== 'string' || !COUNTRY.test(code)) {
      throw new FixtureError(`${path}.unavailableIn[${i}]`, 'expected an ISO 3166 alpha-2 country code such as "CN"');
    }
    return code;
  });
  const appliesTo = raw['appliesTo'] ?? 'User';
  if (appliesTo !== 'User' && appliesTo !== 'Company') throw new FixtureError(`${path}.appliesTo`, 'expected "User" or "Company"');
  const capabilityStatus = raw['capabilityStatus'] ?? 'Enabled';
  if (!CAPABILITY_STATUSES.includes(capabilityStatus as CapabilityStatus)) {
    throw new FixtureError(`${path}.capabilityStatus`, `expected one of ${CAPABILITY_STATUSES.map((status) => `"${status}"`).join(', ')}`);
  }
  const units = (field: string): number => {
    const value = raw[field] ?? 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new FixtureError(`${path}.${field}`, 'expected a non-negative integer');
    return value;
  };
  const subscriptionIds = raw['subscriptionIds'] === undefined ? undefined : ids('subscriptionIds');
  return {
    skuId: text(raw['skuId'], `${path}.skuId`).toLowerCase(),
    skuPartNumber: text(raw['skuPartNumber'], `${path}.skuPartNumber`),
    name: text(raw['name'], `${path}.name`),
    totalUnits,
    servicePlans,
    requires: ids('requires'),
    excludes: ids('excludes'),
    unavailableIn,
    appliesTo,
    capabilityStatus: capabilityStatus as CapabilityStatus,
    warningUnits: units('warningUnits'),
    suspendedUnits: units('suspendedUnits'),
    lockedOutUnits: units('lockedOutUnits'),
    ...(subscriptionIds ? { subscriptionIds } : {}),
  };
}

function licenseList(value: unknown, path: string, skus: ReadonlyMap<string, FixtureSku>): FixtureLicense[] {
  const held = new Set<string>();
  return array(value, path).map((license, i): FixtureLicense => {
    const at = `${path}[${i}]`;
    const entry = object(license, at);
    const skuId = text(entry['skuId'], `${at}.skuId`).toLowerCase();
    const product = skus.get(skuId);
    if (!product) throw new FixtureError(`${at}.skuId`, `unknown SKU "${skuId}" (not in this customer's skus)`);
    uniqueKey(held, skuId, `${at}.skuId`, 'license for SKU');
    const disabledPlans = array(entry['disabledPlans'], `${at}.disabledPlans`).map((id, j) => {
      const planId = text(id, `${at}.disabledPlans[${j}]`).toLowerCase();
      if (!product.servicePlans.some((plan) => plan.id === planId)) {
        throw new FixtureError(`${at}.disabledPlans[${j}]`, `service plan "${planId}" is not in SKU ${product.skuPartNumber}`);
      }
      return planId;
    });
    return { skuId, disabledPlans };
  });
}

function group(value: unknown, path: string, skus: ReadonlyMap<string, FixtureSku>, userIds: ReadonlySet<string>): FixtureGroup {
  const raw = object(value, path);
  const seen = new Set<string>();
  const members = array(raw['members'], `${path}.members`).map((id, i) => {
    const userId = text(id, `${path}.members[${i}]`).toLowerCase();
    if (!userIds.has(userId)) throw new FixtureError(`${path}.members[${i}]`, `unknown user "${userId}" (not in this customer's users)`);
    uniqueKey(seen, userId, `${path}.members[${i}]`, 'member');
    return userId;
  });
  return {
    id: text(raw['id'], `${path}.id`).toLowerCase(),
    displayName: text(raw['displayName'], `${path}.displayName`),
    members,
    licenses: licenseList(raw['licenses'], `${path}.licenses`, skus),
  };
}

function user(value: unknown, path: string, skus: ReadonlyMap<string, FixtureSku>): FixtureUser {
  const raw = object(value, path);
  const location = raw['usageLocation'];
  if (location !== undefined && location !== null && (typeof location !== 'string' || !COUNTRY.test(location))) {
    throw new FixtureError(`${path}.usageLocation`, 'expected an ISO 3166 alpha-2 country code such as "SE", or null');
  }
  const licenses = licenseList(raw['licenses'], `${path}.licenses`, skus);
  return {
    id: text(raw['id'], `${path}.id`).toLowerCase(),
    displayName: text(raw['displayName'], `${path}.displayName`),
    userPrincipalName: text(raw['userPrincipalName'], `${path}.userPrincipalName`),
    usageLocation: typeof location === 'string' ? location : null,
    licenses,
  };
}

function customer(value: unknown, path: string): FixtureCustomer {
  const raw = object(value, path);
  const skuIds = new Set<string>();
  const skus = array(raw['skus'], `${path}.skus`).map((entry, i) => {
    const parsed = sku(entry, `${path}.skus[${i}]`);
    uniqueKey(skuIds, parsed.skuId, `${path}.skus[${i}].skuId`, 'SKU id');
    return parsed;
  });
  skus.forEach((product, i) => {
    for (const field of ['requires', 'excludes'] as const) {
      (product[field] ?? []).forEach((other, j) => {
        const at = `${path}.skus[${i}].${field}[${j}]`;
        if (!skuIds.has(other)) throw new FixtureError(at, `unknown SKU "${other}" (not in this customer's skus)`);
        if (other === product.skuId) throw new FixtureError(at, 'a SKU cannot refer to itself');
      });
    }
  });
  const bySku = new Map(skus.map((product) => [product.skuId, product]));
  const userIds = new Set<string>();
  const principals = new Set<string>();
  const users = array(raw['users'], `${path}.users`).map((entry, i) => {
    const parsed = user(entry, `${path}.users[${i}]`, bySku);
    uniqueKey(userIds, parsed.id, `${path}.users[${i}].id`, 'user id');
    uniqueKey(principals, parsed.userPrincipalName, `${path}.users[${i}].userPrincipalName`, 'userPrincipalName');
    return parsed;
  });
  const groupIds = new Set<string>();
  const groups = optionalArray(raw['groups'], `${path}.groups`).map((entry, i) => {
    const parsed = group(entry, `${path}.groups[${i}]`, bySku, userIds);
    uniqueKey(groupIds, parsed.id, `${path}.groups[${i}].id`, 'group id');
    if (userIds.has(parsed.id)) throw new FixtureError(`${path}.groups[${i}].id`, `"${parsed.id}" is already a user id`);
    return parsed;
  });
  const name = text(raw['name'], `${path}.name`);
  const domain = raw['domain'] === undefined ? undefined : text(raw['domain'], `${path}.domain`);
  return { id: text(raw['id'], `${path}.id`).toLowerCase(), name, ...(domain ? { domain } : {}), skus, users, groups };
}

function agent(value: unknown, path: string, customerIds: ReadonlySet<string>): FixtureAgent {
  const raw = object(value, path);
  const tenantId = raw['tenantId'];
  const parsed: FixtureAgent = {
    token: text(raw['token'], `${path}.token`),
    name: text(raw['name'], `${path}.name`),
    role: text(raw['role'], `${path}.role`),
    ...(raw['userPrincipalName'] === undefined ? {} : { userPrincipalName: principalName(raw['userPrincipalName'], `${path}.userPrincipalName`) }),
  };
  if (tenantId === undefined || tenantId === null) return parsed;
  const id = text(tenantId, `${path}.tenantId`).toLowerCase();
  if (!customerIds.has(id)) throw new FixtureError(`${path}.tenantId`, `unknown customer "${id}"`);
  return { ...parsed, tenantId: id };
}

/** Checks a parsed JSON value and returns a normalized fixture (ids in lower case). Throws FixtureError. */
export function validateFixture(value: unknown): Fixture {
  const raw = object(value, 'fixture');
  const customerIds = new Set<string>();
  const customers = array(raw['customers'], 'customers').map((entry, i) => {
    const parsed = customer(entry, `customers[${i}]`);
    uniqueKey(customerIds, parsed.id, `customers[${i}].id`, 'customer id');
    return parsed;
  });
  const tokens = new Set<string>();
  const agentPrincipals = new Set<string>();
  const agents = array(raw['agents'], 'agents').map((entry, i) => {
    const parsed = agent(entry, `agents[${i}]`, customerIds);
    if (tokens.has(parsed.token)) throw new FixtureError(`agents[${i}].token`, 'duplicate token');
    tokens.add(parsed.token);
    if (parsed.userPrincipalName !== undefined) uniqueKey(agentPrincipals, parsed.userPrincipalName, `agents[${i}].userPrincipalName`, 'userPrincipalName');
    return parsed;
  });
  return { agents, customers };
}

/** Parses fixture JSON text; invalid JSON is reported as a FixtureError too. */
export function parseFixture(json: string): Fixture {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new FixtureError('fixture', `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateFixture(value);
}
