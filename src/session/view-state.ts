/**
 * The immutable snapshot the components render. The session builds a new ViewState on every change;
 * unchanged slices keep their identity so Lit can skip them. Components never mutate it.
 */
import type {
  CheckState, CustomerId, FailureReason, Finding, LicenseAssignment, LicenseProblem, Product, ProductIntent, ServicePlanId, SkuId, TenantUser, UserId,
} from '../core/types.js';
import type { JobProgress } from '../core/executor/job.js';
import type { UserResult } from '../core/executor/results-csv.js';
import type { ProductChangeCount } from '../core/review.js';
import type { ExtraLicenses } from '../core/match.js';

/** `review`: what Save (or an undo) will do, before it runs; "Confirm" runs it, "Back" returns. */
export type Step = 'users' | 'licenses' | 'review' | 'results';

export interface ViewError {
  /** What failed, for the UI to word: a FailureKind or a load-level kind. */
  readonly kind: FailureReason['kind'] | 'network' | 'storage';
  readonly message: string;
  readonly detail?: string;
  /** The HTTP status when the service answered (a 401 is a sign-in problem, a 403 a permission one). */
  readonly httpStatus?: number;
}

export interface Chip {
  readonly userId: UserId;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

/** "Select all N users" or "Select from a list", resolving in the background, and what it found. */
export interface BulkSelectView {
  readonly kind: 'matching' | 'list';
  readonly status: 'running' | 'done' | 'cancelled' | 'failed';
  /** Users found so far (when done: selected). */
  readonly resolved: number;
  /** Users expected: the count of matches, or the list's distinct entries; null while unknown. */
  readonly total: number | null;
  /** List entries no user answers to, as given. */
  readonly unknown: readonly string[];
  /** List entries given more than once (after the first), as given. */
  readonly duplicates: readonly string[];
  readonly error: ViewError | null;
}

/** A selected user who holds a product, and how (group-based licensing; Partner Center cannot tell). */
export interface Holder extends Chip {
  /** Names of the groups the user holds it through; empty when held directly only. */
  readonly throughGroups: readonly string[];
  /** Assigned directly (too); true when the service cannot tell. */
  readonly direct: boolean;
}

/** A selected user's license that licensing could not (fully) apply. */
export interface LicenseProblemRow {
  readonly userId: UserId;
  readonly displayName: string;
  readonly problem: LicenseProblem;
}

/** "Set usage location" for selected users who have none. */
export interface UsageLocationView {
  /** Whether the agent's roles may change users; when false the findings say why. */
  readonly canChange: boolean;
  /** Selected users without a usage location, in chip order. */
  readonly missing: readonly Chip[];
  /** The "Set usage location" dialog is open (for the users in `missing`). */
  readonly dialogOpen: boolean;
  /** The last run: progress while it runs, then how it went. */
  readonly job: LocationJob | null;
}

export interface LocationJob {
  readonly usageLocation: string;
  readonly view: JobView;
}

export interface UserRow {
  readonly user: TenantUser;
  readonly selected: boolean;
}

export interface UsersView {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: ViewError | null;
  readonly rows: readonly UserRow[];
  /** 0-based index of the page shown. */
  readonly pageIndex: number;
  /** Known once the last page has been reached (continuation paging); null until then. */
  readonly pageCount: number | null;
  readonly pageSize: number;
  readonly pageSizes: readonly number[];
  readonly search: string;
  readonly onlySelected: boolean;
  /** Users matching the search (all users without one), when the service counts them; null when unknown. */
  readonly matchingTotal: number | null;
  /** The page header checkbox: all, none or some of this page selected. */
  readonly headerState: CheckState;
  readonly canGoPrevious: boolean;
  readonly canGoNext: boolean;
  /** Users read so far while a page move reads several pages of the service (a walk to the last page); else null. */
  readonly usersReadSoFar: number | null;
  /** Epoch ms of the cached data shown, while a refresh is pending; null when live. */
  readonly cachedAt: number | null;
}

export interface ProductRow {
  readonly product: Product;
  /** What the checkbox shows now (after the admin's clicks). */
  readonly state: CheckState;
  /** What it showed before any click: the selection's holdings. */
  readonly originalState: CheckState;
  readonly intent: ProductIntent;
  /** Selected users who hold it (for the "Assigned" popup), in chip order. */
  readonly holders: readonly Holder[];
  /** Selected users whose license of it licensing could not apply (Graph's license assignment states). */
  readonly problems: readonly LicenseProblemRow[];
  readonly selectedCount: number;
  /** Service plans the admin chose to turn off for this product. */
  readonly disabledPlans: readonly ServicePlanId[];
  readonly plansChanged: boolean;
  /** Findings that name this product. */
  readonly findings: readonly Finding[];
}

export interface ProductsView {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: ViewError | null;
  readonly rows: readonly ProductRow[];
  readonly cachedAt: number | null;
}

export type OutcomeKind = 'succeeded' | 'failed' | 'unchanged' | 'cancelled' | 'pending';

export interface OutcomeRow extends UserResult<OutcomeKind, SkuId, FailureReason | null> {
  readonly userId: UserId;
}

export interface JobView {
  readonly jobId: string;
  /** The job this one undoes, when it is an undo. */
  readonly undoOf?: string;
  /** "Undo this change" can build its reverse: some users succeeded and what they held before is recorded. */
  readonly canUndo?: boolean;
  readonly status: 'running' | 'finished' | 'cancelled';
  readonly progress: JobProgress;
  readonly rows: readonly OutcomeRow[];
  readonly unchanged: number;
  /** Product names as the job recorded them (a resumed job's products may not be loaded); else the view's. */
  readonly productNames?: ReadonlyMap<SkuId, string>;
  /**
   * While the job waits (the service asked for a pause, or every user left is backing off): when it sends again,
   * epoch ms. `LicenseSession.retryJobNow()` ends the wait.
   */
  readonly resumesAt?: number;
}

export interface JobSummary {
  readonly jobId: string;
  readonly startedBy: string;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly status: 'running' | 'finished' | 'cancelled' | 'interrupted';
  readonly total: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Product names assigned or removed, for "what". */
  readonly products: readonly string[];
  /** The job this one undoes, when it is an undo. */
  readonly undoOf: string | null;
  /** "Undo this change" can build its reverse: some users succeeded and what they held before is recorded. */
  readonly canUndo: boolean;
}

/** One user's exact change in the review. */
export interface ReviewChange {
  readonly userId: UserId;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** Products to assign; `held` when the user has it already and only its service plans change. */
  readonly assign: readonly (LicenseAssignment & { readonly held: boolean })[];
  readonly remove: readonly SkuId[];
  /** Why the check before saving holds this user back (or why an undo skips them); null when it is sent. */
  readonly heldBack: FailureReason | null;
}

export interface ReviewView {
  readonly kind: 'save' | 'undo';
  /** The job an undo reverses, and when it started. */
  readonly undoOf: { readonly jobId: string; readonly startedAt: number | null } | null;
  /** Per product, over the users that are sent. */
  readonly products: readonly ProductChangeCount[];
  /** Every user with a change: the ones sent, then the ones held back. */
  readonly changes: readonly ReviewChange[];
  readonly heldBackCount: number;
  /** Service plan names by id, for the plans an assignment turns off. */
  readonly planNames: ReadonlyMap<ServicePlanId, string>;
  readonly productNames: ReadonlyMap<SkuId, string>;
}

/** "Match licenses of…" while its dialog is open: the search for the template user, then reading their licenses. */
export interface MatchView {
  readonly query: string;
  /**
   * `applying`: the chosen user's licenses are being read and the licenses step loaded; `gone`: the service no
   * longer knows the chosen user; `error`: a read failed (`error` says why).
   */
  readonly status: 'searching' | 'ready' | 'applying' | 'gone' | 'error';
  /** Users matching the query: the first page of the search only. */
  readonly candidates: readonly Chip[];
  /** More users match than are listed (a narrower query finds them). */
  readonly more: boolean;
  readonly error: ViewError | null;
}

/** The match the plan was last made from: whose licenses, and what of them could not be copied. */
export interface MatchedView {
  readonly template: Chip;
  readonly extras: ExtraLicenses;
  /** Products the template holds that the customer does not offer to users. */
  readonly notOffered: readonly SkuId[];
  /** Products the template holds only through a group: not copied, left as each selected user has them. */
  readonly throughGroups: readonly SkuId[];
}

/** The license report being read (or the last one): how far it got. */
export interface ReportView {
  readonly status: 'reading' | 'done' | 'cancelled' | 'failed';
  /** Users read so far (all of them once done). */
  readonly users: number;
  /** Pages of users read so far. */
  readonly pages: number;
  readonly error: ViewError | null;
}

export interface AccessView {
  readonly canChange: boolean;
  /** Whether the agent may change users (their usage location); absent: as `canChange`. */
  readonly canChangeUsers?: boolean;
  /** Why the view is read-only: the agent's role may not change licenses, or the service answered 403. */
  readonly readOnlyReason: { readonly kind: 'role'; readonly roles: readonly string[] } | { readonly kind: 'forbidden'; readonly message: string } | null;
  readonly agentName: string | null;
}

export interface ViewState {
  readonly customerId: CustomerId;
  readonly step: Step;
  readonly access: AccessView;
  readonly users: UsersView;
  /** Selected users in locale-aware order (display name, then principal name). */
  readonly chips: readonly Chip[];
  /** The last "Select all" or "Select from a list", while it runs and after; null when none or dismissed. */
  readonly bulkSelect: BulkSelectView | null;
  readonly products: ProductsView;
  readonly findings: readonly Finding[];
  readonly usageLocation: UsageLocationView;
  /** True when a blocking finding stops the save. */
  readonly saveBlocked: boolean;
  /** Users a save holds back (named by per-user findings); the others are sent. */
  readonly heldBack: readonly UserId[];
  /** True when every user with a change is held back by the check before saving: Save would send nothing. */
  readonly saveHeldBack: boolean;
  /** The product whose service plans are being chosen, or null. */
  readonly plansOpenFor: SkuId | null;
  readonly job: JobView | null;
  /** What the review step shows; null outside it. */
  readonly review: ReviewView | null;
  /** Extension only: a job left running when the panel closed. */
  readonly interruptedJob: JobSummary | null;
  readonly history: readonly JobSummary[];
  /** The license report being exported, or the last one; null before the first. */
  readonly report: ReportView | null;
  /** The "Match licenses" dialog, while it is open. */
  readonly match: MatchView | null;
  /** What the last "Use these licenses" put into the plan; null once the plan starts over. */
  readonly matched: MatchedView | null;
  /** A message for the admin that is not tied to one view (storage fell back to memory, ...). */
  readonly notice: ViewError | null;
  readonly productNames: ReadonlyMap<SkuId, string>;
}
