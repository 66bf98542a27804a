/**
 * The admin's selection of users: immutable ids, in the order they were selected, so it survives paging and
 * searching. The users themselves live once, in the session's users map; functions that need a user's name or
 * licenses (chip order) take that map as an argument.
 * Every function returns the same Selection object when nothing changed, so views can skip work.
 */
import type { CheckState, TenantUser, UserId } from './types.js';

export interface Selection {
  /** Selected users' ids in the order they were selected. */
  readonly ids: ReadonlySet<UserId>;
}

/** Where a user's record is found by id (the session's users map). */
export type UserLookup = ReadonlyMap<UserId, TenantUser>;

export const EMPTY_SELECTION: Selection = Object.freeze({ ids: new Set<UserId>() });

/** Thrown for a page request that cannot be answered (page size not a positive integer, negative page). */
export class SelectionPageError extends RangeError {
  override readonly name = 'SelectionPageError';
  constructor(readonly field: 'pageSize' | 'pageIndex', readonly value: number) {
    super(`${field} must be ${field === 'pageSize' ? 'a positive integer' : 'a non-negative integer'}, got ${String(value)}`);
  }
}

export function selectionOf(userIds: Iterable<UserId>): Selection {
  return selectUsers(EMPTY_SELECTION, userIds);
}

export function isSelected(selection: Selection, userId: UserId): boolean {
  return selection.ids.has(userId);
}

export function selectedCount(selection: Selection): number {
  return selection.ids.size;
}

export function selectedIds(selection: Selection): readonly UserId[] {
  return [...selection.ids];
}

export function select(selection: Selection, userId: UserId): Selection {
  return selectUsers(selection, [userId]);
}

/** Adds users; a user already selected keeps their place. */
export function selectUsers(selection: Selection, userIds: Iterable<UserId>): Selection {
  let next: Set<UserId> | null = null;
  for (const id of userIds) {
    if ((next ?? selection.ids).has(id)) continue;
    next ??= new Set(selection.ids);
    next.add(id);
  }
  return next ? { ids: next } : selection;
}

export function deselect(selection: Selection, userId: UserId): Selection {
  return deselectUsers(selection, [userId]);
}

export function deselectUsers(selection: Selection, userIds: Iterable<UserId>): Selection {
  let next: Set<UserId> | null = null;
  for (const id of userIds) {
    if (!(next ?? selection.ids).has(id)) continue;
    next ??= new Set(selection.ids);
    next.delete(id);
  }
  return next ? { ids: next } : selection;
}

export function toggle(selection: Selection, userId: UserId): Selection {
  return selection.ids.has(userId) ? deselect(selection, userId) : select(selection, userId);
}

/** Sets one user's selection explicitly (a checkbox event says what it wants, not "flip"). */
export function setSelected(selection: Selection, userId: UserId, selected: boolean): Selection {
  return selected ? select(selection, userId) : deselect(selection, userId);
}

export function selectPage(selection: Selection, pageIds: readonly UserId[]): Selection {
  return selectUsers(selection, pageIds);
}

export function clearPage(selection: Selection, pageIds: readonly UserId[]): Selection {
  return deselectUsers(selection, pageIds);
}

export function clearSelection(selection: Selection): Selection {
  return selection.ids.size === 0 ? selection : EMPTY_SELECTION;
}

/** The page header checkbox: all of the page selected, none, or some. An empty page is unchecked. */
export function pageHeaderState(selection: Selection, pageIds: readonly UserId[]): CheckState {
  let count = 0;
  for (const id of pageIds) if (selection.ids.has(id)) count++;
  if (count === 0) return 'unchecked';
  return count === pageIds.length ? 'checked' : 'mixed';
}

/** Compares users the way chips are listed: display name, then principal name, then id (stable). */
export function chipComparator(collator: Intl.Collator): (a: TenantUser, b: TenantUser) => number {
  return (a, b) =>
    collator.compare(a.displayName, b.displayName) ||
    collator.compare(a.userPrincipalName, b.userPrincipalName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The records of these ids found in `users`, in the ids' order. */
export function usersOf(userIds: Iterable<UserId>, users: UserLookup): TenantUser[] {
  const found: TenantUser[] = [];
  for (const id of userIds) {
    const user = users.get(id);
    if (user !== undefined) found.push(user);
  }
  return found;
}

/** Selected users in chip order for the admin's language (`new Intl.Collator('sv')` puts Å, Ä, Ö after Z). */
export function chipOrder(selection: Selection, users: UserLookup, collator: Intl.Collator): readonly TenantUser[] {
  return usersOf(selection.ids, users).sort(chipComparator(collator));
}

/**
 * The chip order after a change, from the order before it (same collator): users whose name did not change keep
 * their place, the others (joined, renamed) are sorted and merged in. O(n) plus a sort of what changed, instead of
 * a sort of the whole selection for one checkbox; `previous` itself when nothing it lists changed.
 */
export function chipOrderAfter(previous: readonly TenantUser[], selection: Selection, users: UserLookup, collator: Intl.Collator): readonly TenantUser[] {
  const kept: TenantUser[] = [];
  let same = true;
  for (const user of previous) {
    const now = selection.ids.has(user.id) ? users.get(user.id) : undefined;
    if (now !== user) same = false;
    if (now !== undefined && now.displayName === user.displayName && now.userPrincipalName === user.userPrincipalName) kept.push(now);
  }
  if (same && kept.length === selection.ids.size) return previous;
  const compare = chipComparator(collator);
  let joined: TenantUser[] = [];
  if (kept.length < selection.ids.size) {
    const placed = new Set(kept.map((user) => user.id));
    joined = usersOf([...selection.ids].filter((id) => !placed.has(id)), users).sort(compare);
  }
  if (joined.length === 0) return kept;
  // Each joined user's place by binary search after the one before it: compares O(joined × log n), not O(n).
  const merged: TenantUser[] = [];
  let from = 0;
  for (const user of joined) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle]!, user) <= 0) low = middle + 1;
      else high = middle;
    }
    for (let i = from; i < low; i++) merged.push(kept[i]!);
    merged.push(user);
    from = low;
  }
  for (let i = from; i < kept.length; i++) merged.push(kept[i]!);
  return merged;
}

export interface SelectedPage {
  readonly users: readonly TenantUser[];
  /** The page shown, clamped to the last page. */
  readonly pageIndex: number;
  /** At least 1, so an empty selection still has one (empty) page. */
  readonly pageCount: number;
  readonly total: number;
}

/** One page of the "Selected users" view, from the selected users in chip order (chipOrder; reused across page moves). */
export function selectedOnlyPage(selection: Selection, ordered: readonly TenantUser[], pageIndex: number, pageSize: number): SelectedPage {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new SelectionPageError('pageSize', pageSize);
  if (!Number.isInteger(pageIndex) || pageIndex < 0) throw new SelectionPageError('pageIndex', pageIndex);
  const shown = ordered.filter((u) => selection.ids.has(u.id));
  const total = shown.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const index = Math.min(pageIndex, pageCount - 1);
  const start = index * pageSize;
  return { users: shown.slice(start, start + pageSize), pageIndex: index, pageCount, total };
}
