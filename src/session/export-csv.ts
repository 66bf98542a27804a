/** The results table of a job as CSV text, through the executor's formula-safe CSV writer. */
import { resultsCsv, type ResultRow } from '../core/executor/results-csv.js';
import type { SkuId } from '../core/types.js';
import type { JobRecord } from '../store/store.js';
import type { JobView, OutcomeKind, OutcomeRow } from './view-state.js';

const OUTCOME_WORDS: Readonly<Record<OutcomeKind, string>> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  unchanged: 'No change',
  cancelled: 'Cancelled',
  pending: 'Pending',
};

export function exportJobCsv(job: JobView, productNames: ReadonlyMap<SkuId, string>): string {
  return csvOf(job.rows, productNames);
}

/** A job from the history, as the journal kept it (product names as they were then). */
export function exportRecordCsv(record: JobRecord): string {
  const rows: OutcomeRow[] = record.operations.map(({ operation, displayName, userPrincipalName }) => {
    const state = record.states[operation.userId];
    const outcome: OutcomeKind = state?.state === 'succeeded' || state?.state === 'failed' || state?.state === 'cancelled' ? state.state : 'pending';
    return {
      userId: operation.userId,
      displayName,
      userPrincipalName,
      outcome,
      assigned: operation.assign.map((assignment) => assignment.skuId),
      removed: operation.remove,
      reason: state?.reason ?? null,
    };
  });
  return csvOf(rows, new Map(Object.entries(record.productNames)));
}

function csvOf(outcomeRows: readonly OutcomeRow[], productNames: ReadonlyMap<SkuId, string>): string {
  const name = (skuId: SkuId) => productNames.get(skuId) ?? skuId;
  const rows: ResultRow[] = outcomeRows.map((row) => ({
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    outcome: OUTCOME_WORDS[row.outcome],
    assigned: row.assigned.map(name),
    removed: row.removed.map(name),
    reason: row.reason?.message ?? '',
  }));
  return resultsCsv(rows, { byteOrderMark: true });
}
