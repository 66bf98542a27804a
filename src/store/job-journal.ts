/**
 * The job journal in IndexedDB: a job is written with every user's operation and idempotency key before the
 * first request; each state change is one small row. What the page recorded before it closed is what Resume uses.
 */
import type { OperationRecord } from '../core/executor/ports.js';
import type { CustomerId } from '../core/types.js';
import type { LmConnection } from './connection.js';
import type { JobRow, LmDb, OperationRow } from './schema.js';
import type { RunningJobLocks } from './job-locks.js';
import { StoreError } from './store-error.js';
import { HISTORY_LIMIT, isFinishedStatus, jobsBeyondHistory, newestFirst, statesByUser } from './store-rules.js';
import type { JobJournal, JobRecord, JobStatus } from './store.js';

interface PendingChange {
  readonly row: OperationRow;
  readonly done: () => void;
  readonly failed: (error: unknown) => void;
}

const operationsOf = (jobId: string): IDBKeyRange => IDBKeyRange.bound([jobId], [jobId, []]);

export class IdbJobJournal implements JobJournal {
  #queue: PendingChange[] = [];
  #draining: Promise<void> | null = null;

  constructor(
    private readonly connection: LmConnection,
    private readonly locks: RunningJobLocks,
  ) {}

  async createJob(job: JobRecord): Promise<void> {
    const { states, ...row } = job;
    await this.connection.run(async (db) => {
      const transaction = db.transaction(['jobs', 'operations'], 'readwrite');
      void transaction.objectStore('jobs').put(row);
      const operations = transaction.objectStore('operations');
      for (const record of Object.values(states)) void operations.put({ ...record, jobId: job.jobId });
      await transaction.done;
    });
    if (job.status === 'running') await this.locks.hold(job.jobId);
    if (isFinishedStatus(job.status)) await this.#prune(job.customerId);
  }

  /**
   * Queued changes are written together once the previous write commits (group commit): one transaction per
   * burst instead of one per change, and the promise resolves only when the change is on disk.
   */
  recordOperation(jobId: string, change: OperationRecord): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.#queue.push({ row: { ...change, jobId }, done, failed });
      this.#draining ??= this.#drain();
    });
  }

  async setStatus(jobId: string, status: JobStatus, finishedAt?: number): Promise<void> {
    await this.#idle();
    const customerId = await this.connection.run(async (db) => {
      const transaction = db.transaction('jobs', 'readwrite');
      const row = await transaction.store.get(jobId);
      if (!row) throw new StoreError('not-found', `No job ${jobId} in the journal.`);
      const ended = isFinishedStatus(status) ? (finishedAt ?? Date.now()) : finishedAt;
      const { finishedAt: _previous, ...rest } = row;
      await transaction.store.put(ended === undefined ? { ...rest, status } : { ...rest, status, finishedAt: ended });
      await transaction.done;
      return row.customerId;
    });
    if (status === 'running') await this.locks.hold(jobId);
    else this.locks.release(jobId);
    if (isFinishedStatus(status)) await this.#prune(customerId);
  }

  async findInterrupted(customerId: CustomerId): Promise<readonly JobRecord[]> {
    await this.#idle();
    const held = await this.locks.heldAnywhere();
    return this.connection.run(async (db) => {
      const index = db.transaction('jobs').store.index('by-customer-status');
      const open = [...(await index.getAll([customerId, 'running'])), ...(await index.getAll([customerId, 'interrupted']))];
      const left = newestFirst(open.filter((row) => !held.has(row.jobId)));
      return withStates(db, left);
    });
  }

  async getJob(jobId: string): Promise<JobRecord | null> {
    await this.#idle();
    return this.connection.run(async (db) => {
      const row = await db.get('jobs', jobId);
      return row ? ((await withStates(db, [row]))[0] ?? null) : null;
    });
  }

  async deleteJob(jobId: string): Promise<void> {
    await this.#idle();
    this.locks.release(jobId);
    await this.connection.run(async (db) => {
      const transaction = db.transaction(['jobs', 'operations'], 'readwrite');
      void transaction.objectStore('jobs').delete(jobId);
      void transaction.objectStore('operations').delete(operationsOf(jobId));
      await transaction.done;
    });
  }

  async history(customerId?: CustomerId): Promise<readonly JobRecord[]> {
    await this.#idle();
    return this.connection.run(async (db) => {
      const jobs = db.transaction('jobs').store;
      const rows =
        customerId === undefined
          ? await jobs.getAll()
          : [
              ...(await jobs.index('by-customer-status').getAll([customerId, 'finished'])),
              ...(await jobs.index('by-customer-status').getAll([customerId, 'cancelled'])),
            ];
      const finished = newestFirst(rows.filter((row) => isFinishedStatus(row.status))).slice(0, HISTORY_LIMIT);
      return withStates(db, finished);
    });
  }

  /** Resolves when every change recorded so far is written (or failed). */
  async #idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      try {
        const missing = await this.connection.run(async (db) => {
          const transaction = db.transaction(['jobs', 'operations'], 'readwrite');
          const jobIds = [...new Set(batch.map((change) => change.row.jobId))];
          const known = await Promise.all(jobIds.map((jobId) => transaction.objectStore('jobs').getKey(jobId)));
          const absent = new Set(jobIds.filter((_jobId, index) => known[index] === undefined));
          for (const change of batch) {
            if (!absent.has(change.row.jobId)) void transaction.objectStore('operations').put(change.row);
          }
          await transaction.done;
          return absent;
        });
        for (const change of batch) {
          if (missing.has(change.row.jobId)) change.failed(new StoreError('not-found', `No job ${change.row.jobId} in the journal.`));
          else change.done();
        }
      } catch (error) {
        for (const change of batch) change.failed(error);
      }
    }
    this.#draining = null;
  }

  async #prune(customerId: CustomerId): Promise<void> {
    await this.connection.run(async (db) => {
      const transaction = db.transaction(['jobs', 'operations'], 'readwrite');
      const index = transaction.objectStore('jobs').index('by-customer-status');
      const finished = [...(await index.getAll([customerId, 'finished'])), ...(await index.getAll([customerId, 'cancelled']))];
      for (const jobId of jobsBeyondHistory(finished)) {
        void transaction.objectStore('jobs').delete(jobId);
        void transaction.objectStore('operations').delete(operationsOf(jobId));
      }
      await transaction.done;
    });
  }
}

async function withStates(db: LmDb, rows: readonly JobRow[]): Promise<JobRecord[]> {
  if (rows.length === 0) return [];
  const operations = db.transaction('operations').store;
  const states = await Promise.all(rows.map((row) => operations.getAll(operationsOf(row.jobId))));
  return rows.map((row, index) => ({ ...row, states: statesByUser(states[index] ?? []) }));
}
