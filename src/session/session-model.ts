/**
 * What the session knows, before it is turned into a ViewState: the raw inputs (users, pages, selection, plan,
 * loads). Each user's record is kept once, in `users`; everything else holds ids.
 * Immutable; the session replaces it on every change.
 */
import { EMPTY_PLAN, type LicensePlan } from '../core/plan.js';
import { EMPTY_SELECTION, type Selection } from '../core/selection.js';
import { createPaging, type Paging } from '../core/paging.js';
import type { CustomerId, HeldLicense, Product, SkuId, TenantUser, UserId, UserOperation } from '../core/types.js';
import { INITIAL, type LoadState } from './load-state.js';
import type { AccessView, LocationJob, Step, ViewError, ViewState } from './view-state.js';

/** What the view state shows as the model holds it: declared once, in view-state.ts. */
type ShownAsIs =
  | 'customerId' | 'step' | 'access' | 'bulkSelect' | 'plansOpenFor' | 'job'
  | 'interruptedJob' | 'history' | 'report' | 'match' | 'matched' | 'notice';

export interface SessionModel extends Pick<ViewState, ShownAsIs> {
  /**
   * Each user's one record (name, principal name, usage location, held licenses): the users something below refers
   * to by id (selected, on a kept page, on the page on screen). Written only through users-map.ts.
   */
  readonly users: ReadonlyMap<UserId, TenantUser>;
  readonly paging: Paging<UserId>;
  /** The ids of the users page on screen (cached first page, or the live page being replaced). */
  readonly page: LoadState<readonly UserId[]>;
  readonly onlySelected: boolean;
  /** Users read so far by the page move on its way ("Last page" reads many); null when no read is on its way. */
  readonly usersReadSoFar: number | null;
  /** Page index within the "Selected users" view. */
  readonly selectedPageIndex: number;
  readonly selection: Selection;
  /** When each user's licenses were last read (epoch ms); users not in it have unknown licenses. */
  readonly licensesReadAt: ReadonlyMap<UserId, number>;
  /** Whether the users list brings licenses (Graph) or leaves them to a read per user (Partner Center); null before the first page. */
  readonly listsLicenses: boolean | null;
  readonly products: LoadState<readonly Product[]>;
  /** The selected users' current licenses, loaded when the licenses step opens. */
  readonly licenses: LoadState<true>;
  readonly plan: LicensePlan;
  /** Set while the review step shows. */
  readonly review: PendingReview | null;
  /** The last "Set usage location" run. */
  readonly locationJob: LocationJob | null;
  /** "Set usage location" is open. */
  readonly locationDialogOpen: boolean;
}

export const FULL_ACCESS: AccessView = Object.freeze({ canChange: true, readOnlyReason: null, agentName: null });

export function initialModel(customerId: CustomerId, pageSize: number, notice: ViewError | null): SessionModel {
  return {
    customerId,
    step: 'users',
    access: FULL_ACCESS,
    users: new Map(),
    paging: createPaging<UserId>(pageSize),
    page: INITIAL,
    onlySelected: false,
    usersReadSoFar: null,
    selectedPageIndex: 0,
    selection: EMPTY_SELECTION,
    licensesReadAt: new Map(),
    listsLicenses: null,
    bulkSelect: null,
    products: INITIAL,
    licenses: INITIAL,
    plan: EMPTY_PLAN,
    plansOpenFor: null,
    job: null,
    review: null,
    locationJob: null,
    locationDialogOpen: false,
    interruptedJob: null,
    history: [],
    report: null,
    match: null,
    matched: null,
    notice,
  };
}

/** What the review step is about: Save's changes (read from the plan as the view shows it), or an undo. */
export interface PendingReview {
  /** Where "Back" returns. */
  readonly returnTo: Exclude<Step, 'review'>;
  readonly undo: PendingUndo | null;
}

/** The reverse of a finished job, built from its record and the licenses read again just now. */
export interface PendingUndo {
  readonly undoOf: string;
  readonly undoOfStartedAt: number | null;
  readonly operations: readonly UserOperation[];
  /** Users whose licenses changed since the job: shown, not sent. */
  readonly skipped: readonly UserId[];
  /** What each user holds now (the undo job's before-state). */
  readonly held: ReadonlyMap<UserId, readonly HeldLicense[]>;
  readonly people: ReadonlyMap<UserId, { readonly displayName: string; readonly userPrincipalName: string }>;
  readonly productNames: ReadonlyMap<SkuId, string>;
}
