/**
 * The licenses step's data: the tenant's products (cached first) and the selected users' current licenses. Only
 * licenses not known or read too long ago are read when the step opens; after a save, the writes the service
 * confirmed update the known state and only users whose write may or may not have happened are read again.
 */
import type { OperationOutcome } from '../core/executor/job.js';
import type { KeyedOperation } from '../core/executor/ports.js';
import { licensesAfter } from '../core/licenses-after.js';
import type { HeldLicense, UserId } from '../core/types.js';
import { markRead, needsRead } from './license-knowledge.js';
import type { LicenseReads } from './license-reads.js';
import { complete, failed, pending, valueOf } from './load-state.js';
import { loadFailed, showNotice, type SessionCore } from './session-core.js';
import { withLicensesOf } from './users-map.js';
import { toViewError } from './view-error.js';

export class LicensesLoader {
  private request: AbortController | null = null;

  constructor(private readonly core: SessionCore, private readonly reads: () => LicenseReads) {}

  dispose(): void {
    this.request?.abort();
  }

  async load(): Promise<void> {
    await Promise.all([this.loadProducts(), this.loadSelected()]);
  }

  retry(): Promise<void> {
    const model = this.core.model();
    return model.products.status === 'error' || model.licenses.status === 'error' ? this.load() : Promise.resolve();
  }

  /** The tenant's products, when they are neither loaded nor loading (an undo started from the history). */
  loadProductsOnce(): void {
    if (this.core.model().products.status === 'initial') void this.loadProducts();
  }

  private async loadProducts(): Promise<void> {
    const { core } = this;
    const { customerId } = core.model();
    const cache = core.store?.cache;
    core.update((m) => ({ ...m, products: pending(m.products) }));
    if (cache && valueOf(core.model().products) === null) {
      try {
        const cached = await cache.getProducts(customerId);
        if (cached) {
          core.update((m) => (m.products.status === 'pending' && m.products.value === null
            ? { ...m, products: { status: 'pending', value: cached.value, cachedAt: cached.fetchedAt } }
            : m));
        }
      } catch (error) {
        core.update((m) => ({ ...m, notice: toViewError(error, 'storage') }));
      }
    }
    try {
      const products = await core.backend.listProducts();
      core.update((m) => ({ ...m, products: complete(products) }));
      cache?.putProducts(customerId, products, core.now()).catch(() => undefined);
    } catch (error) {
      const viewError = toViewError(error);
      core.update((m) => ({ ...m, products: failed(m.products, viewError) }));
      core.report(viewError);
    }
  }

  private async loadSelected(): Promise<void> {
    const { core } = this;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    core.update((m) => ({ ...m, licenses: { status: 'pending', value: null, cachedAt: null } }));
    // Reads already under way for the selection finish first, so no user is read twice.
    await this.reads().idle();
    if (request.signal.aborted) return;
    const model = core.model();
    const userIds = needsRead(model, model.selection.ids, core.now());
    if (userIds.length === 0) {
      core.update((m) => ({ ...m, licenses: complete(true) }));
      if (this.request === request) this.request = null;
      return;
    }
    await this.showCached(userIds);
    try {
      const licenses = await core.backend.getLicenses(userIds, request.signal);
      if (request.signal.aborted) return;
      this.apply(licenses, core.now());
      core.update((m) => ({ ...m, licenses: complete(true) }));
    } catch (error) {
      loadFailed(core, error, request.signal, (m, viewError) => ({ ...m, licenses: failed(m.licenses, viewError) }));
    } finally {
      if (this.request === request) this.request = null;
    }
  }

  /** With a store, the selected users' cached licenses show at once while the live ones load. */
  private async showCached(userIds: readonly UserId[]): Promise<void> {
    const { core } = this;
    const cache = core.store?.cache;
    // A list without licenses (Partner Center) was cached without them: it has no holdings to show.
    if (!cache || core.model().listsLicenses !== true) return;
    try {
      const cached = await cache.getUsers(core.model().customerId);
      if (!cached) return;
      const wanted = new Set(userIds);
      const licenses = new Map<UserId, readonly HeldLicense[]>();
      for (const user of cached.value) if (wanted.has(user.id)) licenses.set(user.id, user.licenses);
      if (licenses.size !== wanted.size || core.model().licenses.status !== 'pending') return;
      this.apply(licenses, null);
      core.update((m) => ({ ...m, licenses: { status: 'pending', value: true, cachedAt: cached.fetchedAt } }));
    } catch {
      // The live read follows; a cache that cannot be read only costs the head start.
    }
  }

  /** Puts licenses into the users' one record (users-map.ts); `readAt` makes them known (null: from the cache). */
  apply(licenses: ReadonlyMap<UserId, readonly HeldLicense[]>, readAt: number | null): void {
    if (licenses.size === 0) return;
    this.core.update((m) => {
      const next = withLicensesOf(m, licenses);
      return readAt === null ? next : markRead(next, licenses.keys(), readAt);
    });
  }

  /**
   * After a job: a confirmed write makes the user's licenses known (what they held, changed as the operation said);
   * users whose write may have happened (lost answer, 5xx, throttled) or whose licenses were not known are read again.
   */
  async settle(operations: readonly KeyedOperation[], outcomes: readonly OperationOutcome[]): Promise<void> {
    const { core } = this;
    const outcomeOf = new Map(outcomes.map((outcome) => [outcome.userId, outcome]));
    const model = core.model();
    const known = new Map<UserId, readonly HeldLicense[]>();
    const reread: UserId[] = [];
    for (const { operation } of operations) {
      const outcome = outcomeOf.get(operation.userId);
      const user = model.users.get(operation.userId);
      const wasKnown = user !== undefined && model.licensesReadAt.has(user.id);
      if (outcome?.status === 'succeeded' && wasKnown) known.set(user.id, licensesAfter(user.licenses, operation));
      else if (outcome?.status !== 'cancelled' && (!wasKnown || outcome === undefined || mayHaveApplied(outcome))) reread.push(operation.userId);
    }
    this.apply(known, core.now());
    if (known.size > 0) await core.store?.cache.putLicenses(model.customerId, known, core.now()).catch(() => undefined);
    await this.refresh(reread);
  }

  /** After a save: re-reads exactly these users and keeps the cache current; null when the read failed. */
  async refresh(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null> {
    const { core } = this;
    if (userIds.length === 0) return new Map();
    try {
      const licenses = await core.backend.getLicenses(userIds);
      this.apply(licenses, core.now());
      // The service answers again: an earlier "didn't answer" notice is stale (storage notices stay).
      core.update((m) => (m.notice !== null && m.notice.kind !== 'storage' ? { ...m, notice: null } : m));
      await core.store?.cache.putLicenses(core.model().customerId, licenses, core.now()).catch(() => undefined);
      return licenses;
    } catch (error) {
      showNotice(core, toViewError(error));
      return null;
    }
  }
}

/** A failure that does not say the write was refused: the service may have applied it. */
function mayHaveApplied(outcome: OperationOutcome): boolean {
  if (outcome.status !== 'failed') return false;
  const kind = outcome.reason?.kind;
  return kind === undefined || kind === 'unavailable' || kind === 'malformed-response' || kind === 'throttled' || kind === 'other';
}
