/**
 * "Set usage location" for selected users who have none (no license can be assigned to them): one change per
 * user through the same executor as a save (throttling, retries, progress, the journal), then the users are
 * updated in their one record (users-map.ts), so the pre-flight no longer holds them back (ViewState.heldBack).
 */
import type { KeyedOperation } from '../core/executor/ports.js';
import type { RunJob } from '../core/executor/job.js';
import type { CustomerId, TenantUser, UserId, UserOperation } from '../core/types.js';
import type { JobLauncher } from './job-launcher.js';
import { operationRow, RunningJob, startedJobRecord } from './running-job.js';
import type { SessionCore } from './session-core.js';
import { mergeUsers } from './users-map.js';
import { usersOf } from '../core/selection.js';
import { toViewError } from './view-error.js';

export type UsageLocationResult =
  | { readonly status: 'done'; readonly succeeded: readonly UserId[]; readonly failed: readonly UserId[] }
  /** The agent's roles may not change users. */
  | { readonly status: 'read-only' }
  /** Not a two-letter country code, or none of the users is selected. */
  | { readonly status: 'invalid' }
  /** A save or another location change is running. */
  | { readonly status: 'busy' };

export interface UsageLocationHost extends SessionCore {
  readonly customerId: CustomerId;
  readonly runJob: RunJob;
  agentName(): string;
  selectedUsers(): readonly TenantUser[];
}

const COUNTRY = /^[A-Z]{2}$/;
const newId = (): string => crypto.randomUUID();

export class UsageLocationSetter {
  private active: RunningJob | null = null;

  constructor(private readonly host: UsageLocationHost, private readonly launcher: JobLauncher, private readonly jobsChanged: () => Promise<void>) {}

  get runningJobId(): string | null {
    return this.active?.jobId ?? null;
  }

  get running(): boolean {
    return this.active !== null;
  }

  cancel(): void {
    this.active?.cancel();
  }

  async set(userIds: readonly UserId[], usageLocation: string): Promise<UsageLocationResult> {
    const { host } = this;
    if (!canChangeUsers(host)) return { status: 'read-only' };
    const code = usageLocation.trim().toUpperCase();
    const wanted = new Set(userIds);
    const users = host.selectedUsers().filter((user) => wanted.has(user.id));
    if (!COUNTRY.test(code) || users.length === 0) return { status: 'invalid' };
    if (this.active !== null || this.launcher.running) return { status: 'busy' };

    const jobId = newId();
    const operations: UserOperation[] = users.map((user) => ({ userId: user.id, assign: [], remove: [], usageLocation: code }));
    const keyed: KeyedOperation[] = operations.map((operation) => ({ operation, requestId: newId() }));
    const rows = users.map((user, index) => operationRow(operations[index]!, user.displayName, user.userPrincipalName));
    const journal = host.store?.journal ?? null;
    if (journal !== null) {
      const record = { ...startedJobRecord(host, jobId, keyed, new Map(users.map((user) => [user.id, user]))), states: {}, productNames: {}, unchanged: 0 };
      await journal.createJob(record).catch((error: unknown) => host.report(toViewError(error, 'storage')));
    }
    const run = new RunningJob({
      jobId,
      operations: keyed,
      rows,
      unchanged: 0,
      applier: host.backend.applier,
      journal,
      runJob: host.runJob,
      now: host.now,
      onView: (view) => host.update((m) => ({ ...m, locationJob: { usageLocation: code, view } })),
      onJournalError: (error) => host.report(toViewError(error, 'storage')),
    });
    this.active = run;
    try {
      const { outcomes } = await run.run();
      const done = new Set(outcomes.filter((outcome) => outcome.status === 'succeeded').map((outcome) => outcome.userId));
      host.update((m) => mergeUsers(m, usersOf(done, m.users).map((user) => ({ ...user, usageLocation: code }))));
      return { status: 'done', succeeded: [...done], failed: outcomes.filter((outcome) => !done.has(outcome.userId)).map((outcome) => outcome.userId) };
    } finally {
      this.active = null;
      await this.jobsChanged();
    }
  }
}

/** Whether the agent may change users; when the service has not said, as for licenses. */
function canChangeUsers(core: SessionCore): boolean {
  const { access } = core.model();
  return access.canChangeUsers ?? access.canChange;
}
