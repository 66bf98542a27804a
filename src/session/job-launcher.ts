/**
 * Starts jobs and sees each one through: the journal record written before the first request, the run, and what
 * follows it (re-reading the users it touched, the history, telling the host). Save, Retry failed and resuming a
 * job left behind all start their job here; only one runs at a time.
 */
import type { OperationOutcome, RunJob } from '../core/executor/job.js';
import type { KeyedOperation } from '../core/executor/ports.js';
import type { CustomerId, FailureReason, HeldLicense, SkuId, UserId, UserOperation } from '../core/types.js';
import type { JobRecord } from '../store/store.js';
import { RunningJob, startedJobRecord } from './running-job.js';
import type { SessionCore } from './session-core.js';
import { toViewError } from './view-error.js';
import type { JobView, OutcomeRow } from './view-state.js';

export type SaveResult =
  | { readonly status: 'saved'; readonly jobId: string; readonly outcomes: readonly OperationOutcome[] }
  /** The review step shows what it will do; "Confirm" runs it. */
  | { readonly status: 'review' }
  /** A blocking finding (not enough licenses) stops the save. */
  | { readonly status: 'blocked' }
  | { readonly status: 'nothing-to-save' }
  | { readonly status: 'read-only' }
  /** Products or licenses are not loaded, or another job runs. */
  | { readonly status: 'not-ready' };

export interface LauncherHost extends SessionCore {
  readonly customerId: CustomerId;
  readonly runJob: RunJob;
  agentName(): string;
  /** Re-reads these users' licenses and keeps them in the session; null when it failed. */
  refreshLicenses(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null>;
  /** After a job: confirmed writes update the known licenses; only users whose write may have happened are read. */
  settleLicenses(operations: readonly KeyedOperation[], outcomes: readonly OperationOutcome[]): Promise<void>;
  /** The history list changed (a job ended or started). */
  jobsChanged(): Promise<void>;
  saveComplete(jobId: string, outcomes: readonly OperationOutcome[]): void;
}

/** A user the check before saving kept back, with why. */
export interface KeptBack {
  readonly operation: UserOperation;
  readonly reason: FailureReason;
}

/** Resuming: what the executor needs to pick up a job with the same request ids. */
export interface ResumeInput {
  readonly checkFirst: readonly string[];
  readonly priorAttempts: ReadonlyMap<string, number>;
  readonly productNames: ReadonlyMap<SkuId, string>;
}

/** The job on screen: every operation it holds and every outcome so far, for Retry failed and Undo. */
export interface ShownJob {
  readonly operations: readonly KeyedOperation[];
  readonly outcomes: readonly OperationOutcome[];
  /** What each user held before the job, when known (what "Undo this change" puts back). */
  readonly before?: ReadonlyMap<UserId, readonly HeldLicense[]>;
}

/** What a new job records beside its operations. */
export interface JobExtras {
  /** Users the check before saving kept back, with why: recorded as failed without a request. */
  readonly keptBack?: readonly KeptBack[];
  /** What each user held before the job. */
  readonly before?: ReadonlyMap<UserId, readonly HeldLicense[]>;
  /** The job this one undoes. */
  readonly undoOf?: string;
}

const newId = (): string => crypto.randomUUID();

export class JobLauncher {
  private active: RunningJob | null = null;
  private shown: ShownJob | null = null;

  constructor(private readonly host: LauncherHost) {}

  get running(): boolean {
    return this.active !== null;
  }

  get runningJobId(): string | null {
    return this.active?.jobId ?? null;
  }

  /** The job the results show, or null when it was not run in this session. */
  get shownJob(): ShownJob | null {
    return this.shown;
  }

  cancel(): void {
    this.active?.cancel();
  }

  /** Ends the running job's wait (Retry-After or a backoff): what waits is sent at once. */
  retryNow(): void {
    this.active?.retryNow();
  }

  /**
   * A new job: each operation gets a fresh idempotency key, written to the journal with the job before the first
   * request goes out. Kept-back users are recorded as failed without a request, so the history counts them.
   */
  async start(
    operations: readonly UserOperation[],
    rows: readonly OutcomeRow[],
    productNames: ReadonlyMap<SkuId, string>,
    extras: JobExtras = {},
  ): Promise<SaveResult> {
    const { host } = this;
    const { keptBack = [], before, undoOf } = extras;
    const jobId = newId();
    const keyed: KeyedOperation[] = operations.map((operation) => ({ operation, requestId: newId() }));
    const keptBackKeyed = keptBack.map(({ operation, reason }) => ({ operation, reason, requestId: newId() }));
    const rowOf = new Map(rows.map((row) => [row.userId, row]));
    const unchanged = rows.filter((row) => row.outcome === 'unchanged').length;
    const journal = host.store?.journal ?? null;
    if (journal !== null) {
      const record: JobRecord = {
        ...startedJobRecord(host, jobId, [...keyed, ...keptBackKeyed], rowOf, before),
        states: Object.fromEntries(keptBackKeyed.map(({ operation, requestId, reason }) =>
          [operation.userId, { userId: operation.userId, requestId, state: 'failed' as const, attempts: 0, reason }])),
        productNames: Object.fromEntries(productNames),
        unchanged,
        ...(undoOf ? { undoOf } : {}),
      };
      try {
        await journal.createJob(record);
      } catch (error) {
        host.report(toViewError(error, 'storage'));
      }
    }
    // Never sent, so no request id: the host reads `reason.notSent`.
    const notSent: ShownJob = {
      operations: keptBack.map(({ operation }) => ({ operation, requestId: '' })),
      outcomes: keptBack.map(({ operation, reason }) => ({ userId: operation.userId, requestId: '', status: 'failed', attempts: 0, reason })),
      ...(before ? { before } : {}),
    };
    return this.run(jobId, keyed, rows, unchanged, journal !== null, null, notSent, undoOf ?? null);
  }

  /** Runs a job left behind with its journal's request ids; `finished` are its operations that ended before. */
  resume(jobId: string, operations: readonly KeyedOperation[], rows: readonly OutcomeRow[], unchanged: number, resume: ResumeInput, finished: ShownJob, undoOf: string | null): Promise<SaveResult> {
    return this.run(jobId, operations, rows, unchanged, true, resume, finished, undoOf);
  }

  private async run(
    jobId: string,
    operations: readonly KeyedOperation[],
    rows: readonly OutcomeRow[],
    unchanged: number,
    journaled: boolean,
    resume: ResumeInput | null,
    /** Operations decided before the run: kept back (told to the host with the rest), or finished before a resume. */
    decided: ShownJob,
    undoOf: string | null,
  ): Promise<SaveResult> {
    const { host } = this;
    const run = new RunningJob({
      ...(resume ?? {}),
      jobId,
      operations,
      rows,
      unchanged,
      applier: host.backend.applier,
      journal: journaled ? host.store?.journal ?? null : null,
      runJob: host.runJob,
      now: host.now,
      onView: (view: JobView) => host.update((model) => ({ ...model, job: undoOf ? { ...view, undoOf } : view, step: 'results', plansOpenFor: null, review: null })),
      onJournalError: (error) => host.report(toViewError(error, 'storage')),
    });
    this.active = run;
    this.shown = null;
    let outcomes: readonly OperationOutcome[];
    try {
      outcomes = [...(await run.run()).outcomes, ...decided.outcomes];
    } catch (error) {
      // The executor reports per-user failures as outcomes; a throw is a bug or a broken port: say so, keep the view.
      const viewError = toViewError(error);
      host.report(viewError);
      host.update((model) => ({ ...model, notice: viewError, job: model.job ? { ...model.job, status: 'cancelled' } : null }));
      return { status: 'not-ready' };
    } finally {
      this.active = null;
    }
    this.shown = { operations: [...operations, ...decided.operations], outcomes, ...(decided.before ? { before: decided.before } : {}) };
    const { before } = decided;
    const canUndo = before !== undefined && outcomes.some((outcome) => outcome.status === 'succeeded' && before.has(outcome.userId));
    host.update((model) => (model.job?.jobId === jobId ? { ...model, job: { ...model.job, canUndo } } : model));
    const forbidden = outcomes.find((outcome) => outcome.reason?.kind === 'forbidden' && outcome.reason.httpStatus !== 401);
    if (forbidden?.reason) {
      const message = forbidden.reason.message;
      host.update((model) => ({ ...model, access: { ...model.access, canChange: false, readOnlyReason: { kind: 'forbidden', message } } }));
    }
    await host.settleLicenses(operations, outcomes);
    await host.jobsChanged();
    // The host hears about the users this run decided; outcomes from before a resume were told at the time.
    const told = resume === null ? outcomes : outcomes.slice(0, outcomes.length - decided.outcomes.length);
    host.saveComplete(jobId, told);
    return { status: 'saved', jobId, outcomes: told };
  }
}
