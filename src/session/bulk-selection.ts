/**
 * Selecting more than a page: every user matching the search (or the whole tenant), walked with the largest page
 * the API allows, or a pasted list the backend resolves in batches. Runs in the background with progress and
 * Cancel; the users join the selection in one step once resolved, so a cancelled run leaves the selection as it was.
 */
import { selectUsers } from '../core/selection.js';
import type { TenantUser, UserId } from '../core/types.js';
import { parseUserList } from '../core/user-list.js';
import { entryKey, isObjectId, matchEntries } from '../core/user-key.js';
import type { SessionCore } from './session-core.js';
import { mergeUsers } from './users-map.js';
import type { BulkSelectView } from './view-state.js';
import { isAbort, toViewError } from './view-error.js';

/** Pages one "select all" may walk: a million users at Partner Center's 1000 a page, 999 on Graph. */
const MAX_PAGES = 1000;

interface Walked {
  readonly users: readonly TenantUser[];
  readonly licensesKnown: boolean;
}

/** A walk's answer: whether every page came with its users' licenses. */
interface WalkEnd {
  readonly licensesKnown: boolean;
}

export class BulkSelection {
  private request: AbortController | null = null;

  constructor(
    private readonly core: SessionCore,
    /** Users that joined the selection, and whether their licenses came with them. */
    private readonly selected: (userIds: readonly UserId[], licensesKnown: boolean) => void,
  ) {}

  get running(): boolean {
    return this.request !== null;
  }

  dispose(): void {
    this.request?.abort();
  }

  /** Every user matching the current search (everyone when there is none). */
  async selectMatching(): Promise<void> {
    const { search, total } = this.core.model().paging;
    const request = this.begin({ kind: 'matching', status: 'running', resolved: 0, total, unknown: [], duplicates: [], error: null });
    const users: TenantUser[] = [];
    try {
      const walked = await this.walk(request, search, total === null, (page) => {
        users.push(...page);
        this.progress(request, { resolved: users.length });
        return true;
      });
      if (walked === null) return;
      this.finish(request, users, walked.licensesKnown, { resolved: users.length, total: users.length });
    } catch (error) {
      this.fail(request, error);
    }
  }

  /** Principal names or object ids, one a line or a CSV with a UserPrincipalName column. */
  async selectList(text: string): Promise<void> {
    const list = parseUserList(text);
    const request = this.begin({
      kind: 'list', status: 'running', resolved: 0, total: list.entries.length, unknown: [], duplicates: list.duplicates, error: null,
    });
    if (list.entries.length === 0) {
      this.finish(request, [], true, {});
      return;
    }
    try {
      const found = await this.lookUp(list.entries, request);
      if (found === null) return;
      this.finish(request, found.users, found.licensesKnown, { resolved: found.users.length, unknown: found.unknown });
    } catch (error) {
      this.fail(request, error);
    }
  }

  /** The backend's own lookup; where there is none (Partner Center), the whole list until every entry is found. */
  private async lookUp(entries: readonly string[], request: AbortController): Promise<(Walked & { unknown: readonly string[] }) | null> {
    const { backend } = this.core;
    if (backend.findUsers) {
      const lookup = { ids: entries.filter(isObjectId), principalNames: entries.filter((entry) => !isObjectId(entry)) };
      const found = await backend.findUsers(lookup, request.signal);
      return request.signal.aborted ? null : { ...matchEntries(entries, found), licensesKnown: true };
    }
    const wanted = new Set(entries.map(entryKey));
    const found: TenantUser[] = [];
    const walked = await this.walk(request, '', false, (page) => {
      for (const user of page) {
        const byId = wanted.delete(entryKey(user.id));
        const byName = wanted.delete(entryKey(user.userPrincipalName));
        if (byId || byName) found.push(user);
      }
      return wanted.size > 0;
    });
    if (walked === null) return null;
    return { ...matchEntries(entries, found), licensesKnown: walked.licensesKnown };
  }

  /**
   * Walks the users list with the largest page the API allows, without per-user license reads, while `more` says
   * so (it takes each page's users); null when cancelled.
   */
  private async walk(request: AbortController, search: string, count: boolean, more: (page: readonly TenantUser[]) => boolean): Promise<WalkEnd | null> {
    const { backend } = this.core;
    let licensesKnown = true;
    let continuation: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await backend.listUsers({
        pageSize: backend.maxPageSize,
        ...(search ? { search } : {}),
        ...(continuation !== undefined ? { continuation } : {}),
        ...(page === 0 && count ? { count: true } : {}),
        withLicenses: false,
        signal: request.signal,
      });
      if (request.signal.aborted) return null;
      if (answer.licensesOmitted) licensesKnown = false;
      if (answer.total !== undefined) this.progress(request, { total: answer.total });
      if (!more(answer.users)) break;
      // A service that hands back the token it was given would walk forever.
      if (answer.continuation === undefined || answer.continuation === continuation) break;
      continuation = answer.continuation;
    }
    return { licensesKnown };
  }

  /** Stops a running resolution; the selection stays as it was before it. */
  cancel(): void {
    if (this.request === null) return;
    this.request.abort();
    this.request = null;
    this.core.update((m) => (m.bulkSelect === null ? m : { ...m, bulkSelect: { ...m.bulkSelect, status: 'cancelled' } }));
  }

  /** Puts the outcome of the last resolution away (the admin read it). */
  dismiss(): void {
    if (this.request !== null) return;
    this.core.update((m) => (m.bulkSelect === null ? m : { ...m, bulkSelect: null }));
  }

  private begin(view: BulkSelectView): AbortController {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.core.update((m) => ({ ...m, bulkSelect: view }));
    return request;
  }

  private progress(request: AbortController, change: Partial<BulkSelectView>): void {
    if (this.request !== request) return;
    this.core.update((m) => (m.bulkSelect === null ? m : { ...m, bulkSelect: { ...m.bulkSelect, ...change } }));
  }

  private finish(request: AbortController, users: readonly TenantUser[], licensesKnown: boolean, change: Partial<BulkSelectView>): void {
    if (this.request !== request) return;
    this.request = null;
    // Users listed without their licenses keep the licenses the session knows (users-map.ts).
    const ids = users.map((user) => user.id);
    this.core.update((m) => ({
      ...mergeUsers(m, users, !licensesKnown),
      selection: selectUsers(m.selection, ids),
      bulkSelect: m.bulkSelect === null ? null : { ...m.bulkSelect, ...change, status: 'done' },
    }));
    this.selected(ids, licensesKnown);
  }

  private fail(request: AbortController, error: unknown): void {
    if (this.request !== request || request.signal.aborted || isAbort(error)) return;
    this.request = null;
    const viewError = toViewError(error);
    this.core.update((m) => (m.bulkSelect === null ? m : { ...m, bulkSelect: { ...m.bulkSelect, status: 'failed', error: viewError } }));
    this.core.report(viewError);
  }
}
