/**
 * Saves and everything after: pre-flight, the journal record written before the first request, the run,
 * retrying failed users, resuming or discarding a job the page left behind, and the history list.
 */
import type { OperationOutcome, RunJob } from '../core/executor/job.js';
import type { KeyedOperation } from '../core/executor/ports.js';
import { licensesMatchTarget } from '../core/executor/license-match.js';
import { resumePlan } from '../core/executor/resume-plan.js';
import { hasBlocking, operationsToSave, usersWithFindings, validatePlan } from '../core/validation.js';
import type {
  CustomerId, FailureKind, FailureReason, Finding, FindingKind, HeldLicense, LicensingRules, Product, SkuId, TenantUser, UserId, UserOperation,
} from '../core/types.js';
import type { JobRecord } from '../store/store.js';
import { JobRun, operationRow } from './job-runner.js';
import { summaryOf } from './job-summary.js';
import { operationsFor } from './preflight.js';
import { showNotice, type SessionCore } from './session-core.js';
import { toViewError } from './view-error.js';
import type { JobView, OutcomeRow } from './view-state.js';

export type SaveResult =
  | { readonly status: 'saved'; readonly jobId: string; readonly outcomes: readonly OperationOutcome[] }
  /** A blocking finding (not enough licenses) stops the save. */
  | { readonly status: 'blocked' }
  /** Users with per-user findings: save again with them in skipUsers to save the others. */
  | { readonly status: 'needs-skip'; readonly userIds: readonly UserId[] }
  | { readonly status: 'nothing-to-save' }
  | { readonly status: 'read-only' }
  /** Products or licenses are not loaded, or another job runs. */
  | { readonly status: 'not-ready' };

export interface JobHost extends SessionCore {
  readonly customerId: CustomerId;
  readonly runJob: RunJob;
  readonly flushMs: number | undefined;
  agentName(): string;
  /** Selected users in chip order, with their current licenses. */
  selectedUsers(): readonly TenantUser[];
  products(): readonly Product[] | null;
  rules(): LicensingRules;
  /** Re-reads these users' licenses and puts them everywhere (selection, pages, cache); null when it failed. */
  refreshLicenses(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null>;
  saveComplete(jobId: string, outcomes: readonly OperationOutcome[]): void;
}

const newId = (): string => crypto.randomUUID();

export class JobControl {
  private active: JobRun | null = null;
  /** The users as they were when the job shown was planned (retry re-reads them). */
  private jobUsers = new Map<UserId, TenantUser>();

  constructor(private readonly host: JobHost) {}

  get running(): boolean {
    return this.active !== null;
  }

  cancel(): void {
    this.active?.cancel();
  }

  retryNow(): void {
    this.active?.retryNow();
  }

  async save(skipUsers: readonly UserId[]): Promise<SaveResult> {
    const { host } = this;
    const model = host.model();
    const products = host.products();
    if (!model.access.canChange) return { status: 'read-only' };
    if (this.active !== null || products === null || model.licenses.status !== 'complete') return { status: 'not-ready' };
    const users = host.selectedUsers();
    const operations = operationsFor(users, model.plan, products);
    const findings = operations.length === 0 ? [] : validatePlan(users, operations, products, host.rules());
    if (hasBlocking(findings)) return { status: 'blocked' };
    const skip = new Set(skipUsers);
    const unskipped = [...usersWithFindings(findings)].filter((id) => !skip.has(id));
    if (unskipped.length > 0) return { status: 'needs-skip', userIds: unskipped };
    const toSave = operationsToSave(operations, findings, skipUsers);
    if (toSave.length === 0) return { status: 'nothing-to-save' };

    const byUser = new Map(toSave.map((operation) => [operation.userId, operation]));
    const planned = new Map(operations.map((operation) => [operation.userId, operation]));
    // Skipped users are not sent; their row, their outcome and the journal say why, so every selected user has
    // one to read, now and in the history.
    const notSent: KeptBack[] = [];
    const rows = users.map((user) => {
      const operation = byUser.get(user.id);
      if (operation) return operationRow(operation, user.displayName, user.userPrincipalName);
      const skipped = planned.get(user.id);
      if (!skipped) return unchangedRow(user);
      const reason = skippedReason(findings, user.id);
      notSent.push({ operation: skipped, reason });
      return { ...operationRow(skipped, user.displayName, user.userPrincipalName), outcome: 'failed' as const, reason };
    });
    this.jobUsers = new Map(users.map((user) => [user.id, user]));
    return this.start(toSave, rows, users, products, notSent);
  }

  /** Re-reads the failed users' licenses, plans again for them, and runs only those. */
  async retryFailed(): Promise<SaveResult> {
    const { host } = this;
    const model = host.model();
    const job = model.job;
    const products = host.products();
    if (!model.access.canChange) return { status: 'read-only' };
    if (this.active !== null || job === null || products === null) return { status: 'not-ready' };
    const failedIds = job.rows.filter((row) => row.outcome === 'failed').map((row) => row.userId);
    if (failedIds.length === 0) return { status: 'nothing-to-save' };
    const fresh = await host.refreshLicenses(failedIds);
    if (fresh === null) return { status: 'not-ready' };
    const users = failedIds.map((id) => this.jobUsers.get(id)).filter((user): user is TenantUser => user !== undefined)
      .map((user) => { const held = fresh.get(user.id); return held ? { ...user, licenses: held } : user; });
    for (const user of users) this.jobUsers.set(user.id, user);
    const operations = operationsFor(users, model.plan, products);
    const byUser = new Map(operations.map((operation) => [operation.userId, operation]));
    const retried = new Set(failedIds);
    const rows = job.rows.map((row) => {
      if (!retried.has(row.userId)) return row;
      const operation = byUser.get(row.userId);
      return operation ? operationRow(operation, row.displayName, row.userPrincipalName) : { ...row, outcome: 'unchanged' as const, reason: null };
    });
    if (operations.length === 0) {
      host.update((m) => ({ ...m, job: { ...job, rows } }));
      return { status: 'nothing-to-save' };
    }
    return this.start(operations, rows, users, products);
  }

  private async start(
    operations: readonly UserOperation[],
    rows: readonly OutcomeRow[],
    users: readonly TenantUser[],
    products: readonly Product[],
    notSent: readonly KeptBack[] = [],
  ): Promise<SaveResult> {
    const { host } = this;
    const jobId = newId();
    // A fresh idempotency key per operation, written to the journal before the first request goes out.
    const keyed: KeyedOperation[] = operations.map((operation) => ({ operation, requestId: newId() }));
    const keptBack = notSent.map(({ operation, reason }) => ({ operation, reason, requestId: newId() }));
    const usersById = new Map(users.map((user) => [user.id, user]));
    const unchanged = rows.filter((row) => row.outcome === 'unchanged').length;
    const journal = host.store?.journal ?? null;
    if (journal !== null) {
      const entry = ({ operation, requestId }: KeyedOperation) => ({
        operation,
        requestId,
        displayName: usersById.get(operation.userId)?.displayName ?? '',
        userPrincipalName: usersById.get(operation.userId)?.userPrincipalName ?? '',
      });
      const record: JobRecord = {
        jobId,
        customerId: host.customerId,
        startedBy: host.agentName(),
        startedAt: host.now(),
        status: 'running',
        operations: [...keyed, ...keptBack].map(entry),
        // Kept back: finished before the job starts, so a resume never sends them and the history counts them.
        states: Object.fromEntries(keptBack.map(({ operation, requestId, reason }) =>
          [operation.userId, { userId: operation.userId, requestId, state: 'failed' as const, attempts: 0, reason }])),
        productNames: Object.fromEntries(products.map((product) => [product.skuId, product.displayName])),
        unchanged,
      };
      try {
        await journal.createJob(record);
      } catch (error) {
        host.report(toViewError(error, 'storage'));
      }
    }
    const notSentOutcomes: OperationOutcome[] = notSent.map(({ operation, reason }) => ({ userId: operation.userId, requestId: '', status: 'failed', attempts: 0, reason }));
    return this.run(jobId, keyed, rows, unchanged, journal !== null, null, notSentOutcomes);
  }

  private async run(
    jobId: string,
    operations: readonly KeyedOperation[],
    rows: readonly OutcomeRow[],
    unchanged: number,
    journaled: boolean,
    resume: {
      readonly checkFirst: readonly string[];
      readonly priorAttempts: ReadonlyMap<string, number>;
      readonly productNames: ReadonlyMap<SkuId, string>;
    } | null = null,
    /** Users the check before saving kept back: failed without a request, reported with the rest. */
    notSent: readonly OperationOutcome[] = [],
  ): Promise<SaveResult> {
    const { host } = this;
    const run = new JobRun({
      ...(resume ?? {}),
      jobId,
      operations,
      rows,
      unchanged,
      applier: host.backend.applier,
      journal: journaled ? host.store?.journal ?? null : null,
      runJob: host.runJob,
      now: host.now,
      ...(host.flushMs !== undefined ? { flushMs: host.flushMs } : {}),
      onView: (view: JobView) => host.update((model) => ({ ...model, job: view, step: 'results', plansOpenFor: null })),
      onJournalError: (error) => host.report(toViewError(error, 'storage')),
    });
    this.active = run;
    let outcomes: readonly OperationOutcome[];
    try {
      outcomes = [...(await run.run()).outcomes, ...notSent];
    } catch (error) {
      // The executor reports per-user failures as outcomes; a throw is a bug or a broken port: say so, keep the view.
      const viewError = toViewError(error);
      host.report(viewError);
      host.update((model) => ({ ...model, notice: viewError, job: model.job ? { ...model.job, status: 'cancelled' } : null }));
      return { status: 'not-ready' };
    } finally {
      this.active = null;
    }
    const forbidden = outcomes.find((outcome) => outcome.reason?.kind === 'forbidden' && outcome.reason.httpStatus !== 401);
    if (forbidden?.reason) {
      const message = forbidden.reason.message;
      host.update((model) => ({ ...model, access: { ...model.access, canChange: false, readOnlyReason: { kind: 'forbidden', message } } }));
    }
    const touched = operations.map(({ operation }) => operation.userId);
    await host.refreshLicenses(touched);
    await this.loadJobs();
    host.saveComplete(jobId, outcomes);
    return { status: 'saved', jobId, outcomes };
  }

  /** Jobs the page left running (the extension's panel was closed) and the history list. */
  async loadJobs(): Promise<void> {
    const journal = this.host.store?.journal;
    if (!journal) return;
    try {
      const [interrupted, history] = await Promise.all([journal.findInterrupted(this.host.customerId), journal.history(this.host.customerId)]);
      const newest = [...interrupted].sort((a, b) => b.startedAt - a.startedAt)[0];
      this.host.update((model) => ({
        ...model,
        interruptedJob: newest && newest.jobId !== this.active?.jobId ? summaryOf(newest) : null,
        history: history.map(summaryOf),
      }));
    } catch (error) {
      this.host.report(toViewError(error, 'storage'));
    }
  }

  /**
   * Picks up a job left behind with the same request ids: users whose request may have reached the service are
   * re-read first (the executor's checkFirst) and sent only when their licenses do not match yet.
   */
  async resume(jobId: string): Promise<SaveResult> {
    const { host } = this;
    const journal = host.store?.journal;
    if (!journal || this.active !== null) return { status: 'not-ready' };
    if (!host.model().access.canChange) return { status: 'read-only' };
    const record = await journal.getJob(jobId).catch((error: unknown) => { host.report(toViewError(error, 'storage')); return null; });
    if (record === null) return { status: 'not-ready' };
    const keyed = record.operations.map(({ operation, requestId }) => ({ operation, requestId }));
    const plan = resumePlan(keyed, Object.values(record.states));
    const finished = new Map(plan.finished.map((state) => [state.requestId, state]));
    const rows = record.operations.map((entry) => {
      const row = operationRow(entry.operation, entry.displayName, entry.userPrincipalName);
      const state = finished.get(entry.requestId);
      return state && state.state !== 'pending' && state.state !== 'in-flight' ? { ...row, outcome: state.state, reason: state.reason ?? null } : row;
    });
    await journal.setStatus(jobId, 'running').catch((error: unknown) => host.report(toViewError(error, 'storage')));
    host.update((model) => ({ ...model, interruptedJob: null }));
    this.jobUsers = new Map();
    const productNames = new Map(Object.entries(record.productNames));
    return this.run(jobId, plan.operations, rows, record.unchanged ?? 0, true, { checkFirst: plan.checkFirst, priorAttempts: plan.priorAttempts, productNames });
  }

  /**
   * Gives up a job left behind, and it moves to the history. Users whose request may have reached the service
   * (it was in flight when the page closed) are read first: a change already in place is recorded as succeeded,
   * the rest as cancelled. When they cannot be read, nothing is recorded and the job stays to be resumed or
   * discarded later: calling an applied change "cancelled" would be the one wrong answer.
   */
  async discard(jobId: string): Promise<void> {
    const { host } = this;
    const journal = host.store?.journal;
    if (!journal) return;
    let record: JobRecord | null;
    try {
      record = await journal.getJob(jobId);
    } catch (error) {
      host.report(toViewError(error, 'storage'));
      return;
    }
    if (record === null) return;
    const keyed = record.operations.map(({ operation, requestId }) => ({ operation, requestId }));
    const plan = resumePlan(keyed, Object.values(record.states));
    const maybeSent = new Set(plan.checkFirst);
    let applied: ReadonlySet<string>;
    try {
      const checks = await Promise.all(plan.operations.filter((k) => maybeSent.has(k.requestId)).map(async (k) => {
        const held = await host.backend.applier.readLicenses(k.operation.userId);
        return licensesMatchTarget(held, k.operation) ? k.requestId : null;
      }));
      applied = new Set(checks.filter((requestId): requestId is string => requestId !== null));
    } catch (error) {
      showNotice(host, toViewError(error));
      return;
    }
    try {
      for (const { operation, requestId } of plan.operations) {
        const attempts = record.states[operation.userId]?.attempts ?? 0;
        await journal.recordOperation(jobId, { userId: operation.userId, requestId, state: applied.has(requestId) ? 'succeeded' : 'cancelled', attempts });
      }
      await journal.setStatus(jobId, 'cancelled', host.now());
    } catch (error) {
      host.report(toViewError(error, 'storage'));
    }
    host.update((model) => ({ ...model, interruptedJob: model.interruptedJob?.jobId === jobId ? null : model.interruptedJob }));
    await this.loadJobs();
  }
}

/** A user the check before saving kept back, with why. */
interface KeptBack {
  readonly operation: UserOperation;
  readonly reason: FailureReason;
}

const SKIP_KIND: Readonly<Record<FindingKind, FailureKind>> = {
  'not-enough-licenses': 'not-enough-licenses',
  'usage-location-missing': 'usage-location-missing',
  'unavailable-in-location': 'unavailable-in-location',
  'missing-requirement': 'dependency',
  'breaks-requirement': 'dependency',
  'mutually-exclusive': 'mutually-exclusive',
};

/** Why a skipped user was not sent: the first pre-flight finding that names them. */
function skippedReason(findings: readonly Finding[], userId: UserId): FailureReason {
  const finding = findings.find((f) => f.severity === 'per-user' && f.userIds.includes(userId));
  const kind = finding ? SKIP_KIND[finding.kind] : 'other';
  return { kind, message: '', notSent: true };
}

function unchangedRow(user: TenantUser): OutcomeRow {
  return { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, outcome: 'unchanged', assigned: [], removed: [], reason: null };
}

