/**
 * Picking a job up again from its journal: which operations still need running, and which may already have
 * reached the service (recorded in flight, or failed without a clear answer) and so are checked before sending.
 */
import type { KeyedOperation, OperationRecord } from './ports.js';

export interface ResumePlan {
  /** Operations to run again, in job order (including those to check first). */
  readonly operations: readonly KeyedOperation[];
  /** Request ids whose users are read first; pass to `runJob` as `checkFirst`. */
  readonly checkFirst: readonly string[];
  /** Attempts already made; pass to `runJob` as `priorAttempts`. */
  readonly priorAttempts: ReadonlyMap<string, number>;
  /** The last record of each operation that had already finished. */
  readonly finished: readonly OperationRecord[];
}

/** `records` in the order they were written; the last one per request id is the operation's state. */
export function resumePlan(operations: readonly KeyedOperation[], records: readonly OperationRecord[]): ResumePlan {
  const latest = new Map<string, OperationRecord>();
  for (const record of records) latest.set(record.requestId, record);
  const toRun: KeyedOperation[] = [];
  const checkFirst: string[] = [];
  const priorAttempts = new Map<string, number>();
  const finished: OperationRecord[] = [];
  for (const keyed of operations) {
    const record = latest.get(keyed.requestId);
    if (!record) {
      toRun.push(keyed);
      continue;
    }
    if (record.state === 'succeeded' || record.state === 'failed' || record.state === 'cancelled') {
      finished.push(record);
      continue;
    }
    toRun.push(keyed);
    if (record.attempts > 0) priorAttempts.set(keyed.requestId, record.attempts);
    if (mayHaveReachedService(record)) checkFirst.push(keyed.requestId);
  }
  return { operations: toRun, checkFirst, priorAttempts, finished };
}

/** Sent at least once and not known to be refused untouched (a 429 is refused before anything happens). */
function mayHaveReachedService(record: OperationRecord): boolean {
  if (record.state === 'in-flight') return true;
  return record.attempts > 0 && record.reason?.kind !== 'throttled';
}
