/**
 * The session's one record of each user (`SessionModel.users`): name, principal name, usage location and held
 * licenses. The selection, the kept pages and the page on screen hold ids; chips, rows and the licenses grid are
 * derived from this map, so a license read, a usage location set or a page read again changes them all at once.
 */
import type { HeldLicense, TenantUser, UserId } from '../core/types.js';
import { usersOf } from '../core/selection.js';
import { valueOf } from './load-state.js';
import type { SessionModel } from './session-model.js';

/**
 * Takes users read into the map, newer data replacing older; `withoutLicenses`: the list left their licenses out
 * (Partner Center), so the licenses already known stay. An unchanged record keeps its identity, so the views derived
 * from it (rows, chip order, pre-flight) are not rebuilt for a page read again; the same model when nothing changed.
 */
export function mergeUsers(model: SessionModel, users: Iterable<TenantUser>, withoutLicenses = false): SessionModel {
  let next: Map<UserId, TenantUser> | null = null;
  for (const user of users) {
    const current = (next ?? model.users).get(user.id);
    const record = current !== undefined && withoutLicenses ? { ...user, licenses: current.licenses } : user;
    if (current !== undefined && sameUser(current, record)) continue;
    next ??= new Map(model.users);
    next.set(user.id, record);
  }
  return next ? { ...model, users: next } : model;
}

/** Puts licenses read (or known from a confirmed write) into the records of the users the session holds. */
export function withLicensesOf(model: SessionModel, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>): SessionModel {
  return mergeUsers(model, usersOf(licenses.keys(), model.users).map((user) => ({ ...user, licenses: licenses.get(user.id)! })));
}

/** Users the map may hold beyond twice what is referenced before it is pruned (see pruneUsers). */
const PRUNE_SLACK = 1_000;

/**
 * Drops the users nothing refers to any more (a user leaving the map leaves `licensesReadAt` too: whatever brings
 * them back reads them again). Two rules, both cheap for a change of one user:
 * - users of a page no longer kept or shown (page moves, a new search) leave at once, unless selected: at most the
 *   kept pages' ids (KEPT_PAGES pages) are looked at;
 * - anyone else (users deselected) leaves once the map holds more than twice the referenced count plus
 *   PRUNE_SLACK: after such a prune at least half of the map must stop being referenced before the next one, so a
 *   toggle costs O(1) amortised, and "Clear selection" of 100,000 users frees them at once.
 */
export function pruneUsers(before: SessionModel, next: SessionModel): SessionModel {
  const { selection, users } = next;
  const onPages = new Set(pageIds(next));
  const outgrown = users.size > 2 * (selection.ids.size + onPages.size) + PRUNE_SLACK;
  const gone = new Set<UserId>();
  if (!outgrown) for (const id of pageIds(before)) if (!onPages.has(id) && !selection.ids.has(id) && users.has(id)) gone.add(id);
  if (!outgrown && gone.size === 0) return next;
  const kept = (id: UserId) => (outgrown ? onPages.has(id) || selection.ids.has(id) : !gone.has(id));
  return {
    ...next,
    users: new Map([...users].filter(([id]) => kept(id))),
    licensesReadAt: new Map([...next.licensesReadAt].filter(([id]) => kept(id))),
  };
}

/** The ids of the kept pages and of the page shown. */
function pageIds(model: SessionModel): UserId[] {
  return [...model.paging.kept.flatMap((page) => page.items), ...(valueOf(model.page) ?? [])];
}

/** Records of one user compared by what they say (both come from the same parsing, so their keys are in one order). */
function sameUser(a: TenantUser, b: TenantUser): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
