/** What "Undo this change" needs from a job, read from its journal record or from the job on screen. */
import type { OperationOutcome } from '../core/executor/job.js';
import type { KeyedOperation } from '../core/executor/ports.js';
import type { RecordedChange } from '../core/undo.js';
import type { HeldLicense, UserId } from '../core/types.js';
import type { JobRecord } from '../store/store.js';

/** What each user of the record held before the job; users recorded without it are absent. */
export function beforeOf(record: JobRecord): ReadonlyMap<UserId, readonly HeldLicense[]> {
  const before = new Map<UserId, readonly HeldLicense[]>();
  for (const entry of record.operations) if (entry.before) before.set(entry.operation.userId, entry.before);
  return before;
}

/** The changes of the users that succeeded and whose before-state is known: what an undo reverses. */
export function succeededChanges(
  operations: readonly KeyedOperation[],
  succeeded: (userId: UserId) => boolean,
  before: ReadonlyMap<UserId, readonly HeldLicense[]>,
): RecordedChange[] {
  const changes: RecordedChange[] = [];
  for (const { operation } of operations) {
    const held = before.get(operation.userId);
    if (held !== undefined && succeeded(operation.userId)) changes.push({ operation, before: held });
  }
  return changes;
}

export function recordChanges(record: JobRecord): RecordedChange[] {
  return succeededChanges(record.operations, (userId) => record.states[userId]?.state === 'succeeded', beforeOf(record));
}

export function shownChanges(operations: readonly KeyedOperation[], outcomes: readonly OperationOutcome[], before: ReadonlyMap<UserId, readonly HeldLicense[]>): RecordedChange[] {
  const succeeded = new Set(outcomes.filter((outcome) => outcome.status === 'succeeded').map((outcome) => outcome.userId));
  return succeededChanges(operations, (userId) => succeeded.has(userId), before);
}
