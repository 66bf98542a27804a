/**
 * Rules both stores (IndexedDB and memory) follow, so they answer alike: what counts as history, how many
 * finished jobs are kept, and how licenses read after a save override the cached users list.
 */
import type { OperationRecord } from '../core/executor/ports.js';
import type { HeldLicense, TenantUser, UserId } from '../core/types.js';
import type { JobRecord, JobStatus } from './store.js';

/** Finished jobs kept per customer; older ones are pruned when a job finishes. */
export const HISTORY_LIMIT = 50;

/** History shows jobs that ended; 'running' and 'interrupted' jobs wait for Resume or Discard instead. */
export function isFinishedStatus(status: JobStatus): boolean {
  return status === 'finished' || status === 'cancelled';
}

/** Jobs a closed page may have left behind. */
export function isOpenStatus(status: JobStatus): boolean {
  return status === 'running' || status === 'interrupted';
}

/** Newest finished first; a job without finishedAt sorts by when it started. */
export function newestFirst<T extends Pick<JobRecord, 'finishedAt' | 'startedAt' | 'jobId'>>(jobs: readonly T[]): T[] {
  return [...jobs].sort(
    (a, b) => (b.finishedAt ?? b.startedAt) - (a.finishedAt ?? a.startedAt) || b.startedAt - a.startedAt || (a.jobId < b.jobId ? 1 : -1),
  );
}

/** The job ids to prune: finished jobs beyond the newest HISTORY_LIMIT. */
export function jobsBeyondHistory<T extends Pick<JobRecord, 'finishedAt' | 'startedAt' | 'jobId' | 'status'>>(jobs: readonly T[]): string[] {
  return newestFirst(jobs.filter((job) => isFinishedStatus(job.status)))
    .slice(HISTORY_LIMIT)
    .map((job) => job.jobId);
}

export interface LicenseOverride {
  readonly userId: UserId;
  readonly licenses: readonly HeldLicense[];
  readonly fetchedAt: number;
}

/** Users with the licenses read after the list was fetched (a save changed them since). */
export function overlayLicenses(users: readonly TenantUser[], usersFetchedAt: number, overrides: readonly LicenseOverride[]): TenantUser[] {
  const newer = new Map<UserId, readonly HeldLicense[]>();
  for (const override of overrides) {
    if (override.fetchedAt >= usersFetchedAt) newer.set(override.userId, override.licenses);
  }
  if (newer.size === 0) return [...users];
  return users.map((user) => {
    const licenses = newer.get(user.id);
    return licenses ? { ...user, licenses } : user;
  });
}

/** Per-user states keyed by user id, as JobRecord.states wants them. */
export function statesByUser(records: Iterable<OperationRecord>): Record<UserId, OperationRecord> {
  const states: Record<UserId, OperationRecord> = {};
  for (const record of records) {
    const { userId, requestId, state, attempts, reason } = record;
    states[userId] = reason ? { userId, requestId, state, attempts, reason } : { userId, requestId, state, attempts };
  }
  return states;
}
