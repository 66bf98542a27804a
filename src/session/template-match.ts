/**
 * "Match licenses of…": finds the template user (one page of the service's user search per query, debounced,
 * a stale query's request aborted), reads that user's licenses through the session's license reading, and turns
 * them into the plan of the licenses step (core/match.ts), where the grid, the review and Save take it as any other.
 * The dialog stays open with the error when something could not be read; the selection and the plan stay.
 */
import { matchPlan, type ExtraLicenses } from '../core/match.js';
import type { HeldLicense, TenantUser, UserId } from '../core/types.js';
import { errorOf, valueOf } from './load-state.js';
import type { SessionCore } from './session-core.js';
import type { SessionModel } from './session-model.js';
import { isAbort, toViewError } from './view-error.js';
import type { Chip, MatchView, ViewError } from './view-state.js';
import { Debouncer } from './debouncer.js';

/** Users one search lists: a page of the service's search; a longer list is narrowed by typing more. */
export const MATCH_CANDIDATES = 25;

export interface MatchHost extends SessionCore {
  /** The session's license reading: re-reads these users (null when the read failed; the notice says why). */
  refreshLicenses(userIds: readonly UserId[]): Promise<ReadonlyMap<UserId, readonly HeldLicense[]> | null>;
  /** Opens the licenses step (or waits for the one on screen): the products and the selection's licenses. */
  openLicenses(): Promise<void>;
  selectedUsers(): readonly TenantUser[];
}

export type MatchResult = { readonly status: 'matched' | 'failed' | 'cancelled' | 'read-only' | 'no-selection' };

const SEARCHING: MatchView = Object.freeze({ query: '', status: 'searching', candidates: Object.freeze([]), more: false, error: null });

/** A read that failed without a notice of its own (the session's reading normally leaves one). */
const NOT_READ: ViewError = Object.freeze({ kind: 'network', message: '' });

export class TemplateMatcher {
  private request: AbortController | null = null;
  private readonly searches: Debouncer;
  /** Bumped on every pick and close: a read that finishes after either is dropped. */
  private generation = 0;

  constructor(private readonly host: MatchHost, debounceMs: number) {
    this.searches = new Debouncer(debounceMs);
  }

  /** Opens the dialog and lists the first users (an empty query). */
  open(): Promise<void> {
    const model = this.host.model();
    if (!model.access.canChange || model.selection.ids.size === 0) return Promise.resolve();
    if (model.match === null) this.host.update((m) => ({ ...m, match: SEARCHING }));
    return this.fetch('');
  }

  close(): void {
    this.stop();
    this.generation += 1;
    this.host.update((m) => (m.match === null ? m : { ...m, match: null }));
  }

  dispose(): void {
    this.stop();
    this.generation += 1;
  }

  /** Debounced: only the last query of a burst is sent; the request of an older query is aborted. */
  search(query: string): Promise<void> {
    if (this.host.model().match === null) return Promise.resolve();
    const trimmed = query.trim();
    this.searches.cancel();
    this.host.update((m) => (m.match === null ? m : { ...m, match: { ...m.match, query: trimmed, status: 'searching', error: null } }));
    return this.searches.run(() => this.fetch(trimmed));
  }

  private async fetch(query: string): Promise<void> {
    const { host } = this;
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    host.update((m) => (m.match === null ? m : { ...m, match: { ...m.match, query, status: 'searching', error: null } }));
    try {
      const page = await host.backend.listUsers({ pageSize: MATCH_CANDIDATES, ...(query ? { search: query } : {}), withLicenses: false, signal: request.signal });
      if (request.signal.aborted) return;
      const candidates = page.users.slice(0, MATCH_CANDIDATES).map((user): Chip => ({ userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName }));
      const more = page.continuation !== undefined || page.users.length > MATCH_CANDIDATES;
      host.update((m) => (m.match === null || m.match.query !== query ? m : { ...m, match: { query, status: 'ready', candidates, more, error: null } }));
    } catch (error) {
      if (request.signal.aborted || isAbort(error)) return;
      this.fail(toViewError(error));
    } finally {
      if (this.request === request) this.request = null;
    }
  }

  /**
   * "Use these licenses": reads the template's licenses and opens the licenses step at the same time, then makes
   * the plan from both. The dialog closes once the plan is in; a failure keeps it open with the error.
   */
  async use(templateId: UserId, extras: ExtraLicenses): Promise<MatchResult> {
    const { host } = this;
    const model = host.model();
    const template = model.match?.candidates.find((candidate) => candidate.userId === templateId);
    if (!model.access.canChange) return { status: 'read-only' };
    if (model.selection.ids.size === 0) return { status: 'no-selection' };
    if (template === undefined) return { status: 'cancelled' };
    this.stop();
    const generation = ++this.generation;
    host.update((m) => (m.match === null ? m : { ...m, match: { ...m.match, status: 'applying', error: null } }));
    const [licenses] = await Promise.all([host.refreshLicenses([templateId]), host.openLicenses()]);
    if (generation !== this.generation || host.model().match === null) return { status: 'cancelled' };
    const now = host.model();
    const held = licenses?.get(templateId);
    const products = valueOf(now.products);
    // The service no longer knows the user (deleted since the search): the dialog says so, not a load failure.
    if ((licenses !== null && held === undefined) || (licenses === null && now.notice?.kind === 'not-found')) {
      host.update((m) => (m.match === null ? m : { ...m, notice: m.notice?.kind === 'not-found' ? null : m.notice, match: { ...m.match, status: 'gone', error: null } }));
      return { status: 'failed' };
    }
    const problem = licenses === null ? now.notice ?? NOT_READ : notReady(now);
    if (problem !== null || held === undefined || products === null) {
      this.fail(problem ?? NOT_READ);
      return { status: 'failed' };
    }
    const matched = matchPlan(held, host.selectedUsers(), products, extras);
    host.update((m) => ({
      ...m,
      plan: matched.plan,
      plansOpenFor: null,
      match: null,
      matched: { template, extras, notOffered: matched.notOffered, throughGroups: matched.throughGroups },
    }));
    return { status: 'matched' };
  }

  private fail(error: ViewError): void {
    this.host.update((m) => (m.match === null ? m : { ...m, match: { ...m.match, status: 'error', error } }));
  }

  private stop(): void {
    this.searches.cancel();
    this.request?.abort();
    this.request = null;
  }
}

/** Why the licenses step cannot take the plan yet: the products or the selection's licenses did not load. */
function notReady(model: SessionModel): ViewError | null {
  // A job running keeps the session on its results.
  if (model.step !== 'licenses') return { kind: 'other', message: '' };
  const error = errorOf(model.products) ?? errorOf(model.licenses);
  if (error !== null) return error;
  return model.products.status === 'complete' && model.licenses.status === 'complete' ? null : NOT_READ;
}
