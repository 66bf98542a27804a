/**
 * Fetching users page by page through the backend's continuation tokens. The paging keeps ids; the users of the
 * pages kept come back beside it, for the session's users map (users-map.ts).
 */
import {
  KEPT_PAGES, keptPage, readPlan, walkPlan, withEnd, withKeptPage, withMark, withTotal, PagingError, type Paging, type ReadPlan,
} from '../core/paging.js';
import type { TenantUser, UserId } from '../core/types.js';
import type { LicenseBackend, UserPage } from '../backend/backend.js';

/** Told about every page fetched (whether it brought licenses). */
export type PageListener = (page: UserPage) => void;

/**
 * Reads this many times at most for one page or one "Last page" (999,000 users at Graph's 999 a read); a longer
 * list shows the furthest page reached, with "Last page" still on to read on from there.
 */
export const MAX_WALK_READS = 1_000;

interface Chunk {
  readonly offset: number;
  readonly items: readonly TenantUser[];
}

/** What a page move read: the paging (ids) and the users of the pages it kept. */
export interface PagesRead {
  readonly paging: Paging<UserId>;
  readonly users: readonly TenantUser[];
}

/**
 * Shows page `index`, read from the nearest mark before it with the fewest reads (`largest`: the API's largest page
 * size). When the list turns out shorter than its count said, the last page there is shows.
 */
export function readPage(backend: LicenseBackend, paging: Paging<UserId>, index: number, signal: AbortSignal, onPage?: PageListener, maxReads = MAX_WALK_READS): Promise<PagesRead> {
  const plan = readPlan(paging, index, backend.maxPageSize);
  if (plan === null) throw new PagingError(`Page ${String(index + 1)} is past the end of the list`);
  return readFrom(backend, paging, plan, index, signal, onPage, maxReads);
}

/**
 * "Last page" before the end is known: reads forward with the largest page size from the furthest mark that has
 * it, keeping the marks and the rows of the pages around the end only, then shows the last page.
 */
export function walkToEnd(backend: LicenseBackend, paging: Paging<UserId>, signal: AbortSignal, onPage?: PageListener, maxReads = MAX_WALK_READS): Promise<PagesRead> {
  return readFrom(backend, paging, walkPlan(paging, backend.maxPageSize), null, signal, onPage, maxReads);
}

/** Reads from `plan` until page `target` (null: the end) is covered, the end is reached or `maxReads` were sent. */
async function readFrom(backend: LicenseBackend, start: Paging<UserId>, plan: ReadPlan, target: number | null, signal: AbortSignal, onPage: PageListener | undefined, maxReads: number): Promise<PagesRead> {
  const { pageSize } = start;
  let paging = start;
  let offset = plan.offset;
  let continuation = plan.continuation;
  // Only the reads the shown page (and its neighbours) can come from are held, never every row walked past.
  let window: Chunk[] = [];
  const wanted = target === null ? null : (target + 1) * pageSize;
  for (let reads = 0; reads < maxReads && (wanted === null || offset < wanted); reads++) {
    const page = await backend.listUsers({
      pageSize: plan.size,
      ...(paging.search ? { search: paging.search } : {}),
      ...(continuation !== undefined ? { continuation } : {}),
      // The first read asks how many match: "Page 2 of 14" and "Select all N users" need it.
      ...(continuation === undefined ? { count: true } : {}),
      withLicenses: false,
      signal,
    });
    onPage?.(page);
    paging = withTotal(paging, page.total ?? paging.total);
    window.push({ offset, items: page.users });
    const reached = offset + page.users.length;
    // A service that hands back the token it was given would walk forever.
    const next = page.continuation !== undefined && page.continuation !== continuation ? page.continuation : undefined;
    if (next === undefined) {
      paging = withEnd(paging, reached);
    } else {
      paging = withMark(paging, { offset: reached, continuation: next, size: plan.size });
    }
    const keepFrom = target === null ? reached - 2 * pageSize : target * pageSize;
    window = window.filter((chunk, i) => i === window.length - 1 || chunk.offset + chunk.items.length > keepFrom);
    offset = reached;
    continuation = next;
    if (next === undefined) break;
  }
  return keepWindow(paging, window, target, offset);
}

/** Keeps the rows of the pages the reads brought whole, the shown one last (most recent), and shows it. */
function keepWindow(paging: Paging<UserId>, window: readonly Chunk[], target: number | null, reached: number): PagesRead {
  const { pageSize, end } = paging;
  const from = window[0]?.offset ?? reached;
  const items = window.flatMap((chunk) => chunk.items);
  const whole = (index: number) => index * pageSize >= from && Math.min((index + 1) * pageSize, end ?? Infinity) <= reached && (index * pageSize < reached || index === 0);
  // The end known: its last page (when the count promised more, or for "Last page"); else the furthest whole page.
  const last = end !== null ? Math.max(0, Math.ceil(end / pageSize) - 1) : Math.floor(reached / pageSize) - 1;
  const shown = target !== null && (end === null || target <= last) && whole(target) ? target : Math.max(0, last);
  if (!whole(shown)) throw new PagingError(`Page ${String(shown + 1)} could not be read`);
  const neighbours: number[] = [];
  for (let index = Math.floor(from / pageSize); index * pageSize < reached; index++) if (index !== shown && whole(index)) neighbours.push(index);
  neighbours.sort((a, b) => Math.abs(b - shown) - Math.abs(a - shown));
  let kept = paging;
  const users: TenantUser[] = [];
  for (const index of [...neighbours.slice(-(KEPT_PAGES - 1)), shown]) {
    const pageUsers = items.slice(index * pageSize - from, (index + 1) * pageSize - from);
    users.push(...pageUsers);
    kept = withKeptPage(kept, index, pageUsers.map((user) => user.id));
  }
  return { paging: { ...kept, pageIndex: shown }, users };
}

/** The ids of the kept pages from the first on, in page order (what the cache keeps for an unfiltered list). */
export function loadedUsers(paging: Paging<UserId>): readonly UserId[] {
  const ids: UserId[] = [];
  for (let index = 0; ; index++) {
    const items = keptPage(paging, index);
    if (items === undefined) return ids;
    ids.push(...items);
  }
}
