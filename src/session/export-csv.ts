/** The results table of a job as CSV text, through the executor's formula-safe CSV writer. */
import { resultsCsv, type CsvHeader, type ResultRow } from '../core/executor/results-csv.js';
import type { FailureReason, SkuId } from '../core/types.js';
import type { JobRecord } from '../store/store.js';
import type { JobView, OutcomeKind, OutcomeRow } from './view-state.js';

/** The words of the file, so it reads in the admin's UI language (the session itself has no translations). */
export interface CsvWords {
  readonly header: CsvHeader;
  readonly outcome: (kind: OutcomeKind) => string;
  /** The product names let a reason name the other product it is about. */
  readonly reason: (reason: FailureReason, productNames: ReadonlyMap<SkuId, string>) => string;
}

const OUTCOME_WORDS: Readonly<Record<OutcomeKind, string>> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  unchanged: 'No change',
  cancelled: 'Cancelled',
  pending: 'Pending',
};

/** English, with the service's message as the reason: for hosts and tests that call the session directly. */
export const ENGLISH_CSV_WORDS: CsvWords = {
  header: ['Display name', 'User principal name', 'Outcome', 'Assigned', 'Removed', 'Reason'],
  outcome: (kind) => OUTCOME_WORDS[kind],
  reason: (reason) => (reason.notSent ? `Not sent (${reason.kind})` : reason.message),
};

export function exportJobCsv(job: JobView, productNames: ReadonlyMap<SkuId, string>, words: CsvWords = ENGLISH_CSV_WORDS): string {
  return csvOf(job.rows, productNames, words);
}

/** A job from the history, as the journal kept it (product names as they were then). */
export function exportRecordCsv(record: JobRecord, words: CsvWords = ENGLISH_CSV_WORDS): string {
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
  return csvOf(rows, new Map(Object.entries(record.productNames)), words);
}

function csvOf(outcomeRows: readonly OutcomeRow[], productNames: ReadonlyMap<SkuId, string>, words: CsvWords): string {
  const name = (skuId: SkuId) => productNames.get(skuId) ?? skuId;
  const rows: ResultRow[] = outcomeRows.map((row) => ({
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    outcome: words.outcome(row.outcome),
    assigned: row.assigned.map(name),
    removed: row.removed.map(name),
    reason: row.reason && row.outcome !== 'succeeded' ? words.reason(row.reason, productNames) : '',
  }));
  return resultsCsv(rows, { byteOrderMark: true, header: words.header });
}
