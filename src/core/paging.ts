/**
 * Continuation paging, as Partner Center and Graph page users: a page can only be fetched with the token the
 * page before it returned, so pages are cached by index together with the token that leads past them.
 * "Last" has no shortcut: it walks forward through continuations. The page count is known once the end is reached,
 * or earlier when the service counts the matches (Graph `$count`).
 * Pure and immutable: every function returns a new Paging, or the same one when nothing changed.
 */

export interface LoadedPage<T> {
  readonly items: readonly T[];
  /** The token for the page after this one; undefined on the last page. */
  readonly continuation: string | undefined;
}

export interface Paging<T> {
  readonly pageSize: number;
  readonly search: string;
  /** Pages fetched so far, in order from the first; page i+1 was fetched with pages[i].continuation. */
  readonly pages: readonly LoadedPage<T>[];
  /** 0-based index of the page shown. */
  readonly pageIndex: number;
  /** Items matching the query, when the service said; null when unknown. */
  readonly total: number | null;
}

export type PageMove = 'first' | 'previous' | 'next' | 'last';

/** Thrown for a page size that is not a positive integer, or a page stored out of order. */
export class PagingError extends RangeError {
  override readonly name = 'PagingError';
}

export function createPaging<T>(pageSize: number, search = ''): Paging<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new PagingError(`Page size must be a positive integer, got ${String(pageSize)}`);
  return { pageSize, search, pages: [], pageIndex: 0, total: null };
}

/** Records the service's count of matching items (null: unknown). */
export function withTotal<T>(paging: Paging<T>, total: number | null): Paging<T> {
  if (total === paging.total || (total !== null && (!Number.isInteger(total) || total < 0))) return paging;
  return { ...paging, total };
}

/** A new search or page size starts over from the first page (old tokens belong to the old query). */
export function resetPaging<T>(paging: Paging<T>, change: { readonly search?: string; readonly pageSize?: number }): Paging<T> {
  const search = change.search ?? paging.search;
  const pageSize = change.pageSize ?? paging.pageSize;
  if (search === paging.search && pageSize === paging.pageSize) return paging;
  return createPaging<T>(pageSize, search);
}

/** True once the last page has been fetched. */
export function endReached<T>(paging: Paging<T>): boolean {
  const last = paging.pages[paging.pages.length - 1];
  return last !== undefined && last.continuation === undefined;
}

/** The number of pages: known once the end was reached, or from the service's count of matches. */
export function pageCount<T>(paging: Paging<T>): number | null {
  if (endReached(paging)) return paging.pages.length;
  return paging.total === null ? null : Math.max(1, Math.ceil(paging.total / paging.pageSize));
}

export function currentPage<T>(paging: Paging<T>): LoadedPage<T> | undefined {
  return paging.pages[paging.pageIndex];
}

export function isLoaded<T>(paging: Paging<T>, index: number): boolean {
  return paging.pages[index] !== undefined;
}

/**
 * What fetching page `index` needs: `{ continuation: undefined }` for the first page, the previous page's token
 * otherwise; null when it cannot be fetched yet (the page before it is not loaded) or does not exist (past the end).
 */
export function requestFor<T>(paging: Paging<T>, index: number): { readonly continuation: string | undefined } | null {
  if (index === 0) return { continuation: undefined };
  const before = paging.pages[index - 1];
  if (before === undefined || before.continuation === undefined) return null;
  return { continuation: before.continuation };
}

/** Stores a fetched page. Pages are stored in order; storing page i drops pages after it (their tokens are stale). */
export function withPage<T>(paging: Paging<T>, index: number, page: LoadedPage<T>): Paging<T> {
  if (!Number.isInteger(index) || index < 0 || index > paging.pages.length) {
    throw new PagingError(`Page ${String(index)} cannot be stored: ${paging.pages.length} page(s) loaded`);
  }
  const pages = paging.pages.slice(0, index);
  pages.push(page);
  return { ...paging, pages };
}

/** Shows a loaded page. */
export function showPage<T>(paging: Paging<T>, index: number): Paging<T> {
  if (index === paging.pageIndex) return paging;
  if (!isLoaded(paging, index)) throw new PagingError(`Page ${String(index)} is not loaded`);
  return { ...paging, pageIndex: index };
}

export function canGoPrevious<T>(paging: Paging<T>): boolean {
  return paging.pageIndex > 0;
}

export function canGoNext<T>(paging: Paging<T>): boolean {
  const page = currentPage(paging);
  return page !== undefined && page.continuation !== undefined;
}

/**
 * Where a move leads: the target index when it is known ('first', 'previous', 'next', and 'last' once the end
 * was reached), 'walk' when 'last' must fetch forward first, or null when the move is not possible.
 */
export function moveTarget<T>(paging: Paging<T>, move: PageMove): number | 'walk' | null {
  switch (move) {
    case 'first':
      return paging.pageIndex === 0 ? null : 0;
    case 'previous':
      return canGoPrevious(paging) ? paging.pageIndex - 1 : null;
    case 'next':
      return canGoNext(paging) ? paging.pageIndex + 1 : null;
    case 'last': {
      if (!endReached(paging)) return canGoNext(paging) ? 'walk' : null;
      const count = paging.pages.length;
      return paging.pageIndex === count - 1 ? null : count - 1;
    }
  }
}
