/**
 * What the session knows, before it is turned into a ViewState: the raw inputs (pages, selection, plan, loads).
 * Immutable; the session replaces it on every change.
 */
import { EMPTY_PLAN, type LicensePlan } from '../core/plan.js';
import { EMPTY_SELECTION, type Selection } from '../core/selection.js';
import { createPaging, type Paging } from '../core/paging.js';
import type { CustomerId, Product, SkuId, TenantUser } from '../core/types.js';
import { INITIAL, type LoadState } from './load-state.js';
import type { AccessView, JobSummary, JobView, Step, ViewError } from './view-state.js';

export interface SessionModel {
  readonly customerId: CustomerId;
  readonly step: Step;
  readonly access: AccessView;
  readonly paging: Paging<TenantUser>;
  /** The users page on screen (cached first page, or the live page being replaced). */
  readonly page: LoadState<readonly TenantUser[]>;
  readonly onlySelected: boolean;
  /** Page index within the "Selected users" view. */
  readonly selectedPageIndex: number;
  readonly selection: Selection;
  readonly products: LoadState<readonly Product[]>;
  /** The selected users' current licenses, loaded when the licenses step opens. */
  readonly licenses: LoadState<true>;
  readonly plan: LicensePlan;
  readonly plansOpenFor: SkuId | null;
  readonly job: JobView | null;
  readonly interruptedJob: JobSummary | null;
  readonly history: readonly JobSummary[];
  readonly notice: ViewError | null;
}

export const FULL_ACCESS: AccessView = Object.freeze({ canChange: true, readOnlyReason: null, agentName: null });

export function initialModel(customerId: CustomerId, pageSize: number, notice: ViewError | null): SessionModel {
  return {
    customerId,
    step: 'users',
    access: FULL_ACCESS,
    paging: createPaging<TenantUser>(pageSize),
    page: INITIAL,
    onlySelected: false,
    selectedPageIndex: 0,
    selection: EMPTY_SELECTION,
    products: INITIAL,
    licenses: INITIAL,
    plan: EMPTY_PLAN,
    plansOpenFor: null,
    job: null,
    interruptedJob: null,
    history: [],
    notice,
  };
}
