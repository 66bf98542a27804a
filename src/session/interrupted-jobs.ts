/**
 * A job the page left behind (the extension's panel closed mid-way): resumed with the same request ids, or
 * discarded into the history. Either way, users whose request may have reached the service are read first.
 */
import type { OperationOutcome } from '../core/executor/job.js';
import { licensesMatchTarget } from '../core/executor/license-match.js';
import type { OperationRecord } from '../core/executor/ports.js';
import { resumePlan } from '../core/executor/resume-plan.js';
import type { JobRecord } from '../store/store.js';
import type { JobLauncher, SaveResult } from './job-launcher.js';
import { beforeOf } from './recorded-changes.js';
import { operationRow } from './running-job.js';
import { showNotice, type SessionCore } from './session-core.js';
import { toViewError } from './view-error.js';

export class InterruptedJobs {
  constructor(private readonly core: SessionCore, private readonly launcher: JobLauncher, private readonly jobsChanged: () => Promise<void>) {}

  /**
   * Picks up a job left behind with the same request ids: users whose request may have reached the service are
   * re-read first (the executor's checkFirst) and sent only when their licenses do not match yet.
   */
  async resume(jobId: string): Promise<SaveResult> {
    const { core } = this;
    const journal = core.store?.journal;
    if (!journal || this.launcher.running) return { status: 'not-ready' };
    if (!core.model().access.canChange) return { status: 'read-only' };
    const record = await this.read(jobId);
    if (record === null) return { status: 'not-ready' };
    const keyed = record.operations.map(({ operation, requestId }) => ({ operation, requestId }));
    const plan = resumePlan(keyed, Object.values(record.states));
    const finished = new Map(plan.finished.map((state) => [state.requestId, state]));
    const rows = record.operations.map((entry) => {
      const row = operationRow(entry.operation, entry.displayName, entry.userPrincipalName);
      const state = finished.get(entry.requestId);
      return state ? { ...row, outcome: finishedStatus(state), reason: state.reason ?? null } : row;
    });
    await journal.setStatus(jobId, 'running').catch((error: unknown) => core.report(toViewError(error, 'storage')));
    core.update((model) => ({ ...model, interruptedJob: null }));
    const resume = { checkFirst: plan.checkFirst, priorAttempts: plan.priorAttempts, productNames: new Map(Object.entries(record.productNames)) };
    const decided = { operations: keyed.filter((k) => finished.has(k.requestId)), outcomes: plan.finished.map(outcomeOf), before: beforeOf(record) };
    return this.launcher.resume(jobId, plan.operations, rows, record.unchanged ?? 0, resume, decided, record.undoOf ?? null);
  }

  /**
   * Gives up a job left behind, and it moves to the history. Users whose request may have reached the service
   * (it was in flight when the page closed) are read first: a change already in place is recorded as succeeded,
   * the rest as cancelled. When they cannot be read, nothing is recorded and the job stays to be resumed or
   * discarded later: calling an applied change "cancelled" would be the one wrong answer.
   */
  async discard(jobId: string): Promise<void> {
    const { core } = this;
    const journal = core.store?.journal;
    if (!journal) return;
    const record = await this.read(jobId);
    if (record === null) return;
    const keyed = record.operations.map(({ operation, requestId }) => ({ operation, requestId }));
    const plan = resumePlan(keyed, Object.values(record.states));
    const maybeSent = new Set(plan.checkFirst);
    let applied: ReadonlySet<string>;
    try {
      const checks = await Promise.all(plan.operations.filter((k) => maybeSent.has(k.requestId)).map(async (k) => {
        const held = await core.backend.applier.readLicenses(k.operation.userId);
        return licensesMatchTarget(held, k.operation) ? k.requestId : null;
      }));
      applied = new Set(checks.filter((requestId): requestId is string => requestId !== null));
    } catch (error) {
      showNotice(core, toViewError(error));
      return;
    }
    try {
      for (const { operation, requestId } of plan.operations) {
        const attempts = record.states[operation.userId]?.attempts ?? 0;
        await journal.recordOperation(jobId, { userId: operation.userId, requestId, state: applied.has(requestId) ? 'succeeded' : 'cancelled', attempts });
      }
      await journal.setStatus(jobId, 'cancelled', core.now());
    } catch (error) {
      core.report(toViewError(error, 'storage'));
    }
    core.update((model) => ({ ...model, interruptedJob: model.interruptedJob?.jobId === jobId ? null : model.interruptedJob }));
    await this.jobsChanged();
  }

  private async read(jobId: string): Promise<JobRecord | null> {
    try {
      return (await this.core.store?.journal.getJob(jobId)) ?? null;
    } catch (error) {
      this.core.report(toViewError(error, 'storage'));
      return null;
    }
  }
}

type FinishedStatus = OperationOutcome['status'];

/** resumePlan's `finished` holds only succeeded, failed and cancelled records. */
function finishedStatus(record: OperationRecord): FinishedStatus {
  return record.state === 'succeeded' || record.state === 'failed' ? record.state : 'cancelled';
}

function outcomeOf(record: OperationRecord): OperationOutcome {
  const { userId, requestId, attempts, reason } = record;
  return { userId, requestId, status: finishedStatus(record), attempts, ...(reason ? { reason } : {}) };
}
