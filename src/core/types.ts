/**
 * The license domain's data, in the admin's words. Plain readonly data: no DOM, no network.
 * Identifiers are the services' GUID strings (Graph `skuId` = Partner Center `productSku.id`).
 */
export type UserId = string;
export type SkuId = string;
export type ServicePlanId = string;
export type CustomerId = string;

/** A license a user holds, with the service plans turned off for that user. */
export interface HeldLicense {
  readonly skuId: SkuId;
  readonly disabledPlans: readonly ServicePlanId[];
}

export interface TenantUser {
  readonly id: UserId;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** ISO 3166 alpha-2, or null when the directory has none (no license can be assigned then). */
  readonly usageLocation: string | null;
  readonly licenses: readonly HeldLicense[];
}

export interface ServicePlan {
  readonly id: ServicePlanId;
  /** The service's technical name, e.g. "EXCHANGE_S_STANDARD". */
  readonly name: string;
  readonly displayName: string;
  /** Only "User" plans can be switched per user; "Tenant" plans are shown for information only. */
  readonly appliesTo: 'User' | 'Tenant';
}

export interface Product {
  readonly skuId: SkuId;
  readonly skuPartNumber: string;
  readonly displayName: string;
  readonly totalUnits: number;
  readonly consumedUnits: number;
  /** Units free to assign now: total - consumed, never below zero. */
  readonly availableUnits: number;
  readonly servicePlans: readonly ServicePlan[];
  /** e.g. "Enabled", "Warning", "Suspended". */
  readonly capabilityStatus: string;
  /** Partner Center license group; one group per update request. Graph products are all "group1". */
  readonly licenseGroup: 'group1' | 'group2';
}

/**
 * Licensing rules known for a customer's products.
 * `requires`: the product needs at least one of the listed products, held or assigned in the same update.
 * `excludes`: pairs that cannot be held together (symmetric).
 * `unavailableIn`: usage locations (ISO alpha-2) where the product cannot be assigned.
 */
export interface LicensingRules {
  readonly requires: ReadonlyMap<SkuId, readonly SkuId[]>;
  readonly excludes: ReadonlyMap<SkuId, readonly SkuId[]>;
  readonly unavailableIn: ReadonlyMap<SkuId, readonly string[]>;
}

/** One license to give a user, with the plans to keep off. */
export interface LicenseAssignment {
  readonly skuId: SkuId;
  readonly disabledPlans: readonly ServicePlanId[];
}

/** All of one user's changes, sent together in one request. */
export interface UserOperation {
  readonly userId: UserId;
  readonly assign: readonly LicenseAssignment[];
  readonly remove: readonly SkuId[];
}

/** Roles as the reference server and Partner Center name them. */
export type AgentRole =
  | 'AdminAgent'
  | 'GlobalAdmin'
  | 'HelpdeskAgent'
  | 'SalesAgent'
  | 'UserManagementAdmin'
  | (string & { readonly __otherRole?: never });

export interface Agent {
  readonly name: string;
  readonly roles: readonly AgentRole[];
}

/**
 * Why one user's update failed, in kinds an admin understands. The service's own text stays in `message`.
 */
export type FailureKind =
  | 'not-enough-licenses' // CountViolation, Partner Center 60012
  | 'mutually-exclusive' // MutuallyExclusiveViolation
  | 'dependency' // DependencyViolation
  | 'unavailable-in-location' // ProhibitedInUsageLocationViolation
  | 'usage-location-missing'
  | 'uniqueness' // UniquenessViolation
  | 'not-found'
  /** The token signs in to another tenant than the customer asked for (Graph tokens are per tenant). */
  | 'wrong-tenant'
  | 'forbidden'
  | 'throttled'
  | 'unavailable' // 5xx, dropped connection, timeout after retries
  | 'invalid-request'
  | 'malformed-response'
  | 'cancelled'
  /** An undo found the user's licenses changed since the job it reverses: skipped, not overwritten. */
  | 'changed-since'
  | 'other';

export interface FailureReason {
  readonly kind: FailureKind;
  /** The service's own message (decoded), kept as detail. */
  readonly message: string;
  /** The service's code as sent ("Request_BadRequest", 60012, "CountViolation", ...). */
  readonly serviceCode?: string | number;
  readonly httpStatus?: number;
  /** The change was never sent: the check before saving found this problem. */
  readonly notSent?: boolean;
  /** The other products the failure is about (the one it can't be held with), when known. */
  readonly otherSkuIds?: readonly SkuId[];
}

/** The tri-state of a checkbox over a set: all, none, or some. */
export type CheckState = 'checked' | 'unchecked' | 'mixed';

/** What the admin asked for one product, over the whole selection. */
export type ProductIntent = 'leave' | 'assign' | 'revoke';

/** A pre-flight problem found before saving. Components turn it into words in the UI language. */
export type FindingKind =
  | 'not-enough-licenses'
  | 'usage-location-missing'
  | 'unavailable-in-location'
  | 'missing-requirement' // assigned without a product it requires (held or assigned in the same plan)
  | 'breaks-requirement' // revoking a product another held product requires
  | 'mutually-exclusive'; // held or assigned together with a product it cannot be held with

export interface Finding {
  readonly kind: FindingKind;
  /** Blocking findings stop the save; per-user findings let the admin save the others. */
  readonly severity: 'blocking' | 'per-user';
  readonly skuId: SkuId;
  /** The other products involved (the required ones, the exclusive one, the dependent one). */
  readonly otherSkuIds: readonly SkuId[];
  readonly userIds: readonly UserId[];
  /** For not-enough-licenses: units needed and units available. */
  readonly needed?: number;
  readonly available?: number;
  /** For unavailable-in-location: the locations involved. */
  readonly locations?: readonly string[];
}
