/**
 * The license domain's data, in the admin's words. Plain readonly data: no DOM, no network.
 * Identifiers are the services' GUID strings (Graph `skuId` = Partner Center `productSku.id`).
 */
export type UserId = string;
export type SkuId = string;
export type ServicePlanId = string;
export type CustomerId = string;
export type GroupId = string;

/** A group that licenses its members (group-based licensing). */
export interface LicenseGroup {
  readonly id: GroupId;
  readonly displayName: string;
}

/** Why licensing could not (fully) apply an assignment: Graph's `licenseAssignmentStates[].error` values. */
export type LicenseErrorKind =
  | 'CountViolation'
  | 'MutuallyExclusiveViolation'
  | 'DependencyViolation'
  | 'ProhibitedInUsageLocationViolation'
  | 'UniquenessViolation'
  | 'Other';

export interface LicenseProblem {
  /** "error": the assignment failed (not held through it); "active-with-error": held, but some of it failed. */
  readonly state: 'error' | 'active-with-error';
  readonly error: LicenseErrorKind;
  /** The group whose assignment failed; null for a direct assignment. */
  readonly group: LicenseGroup | null;
}

/** Where a user's license comes from, when the service says (Graph); Partner Center has no group data. */
export interface LicenseSource {
  /** Assigned to the user directly: it can be removed from the user. */
  readonly direct: boolean;
  /** Groups the user holds it through: it stays while the user is a member. */
  readonly groups: readonly LicenseGroup[];
  readonly problems: readonly LicenseProblem[];
}

/** A license a user holds, with the service plans turned off for that user. */
export interface HeldLicense {
  readonly skuId: SkuId;
  readonly disabledPlans: readonly ServicePlanId[];
  /**
   * Absent when the service cannot tell (then: held directly). With group-based licensing an entry may stand
   * for an assignment that failed and is not held at all; `isHeld` (licenses.ts) tells.
   */
  readonly source?: LicenseSource;
}

/** Holding nothing: one shared empty list, so 100,000 users without licenses do not carry 100,000 empty arrays. */
export const NO_LICENSES: readonly HeldLicense[] = Object.freeze([]);

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
  /** Units that cannot be assigned: in their grace period (warning), cancelled (suspended) or locked out. */
  readonly unusableUnits?: UnusableUnits;
}

export interface UnusableUnits {
  readonly warning: number;
  readonly suspended: number;
  readonly lockedOut: number;
}

/** Subscription states in which no unit of the product can be assigned. */
export const UNASSIGNABLE_STATUSES: readonly string[] = ['Suspended', 'LockedOut', 'Deleted'];

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

/**
 * All of one user's changes, sent together in one request. An operation that sets `usageLocation` (ISO 3166
 * alpha-2) changes only that, with empty `assign` and `remove`: a PATCH of the user instead of a license update.
 */
export interface UserOperation {
  readonly userId: UserId;
  readonly assign: readonly LicenseAssignment[];
  readonly remove: readonly SkuId[];
  readonly usageLocation?: string;
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
  /** Removing a license the user holds only through a group (the service refuses). */
  | 'inherited-from-group'
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
  | 'mutually-exclusive' // held or assigned together with a product it cannot be held with
  | 'subscription-suspended' // assigning a product whose subscription has no usable units (suspended, locked out, ...)
  | 'inherited-from-group' // revoking a product the user holds only through groups: the service refuses
  | 'kept-through-group'; // revoking a product held directly and through groups: only the direct one goes

export interface Finding {
  readonly kind: FindingKind;
  /** Blocking findings stop the save; per-user findings let the admin save the others; notes only inform. */
  readonly severity: 'blocking' | 'per-user' | 'note';
  readonly skuId: SkuId;
  /** The other products involved (the required ones, the exclusive one, the dependent one). */
  readonly otherSkuIds: readonly SkuId[];
  readonly userIds: readonly UserId[];
  /** For not-enough-licenses: units needed and units available. */
  readonly needed?: number;
  readonly available?: number;
  /** For unavailable-in-location: the locations involved. */
  readonly locations?: readonly string[];
  /** For inherited-from-group and kept-through-group: the groups' names. */
  readonly groupNames?: readonly string[];
  /** For subscription-suspended: the subscription's state, e.g. "Suspended". */
  readonly capabilityStatus?: string;
}
