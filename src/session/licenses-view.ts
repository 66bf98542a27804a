/**
 * The licenses step's slices of the ViewState: the products table, the pre-flight findings and what they hold
 * back, and the review. In the widget this module is a chunk the session loads with the products step
 * (LicenseSession.prepareLicenses), so the rules, the checks and the plan diff are not part of the download the
 * users list waits for.
 */
import { productStates } from '../core/product-state.js';
import { choiceFor, plansChanged, shownDisabledPlans, type LicensePlan } from '../core/plan.js';
import { displayedState } from '../core/tri-state.js';
import { hasBlocking, usersWithFindings } from '../core/validation.js';
import type { Finding, LicensingRules, Product, TenantUser } from '../core/types.js';
import { holdersBySku, problemsBySku } from './holders.js';
import { cachedAtOf, errorOf, valueOf, viewStatus } from './load-state.js';
import { keep, keepList } from './keep-identity.js';
import { memo } from './memo.js';
import { everyChangeHeldBack, NO_PREFLIGHT, preflight, rulesFor, type Preflight } from './preflight.js';
import { planNamesOf, saveReview, undoReview } from './review-view.js';
import type { PendingReview, SessionModel } from './session-model.js';
import type { Chip, Holder, LicenseProblemRow, ProductRow, ProductsView, ReviewView, ViewState } from './view-state.js';

const NO_HOLDERS: readonly Holder[] = Object.freeze([]);
const NO_PROBLEMS: readonly LicenseProblemRow[] = Object.freeze([]);

/** The ViewState fields this module builds. */
export type LicensesSlices = Pick<ViewState, 'products' | 'findings' | 'saveBlocked' | 'heldBack' | 'saveHeldBack' | 'review'>;

/** What the licenses view needs from the ViewBuilder that owns it. */
export interface LicensesInputs {
  readonly model: SessionModel;
  /** The selected users in chip order. */
  readonly ordered: readonly TenantUser[];
  readonly products: readonly Product[];
  readonly productNames: ReadonlyMap<string, string>;
  readonly chipOf: (user: TenantUser) => Chip;
  readonly previous: ProductsView | undefined;
  readonly previousFindings: readonly Finding[] | undefined;
}

export class LicensesView {
  constructor(private readonly hostRules: Partial<LicensingRules> | undefined) {}

  private readonly rules = memo((products: readonly Product[]) => rulesFor(products, this.hostRules));

  /** The same object for the same inputs: what the view shows is what Save acts on. */
  private readonly preflightMemo = memo((users: readonly TenantUser[], plan: LicensePlan, products: readonly Product[], rules: LicensingRules) =>
    products.length === 0 ? NO_PREFLIGHT : preflight(users, plan, products, rules));

  private readonly productStates = memo((users: readonly TenantUser[], products: readonly Product[]) => productStates(users, products));

  private readonly planNames = memo(planNamesOf);

  private readonly review = memo((review: PendingReview | null, current: Preflight, users: readonly TenantUser[], products: readonly Product[], productNames: ReadonlyMap<string, string>): ReviewView | null => {
    if (review === null) return null;
    const names = { planNames: this.planNames(products), productNames };
    return review.undo === null ? saveReview(current, users, products, names) : undoReview(review.undo, products, names);
  });

  /** The operations and findings of the model's plan over these users, as the view shows them. */
  preflight(model: SessionModel, ordered: readonly TenantUser[], products: readonly Product[]): Preflight {
    return this.preflightMemo(ordered, model.plan, products, this.rules(products));
  }

  slices(inputs: LicensesInputs): LicensesSlices {
    const { model, ordered, products } = inputs;
    const current = this.preflight(model, ordered, products);
    const { findings } = current;
    return {
      products: this.productsView(inputs, findings),
      findings: keepList(inputs.previousFindings, findings, findingKey),
      saveBlocked: hasBlocking(findings),
      heldBack: [...usersWithFindings(findings)],
      saveHeldBack: everyChangeHeldBack(current),
      review: model.step === 'review' ? this.review(model.review, current, ordered, products, inputs.productNames) : null,
    };
  }

  private readonly holders = memo((ordered: readonly TenantUser[], states: ReturnType<typeof productStates>, chipOf: (user: TenantUser) => Chip) =>
    holdersBySku(ordered, states, chipOf));

  private readonly problems = memo((ordered: readonly TenantUser[], chipOf: (user: TenantUser) => Chip) => problemsBySku(ordered, chipOf));

  private productsView({ model, ordered, products, chipOf, previous }: LicensesInputs, findings: readonly Finding[]): ProductsView {
    const licensesError = errorOf(model.licenses);
    const status = licensesError !== null ? 'error' : model.licenses.status === 'pending' && valueOf(model.licenses) === null ? 'loading' : viewStatus(model.products);
    const states = this.productStates(ordered, products);
    const holders = this.holders(ordered, states, chipOf);
    const problems = this.problems(ordered, chipOf);
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

function findingKey(finding: Finding): string {
  return `${finding.kind}|${finding.skuId}|${finding.otherSkuIds.join(',')}|${finding.userIds.length}|${(finding.groupNames ?? []).join(',')}`;
}
