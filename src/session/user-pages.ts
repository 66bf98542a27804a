/**
 * Fetching users page by page through the backend's continuation tokens, and keeping loaded users current
 * after their licenses were re-read.
 */
import { endReached, requestFor, withPage, withTotal, PagingError, type Paging } from '../core/paging.js';
import type { HeldLicense, TenantUser, UserId } from '../core/types.js';
import type { LicenseBackend, UserPage } from '../backend/backend.js';

/** Told about every page fetched (whether it brought licenses). */
export type PageListener = (page: UserPage) => void;

/**
 * Fetches page `index` (the page before it must be loaded) and stores it. Licenses that cost a request per user
 * are not read for the list (the table does not show them); they are read for the users selected.
 */
export async function fetchPage(backend: LicenseBackend, paging: Paging<TenantUser>, index: number, signal: AbortSignal, onPage?: PageListener): Promise<Paging<TenantUser>> {
  const request = requestFor(paging, index);
  if (request === null) throw new PagingError(`Page ${String(index + 1)} cannot be fetched before the page in front of it`);
  const page = await backend.listUsers({
    pageSize: paging.pageSize,
    ...(paging.search ? { search: paging.search } : {}),
    ...(request.continuation !== undefined ? { continuation: request.continuation } : {}),
    // The first page asks how many match: "Page 2 of 14" and "Select all N users" need it.
    ...(index === 0 ? { count: true } : {}),
    withLicenses: false,
    signal,
  });
  onPage?.(page);
  // A service that hands back the token it was given would walk forever.
  const continuation = page.continuation !== undefined && page.continuation !== request.continuation ? page.continuation : undefined;
  return withTotal(withPage(paging, index, { items: page.users, continuation }), page.total ?? paging.total);
}

/** Pages one "Last page" walks at most (250,000 users at 25 a page); the next click walks on from there. */
export const MAX_WALK_PAGES = 10_000;

/**
 * Walks forward through continuations until the last page ("Last page"), then shows it. A list longer than
 * `maxPages` pages shows the page the walk reached, with "Last page" still on to walk on.
 */
export async function walkToEnd(backend: LicenseBackend, paging: Paging<TenantUser>, signal: AbortSignal, onPage?: PageListener, maxPages = MAX_WALK_PAGES): Promise<Paging<TenantUser>> {
  let current = paging;
  for (let fetched = 0; fetched < maxPages && (current.pages.length === 0 || !endReached(current)); fetched++) {
    current = await fetchPage(backend, current, current.pages.length, signal, onPage);
  }
  return { ...current, pageIndex: current.pages.length - 1 };
}

/** Every user of the loaded pages, in page order (what the cache keeps for an unfiltered list). */
export function loadedUsers(paging: Paging<TenantUser>): readonly TenantUser[] {
  return paging.pages.flatMap((page) => page.items);
}

export function withLicenses(user: TenantUser, licenses: readonly HeldLicense[]): TenantUser {
  return { ...user, licenses };
}

/** Puts re-read licenses into the loaded pages; pages without those users keep their identity. */
export function refreshPages(paging: Paging<TenantUser>, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>): Paging<TenantUser> {
  let changed = false;
  const pages = paging.pages.map((page) => {
    if (!page.items.some((user) => licenses.has(user.id))) return page;
    changed = true;
    return { ...page, items: page.items.map((user) => { const held = licenses.get(user.id); return held ? withLicenses(user, held) : user; }) };
  });
  return changed ? { ...paging, pages } : paging;
}

/** Sets a usage location on these users in the loaded pages; pages without them keep their identity. */
export function withUsageLocation(paging: Paging<TenantUser>, userIds: ReadonlySet<UserId>, usageLocation: string): Paging<TenantUser> {
  let changed = false;
  const pages = paging.pages.map((page) => {
    if (!page.items.some((user) => userIds.has(user.id))) return page;
    changed = true;
    return { ...page, items: page.items.map((user) => (userIds.has(user.id) ? { ...user, usageLocation } : user)) };
  });
  return changed ? { ...paging, pages } : paging;
}

/** Users with their licenses replaced where re-read ones are given. */
export function refreshUsers(users: readonly TenantUser[], licenses: ReadonlyMap<UserId, readonly HeldLicense[]>): TenantUser[] {
  return users.map((user) => { const held = licenses.get(user.id); return held ? withLicenses(user, held) : user; });
}
