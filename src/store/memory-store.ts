/**
 * The same cache and journal kept in memory, used when IndexedDB is full, blocked or missing. It follows the
 * same rules (history of 50, licenses overriding the users list, jobs left running) but forgets on close.
 */
import type { OperationRecord } from '../core/executor/ports.js';
import type { CustomerId, HeldLicense, Product, TenantUser, UserId } from '../core/types.js';
import { StoreError } from './store-error.js';
import { HISTORY_LIMIT, isFinishedStatus, isOpenStatus, jobsBeyondHistory, newestFirst, overlayLicenses, type LicenseOverride } from './store-rules.js';
import type { Cached, JobJournal, JobRecord, JobStatus, LicenseStore, StorageFallback, TenantCache } from './store.js';

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryTenantCache implements TenantCache {
  readonly #users = new Map<CustomerId, Cached<readonly TenantUser[]>>();
  readonly #products = new Map<CustomerId, Cached<readonly Product[]>>();
  readonly #licenses = new Map<CustomerId, Map<UserId, LicenseOverride>>();

  async getUsers(customerId: CustomerId): Promise<Cached<readonly TenantUser[]> | null> {
    const cached = this.#users.get(customerId);
    if (!cached) return null;
    const overrides = [...(this.#licenses.get(customerId)?.values() ?? [])];
    return copy({ value: overlayLicenses(cached.value, cached.fetchedAt, overrides), fetchedAt: cached.fetchedAt });
  }

  async putUsers(customerId: CustomerId, users: readonly TenantUser[], fetchedAt: number): Promise<void> {
    this.#users.set(customerId, copy({ value: users, fetchedAt }));
    const overrides = this.#licenses.get(customerId);
    for (const [userId, override] of overrides ?? []) {
      if (override.fetchedAt < fetchedAt) overrides?.delete(userId);
    }
  }

  async getProducts(customerId: CustomerId): Promise<Cached<readonly Product[]> | null> {
    const cached = this.#products.get(customerId);
    return cached ? copy(cached) : null;
  }

  async putProducts(customerId: CustomerId, products: readonly Product[], fetchedAt: number): Promise<void> {
    this.#products.set(customerId, copy({ value: products, fetchedAt }));
  }

  async putLicenses(customerId: CustomerId, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>, fetchedAt: number): Promise<void> {
    const overrides = this.#licenses.get(customerId) ?? new Map<UserId, LicenseOverride>();
    for (const [userId, held] of licenses) overrides.set(userId, copy({ userId, licenses: held, fetchedAt }));
    this.#licenses.set(customerId, overrides);
  }
}

export class MemoryJobJournal implements JobJournal {
  readonly #jobs = new Map<string, JobRecord>();
  /** Jobs this page runs now: not "left behind", unlike the ones marked running without a runner. */
  readonly #runningHere = new Set<string>();

  async createJob(job: JobRecord): Promise<void> {
    this.#jobs.set(job.jobId, copy(job));
    if (job.status === 'running') this.#runningHere.add(job.jobId);
    if (isFinishedStatus(job.status)) this.#prune(job.customerId);
  }

  async recordOperation(jobId: string, change: OperationRecord): Promise<void> {
    const job = this.#require(jobId);
    this.#jobs.set(jobId, { ...job, states: { ...job.states, [change.userId]: copy(change) } });
  }

  async setStatus(jobId: string, status: JobStatus, finishedAt?: number): Promise<void> {
    const { finishedAt: _previous, ...job } = this.#require(jobId);
    const ended = isFinishedStatus(status) ? (finishedAt ?? Date.now()) : finishedAt;
    this.#jobs.set(jobId, ended === undefined ? { ...job, status } : { ...job, status, finishedAt: ended });
    if (status === 'running') this.#runningHere.add(jobId);
    else this.#runningHere.delete(jobId);
    if (isFinishedStatus(status)) this.#prune(job.customerId);
  }

  async findInterrupted(customerId: CustomerId): Promise<readonly JobRecord[]> {
    const left = [...this.#jobs.values()].filter(
      (job) => job.customerId === customerId && isOpenStatus(job.status) && !this.#runningHere.has(job.jobId),
    );
    return newestFirst(left).map(copy);
  }

  async getJob(jobId: string): Promise<JobRecord | null> {
    const job = this.#jobs.get(jobId);
    return job ? copy(job) : null;
  }

  async deleteJob(jobId: string): Promise<void> {
    this.#jobs.delete(jobId);
    this.#runningHere.delete(jobId);
  }

  async history(customerId?: CustomerId): Promise<readonly JobRecord[]> {
    const finished = [...this.#jobs.values()].filter(
      (job) => isFinishedStatus(job.status) && (customerId === undefined || job.customerId === customerId),
    );
    return newestFirst(finished).slice(0, HISTORY_LIMIT).map(copy);
  }

  #require(jobId: string): JobRecord {
    const job = this.#jobs.get(jobId);
    if (!job) throw new StoreError('not-found', `No job ${jobId} in the journal.`);
    return job;
  }

  #prune(customerId: CustomerId): void {
    const ofCustomer = [...this.#jobs.values()].filter((job) => job.customerId === customerId);
    for (const jobId of jobsBeyondHistory(ofCustomer)) this.#jobs.delete(jobId);
  }
}

export class MemoryLicenseStore implements LicenseStore {
  readonly cache = new MemoryTenantCache();
  readonly journal = new MemoryJobJournal();

  constructor(
    readonly notice: string | null = null,
    readonly fallback: StorageFallback | null = null,
  ) {}
}
