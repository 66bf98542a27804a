/** Journal records in the words of the history list and the "Interrupted job" banner. */
import type { JobRecord } from '../store/store.js';
import { recordChanges } from './recorded-changes.js';
import type { JobSummary } from './view-state.js';

export function summaryOf(record: JobRecord): JobSummary {
  let succeeded = 0;
  let failed = 0;
  for (const state of Object.values(record.states)) {
    if (state.state === 'succeeded') succeeded++;
    else if (state.state === 'failed') failed++;
  }
  const skus = new Set<string>();
  for (const { operation } of record.operations) {
    for (const assignment of operation.assign) skus.add(assignment.skuId);
    for (const skuId of operation.remove) skus.add(skuId);
  }
  return {
    jobId: record.jobId,
    startedBy: record.startedBy,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt ?? null,
    status: record.status,
    total: record.operations.length,
    succeeded,
    failed,
    products: [...skus].map((skuId) => record.productNames[skuId] ?? skuId),
    undoOf: record.undoOf ?? null,
    canUndo: record.status !== 'running' && record.status !== 'interrupted' && recordChanges(record).length > 0,
  };
}
