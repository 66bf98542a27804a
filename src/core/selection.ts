/**
 * The admin's selection of users: immutable, keyed by user id so it survives paging and searching,
 * and holding the users themselves so chips can show users from pages no longer on screen.
 * Every function returns the same Selection object when nothing changed, so views can skip work.
 */
import type { CheckState, TenantUser, UserId } from './types.js';

export interface Selection {
  /** Selected users in the order they were selected. */
  readonly users: ReadonlyMap<UserId, TenantUser>;
}

export const EMPTY_SELECTION: Selection = Object.freeze({ users: new Map<UserId, TenantUser>() });

/** Thrown for a page request that cannot be answered (page size not a positive integer, negative page). */
export class SelectionPageError extends RangeError {
  override readonly name = 'SelectionPageError';
  constructor(readonly field: 'pageSize' | 'pageIndex', readonly value: number) {
    super(`${field} must be ${field === 'pageSize' ? 'a positive integer' : 'a non-negative integer'}, got ${String(value)}`);
  }
}

export function selectionOf(users: Iterable<TenantUser>): Selection {
  return selectUsers(EMPTY_SELECTION, users);
}

export function isSelected(selection: Selection, userId: UserId): boolean {
  return selection.users.has(userId);
}

export function selectedCount(selection: Selection): number {
  return selection.users.size;
}

export function selectedUsers(selection: Selection): readonly TenantUser[] {
  return [...selection.users.values()];
}

export function selectedIds(selection: Selection): readonly UserId[] {
  return [...selection.users.keys()];
}

export function select(selection: Selection, user: TenantUser): Selection {
  return selectUsers(selection, [user]);
}

/** Adds users; a user already selected is kept in place but with the newer data. */
export function selectUsers(selection: Selection, users: Iterable<TenantUser>): Selection {
  let next: Map<UserId, TenantUser> | null = null;
  for (const user of users) {
    const current = (next ?? selection.users).get(user.id);
    if (current === user) continue;
    next ??= new Map(selection.users);
    next.set(user.id, user);
  }
  return next ? { users: next } : selection;
}

export function deselect(selection: Selection, userId: UserId): Selection {
  return deselectUsers(selection, [userId]);
}

export function deselectUsers(selection: Selection, userIds: Iterable<UserId>): Selection {
  let next: Map<UserId, TenantUser> | null = null;
  for (const id of userIds) {
    if (!(next ?? selection.users).has(id)) continue;
    next ??= new Map(selection.users);
    next.delete(id);
  }
  return next ? { users: next } : selection;
}

export function toggle(selection: Selection, user: TenantUser): Selection {
  return selection.users.has(user.id) ? deselect(selection, user.id) : select(selection, user);
}

/** Sets one user's selection explicitly (a checkbox event says what it wants, not "flip"). */
export function setSelected(selection: Selection, user: TenantUser, selected: boolean): Selection {
  return selected ? select(selection, user) : deselect(selection, user.id);
}

export function selectPage(selection: Selection, pageUsers: readonly TenantUser[]): Selection {
  return selectUsers(selection, pageUsers);
}

export function clearPage(selection: Selection, pageUsers: readonly TenantUser[]): Selection {
  return deselectUsers(selection, pageUsers.map((u) => u.id));
}

export function clearSelection(selection: Selection): Selection {
  return selection.users.size === 0 ? selection : EMPTY_SELECTION;
}

/** The page header checkbox: all of the page selected, none, or some. An empty page is unchecked. */
export function pageHeaderState(selection: Selection, pageUsers: readonly TenantUser[]): CheckState {
  let count = 0;
  for (const user of pageUsers) if (selection.users.has(user.id)) count++;
  if (count === 0) return 'unchecked';
  return count === pageUsers.length ? 'checked' : 'mixed';
}

/**
 * Puts fresh copies of selected users (after a reload) into the selection, so held licenses are current.
 * Users not in `freshUsers` are kept as they were: they may simply be on another page.
 */
export function replaceUsers(selection: Selection, freshUsers: readonly TenantUser[]): Selection {
  let next: Map<UserId, TenantUser> | null = null;
  for (const user of freshUsers) {
    const current = selection.users.get(user.id);
    if (current === undefined || current === user) continue;
    next ??= new Map(selection.users);
    next.set(user.id, user);
  }
  return next ? { users: next } : selection;
}

/** Compares users the way chips are listed: display name, then principal name, then id (stable). */
export function chipComparator(collator: Intl.Collator): (a: TenantUser, b: TenantUser) => number {
  return (a, b) =>
    collator.compare(a.displayName, b.displayName) ||
    collator.compare(a.userPrincipalName, b.userPrincipalName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Selected users in chip order for the admin's language (`new Intl.Collator('sv')` puts Å, Ä, Ö after Z). */
export function chipOrder(selection: Selection, collator: Intl.Collator): readonly TenantUser[] {
  return [...selection.users.values()].sort(chipComparator(collator));
}

export interface SelectedPage {
  readonly users: readonly TenantUser[];
  /** The page shown, clamped to the last page. */
  readonly pageIndex: number;
  /** At least 1, so an empty selection still has one (empty) page. */
  readonly pageCount: number;
  readonly total: number;
}

/**
 * One page of the "Selected users" view. `order` is either the users already in chip order (reuse it across
 * page moves) or a collator to sort by.
 */
export function selectedOnlyPage(
  selection: Selection,
  order: Intl.Collator | readonly TenantUser[],
  pageIndex: number,
  pageSize: number,
): SelectedPage {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new SelectionPageError('pageSize', pageSize);
  if (!Number.isInteger(pageIndex) || pageIndex < 0) throw new SelectionPageError('pageIndex', pageIndex);
  const ordered = order instanceof Intl.Collator ? chipOrder(selection, order) : order.filter((u) => selection.users.has(u.id));
  const total = ordered.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const index = Math.min(pageIndex, pageCount - 1);
  const start = index * pageSize;
  return { users: ordered.slice(start, start + pageSize), pageIndex: index, pageCount, total };
}
