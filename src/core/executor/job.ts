/** The bulk executor's public shapes: what a job reports while it runs and when it ends. */
import type { FailureReason, UserId } from '../types.js';
import type { ApplyPort, JournalPort, KeyedOperation } from './ports.js';

export interface JobProgress {
  readonly total: number;
  readonly done: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly cancelled: number;
  /** Operations finished per second, over the recent window. */
  readonly ratePerSecond: number;
  /** Estimated seconds left; null until a rate is known. */
  readonly secondsLeft: number | null;
  readonly retries: number;
  /**
   * Present while nothing is in flight because the service asked for a pause (Retry-After) or every remaining
   * operation is backing off: seconds until the job sends again, as of this event. `RetryNow` ends it early.
   */
  readonly waitSeconds?: number;
}

export type OperationStatus = 'succeeded' | 'failed' | 'cancelled';

export interface OperationOutcome {
  readonly userId: UserId;
  /** The request id sent (MS-RequestId); '' for a user the check before saving kept back (reason.notSent). */
  readonly requestId: string;
  readonly status: OperationStatus;
  readonly attempts: number;
  readonly reason?: FailureReason;
  readonly warnings?: readonly string[];
}

export interface ExecutorOptions {
  readonly initialConcurrency?: number;
  readonly maxConcurrency?: number;
  readonly maxAttempts?: number;
  /** Injected for tests: a clock and a sleep that honours AbortSignal. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

export interface JobRequest {
  readonly jobId: string;
  readonly operations: readonly KeyedOperation[];
  readonly applier: ApplyPort;
  readonly journal?: JournalPort;
  /** Cancel: nothing new starts, what is in flight finishes, the rest is reported "cancelled". */
  readonly signal?: AbortSignal;
  /** The admin's "Retry now" during a wait: what waits on Retry-After or a backoff goes at once. */
  readonly retryNow?: RetryNow;
  readonly onProgress?: (progress: JobProgress) => void;
  readonly onOutcome?: (outcome: OperationOutcome) => void;
  readonly options?: ExecutorOptions;
  /**
   * Resuming: request ids whose earlier attempt may have reached the service (recorded in flight). Their
   * users' licenses are read first and the operation is sent only when they do not match yet.
   */
  readonly checkFirst?: readonly string[];
  /** Resuming: attempts already made per request id, so the attempt bound holds across sessions. */
  readonly priorAttempts?: ReadonlyMap<string, number>;
}

export interface JobResult {
  readonly jobId: string;
  readonly outcomes: readonly OperationOutcome[];
  readonly progress: JobProgress;
  /** Requests sent to the backend, including retries and re-reads (a $batch counts once). */
  readonly requestsSent: number;
  /** Requests (or $batch items) the service answered with 429. */
  readonly throttledResponses?: number;
  /** Journal writes that failed; a job with failures here cannot be fully resumed. */
  readonly journalFailures?: number;
}

/** Lets the admin end a wait: `request()` sends what waits on Retry-After or a backoff at once. */
export class RetryNow {
  private readonly listeners = new Set<() => void>();

  request(): void {
    for (const listener of this.listeners) listener();
  }

  /** Returns the unsubscribe. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Implemented by `executor.ts`: `runJob(request: JobRequest): Promise<JobResult>`. */
export type RunJob = (request: JobRequest) => Promise<JobResult>;
