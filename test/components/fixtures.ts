/**
 * Hand-built ViewStates for component tests: a small tenant with real catalog products, a hostile display name,
 * and builders that derive the product rows from who holds what, so the numbers always agree.
 */
import { catalogProduct as fromCatalog } from '../../server/catalog/sku-catalog.js';
import { stateFromCount } from '../../src/core/product-state.js';
import { displayedState } from '../../src/core/tri-state.js';
import { hasBlocking, usersWithFindings } from '../../src/core/validation.js';
import type { Finding, Product, ProductIntent, SkuId, TenantUser } from '../../src/core/types.js';
import type { UiConfig } from '../../src/components/context.js';
import type { LocaleInfo } from '../../src/i18n/localization.js';
import type { Chip, JobSummary, JobView, OutcomeRow, ProductRow, UsersView, ViewState } from '../../src/session/view-state.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export function catalogProduct(partNumber: string, units: { total: number; consumed: number }): Product {
  const entry = fromCatalog(partNumber);
  return {
    skuId: entry.skuId,
    skuPartNumber: entry.skuPartNumber,
    displayName: entry.displayName,
    totalUnits: units.total,
    consumedUnits: units.consumed,
    availableUnits: Math.max(0, units.total - units.consumed),
    servicePlans: entry.servicePlans,
    capabilityStatus: 'Enabled',
    licenseGroup: 'group1',
  };
}

export const E3 = catalogProduct('SPE_E3', { total: 25, consumed: 20 });
export const E5 = catalogProduct('SPE_E5', { total: 10, consumed: 10 });
export const COPILOT = catalogProduct('Microsoft_365_Copilot', { total: 300, consumed: 2 });
export const PRODUCTS: readonly Product[] = [E3, E5, COPILOT];

function user(id: string, displayName: string, upn: string, usageLocation: string | null, skus: readonly SkuId[]): TenantUser {
  return { id, displayName, userPrincipalName: upn, usageLocation, licenses: skus.map((skuId) => ({ skuId, disabledPlans: [] })) };
}

export const ADA = user('u-ada', 'Ada Lovelace', 'ada@contoso.example', 'GB', [E3.skuId]);
export const GRACE = user('u-grace', 'Grace Hopper', 'grace@contoso.example', 'US', [E3.skuId, E5.skuId]);
export const HOSTILE = user('u-hostile', HOSTILE_NAME, 'mallory@contoso.example', null, []);
export const LINUS = user('u-linus', 'Linus Torvalds', 'linus@contoso.example', 'FI', []);
export const USERS: readonly TenantUser[] = [ADA, GRACE, HOSTILE, LINUS];

export function chipOf(tenantUser: TenantUser): Chip {
  return { userId: tenantUser.id, displayName: tenantUser.displayName, userPrincipalName: tenantUser.userPrincipalName };
}

export const locale: LocaleInfo = { language: 'en', collator: new Intl.Collator('en'), numbers: new Intl.NumberFormat('en') };
export const config: UiConfig = { buyMoreUrl: null, pageSizes: [25, 50, 100] };

export function usersView(overrides: Partial<UsersView> = {}, selected: ReadonlySet<string> = new Set([ADA.id, GRACE.id, HOSTILE.id])): UsersView {
  const rows = USERS.map((tenantUser) => ({ user: tenantUser, selected: selected.has(tenantUser.id) }));
  const count = rows.filter((row) => row.selected).length;
  return {
    status: 'ready',
    error: null,
    rows,
    pageIndex: 1,
    pageCount: 5,
    pageSize: 25,
    pageSizes: [25, 50, 100],
    search: '',
    onlySelected: false,
    matchingTotal: null,
    headerState: stateFromCount(count, rows.length),
    canGoPrevious: true,
    canGoNext: true,
    usersReadSoFar: null,
    cachedAt: null,
    ...overrides,
  };
}

/** A product row over `selection`, with the admin's `intent` applied the way the session does. */
export function productRow(product: Product, selection: readonly TenantUser[], intent: ProductIntent = 'leave', extra: Partial<ProductRow> = {}): ProductRow {
  const holders = selection.filter((tenantUser) => tenantUser.licenses.some((license) => license.skuId === product.skuId));
  const originalState = stateFromCount(holders.length, selection.length);
  return {
    product,
    originalState,
    intent,
    state: displayedState(originalState, intent),
    holders: holders.map((holder) => ({ ...chipOf(holder), throughGroups: [], direct: true })),
    problems: [],
    selectedCount: selection.length,
    disabledPlans: [],
    plansChanged: false,
    findings: [],
    ...extra,
  };
}

export const SELECTION: readonly TenantUser[] = [ADA, GRACE, HOSTILE];

export function viewState(overrides: Partial<ViewState> = {}): ViewState {
  return {
    customerId: 'c-contoso',
    step: 'licenses',
    access: { canChange: true, readOnlyReason: null, agentName: 'Pat Partner' },
    users: usersView(),
    chips: SELECTION.map(chipOf),
    bulkSelect: null,
    products: { status: 'ready', error: null, rows: PRODUCTS.map((product) => productRow(product, SELECTION)), cachedAt: null },
    findings: [],
    usageLocation: { canChange: true, missing: SELECTION.filter((tenantUser) => tenantUser.usageLocation === null).map(chipOf), dialogOpen: false, job: null },
    saveBlocked: false,
    heldBack: [],
    saveHeldBack: false,
    plansOpenFor: null,
    job: null,
    review: null,
    interruptedJob: null,
    history: [],
    report: null,
    match: null,
    matched: null,
    notice: null,
    productNames: new Map(PRODUCTS.map((product) => [product.skuId, product.displayName])),
    ...overrides,
  };
}

/** The session's answer to lm-product-change: the same rows with one product's intent changed. */
export function withIntent(state: ViewState, skuId: SkuId, intent: ProductIntent): ViewState {
  const rows = state.products.rows.map((row) =>
    row.product.skuId === skuId ? { ...row, intent, state: displayedState(row.originalState, intent) } : row,
  );
  return { ...state, products: { ...state.products, rows } };
}

export function withFindings(state: ViewState, findings: readonly Finding[]): ViewState {
  // As the session does: a finding shows on its product's row and on the rows of the other products it involves.
  const involves = (finding: Finding, skuId: string) => finding.skuId === skuId || finding.otherSkuIds.includes(skuId);
  const rows = state.products.rows.map((row) => ({ ...row, findings: findings.filter((finding) => involves(finding, row.product.skuId)) }));
  return {
    ...state,
    findings,
    saveBlocked: hasBlocking(findings),
    heldBack: [...usersWithFindings(findings)],
    saveHeldBack: false,
    products: { ...state.products, rows },
  };
}

export function outcome(tenantUser: TenantUser, kind: OutcomeRow['outcome'], extra: Partial<OutcomeRow> = {}): OutcomeRow {
  return {
    userId: tenantUser.id,
    displayName: tenantUser.displayName,
    userPrincipalName: tenantUser.userPrincipalName,
    outcome: kind,
    assigned: kind === 'succeeded' ? [COPILOT.skuId] : [],
    removed: [],
    reason: null,
    ...extra,
  };
}

export function jobView(overrides: Partial<JobView> = {}): JobView {
  return {
    jobId: 'job-1',
    status: 'finished',
    progress: { total: 4, done: 4, succeeded: 2, failed: 1, cancelled: 0, ratePerSecond: 3.5, secondsLeft: 0, retries: 1 },
    rows: [
      outcome(ADA, 'succeeded'),
      outcome(GRACE, 'failed', {
        assigned: [COPILOT.skuId],
        reason: { kind: 'not-enough-licenses', message: 'CountViolation: no available licenses for Copilot', serviceCode: 60012, httpStatus: 400 },
      }),
      outcome(HOSTILE, 'succeeded', { assigned: [COPILOT.skuId], removed: [E5.skuId] }),
      outcome(LINUS, 'unchanged'),
    ],
    unchanged: 1,
    ...overrides,
  };
}

export function jobSummary(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    jobId: 'job-7',
    startedBy: 'Pat Partner',
    startedAt: Date.UTC(2026, 10, 3, 9, 30),
    finishedAt: Date.UTC(2026, 10, 3, 9, 32),
    status: 'finished',
    total: 120,
    succeeded: 118,
    failed: 2,
    products: [COPILOT.displayName, E3.displayName],
    undoOf: null,
    canUndo: true,
    ...overrides,
  };
}
