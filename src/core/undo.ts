/**
 * The reverse of a finished job: for each user the job changed, the operation that puts back what they held
 * before (service plans turned off included). A user whose licenses are no longer what the job left is skipped,
 * never overwritten: someone changed them since. Pure; the session re-reads the licenses and runs the result.
 */
import { licensesAfter } from './licenses-after.js';
import type { HeldLicense, LicenseAssignment, SkuId, UserId, UserOperation } from './types.js';

/** One user's change as a job recorded it: the operation sent and the licenses the user held before. */
export interface RecordedChange {
  readonly operation: UserOperation;
  readonly before: readonly HeldLicense[];
}

export interface UndoPlan {
  readonly operations: readonly UserOperation[];
  /** Users whose licenses changed since the job (or could not be read): shown, not sent. */
  readonly skipped: readonly UserId[];
}

/** The operation that takes a user from what the job left back to `before`; null when there is nothing to undo. */
export function reverseOperation({ operation, before }: RecordedChange): UserOperation | null {
  const heldBefore = new Map(before.map((license) => [license.skuId, license]));
  const assign: LicenseAssignment[] = [];
  const remove: SkuId[] = [];
  for (const { skuId } of operation.assign) {
    const previous = heldBefore.get(skuId);
    if (previous === undefined) remove.push(skuId);
    else assign.push({ skuId, disabledPlans: previous.disabledPlans });
  }
  for (const skuId of operation.remove) {
    const previous = heldBefore.get(skuId);
    if (previous !== undefined) assign.push({ skuId, disabledPlans: previous.disabledPlans });
  }
  if (assign.length === 0 && remove.length === 0) return null;
  return { userId: operation.userId, assign, remove };
}

/** Same products with the same service plans turned off, in any order. */
export function sameLicenses(a: readonly HeldLicense[], b: readonly HeldLicense[]): boolean {
  const key = (licenses: readonly HeldLicense[]) =>
    licenses.map((license) => `${license.skuId}:${[...new Set(license.disabledPlans)].sort().join(',')}`).sort().join('|');
  return key(a) === key(b);
}

/**
 * The undo of `changes` (the users that succeeded), given what each holds now. A user not in `now` (the read
 * failed) or holding anything other than what the job left is skipped.
 */
export function undoPlan(changes: readonly RecordedChange[], now: ReadonlyMap<UserId, readonly HeldLicense[]>): UndoPlan {
  const operations: UserOperation[] = [];
  const skipped: UserId[] = [];
  for (const change of changes) {
    const current = now.get(change.operation.userId);
    if (current === undefined || !sameLicenses(current, licensesAfter(change.before, change.operation))) {
      skipped.push(change.operation.userId);
      continue;
    }
    const reverse = reverseOperation(change);
    if (reverse !== null) operations.push(reverse);
  }
  return { operations, skipped };
}
