/**
 * "Retry failed": after a job, the failed users' licenses are read again, and only those whose change is
 * still missing are sent, each with a fresh request id. A fresh id because the service remembers its answer
 * per id: resending the old one would only replay the old failure (Partner Center idempotency).
 */
import type { HeldLicense, UserId } from '../types.js';
import type { OperationOutcome, OperationStatus } from './job.js';
import { licensesMatchTarget } from './license-match.js';
import type { KeyedOperation } from './ports.js';

export interface RetryFailedPlan {
  /** To run again, in job order, with new request ids. */
  readonly operations: readonly KeyedOperation[];
  /** Failed on the job's reckoning, but the licenses read now show the change is in place. */
  readonly alreadyApplied: readonly UserId[];
}

export function retryFailedPlan(
  operations: readonly KeyedOperation[],
  outcomes: readonly OperationOutcome[],
  licensesNow: ReadonlyMap<UserId, readonly HeldLicense[]>,
  newRequestId: () => string,
  statuses: readonly OperationStatus[] = ['failed'],
): RetryFailedPlan {
  const wanted = new Set(outcomes.filter((o) => statuses.includes(o.status)).map((o) => o.requestId));
  const again: KeyedOperation[] = [];
  const alreadyApplied: UserId[] = [];
  for (const keyed of operations) {
    if (!wanted.has(keyed.requestId)) continue;
    const held = licensesNow.get(keyed.operation.userId);
    if (held && licensesMatchTarget(held, keyed.operation)) alreadyApplied.push(keyed.operation.userId);
    else again.push({ operation: keyed.operation, requestId: newRequestId() });
  }
  return { operations: again, alreadyApplied };
}
