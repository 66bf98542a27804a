/**
 * The users list: the first page (cached first when there is a store), page moves through continuation tokens,
 * page size, and debounced search that aborts the request for a stale query.
 */
import { currentPage, isLoaded, moveTarget, resetPaging, showPage, type PageMove } from '../core/paging.js';
import type { TenantUser, UserId } from '../core/types.js';
import { complete, failed, pending } from './load-state.js';
import { loadFailed, type SessionCore } from './session-core.js';
import { markRead } from './license-knowledge.js';
import { loadedUsers, readPage, walkToEnd, type PageListener } from './user-pages.js';
import { toViewError } from './view-error.js';
import { Debouncer } from './debouncer.js';
import { mergeUsers } from './users-map.js';
import { usersOf } from '../core/selection.js';

export class UsersLoader {
  private request: AbortController | null = null;
  private readonly searches: Debouncer;

  constructor(private readonly core: SessionCore, debounceMs: number) {
    this.searches = new Debouncer(debounceMs);
  }

  dispose(): void {
    this.request?.abort();
    this.searches.cancel();
  }

  /** The first page; with a store, the cached users show at once (with their age) while it loads. */
  async start(): Promise<void> {
    const { core } = this;
    const live = this.goToPage(0);
    const cache = core.store?.cache;
    if (cache && core.model().paging.search === '') {
      try {
        const cached = await cache.getUsers(core.model().customerId);
        if (cached && cached.value.length > 0) {
          core.update((m) => {
            // Only while nothing live is on screen yet. The live read may already have failed (a refused
            // connection fails faster than IndexedDB answers): then the cache is all there is, shown with the error.
            if (m.page.status === 'complete' || m.page.status === 'initial' || m.page.value !== null) return m;
            const users = cached.value.slice(0, m.paging.pageSize);
            const value = users.map((user) => user.id);
            const page = m.page.status === 'error' ? { ...m.page, value, cachedAt: cached.fetchedAt } : { status: 'pending' as const, value, cachedAt: cached.fetchedAt };
            return { ...mergeUsers(m, users), page };
          });
        }
      } catch (error) {
        core.update((m) => ({ ...m, notice: toViewError(error, 'storage') }));
      }
    }
    await live;
  }

  /** Shows page `index`, fetching it when it is not loaded; `walk` fetches forward to the last page. */
  async goToPage(index: number | 'walk'): Promise<void> {
    const { core } = this;
    const loaded = core.model().paging;
    // A newer move wins over a page still on its way.
    this.request?.abort();
    this.request = null;
    if (index !== 'walk' && isLoaded(loaded, index)) {
      const paging = showPage(loaded, index);
      core.update((m) => ({ ...m, paging, page: complete(currentPage(paging)!), usersReadSoFar: null }));
      return;
    }
    const request = new AbortController();
    this.request = request;
    const readAt = core.now();
    core.update((m) => ({ ...m, page: pending(m.page), usersReadSoFar: null }));
    let readSoFar = 0;
    const onPage: PageListener = (page) => {
      this.onPage(page);
      readSoFar += page.users.length;
      // The first read is the page itself; a count from the second on says a long read is under way.
      if (readSoFar > page.users.length && !request.signal.aborted) core.update((m) => ({ ...m, usersReadSoFar: readSoFar }));
    };
    try {
      const read = index === 'walk'
        ? await walkToEnd(core.backend, loaded, request.signal, onPage)
        : await readPage(core.backend, loaded, index, request.signal, onPage);
      const { paging } = read;
      const now = core.model().paging;
      if (request.signal.aborted || now.search !== paging.search || now.pageSize !== paging.pageSize) return;
      core.update((m) => {
        // onPage said whether the list brings licenses: then the users read are known as of the read, else the
        // licenses known stay with them.
        const next = { ...mergeUsers(m, read.users, m.listsLicenses === false), paging, page: complete(currentPage(paging)!), usersReadSoFar: null };
        return m.listsLicenses === true ? markRead(next, read.users.map((user) => user.id), readAt) : next;
      });
      const firstPages = paging.search === '' ? loadedUsers(paging) : [];
      if (firstPages.length > 0) this.cache(firstPages);
    } catch (error) {
      loadFailed(core, error, request.signal, (m, viewError) => ({ ...m, page: failed(m.page, viewError), usersReadSoFar: null }));
    } finally {
      if (this.request === request) this.request = null;
    }
  }

  /** Whether the list brings licenses (then the users read are known: markRead) or leaves them out. */
  private readonly onPage: PageListener = (page) => {
    const listsLicenses = page.licensesOmitted !== true;
    this.core.update((m) => (m.listsLicenses === listsLicenses ? m : { ...m, listsLicenses }));
  };

  /** Caches the users of the first pages (with the licenses the session knows of them). */
  private cache(userIds: readonly UserId[]): void {
    const { core } = this;
    const { users, customerId } = core.model();
    core.store?.cache
      .putUsers(customerId, usersOf(userIds, users), core.now())
      .catch((error: unknown) => core.update((m) => ({ ...m, notice: toViewError(error, 'storage') })));
  }

  changePage(move: PageMove): Promise<void> {
    const { core } = this;
    const model = core.model();
    if (model.onlySelected) {
      const count = Math.max(1, Math.ceil(model.selection.ids.size / model.paging.pageSize));
      const current = Math.min(model.selectedPageIndex, count - 1);
      const target = move === 'first' ? 0 : move === 'previous' ? current - 1 : move === 'next' ? current + 1 : count - 1;
      core.update((m) => ({ ...m, selectedPageIndex: Math.max(0, Math.min(target, count - 1)) }));
      return Promise.resolve();
    }
    const target = moveTarget(model.paging, move);
    return target === null ? Promise.resolve() : this.goToPage(target);
  }

  setPageSize(pageSize: number): Promise<void> {
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize === this.core.model().paging.pageSize) return Promise.resolve();
    this.core.update((m) => ({ ...m, paging: resetPaging(m.paging, { pageSize }), selectedPageIndex: 0 }));
    return this.goToPage(0);
  }

  /** Debounced: only the last query of a burst is sent; the request for an older query is aborted. */
  search(query: string): Promise<void> {
    const trimmed = query.trim();
    return this.searches.run(() => {
      if (trimmed === this.core.model().paging.search) return;
      this.core.update((m) => ({ ...m, paging: resetPaging(m.paging, { search: trimmed }), onlySelected: false }));
      return this.goToPage(0);
    });
  }

  retry(): Promise<void> {
    const model = this.core.model();
    return model.page.status === 'error' ? this.goToPage(model.paging.pageIndex) : Promise.resolve();
  }
}
