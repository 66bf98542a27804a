/**
 * Continuation paging, as Partner Center and Graph page users: a read can only start at the start of the list or
 * with a token an earlier read returned, and that token continues with the page size of the read that returned it
 * (Graph's `@odata.nextLink` carries its `$top`, Partner Center's token its `size`). So the view's pages (say 25
 * users) are not what is kept: kept are the *marks*, where a token lets a read start, and the rows of the last few
 * pages shown. A page is read from the nearest mark before it (one read, two when it straddles the end of a read);
 * "Last page" with a known total reads forward from the furthest mark with the largest page size the API allows.
 * Pure and immutable: every function returns a new Paging, or the same one when nothing changed.
 */

/** Where a read can start: the token a read returned, the offset of the first item it leads to, and its page size. */
export interface PageMark {
  readonly offset: number;
  readonly continuation: string;
  /** Items each read from this token gives (the size of the read that returned it). */
  readonly size: number;
}

/** The rows of one view page. */
export interface KeptPage<T> {
  readonly index: number;
  readonly items: readonly T[];
}

export interface Paging<T> {
  readonly pageSize: number;
  readonly search: string;
  /** Marks by offset, ascending, one per offset; the start of the list (offset 0) needs none. */
  readonly marks: readonly PageMark[];
  /** Rows of view pages, least recently shown first; at most KEPT_PAGES. */
  readonly kept: readonly KeptPage<T>[];
  /** 0-based index of the page shown. */
  readonly pageIndex: number;
  /** Items matching the query, when the service said; null when unknown. */
  readonly total: number | null;
  /** Number of items once a read came back without a token (the end is known); null before. */
  readonly end: number | null;
}

export type PageMove = 'first' | 'previous' | 'next' | 'last';

/**
 * Rows kept for this many view pages. The page on screen plus the 19 shown before it cover paging back and forth
 * without a request; at the largest page size offered (100) that is 2,000 users, whatever the tenant's size.
 * Every other page is read again on demand from its mark.
 */
export const KEPT_PAGES = 20;

/** Thrown for a page size that is not a positive integer, or a page that is not kept. */
export class PagingError extends RangeError {
  override readonly name = 'PagingError';
}

export function createPaging<T>(pageSize: number, search = ''): Paging<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new PagingError(`Page size must be a positive integer, got ${String(pageSize)}`);
  return { pageSize, search, marks: [], kept: [], pageIndex: 0, total: null, end: null };
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

/** True once a read reached the end of the list. */
export function endReached<T>(paging: Paging<T>): boolean {
  return paging.end !== null;
}

/** How many items are known to exist: the end once reached, else the service's count, else null. */
function knownLength<T>(paging: Paging<T>): number | null {
  return paging.end ?? paging.total;
}

/** The number of pages: known once the end was reached, or from the service's count of matches. */
export function pageCount<T>(paging: Paging<T>): number | null {
  const length = knownLength(paging);
  return length === null ? null : Math.max(1, Math.ceil(length / paging.pageSize));
}

/** The rows of the page shown, when kept. */
export function currentPage<T>(paging: Paging<T>): readonly T[] | undefined {
  return keptPage(paging, paging.pageIndex);
}

export function keptPage<T>(paging: Paging<T>, index: number): readonly T[] | undefined {
  return paging.kept.find((page) => page.index === index)?.items;
}

export function isLoaded<T>(paging: Paging<T>, index: number): boolean {
  return keptPage(paging, index) !== undefined;
}

/** Records where a token leads; a mark at the same offset is replaced (the newer token is the fresher one). */
export function withMark<T>(paging: Paging<T>, mark: PageMark): Paging<T> {
  const at = paging.marks.findIndex((m) => m.offset >= mark.offset);
  const marks = [...paging.marks];
  if (at === -1) marks.push(mark);
  else marks.splice(at, marks[at]!.offset === mark.offset ? 1 : 0, mark);
  return { ...paging, marks };
}

/** Records that the list ends after `length` items. */
export function withEnd<T>(paging: Paging<T>, length: number): Paging<T> {
  return paging.end === length ? paging : { ...paging, end: length, marks: paging.marks.filter((m) => m.offset < length) };
}

/**
 * Keeps the rows of a view page as the most recently shown; the least recently shown beyond KEPT_PAGES are
 * dropped (read again from their mark when shown again).
 */
export function withKeptPage<T>(paging: Paging<T>, index: number, items: readonly T[]): Paging<T> {
  const kept = paging.kept.filter((page) => page.index !== index);
  kept.push({ index, items });
  return { ...paging, kept: kept.length > KEPT_PAGES ? kept.slice(kept.length - KEPT_PAGES) : kept };
}

/** Shows a kept page, which becomes the most recently shown. */
export function showPage<T>(paging: Paging<T>, index: number): Paging<T> {
  const items = keptPage(paging, index);
  if (items === undefined) throw new PagingError(`Page ${String(index)} is not kept`);
  const last = paging.kept[paging.kept.length - 1];
  if (index === paging.pageIndex && last?.index === index) return paging;
  return { ...withKeptPage(paging, index, items), pageIndex: index };
}

/** Where reads start to bring a range of items, and how many reads of `size` that takes at most. */
export interface ReadPlan {
  readonly offset: number;
  /** undefined: from the start of the list, where any page size may be asked for. */
  readonly continuation: string | undefined;
  readonly size: number;
  readonly reads: number;
}

/**
 * The cheapest way to read page `index`: from the start (with the view's page size or `largest`) or from a kept
 * mark before it, whichever needs the fewest reads; on a tie the smaller reads (less to carry), then the later start.
 * Null when the page is past the known end.
 */
export function readPlan<T>(paging: Paging<T>, index: number, largest: number): ReadPlan | null {
  const from = index * paging.pageSize;
  const length = knownLength(paging);
  if (index < 0 || !Number.isInteger(index) || (length !== null && from >= length && from > 0)) return null;
  const to = length === null ? from + paging.pageSize : Math.min(from + paging.pageSize, length);
  const starts: { offset: number; continuation: string | undefined; size: number }[] = [
    { offset: 0, continuation: undefined, size: paging.pageSize },
    { offset: 0, continuation: undefined, size: Math.max(largest, paging.pageSize) },
    ...paging.marks.filter((mark) => mark.offset <= from),
  ];
  let best: ReadPlan | null = null;
  for (const start of starts) {
    const reads = Math.max(1, Math.ceil((to - start.offset) / start.size));
    if (best === null || reads < best.reads || (reads === best.reads && (start.size < best.size || (start.size === best.size && start.offset > best.offset)))) {
      best = { ...start, reads };
    }
  }
  return best;
}

/** Where a walk to an end not yet known starts: the furthest mark that reads `largest` at a time, else the start. */
export function walkPlan<T>(paging: Paging<T>, largest: number): ReadPlan {
  for (let i = paging.marks.length - 1; i >= 0; i--) {
    const mark = paging.marks[i]!;
    if (mark.size >= largest) return { offset: mark.offset, continuation: mark.continuation, size: mark.size, reads: 1 };
  }
  return { offset: 0, continuation: undefined, size: largest, reads: 1 };
}

/** Whether an item is known to exist at `offset`: before the end, within the count, or at or before a mark. */
function existsAt<T>(paging: Paging<T>, offset: number): boolean {
  const length = knownLength(paging);
  if (length !== null) return offset < length;
  const furthest = paging.marks[paging.marks.length - 1];
  return furthest !== undefined && offset <= furthest.offset;
}

export function canGoPrevious<T>(paging: Paging<T>): boolean {
  return paging.pageIndex > 0;
}

export function canGoNext<T>(paging: Paging<T>): boolean {
  return existsAt(paging, (paging.pageIndex + 1) * paging.pageSize);
}

/**
 * Where a move leads: the target index when it is known ('first', 'previous', 'next', and 'last' once the number
 * of pages is known), 'walk' when 'last' must read forward to find the end, or null when the move is not possible.
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
      const count = pageCount(paging);
      if (count === null) return canGoNext(paging) ? 'walk' : null;
      return paging.pageIndex >= count - 1 ? null : count - 1;
    }
  }
}
