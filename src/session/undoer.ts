/**
 * "Undo this change": the reverse of a finished job, from the job on screen or its journal record. The users it
 * changed are read again first; whoever holds anything other than what the job left is shown and skipped. The
 * reverse shows in the review step, and "Confirm" runs it as a new job that names the one it undoes.
 */
import { undoPlan, type RecordedChange } from '../core/undo.js';
import type { FailureReason, HeldLicense, SkuId, UserId } from '../core/types.js';
import type { JobLauncher, SaveResult } from './job-launcher.js';
import { recordChanges, shownChanges } from './recorded-changes.js';
import { operationRow } from './running-job.js';
import type { SessionCore } from './session-core.js';
import type { PendingUndo } from './session-model.js';
import { toViewError } from './view-error.js';
import type { OutcomeRow } from './view-state.js';

export interface UndoHost extends SessionCore {
  refreshLicenses(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null>;
  /** Product names of the loaded products, for a job on screen that did not record its own. */
  productNames(): ReadonlyMap<SkuId, string>;
  /** Starts loading the tenant's products when they are not (the review counts what is left of each). */
  loadProducts(): void;
}

interface JobChanges {
  readonly changes: readonly RecordedChange[];
  readonly startedAt: number | null;
  readonly people: PendingUndo['people'];
  readonly productNames: ReadonlyMap<SkuId, string>;
}

const CHANGED_SINCE: FailureReason = Object.freeze({ kind: 'changed-since', message: '', notSent: true });

export class Undoer {
  constructor(private readonly host: UndoHost, private readonly launcher: JobLauncher) {}

  /** Builds the reverse of `jobId` from fresh reads and shows it in the review step. */
  async prepare(jobId: string): Promise<SaveResult> {
    const { host } = this;
    if (!host.model().access.canChange) return { status: 'read-only' };
    if (this.launcher.running) return { status: 'not-ready' };
    const job = await this.changesOf(jobId);
    if (job === null || job.changes.length === 0) return { status: 'nothing-to-save' };
    host.loadProducts();
    const now = await host.refreshLicenses(job.changes.map((change) => change.operation.userId));
    if (now === null || this.launcher.running) return { status: 'not-ready' };
    const plan = undoPlan(job.changes, now);
    const undo: PendingUndo = {
      undoOf: jobId,
      undoOfStartedAt: job.startedAt,
      operations: plan.operations,
      skipped: plan.skipped,
      held: now,
      people: job.people,
      productNames: job.productNames,
    };
    host.update((model) => {
      const returnTo = model.step === 'review' ? model.review?.returnTo ?? 'users' : model.step;
      return { ...model, step: 'review', review: { returnTo, undo }, plansOpenFor: null };
    });
    return { status: 'review' };
  }

  /** "Confirm" on an undo's review: runs the reverse; skipped users are in the results as not changed, with why. */
  async confirm(): Promise<SaveResult> {
    const { host } = this;
    const model = host.model();
    const undo = model.review?.undo;
    if (!model.access.canChange) return { status: 'read-only' };
    if (!undo || this.launcher.running) return { status: 'not-ready' };
    if (undo.operations.length === 0) return { status: 'nothing-to-save' };
    const person = (userId: UserId) => undo.people.get(userId) ?? { displayName: userId, userPrincipalName: '' };
    const rows: OutcomeRow[] = [
      ...undo.operations.map((operation) => {
        const { displayName, userPrincipalName } = person(operation.userId);
        return operationRow(operation, displayName, userPrincipalName);
      }),
      ...undo.skipped.map((userId): OutcomeRow => ({ userId, ...person(userId), outcome: 'unchanged', assigned: [], removed: [], reason: CHANGED_SINCE })),
    ];
    const names = new Map([...host.productNames(), ...undo.productNames]);
    return this.launcher.start(undo.operations, rows, names, { before: undo.held, undoOf: undo.undoOf });
  }

  private async changesOf(jobId: string): Promise<JobChanges | null> {
    const { host } = this;
    const model = host.model();
    const shown = this.launcher.shownJob;
    if (model.job?.jobId === jobId && shown?.before) {
      return {
        changes: shownChanges(shown.operations, shown.outcomes, shown.before),
        startedAt: null,
        people: new Map(model.job.rows.map((row) => [row.userId, row])),
        productNames: model.job.productNames ?? host.productNames(),
      };
    }
    try {
      const record = await host.store?.journal.getJob(jobId);
      if (!record) return null;
      return {
        changes: recordChanges(record),
        startedAt: record.startedAt,
        people: new Map(record.operations.map((entry) => [entry.operation.userId, entry])),
        productNames: new Map(Object.entries(record.productNames)),
      };
    } catch (error) {
      host.report(toViewError(error, 'storage'));
      return null;
    }
  }
}
