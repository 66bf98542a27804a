/**
 * Graph's `licenseAssignmentStates` (direct and group-based assignments, each with its state and error) folded
 * into one HeldLicense per product with where it comes from. Group names come from one directory call
 * (group-names.ts); the states only carry group ids.
 */
import { NO_LICENSES, type GroupId, type HeldLicense, type LicenseErrorKind, type LicenseGroup, type LicenseProblem, type TenantUser } from '../../core/types.js';
import { asObject, asString, readArray, readString, type JsonObject } from '../parse.js';
import { parseGraphUser } from './schema.js';

export interface AssignmentState {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
  /** The group it is inherited through; null for a direct assignment. */
  readonly groupId: GroupId | null;
  readonly state: string;
  readonly error: string | null;
}

const ERROR_KINDS: readonly LicenseErrorKind[] = [
  'CountViolation', 'MutuallyExclusiveViolation', 'DependencyViolation', 'ProhibitedInUsageLocationViolation', 'UniquenessViolation',
];

function nullableString(obj: JsonObject, key: string, path: string): string | null {
  const value = obj[key];
  return value === null || value === undefined ? null : asString(value, path === '' ? key : `${path}.${key}`);
}

export function parseAssignmentState(value: unknown, path: string): AssignmentState {
  const entry = asObject(value, path);
  return {
    skuId: readString(entry, 'skuId', path),
    disabledPlans: readArray(entry, 'disabledPlans', path, asString),
    groupId: nullableString(entry, 'assignedByGroup', path),
    state: readString(entry, 'state', path),
    error: nullableString(entry, 'error', path),
  };
}

/** Group ids the states name, for one call that names them all (null: states not read). */
export function groupIdsOf(states: Iterable<readonly AssignmentState[] | null>): GroupId[] {
  const ids = new Set<GroupId>();
  for (const list of states) for (const state of list ?? []) if (state.groupId !== null) ids.add(state.groupId.toLowerCase());
  return [...ids];
}

/** The assignment states when the answer has them (they are only there when asked for by `$select`). */
export function statesOf(body: unknown, path: string): AssignmentState[] | null {
  const obj = asObject(body, path);
  return obj['licenseAssignmentStates'] === undefined ? null : readArray(obj, 'licenseAssignmentStates', path, parseAssignmentState);
}

/** A user as read, with the assignment states their licenses come from. */
export interface SourcedUser {
  readonly user: TenantUser;
  readonly states: readonly AssignmentState[] | null;
}

export function parseSourcedUser(value: unknown, path: string): SourcedUser {
  return { user: parseGraphUser(value, path), states: statesOf(value, path) };
}

const isActive = (state: AssignmentState): boolean => state.state === 'Active' || state.state === 'ActiveWithError';

function problemOf(state: AssignmentState, group: LicenseGroup | null): LicenseProblem | null {
  if (state.state !== 'Error' && state.state !== 'ActiveWithError') return null;
  const error = ERROR_KINDS.find((kind) => kind.toLowerCase() === (state.error ?? '').toLowerCase()) ?? 'Other';
  return { state: state.state === 'Error' ? 'error' : 'active-with-error', error, group };
}

/**
 * The user's licenses with their source: every product in `assigned` (what the user holds), plus products only
 * listed in an error state (not held; shown so the admin hears why). Without states (not asked for), `assigned`.
 */
export function withSources(
  assigned: readonly HeldLicense[],
  states: readonly AssignmentState[] | null,
  groups: ReadonlyMap<GroupId, LicenseGroup>,
): readonly HeldLicense[] {
  if (assigned.length === 0 && (states === null || states.length === 0)) return NO_LICENSES;
  if (states === null) return [...assigned];
  const bySku = new Map<string, AssignmentState[]>();
  for (const state of states) {
    const key = state.skuId.toLowerCase();
    bySku.set(key, [...(bySku.get(key) ?? []), state]);
  }
  const groupOf = (id: GroupId): LicenseGroup => groups.get(id.toLowerCase()) ?? { id, displayName: id };
  const sourced = (skuId: string, disabledPlans: readonly string[]): HeldLicense => {
    const list = bySku.get(skuId.toLowerCase()) ?? [];
    bySku.delete(skuId.toLowerCase());
    // Assigned but in no state (a service that lists only some): it is held, so call it direct.
    if (list.length === 0) return { skuId, disabledPlans };
    const problems = list.flatMap((state) => problemOf(state, state.groupId === null ? null : groupOf(state.groupId)) ?? []);
    return {
      skuId,
      disabledPlans,
      source: {
        direct: list.some((state) => state.groupId === null && isActive(state)),
        groups: list.filter((state) => state.groupId !== null && isActive(state)).map((state) => groupOf(state.groupId as GroupId)),
        problems,
      },
    };
  };
  const licenses = assigned.map((license) => sourced(license.skuId, license.disabledPlans));
  for (const [, list] of bySku) {
    const first = list[0];
    if (first === undefined) continue;
    const failed = sourced(first.skuId, first.disabledPlans);
    if (failed.source && failed.source.problems.length > 0) licenses.push({ ...failed, source: { ...failed.source, direct: false, groups: [] } });
  }
  return licenses;
}
