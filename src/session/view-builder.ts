/**
 * Builds the ViewState from the session's model. Each slice is rebuilt only when its inputs changed, and a
 * rebuilt slice that says the same as before keeps its old identity (keep-identity.ts).
 */
import { pageHeaderState, selectedOnlyPage, chipOrderAfter, usersOf, type Selection, type UserLookup } from '../core/selection.js';
import { canGoNext, canGoPrevious, pageCount } from '../core/paging.js';
import type { Product, TenantUser, UserId } from '../core/types.js';
import { cachedAtOf, errorOf, valueOf, type LoadState } from './load-state.js';
import { keep, keepList } from './keep-identity.js';
import type { LicensesSlices, LicensesView } from './licenses-view.js';
import { memo } from './memo.js';
import type { Preflight } from './preflight.js';
import type { SessionModel } from './session-model.js';
import type { Chip, UsageLocationView, UserRow, UsersView, ViewState } from './view-state.js';

export interface BuildContext {
  readonly collator: Intl.Collator;
  readonly pageSizes: readonly number[];
}

const NO_USERS: readonly TenantUser[] = Object.freeze([]);
const NO_IDS: readonly UserId[] = Object.freeze([]);
const NO_PRODUCTS: readonly Product[] = Object.freeze([]);
const NO_CHIPS: readonly Chip[] = Object.freeze([]);

/** A user as a chip; the same function every time, so the licenses view's memos see the same input. */
function chipOf(user: TenantUser): Chip {
  return { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName };
}

/** The licenses step's slices before its module is in: nothing to show or check yet. */
const LICENSES_NOT_LOADED: LicensesSlices = Object.freeze({
  products: Object.freeze({ status: 'loading' as const, error: null, rows: Object.freeze([]), cachedAt: null }),
  findings: Object.freeze([]),
  saveBlocked: false,
  heldBack: Object.freeze([]),
  saveHeldBack: false,
  review: null,
});

export class ViewBuilder {
  private previous: ViewState | null = null;
  private keptChips: readonly Chip[] = NO_CHIPS;
  private readonly rowOf = new WeakMap<TenantUser, { selected?: UserRow; unselected?: UserRow }>();

  constructor(private readonly context: BuildContext) {}

  /** The chip order last built: the next one starts from it (chipOrderAfter), as the collator is the builder's own. */
  private orderedBefore: readonly TenantUser[] = NO_USERS;

  private readonly orderedUsers = memo((selection: Selection, users: UserLookup) =>
    (this.orderedBefore = chipOrderAfter(this.orderedBefore, selection, users, this.context.collator)));

  /**
   * Chips keep their identity by user id (keepList) rather than through a cache beside the selection: with
   * 100,000 selected, a map from every user to its chip would hold megabytes for what a rebuild finds again.
   */
  private readonly chips = memo((ordered: readonly TenantUser[]) => (this.keptChips = keepList(this.keptChips, ordered.map(chipOf), (chip) => chip.userId)));

  private readonly productNames = memo((products: readonly Product[]) => new Map(products.map((p) => [p.skuId, p.displayName])));

  private readonly usageLocation = memo((chips: readonly Chip[], ordered: readonly TenantUser[], canChange: boolean, dialogOpen: boolean, job: SessionModel['locationJob']): UsageLocationView => {
    const without = new Set(ordered.filter((user) => user.usageLocation === null).map((user) => user.id));
    return { canChange, missing: chips.filter((chip) => without.has(chip.userId)), dialogOpen: dialogOpen && canChange, job };
  });

  /** The licenses step's part, once its module is in (LicenseSession.prepareLicenses). */
  private licenses: LicensesView | null = null;

  useLicensesView(licenses: LicensesView): void {
    this.licenses = licenses;
  }

  /** The selected users in chip order, from the selection's ids and the users map. */
  ordered(model: SessionModel): readonly TenantUser[] {
    return this.orderedUsers(model.selection, model.users);
  }

  /** The operations and findings of the model's plan, on the same inputs as the view's (what Save acts on). */
  preflight(licenses: LicensesView, model: SessionModel): Preflight {
    return licenses.preflight(model, this.ordered(model), valueOf(model.products) ?? NO_PRODUCTS);
  }

  build(model: SessionModel): ViewState {
    const previous = this.previous;
    const ordered = this.ordered(model);
    const chips = this.chips(ordered);
    const products = valueOf(model.products) ?? NO_PRODUCTS;
    const productNames = this.productNames(products);
    const licenses = this.licenses?.slices({
      model, ordered, products, productNames, chipOf, previous: previous?.products, previousFindings: previous?.findings,
    }) ?? LICENSES_NOT_LOADED;
    const state: ViewState = {
      customerId: model.customerId,
      step: model.step,
      access: keep(previous?.access, model.access),
      users: this.usersView(model, ordered, previous?.users),
      chips,
      bulkSelect: model.bulkSelect,
      ...licenses,
      usageLocation: keep(previous?.usageLocation, this.usageLocation(chips, ordered, model.access.canChangeUsers ?? model.access.canChange, model.locationDialogOpen, model.locationJob)),
      plansOpenFor: model.plansOpenFor,
      job: model.job,
      interruptedJob: model.interruptedJob,
      history: model.history,
      report: model.report,
      match: model.match,
      matched: model.matched,
      notice: model.notice,
      productNames,
    };
    this.previous = keep(previous, state);
    return this.previous;
  }

  private row(user: TenantUser, selected: boolean): UserRow {
    let rows = this.rowOf.get(user);
    if (rows === undefined) this.rowOf.set(user, (rows = {}));
    if (selected) return (rows.selected ??= { user, selected: true });
    return (rows.unselected ??= { user, selected: false });
  }

  /** The records of the page's users (a page's ids are always in the map: pruneUsers keeps them). */
  private readonly pageUsers = memo(usersOf);

  private usersView(model: SessionModel, ordered: readonly TenantUser[], previous: UsersView | undefined): UsersView {
    const { paging, page, selection, users } = model;
    let pageUsers: readonly TenantUser[];
    let pageIndex: number;
    let count: number | null;
    let previousOk: boolean;
    let nextOk: boolean;
    if (model.onlySelected) {
      const selectedPage = selectedOnlyPage(selection, ordered, model.selectedPageIndex, paging.pageSize);
      pageUsers = selectedPage.users;
      pageIndex = selectedPage.pageIndex;
      count = selectedPage.pageCount;
      previousOk = pageIndex > 0;
      nextOk = pageIndex < count - 1;
    } else {
      pageUsers = this.pageUsers(valueOf(page) ?? NO_IDS, users);
      pageIndex = paging.pageIndex;
      count = pageCount(paging);
      previousOk = canGoPrevious(paging);
      nextOk = canGoNext(paging);
    }
    const cachedAt = model.onlySelected ? null : cachedAtOf(page);
    const rows = pageUsers.map((user) => this.row(user, selection.ids.has(user.id)));
    const status = model.onlySelected ? 'ready' : usersStatus(page);
    const view: UsersView = {
      status,
      error: model.onlySelected ? null : errorOf(page),
      rows: keepList(previous?.rows, rows, (row) => row.user.id),
      pageIndex,
      pageCount: count,
      pageSize: paging.pageSize,
      pageSizes: this.context.pageSizes,
      search: paging.search,
      onlySelected: model.onlySelected,
      matchingTotal: paging.total,
      headerState: pageHeaderState(selection, pageUsers.map((user) => user.id)),
      canGoPrevious: previousOk,
      canGoNext: nextOk,
      usersReadSoFar: model.onlySelected ? null : model.usersReadSoFar,
      cachedAt,
    };
    return keep(previous, view);
  }
}

function usersStatus(page: LoadState<readonly UserId[]>): UsersView['status'] {
  if (page.status === 'error') return 'error';
  if (page.status === 'pending') return page.cachedAt !== null ? 'ready' : 'loading';
  return page.status === 'complete' ? 'ready' : 'loading';
}
