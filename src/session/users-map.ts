/**
 * The session's one record of each user (`SessionModel.users`): name, principal name, usage location and held
 * licenses. The selection, the kept pages and the page on screen hold ids; chips, rows and the licenses grid are
 * derived from this map, so a license read, a usage location set or a page read again changes them all at once.
 */
import type { HeldLicense, TenantUser, UserId } from '../core/types.js';
import { valueOf } from './load-state.js';
import type { SessionModel } from './session-model.js';

/**
 * Where users come from: the service with their licenses (Graph lists them, a license read), the service without
 * them (Partner Center's list: the licenses already known stay), or the cache (older: fills in only users not held).
 */
export type UsersFrom = 'service' | 'service-without-licenses' | 'cache';

/**
 * Takes users read into the map, newer data replacing older. An unchanged record keeps its identity, so the views
 * derived from it (rows, chip order, pre-flight) are not rebuilt for a page read again; the same model when
 * nothing changed.
 */
export function mergeUsers(model: SessionModel, users: Iterable<TenantUser>, from: UsersFrom): SessionModel {
  let next: Map<UserId, TenantUser> | null = null;
  for (const user of users) {
    const current = (next ?? model.users).get(user.id);
    if (current !== undefined && from === 'cache') continue;
    const record = current !== undefined && from === 'service-without-licenses' ? { ...user, licenses: current.licenses } : user;
    if (current !== undefined && sameUser(current, record)) continue;
    next ??= new Map(model.users);
    next.set(user.id, record);
  }
  return next ? { ...model, users: next } : model;
}

/** Puts licenses read (or known from a confirmed write) into the records of the users the session holds. */
export function withLicensesOf(model: SessionModel, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>): SessionModel {
  const fresh: TenantUser[] = [];
  for (const [userId, held] of licenses) {
    const user = model.users.get(userId);
    if (user !== undefined) fresh.push({ ...user, licenses: held });
  }
  return mergeUsers(model, fresh, 'service');
}

/** Sets the usage location the service confirmed for these users. */
export function withUsageLocationOf(model: SessionModel, userIds: Iterable<UserId>, usageLocation: string): SessionModel {
  const fresh: TenantUser[] = [];
  for (const userId of userIds) {
    const user = model.users.get(userId);
    if (user !== undefined) fresh.push({ ...user, usageLocation });
  }
  return mergeUsers(model, fresh, 'service');
}

/** Users the map may hold beyond twice what is referenced before it is pruned (see pruneUsers). */
const PRUNE_SLACK = 1_000;

/**
 * Drops the users nothing refers to any more (a user leaving the map leaves `licensesReadAt` too: whatever brings
 * them back reads them again). Two rules, both cheap for a change of one user:
 * - users of a page no longer kept or shown (page moves, a new search) leave at once, unless selected: at most the
 *   kept pages' ids (KEPT_PAGES pages) are looked at, and only when the pages changed;
 * - anyone else (users deselected) leaves once the map holds more than twice the referenced count plus
 *   PRUNE_SLACK: after such a prune at least half of the map must stop being referenced before the next one, so a
 *   toggle costs O(1) amortised, and "Clear selection" of 100,000 users frees them at once.
 */
export function pruneUsers(before: SessionModel, next: SessionModel): SessionModel {
  const pagesChanged = before.paging.kept !== next.paging.kept || before.page !== next.page;
  const model = pagesChanged ? forgetPages(before, next) : next;
  let referenced = model.selection.ids.size;
  for (const ids of pageIds(model)) referenced += ids.length;
  if (model.users.size <= 2 * referenced + PRUNE_SLACK) return model;
  const keep = new Set<UserId>(model.selection.ids);
  for (const ids of pageIds(model)) for (const id of ids) keep.add(id);
  return withOnly(model, (id) => keep.has(id));
}

/** The ids of the kept pages and of the page shown. */
function pageIds(model: SessionModel): (readonly UserId[])[] {
  return [...model.paging.kept.map((page) => page.items), valueOf(model.page) ?? []];
}

/** Users of the pages `before` held and `next` does not, who are not selected, leave. */
function forgetPages(before: SessionModel, next: SessionModel): SessionModel {
  const onPages = new Set(pageIds(next).flat());
  const gone = new Set<UserId>();
  for (const ids of pageIds(before)) {
    for (const id of ids) if (!onPages.has(id) && !next.selection.ids.has(id) && next.users.has(id)) gone.add(id);
  }
  return gone.size === 0 ? next : withOnly(next, (id) => !gone.has(id));
}

function withOnly(model: SessionModel, kept: (userId: UserId) => boolean): SessionModel {
  const users = new Map<UserId, TenantUser>();
  for (const [id, user] of model.users) if (kept(id)) users.set(id, user);
  const licensesReadAt = new Map<UserId, number>();
  for (const [id, at] of model.licensesReadAt) if (kept(id)) licensesReadAt.set(id, at);
  return { ...model, users, licensesReadAt };
}

function sameUser(a: TenantUser, b: TenantUser): boolean {
  return a === b || (a.displayName === b.displayName && a.userPrincipalName === b.userPrincipalName && a.usageLocation === b.usageLocation && sameLicenses(a.licenses, b.licenses));
}

function sameLicenses(a: readonly HeldLicense[], b: readonly HeldLicense[]): boolean {
  return a === b || (a.length === b.length && a.every((license, i) => JSON.stringify(license) === JSON.stringify(b[i])));
}
