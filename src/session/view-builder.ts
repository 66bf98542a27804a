/**
 * Builds the ViewState from the session's model. Each slice is rebuilt only when its inputs changed, and a
 * rebuilt slice that says the same as before keeps its old identity (keep-identity.ts).
 */
import { pageHeaderState, selectedOnlyPage, chipOrder, type Selection } from '../core/selection.js';
import { productStates } from '../core/product-state.js';
import { choiceFor, plansChanged, shownDisabledPlans, type LicensePlan } from '../core/plan.js';
import { displayedState } from '../core/tri-state.js';
import { hasBlocking, usersWithFindings } from '../core/validation.js';
import { canGoNext, canGoPrevious, pageCount, type Paging } from '../core/paging.js';
import type { Finding, LicensingRules, Product, TenantUser, UserId } from '../core/types.js';
import { cachedAtOf, errorOf, valueOf, viewStatus, type LoadState } from './load-state.js';
import { keep, keepList } from './keep-identity.js';
import { everyChangeHeldBack, NO_PREFLIGHT, preflight, rulesFor, type Preflight } from './preflight.js';
import { planNamesOf, saveReview, undoReview } from './review-view.js';
import type { PendingReview, SessionModel } from './session-model.js';
import type { Chip, Holder, LicenseProblemRow, ProductRow, ProductsView, ReviewView, UsageLocationView, UserRow, UsersView, ViewState } from './view-state.js';
import { holdersBySku, problemsBySku } from './holders.js';

export interface BuildContext {
  readonly collator: Intl.Collator;
  readonly pageSizes: readonly number[];
  readonly hostRules: Partial<LicensingRules> | undefined;
}

const NO_USERS: readonly TenantUser[] = Object.freeze([]);
const NO_PRODUCTS: readonly Product[] = Object.freeze([]);
const NO_HOLDERS: readonly Holder[] = Object.freeze([]);
const NO_PROBLEMS: readonly LicenseProblemRow[] = Object.freeze([]);

/** Remembers the last inputs and result of one computation. */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A): R => {
    if (lastArgs === null || args.length !== lastArgs.length || args.some((arg, i) => !Object.is(arg, lastArgs![i]))) {
      last = compute(...args);
      lastArgs = args;
    }
    return last;
  };
}

export class ViewBuilder {
  private previous: ViewState | null = null;
  private readonly chipOf = new WeakMap<TenantUser, Chip>();
  private readonly rowOf = new WeakMap<TenantUser, { selected?: UserRow; unselected?: UserRow }>();

  constructor(private readonly context: BuildContext) {}

  private readonly orderedUsers = memo((selection: Selection, collator: Intl.Collator) => chipOrder(selection, collator));

  private readonly chips = memo((ordered: readonly TenantUser[]) => ordered.map((user) => this.chip(user)));

  private readonly rules = memo((products: readonly Product[], hostRules: Partial<LicensingRules> | undefined) => rulesFor(products, hostRules));

  /** The same object for the same inputs: what the view shows is what Save acts on. */
  private readonly preflightMemo = memo((users: readonly TenantUser[], plan: LicensePlan, products: readonly Product[], rules: LicensingRules) =>
    products.length === 0 ? NO_PREFLIGHT : preflight(users, plan, products, rules));

  private readonly productNames = memo((products: readonly Product[]) => new Map(products.map((p) => [p.skuId, p.displayName])));

  private readonly holders = memo((ordered: readonly TenantUser[], states: ReturnType<typeof productStates>) => holdersBySku(ordered, states, (user) => this.chip(user)));

  private readonly problems = memo((ordered: readonly TenantUser[]) => problemsBySku(ordered, (user) => this.chip(user)));

  private readonly usageLocation = memo((chips: readonly Chip[], ordered: readonly TenantUser[], canChange: boolean, dialogOpen: boolean, job: SessionModel['locationJob']): UsageLocationView => {
    const without = new Set(ordered.filter((user) => user.usageLocation === null).map((user) => user.id));
    return { canChange, missing: chips.filter((chip) => without.has(chip.userId)), dialogOpen: dialogOpen && canChange, job };
  });

  private readonly productStates = memo((users: readonly TenantUser[], products: readonly Product[]) => productStates(users, products));

  private readonly planNames = memo(planNamesOf);

  private readonly review = memo((review: PendingReview | null, current: Preflight, users: readonly TenantUser[], products: readonly Product[]): ReviewView | null => {
    if (review === null) return null;
    const names = { planNames: this.planNames(products), productNames: this.productNames(products) };
    return review.undo === null ? saveReview(current, users, products, names) : undoReview(review.undo, products, names);
  });

  /** The selected users in chip order. */
  ordered(model: SessionModel): readonly TenantUser[] {
    return this.orderedUsers(model.selection, this.context.collator);
  }

  /** The operations and findings of the model's plan, as the view shows them. */
  preflight(model: SessionModel): Preflight {
    const products = valueOf(model.products) ?? NO_PRODUCTS;
    return this.preflightMemo(this.ordered(model), model.plan, products, this.rules(products, this.context.hostRules));
  }

  build(model: SessionModel): ViewState {
    const previous = this.previous;
    const ordered = this.ordered(model);
    const chips = this.chips(ordered);
    const products = valueOf(model.products) ?? NO_PRODUCTS;
    const current = this.preflight(model);
    const { findings } = current;
    const state: ViewState = {
      customerId: model.customerId,
      step: model.step,
      access: keep(previous?.access, model.access),
      users: this.usersView(model, ordered, previous?.users),
      chips: keepList(previous?.chips, chips, (chip) => chip.userId),
      bulkSelect: model.bulkSelect,
      products: this.productsView(model, ordered, products, findings, previous?.products),
      findings: keepList(previous?.findings, findings, findingKey),
      saveBlocked: hasBlocking(findings),
      heldBack: [...usersWithFindings(findings)],
      saveHeldBack: everyChangeHeldBack(current),
      usageLocation: keep(previous?.usageLocation, this.usageLocation(chips, ordered, model.access.canChangeUsers ?? model.access.canChange, model.locationDialogOpen, model.locationJob)),
      plansOpenFor: model.plansOpenFor,
      job: model.job,
      review: model.step === 'review' ? this.review(model.review, current, ordered, products) : null,
      interruptedJob: model.interruptedJob,
      history: model.history,
      notice: model.notice,
      productNames: this.productNames(products),
    };
    this.previous = keep(previous, state);
    return this.previous;
  }

  private chip(user: TenantUser): Chip {
    let chip = this.chipOf.get(user);
    if (chip === undefined) {
      chip = { userId: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName };
      this.chipOf.set(user, chip);
    }
    return chip;
  }

  private row(user: TenantUser, selected: boolean): UserRow {
    let rows = this.rowOf.get(user);
    if (rows === undefined) this.rowOf.set(user, (rows = {}));
    if (selected) return (rows.selected ??= { user, selected: true });
    return (rows.unselected ??= { user, selected: false });
  }

  private usersView(model: SessionModel, ordered: readonly TenantUser[], previous: UsersView | undefined): UsersView {
    const { paging, page, selection } = model;
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
      pageUsers = valueOf(page) ?? NO_USERS;
      pageIndex = paging.pageIndex;
      count = pageCount(paging as Paging<TenantUser>);
      previousOk = canGoPrevious(paging);
      nextOk = canGoNext(paging);
    }
    const cachedAt = model.onlySelected ? null : cachedAtOf(page);
    const rows = pageUsers.map((user) => this.row(user, selection.users.has(user.id)));
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
      headerState: pageHeaderState(selection, pageUsers),
      canGoPrevious: previousOk,
      canGoNext: nextOk,
      cachedAt,
    };
    return keep(previous, view);
  }

  private productsView(
    model: SessionModel,
    ordered: readonly TenantUser[],
    products: readonly Product[],
    findings: readonly Finding[],
    previous: ProductsView | undefined,
  ): ProductsView {
    const licensesError = errorOf(model.licenses);
    const status = licensesError !== null ? 'error' : model.licenses.status === 'pending' && valueOf(model.licenses) === null ? 'loading' : viewStatus(model.products);
    const states = this.productStates(ordered, products);
    const holders = this.holders(ordered, states);
    const problems = this.problems(ordered);
    const previousRows = new Map((previous?.rows ?? []).map((row) => [row.product.skuId, row]));
    const rows = products.map((product) => {
      const productState = states.get(product.skuId);
      const original = productState?.state ?? 'unchecked';
      const intent = choiceFor(model.plan, product.skuId).intent;
      const row: ProductRow = {
        product,
        state: displayedState(original, intent),
        originalState: original,
        intent,
        holders: holders.get(product.skuId) ?? NO_HOLDERS,
        problems: problems.get(product.skuId) ?? NO_PROBLEMS,
        selectedCount: ordered.length,
        disabledPlans: shownDisabledPlans(model.plan, product, ordered),
        plansChanged: plansChanged(model.plan, product.skuId),
        findings: findings.filter((finding) => finding.skuId === product.skuId || finding.otherSkuIds.includes(product.skuId)),
      };
      return keep(previousRows.get(product.skuId), row);
    });
    const view: ProductsView = {
      status,
      error: licensesError ?? errorOf(model.products),
      rows: keepList(previous?.rows, rows, (row) => row.product.skuId),
      // Cached products or cached holdings: either way the admin sees data that may be old.
      cachedAt: cachedAtOf(model.products) ?? cachedAtOf(model.licenses),
    };
    return keep(previous, view);
  }
}

function usersStatus(page: LoadState<readonly TenantUser[]>): UsersView['status'] {
  if (page.status === 'error') return 'error';
  if (page.status === 'pending') return page.cachedAt !== null ? 'ready' : 'loading';
  return page.status === 'complete' ? 'ready' : 'loading';
}

function findingKey(finding: Finding): string {
  return `${finding.kind}|${finding.skuId}|${finding.otherSkuIds.join(',')}|${finding.userIds.length}|${(finding.groupNames ?? []).join(',')}`;
}

