/**
 * What the session needs from persistent storage, as interfaces. The IndexedDB implementation lives beside
 * this file; an in-memory one serves when IndexedDB is blocked or full.
 */
import type { CustomerId, HeldLicense, Product, TenantUser, UserId, UserOperation } from '../core/types.js';
import type { OperationRecord } from '../core/executor/ports.js';

export interface Cached<T> {
  readonly value: T;
  /** Epoch milliseconds when it was fetched from the backend. */
  readonly fetchedAt: number;
}

export interface TenantCache {
  getUsers(customerId: CustomerId): Promise<Cached<readonly TenantUser[]> | null>;
  putUsers(customerId: CustomerId, users: readonly TenantUser[], fetchedAt: number): Promise<void>;
  getProducts(customerId: CustomerId): Promise<Cached<readonly Product[]> | null>;
  putProducts(customerId: CustomerId, products: readonly Product[], fetchedAt: number): Promise<void>;
  /** Replaces the cached licenses of exactly these users (after a save touched them). */
  putLicenses(customerId: CustomerId, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>, fetchedAt: number): Promise<void>;
}

export type JobStatus = 'running' | 'finished' | 'cancelled' | 'interrupted';

export interface JobRecord {
  readonly jobId: string;
  readonly customerId: CustomerId;
  /** Who started it (agent name) and when (epoch ms). */
  readonly startedBy: string;
  readonly startedAt: number;
  readonly finishedAt?: number;
  readonly status: JobStatus;
  /**
   * Every user's operation with its idempotency key, written before the first request; `before` is what the user
   * held then (what "Undo this change" puts back; absent in jobs recorded before undo existed).
   */
  readonly operations: readonly JobEntry[];
  /** Latest state per user id. */
  readonly states: Readonly<Record<UserId, OperationRecord>>;
  /** Product names at the time, for history and CSV. */
  readonly productNames: Readonly<Record<string, string>>;
  /** Selected users who needed no change, for the results summary when the job is resumed. */
  readonly unchanged?: number;
  /** The job this one undoes, when it is an undo. */
  readonly undoOf?: string;
}

export interface JobEntry {
  readonly operation: UserOperation;
  readonly requestId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly before?: readonly HeldLicense[];
}

export interface JobJournal {
  createJob(job: JobRecord): Promise<void>;
  recordOperation(jobId: string, change: OperationRecord): Promise<void>;
  setStatus(jobId: string, status: JobStatus, finishedAt?: number): Promise<void>;
  /** Jobs left running when the page went away. */
  findInterrupted(customerId: CustomerId): Promise<readonly JobRecord[]>;
  getJob(jobId: string): Promise<JobRecord | null>;
  deleteJob(jobId: string): Promise<void>;
  /** Finished jobs, newest first, at most 50 kept. */
  history(customerId?: CustomerId): Promise<readonly JobRecord[]>;
}

/** Why the store keeps everything in memory: storage full, an older window blocking the upgrade, or no IndexedDB. */
export type StorageFallback = 'quota' | 'blocked' | 'unavailable';

export interface LicenseStore {
  readonly cache: TenantCache;
  readonly journal: JobJournal;
  /** Set when storage fell back to memory (quota, blocked database): a message for the admin. */
  readonly notice: string | null;
  /** Why it fell back (to word the notice in the UI language); null or absent when storage is persistent. */
  readonly fallback?: StorageFallback | null;
  /** Tells when persistent storage stops working after open (the extension was updated in another window). */
  onNotice?(listener: (notice: string) => void): () => void;
  /** Closes the database connection and releases running-job locks (tests, page teardown). */
  close?(): void;
}
