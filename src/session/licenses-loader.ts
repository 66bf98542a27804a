/**
 * The licenses step's data: the tenant's products (cached first) and the selected users' current licenses,
 * read when the step opens so the tri-states show what the users hold now. Also re-reads users after a save.
 */
import { currentPage } from '../core/paging.js';
import { replaceUsers } from '../core/selection.js';
import type { HeldLicense, UserId } from '../core/types.js';
import { complete, failed, pending, valueOf } from './load-state.js';
import { loadFailed, showNotice, type SessionCore } from './session-core.js';
import { refreshPages, refreshUsers } from './user-pages.js';
import { toViewError } from './view-error.js';

export class LicensesLoader {
  private request: AbortController | null = null;

  constructor(private readonly core: SessionCore) {}

  dispose(): void {
    this.request?.abort();
  }

  async load(): Promise<void> {
    const userIds = [...this.core.model().selection.users.keys()];
    await Promise.all([this.loadProducts(), this.loadSelected(userIds)]);
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

  private async loadSelected(userIds: readonly UserId[]): Promise<void> {
    const { core } = this;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    core.update((m) => ({ ...m, licenses: { status: 'pending', value: null, cachedAt: null } }));
    await this.showCached(userIds);
    try {
      const licenses = await core.backend.getLicenses(userIds, request.signal);
      if (request.signal.aborted) return;
      this.apply(licenses);
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
    if (!cache) return;
    try {
      const cached = await cache.getUsers(core.model().customerId);
      if (!cached) return;
      const wanted = new Set(userIds);
      const licenses = new Map<UserId, readonly HeldLicense[]>();
      for (const user of cached.value) if (wanted.has(user.id)) licenses.set(user.id, user.licenses);
      if (licenses.size !== wanted.size || core.model().licenses.status !== 'pending') return;
      this.apply(licenses);
      core.update((m) => ({ ...m, licenses: { status: 'pending', value: true, cachedAt: cached.fetchedAt } }));
    } catch {
      // The live read follows; a cache that cannot be read only costs the head start.
    }
  }

  /** Puts read licenses into the selection and the loaded pages. */
  apply(licenses: ReadonlyMap<UserId, readonly HeldLicense[]>): void {
    this.core.update((m) => {
      const fresh = refreshUsers([...m.selection.users.values()].filter((user) => licenses.has(user.id)), licenses);
      const paging = refreshPages(m.paging, licenses);
      const page = m.page.status === 'complete' && paging !== m.paging ? complete(currentPage(paging)?.items ?? []) : m.page;
      return { ...m, selection: replaceUsers(m.selection, fresh), paging, page };
    });
  }

  /** After a save: re-reads exactly these users and keeps the cache current; null when the read failed. */
  async refresh(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null> {
    const { core } = this;
    if (userIds.length === 0) return new Map();
    try {
      const licenses = await core.backend.getLicenses(userIds);
      this.apply(licenses);
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
