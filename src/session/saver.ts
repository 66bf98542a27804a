/**
 * Save and Retry failed. Save acts on the session's own pre-flight, the one the view shows: a blocking finding
 * stops it, users named by per-user findings are held back (their rows and outcomes say why), the rest are sent.
 */
import { retryFailedPlan } from '../core/executor/retry-failed.js';
import { heldBackReason } from '../core/held-back.js';
import { hasBlocking, operationsToSave } from '../core/validation.js';
import type { Finding, HeldLicense, Product, SkuId, TenantUser, UserId, UserOperation } from '../core/types.js';
import type { JobLauncher, KeptBack, SaveResult } from './job-launcher.js';
import type { Preflight } from './preflight.js';
import { operationRow } from './running-job.js';
import type { SessionCore } from './session-core.js';
import type { OutcomeRow } from './view-state.js';

export interface SaverHost extends SessionCore {
  /** Selected users in chip order, with their current licenses. */
  selectedUsers(): readonly TenantUser[];
  products(): readonly Product[] | null;
  /** The operations and findings the view shows for the current plan. */
  preflight(): Preflight;
  refreshLicenses(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null>;
  /** The setting "Review changes before saving": off lets a job of one user with no findings skip the review. */
  reviewBeforeSaving(): boolean;
}

/** Save shows the review first, unless the setting is off and the job is one user's change with no findings. */
export function needsReview(reviewBeforeSaving: boolean, operations: readonly UserOperation[], findings: readonly Finding[]): boolean {
  return reviewBeforeSaving || operations.length > 1 || findings.length > 0;
}

export const productNamesOf = (products: readonly Product[]): ReadonlyMap<SkuId, string> =>
  new Map(products.map((product) => [product.skuId, product.displayName]));

const newId = (): string => crypto.randomUUID();

export class Saver {
  constructor(private readonly host: SaverHost, private readonly launcher: JobLauncher) {}

  /** Save: shows the review first (see needsReview); in the review step, "Confirm" comes here and it runs. */
  async save(): Promise<SaveResult> {
    const { host } = this;
    const model = host.model();
    const products = host.products();
    if (!model.access.canChange) return { status: 'read-only' };
    if (this.launcher.running || products === null || model.licenses.status !== 'complete') return { status: 'not-ready' };
    if (model.review?.undo) return { status: 'not-ready' };
    const { operations, findings } = host.preflight();
    if (hasBlocking(findings)) return { status: 'blocked' };
    const toSave = operationsToSave(operations, findings);
    if (toSave.length === 0) return { status: 'nothing-to-save' };
    if (model.step === 'licenses' && needsReview(host.reviewBeforeSaving(), operations, findings)) {
      host.update((m) => ({ ...m, step: 'review', review: { returnTo: 'licenses', undo: null }, plansOpenFor: null }));
      return { status: 'review' };
    }
    const sent = new Set(toSave.map((operation) => operation.userId));
    const planned = new Map(operations.map((operation) => [operation.userId, operation]));
    // Held-back users are not sent; their row, their outcome and the journal say why, so every selected user has
    // one to read, now and in the history.
    const keptBack: KeptBack[] = [];
    const selected = host.selectedUsers();
    const rows = selected.map((user) => {
      const operation = planned.get(user.id);
      if (!operation) return unchangedRow(user);
      const row = operationRow(operation, user.displayName, user.userPrincipalName);
      if (sent.has(user.id)) return row;
      const reason = heldBackReason(findings, operation);
      keptBack.push({ operation, reason });
      return { ...row, outcome: 'failed' as const, reason };
    });
    const before = new Map(selected.filter((user) => sent.has(user.id)).map((user) => [user.id, user.licenses]));
    return this.launcher.start(toSave, rows, productNamesOf(products), { keptBack, before });
  }

  /**
   * Re-reads the failed users' licenses and sends again, with fresh request ids, only those whose change is still
   * missing (core/executor/retry-failed.ts); a change found in place counts as succeeded.
   */
  async retryFailed(): Promise<SaveResult> {
    const { host } = this;
    const model = host.model();
    const job = model.job;
    const shown = this.launcher.shownJob;
    const products = host.products();
    if (!model.access.canChange) return { status: 'read-only' };
    if (this.launcher.running || job === null || shown === null || products === null) return { status: 'not-ready' };
    const failedIds = job.rows.filter((row) => row.outcome === 'failed').map((row) => row.userId);
    if (failedIds.length === 0) return { status: 'nothing-to-save' };
    const licensesNow = await host.refreshLicenses(failedIds);
    if (licensesNow === null) return { status: 'not-ready' };
    const plan = retryFailedPlan(shown.operations, shown.outcomes, licensesNow, newId);
    const again = new Map(plan.operations.map(({ operation }) => [operation.userId, operation]));
    const applied = new Set(plan.alreadyApplied);
    const rows = job.rows.map((row): OutcomeRow => {
      const operation = again.get(row.userId);
      if (operation) return operationRow(operation, row.displayName, row.userPrincipalName);
      return applied.has(row.userId) ? { ...row, outcome: 'succeeded', reason: null } : row;
    });
    if (again.size === 0) {
      host.update((m) => ({ ...m, job: { ...job, rows } }));
      return { status: 'nothing-to-save' };
    }
    return this.launcher.start([...again.values()], rows, productNamesOf(products), { before: licensesNow });
  }
}

function unchangedRow(user: TenantUser): OutcomeRow {
  return { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, outcome: 'unchanged', assigned: [], removed: [], reason: null };
}
