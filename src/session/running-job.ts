/**
 * One job while it runs: the executor applies the operations through the backend's ApplyPort, every state change
 * goes to the journal (when there is a store), and the JobView follows the executor's progress events, which the
 * executor already throttles (core/executor/progress.ts): outcomes gather between two events and land together, so
 * thousands of outcomes cause a few dozen renders, not thousands.
 */
import { RetryNow, type JobProgress, type JobResult, type OperationOutcome, type RunJob } from '../core/executor/job.js';
import type { ApplyPort, JournalPort, KeyedOperation, OperationRecord } from '../core/executor/ports.js';
import type { HeldLicense, SkuId, UserId, UserOperation } from '../core/types.js';
import type { JobEntry, JobJournal, JobRecord } from '../store/store.js';
import type { JobView, OutcomeKind, OutcomeRow } from './view-state.js';

export interface RunningJobInput {
  readonly jobId: string;
  readonly operations: readonly KeyedOperation[];
  /** Every row the results table shows, in order; rows of `operations` start as 'pending'. */
  readonly rows: readonly OutcomeRow[];
  readonly unchanged: number;
  readonly productNames?: ReadonlyMap<SkuId, string>;
  readonly applier: ApplyPort;
  readonly journal: JobJournal | null;
  readonly runJob: RunJob;
  readonly onView: (view: JobView) => void;
  /** A journal write failed: the job goes on, but it could not be resumed from that point. */
  readonly onJournalError: (error: unknown) => void;
  readonly now: () => number;
  /** Resuming: request ids to check before sending, and attempts made before (see core/executor/resume-plan.ts). */
  readonly checkFirst?: readonly string[];
  readonly priorAttempts?: ReadonlyMap<string, number>;
}

function emptyProgress(total: number): JobProgress {
  return { total, done: 0, succeeded: 0, failed: 0, cancelled: 0, ratePerSecond: 0, secondsLeft: null, retries: 0 };
}

function rowWithOutcome(row: OutcomeRow, outcome: OperationOutcome): OutcomeRow {
  return { ...row, outcome: outcome.status, reason: outcome.reason ?? null };
}

/** Who starts a job and for which customer, as the journal records it. */
export interface JobStarter {
  readonly customerId: string;
  readonly now: () => number;
  agentName(): string;
}

/**
 * A journal record of a job about to start: its operations with the names the history shows, and each user's
 * licenses before it when given (what "Undo this change" puts back).
 */
export function startedJobRecord(
  starter: JobStarter,
  jobId: string,
  keyed: readonly KeyedOperation[],
  names: ReadonlyMap<UserId, { readonly displayName: string; readonly userPrincipalName: string }>,
  before?: ReadonlyMap<UserId, readonly HeldLicense[]>,
): Pick<JobRecord, 'jobId' | 'customerId' | 'startedBy' | 'startedAt' | 'status' | 'operations'> {
  return {
    jobId,
    customerId: starter.customerId,
    startedBy: starter.agentName(),
    startedAt: starter.now(),
    status: 'running',
    operations: keyed.map(({ operation, requestId }): JobEntry => {
      const held = before?.get(operation.userId);
      return {
        operation,
        requestId,
        displayName: names.get(operation.userId)?.displayName ?? '',
        userPrincipalName: names.get(operation.userId)?.userPrincipalName ?? '',
        ...(held ? { before: held } : {}),
      };
    }),
  };
}

export function operationRow(operation: UserOperation, displayName: string, userPrincipalName: string): OutcomeRow {
  return {
    userId: operation.userId,
    displayName,
    userPrincipalName,
    outcome: 'pending',
    assigned: operation.assign.map((assignment) => assignment.skuId),
    removed: operation.remove,
    reason: null,
  };
}

export class RunningJob {
  private readonly controller = new AbortController();
  private readonly retryNowControl = new RetryNow();
  private resumesAt: number | null = null;
  private readonly indexOf = new Map<string, number>();
  private rows: readonly OutcomeRow[];
  private progress: JobProgress;
  private readonly pendingOutcomes: OperationOutcome[] = [];
  private status: JobView['status'] = 'running';

  /** Rows decided before this run (skipped by pre-flight, finished before a resume): counted in the progress too. */
  private readonly decided: JobProgress;

  constructor(private readonly input: RunningJobInput) {
    this.rows = input.rows;
    input.rows.forEach((row, index) => this.indexOf.set(row.userId, index));
    const count = (outcome: OutcomeKind) => input.rows.filter((row) => row.outcome === outcome).length;
    const succeeded = count('succeeded');
    const failed = count('failed');
    const cancelled = count('cancelled');
    const done = succeeded + failed + cancelled;
    this.decided = { ...emptyProgress(done), done, succeeded, failed, cancelled };
    this.progress = this.withDecided(emptyProgress(input.operations.length));
  }

  private withDecided(progress: JobProgress): JobProgress {
    const { decided } = this;
    if (decided.total === 0) return progress;
    return {
      ...progress,
      total: progress.total + decided.total,
      done: progress.done + decided.done,
      succeeded: progress.succeeded + decided.succeeded,
      failed: progress.failed + decided.failed,
      cancelled: progress.cancelled + decided.cancelled,
    };
  }

  get jobId(): string {
    return this.input.jobId;
  }

  get view(): JobView {
    const { jobId, unchanged, productNames } = this.input;
    return {
      jobId, status: this.status, progress: this.progress, rows: this.rows, unchanged,
      ...(productNames ? { productNames } : {}),
      ...(this.resumesAt !== null && this.status === 'running' ? { resumesAt: this.resumesAt } : {}),
    };
  }

  cancel(): void {
    this.controller.abort();
  }

  /** Ends a wait: what waits on Retry-After or a backoff is sent at once. */
  retryNow(): void {
    this.retryNowControl.request();
  }

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }

  async run(): Promise<JobResult> {
    const { input } = this;
    const journal = input.journal;
    const journalPort: JournalPort | undefined = journal === null ? undefined : {
      record: async (jobId: string, change: OperationRecord) => {
        try {
          await journal.recordOperation(jobId, change);
        } catch (error) {
          input.onJournalError(error);
        }
      },
    };
    input.onView(this.view);
    const result = await input.runJob({
      jobId: input.jobId,
      operations: input.operations,
      applier: input.applier,
      ...(journalPort ? { journal: journalPort } : {}),
      signal: this.controller.signal,
      retryNow: this.retryNowControl,
      ...(input.checkFirst ? { checkFirst: input.checkFirst } : {}),
      ...(input.priorAttempts ? { priorAttempts: input.priorAttempts } : {}),
      onProgress: (progress) => {
        this.progress = this.withDecided(progress);
        this.resumesAt = progress.waitSeconds === undefined ? null : input.now() + progress.waitSeconds * 1000;
        this.flush();
      },
      onOutcome: (outcome) => this.pendingOutcomes.push(outcome),
    });
    // The result is the truth: any outcome a callback missed is applied here.
    this.pendingOutcomes.push(...result.outcomes);
    this.progress = this.withDecided(result.progress);
    this.status = this.cancelled ? 'cancelled' : 'finished';
    this.flush();
    if (journal !== null) {
      try {
        await journal.setStatus(input.jobId, this.cancelled ? 'cancelled' : 'finished', input.now());
      } catch (error) {
        input.onJournalError(error);
      }
    }
    return result;
  }

  private flush(): void {
    if (this.pendingOutcomes.length > 0) {
      const rows = this.rows.slice();
      for (const outcome of this.pendingOutcomes.splice(0)) {
        const index = this.indexOf.get(outcome.userId);
        if (index === undefined) continue;
        rows[index] = rowWithOutcome(rows[index]!, outcome);
      }
      this.rows = rows;
    }
    this.input.onView(this.view);
  }
}
