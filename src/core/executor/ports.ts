/**
 * What the bulk executor needs from the outside world, as interfaces: the backend to apply
 * operations (ApplyPort) and the job journal to record every state change (JournalPort).
 */
import type { FailureReason, HeldLicense, UserId, UserOperation } from '../types.js';

/** A planned operation with its idempotency key (Partner Center MS-RequestId), kept across retries. */
export interface KeyedOperation {
  readonly operation: UserOperation;
  readonly requestId: string;
}

/** What came of one apply attempt. `retryable` failures may be sent again (with the same request id). */
export type ApplyResult =
  | { readonly status: 'succeeded'; readonly warnings?: readonly string[] }
  | {
      readonly status: 'failed';
      readonly reason: FailureReason;
      readonly retryable: boolean;
      /** Seconds the service asked us to wait (Retry-After), when it said. */
      readonly retryAfterSeconds?: number;
      /** True when the request may have reached the service (connection dropped after sending). */
      readonly ambiguous?: boolean;
    };

export interface ApplyPort {
  /** Most operations one call may carry (1 for Partner Center, 20 for Graph $batch). */
  readonly maxBatchSize: number;
  /** Applies each operation; returns one result per operation, in the same order. Never throws for one user's failure. */
  apply(operations: readonly KeyedOperation[], signal?: AbortSignal): Promise<readonly ApplyResult[]>;
  /** Reads a user's current licenses (used before re-sending after an ambiguous failure). */
  readLicenses(userId: UserId, signal?: AbortSignal): Promise<readonly HeldLicense[]>;
  /**
   * Reads up to `maxBatchSize` users' licenses in one call (Graph: a `$batch` of GETs), one answer per user in
   * the same order. Without it, re-reads go one user per call.
   */
  readManyLicenses?(userIds: readonly UserId[], signal?: AbortSignal): Promise<readonly LicenseRead[]>;
}

/** One user's licenses as read, or why they could not be (the backend's error, judged by shape). */
export type LicenseRead =
  | { readonly status: 'read'; readonly licenses: readonly HeldLicense[] }
  | { readonly status: 'failed'; readonly error: unknown };

export type OperationState = 'pending' | 'in-flight' | 'succeeded' | 'failed' | 'cancelled';

export interface OperationRecord {
  readonly userId: UserId;
  readonly requestId: string;
  readonly state: OperationState;
  readonly attempts: number;
  readonly reason?: FailureReason;
}

/** Every operation state change goes through here, so a job can be resumed from what was recorded. */
export interface JournalPort {
  record(jobId: string, change: OperationRecord): Promise<void> | void;
}
