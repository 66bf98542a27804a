/**
 * The DOM-free orchestrator: the only caller of the backend and the store. It keeps the admin's selection,
 * paging and plan, turns intents into backend calls, and publishes an immutable ViewState to subscribers.
 * Failures become ViewErrors in the state; the selection and the plan survive every failure.
 */
import type { LicenseBackend } from '../backend/backend.js';
import type { OperationOutcome, RunJob } from '../core/executor/job.js';
import type { PageMove } from '../core/paging.js';
import { EMPTY_PLAN, setDisabledPlans, setIntent } from '../core/plan.js';
import { clearPage, clearSelection, deselect, selectPage, selectedOnlyPage, setSelected, type Selection } from '../core/selection.js';
import type { CustomerId, LicensingRules, ProductIntent, ServicePlanId, SkuId, TenantUser, UserId } from '../core/types.js';
import type { LicenseStore } from '../store/store.js';
import type { ReportWords } from '../core/report/license-report.js';
import type { SaveResult } from './job-launcher.js';
import type { Jobs } from './jobs.js';
import type { UsageLocationResult } from './usage-location.js';
import type { LicenseReportReader, ReportResult } from './license-report.js';
import type { MatchResult, TemplateMatcher } from './template-match.js';
import type { ExtraLicenses } from '../core/match.js';
import { becomeReadOnly, loadAccess } from './access.js';
import type { BulkSelection } from './bulk-selection.js';
import { markRead } from './license-knowledge.js';
import { LicenseReads } from './license-reads.js';
import { loadOnce } from './load-once.js';
import type { CsvWords } from './export-csv.js';
import { LicensesLoader } from './licenses-loader.js';
import { valueOf } from './load-state.js';
import { showNotice, type SessionCore } from './session-core.js';
import { initialModel, type SessionModel } from './session-model.js';
import { UsersLoader } from './users-loader.js';
import { pruneUsers } from './users-map.js';
import { ViewBuilder } from './view-builder.js';
import type { LicensesView } from './licenses-view.js';
import { isForbidden, toViewError } from './view-error.js';
import type { Step, ViewError, ViewState } from './view-state.js';

export interface LicenseSessionOptions {
  readonly backend: LicenseBackend;
  readonly customerId: CustomerId;
  readonly store?: LicenseStore | null;
  /** Roles the host page knows the agent has; when absent the backend is asked (getAgent). */
  readonly hostRoles?: readonly string[] | null;
  readonly hostRules?: Partial<LicensingRules>;
  /** BCP 47 language, for the chip order. */
  readonly language: string;
  readonly pageSize?: number;
  readonly pageSizes?: readonly number[];
  readonly now?: () => number;
  readonly searchDebounceMs?: number;
  readonly runJob?: RunJob;
  /**
   * "Review changes before saving" (default on): Save shows what it will do first. Off, a job of one user with
   * no findings saves at once; every other job is still reviewed.
   */
  readonly reviewBeforeSaving?: boolean;
  readonly onSaveComplete?: (jobId: string, outcomes: readonly OperationOutcome[]) => void;
  readonly onError?: (error: ViewError) => void;
}

export type Listener = (state: ViewState) => void;

/**
 * Saving and everything after it (jobs.ts, the bulk executor) load on first use: in the widget they are chunks
 * beside license-manager.js, which the root preloads (prepareJobs) when the products step shows.
 */
const loadExecutor = () => import('../core/executor/executor.js');
/** The CSV export loads when the admin exports (a chunk in the widget). */
const loadCsv = () => import('./export-csv.js');
const loadAndRunJob: RunJob = async (request) => (await loadExecutor()).runJob(request);

export const DEFAULT_PAGE_SIZES: readonly number[] = Object.freeze([25, 50, 100, 200]);

export class LicenseSession {
  private model: SessionModel;
  private builder: ViewBuilder;
  private collator: Intl.Collator;
  private built: ViewState | null = null;
  private published: ViewState | null = null;
  private notifyQueued = false;
  private readonly listeners = new Set<Listener>();
  private readonly backend: LicenseBackend;
  private readonly store: LicenseStore | null;
  private readonly now: () => number;
  private readonly core: SessionCore;
  private readonly stopNotices: (() => void) | null;
  private readonly users: UsersLoader;
  private readonly licenses: LicensesLoader;
  private jobs: Jobs | null = null;
  private licensesView: LicensesView | null = null;
  private bulk: BulkSelection | null = null;
  private readonly reads: LicenseReads;
  private reportReader: LicenseReportReader | null = null;
  private matcher: TemplateMatcher | null = null;
  /** The licenses step's last load (products and the selection's licenses). */
  private licensesLoad: Promise<void> = Promise.resolve();
  private readonly tasks = new Set<Promise<unknown>>();
  private agentName: string | null = null;
  private reviewBeforeSaving: boolean;
  private started = false;
  private disposed = false;

  constructor(private readonly options: LicenseSessionOptions) {
    this.backend = options.backend;
    this.store = options.store ?? null;
    this.now = options.now ?? Date.now;
    this.reviewBeforeSaving = options.reviewBeforeSaving ?? true;
    this.collator = new Intl.Collator(options.language, { numeric: true });
    this.builder = this.newBuilder();
    const notice = this.store?.notice ? { kind: 'storage' as const, message: this.store.notice } : null;
    this.model = initialModel(options.customerId, options.pageSize ?? DEFAULT_PAGE_SIZES[0]!, notice);
    const core: SessionCore = (this.core = {
      backend: this.backend,
      store: this.store,
      now: this.now,
      model: () => this.model,
      update: (change) => this.commit(change(this.model)),
      report: (error) => this.report(error),
    });
    // Storage can stop working later (the extension was updated in another window): say so when it does.
    this.stopNotices = this.store?.onNotice?.((message) => this.update((m) => ({ ...m, notice: { kind: 'storage', message } }))) ?? null;
    this.users = new UsersLoader(core, options.searchDebounceMs ?? 250);
    this.licenses = new LicensesLoader(core, () => this.reads);
    this.reads = new LicenseReads(core, (licenses) => this.licenses.apply(licenses, this.now()));
  }

  /** "Select all" and pasted lists. */
  private readonly bulkSelection = loadOnce(() => import('./bulk-selection.js').then(
    ({ BulkSelection }) =>
      (this.bulk ??= new BulkSelection(this.core, (ids, licensesKnown) => {
        if (licensesKnown) this.update((m) => markRead(m, ids, this.now()));
        else this.readLicensesOf(ids);
      })),
  ));

  private runBulk(run: (bulk: BulkSelection) => Promise<void>): Promise<void> {
    return this.track(this.bulkSelection().then((bulk) => (this.disposed ? undefined : run(bulk))).catch((error: unknown) => this.report(toViewError(error))));
  }

  /** The licenses step's view (products, checks, review); in the widget the root preloads it with the products grid. */
  private readonly licensesPart = loadOnce(() => import('./licenses-view.js').then(({ LicensesView }) => {
    if (this.licensesView === null) {
      this.licensesView = new LicensesView(this.options.hostRules);
      this.builder.useLicensesView(this.licensesView);
      this.commit({ ...this.model });
    }
    return this.licensesView;
  }));

  /** Loads what the licenses step shows, so that "Manage licenses" does not wait for it; rejects when it cannot. */
  async prepareLicenses(): Promise<void> {
    await this.licensesPart();
  }

  /** Saving and everything after it. Saving acts on the licenses view's pre-flight, so that part comes first. */
  private readonly jobParts = loadOnce(() => Promise.all([import('./jobs.js'), this.licensesPart()]).then(
    ([{ createJobs }, licensesView]) =>
      (this.jobs ??= createJobs({
        ...this.core,
        customerId: this.options.customerId,
        runJob: this.options.runJob ?? loadAndRunJob,
        agentName: () => this.agentName ?? '',
        selectedUsers: () => this.builder.ordered(this.model),
        products: () => valueOf(this.model.products),
        preflight: () => this.builder.preflight(licensesView, this.model),
        refreshLicenses: (userIds) => this.licenses.refresh(userIds),
        reviewBeforeSaving: () => this.reviewBeforeSaving,
        productNames: () => this.state.productNames,
        loadProducts: () => this.licenses.loadProductsOnce(),
        settleLicenses: (operations, outcomes) => this.licenses.settle(operations, outcomes),
        saveComplete: (jobId, outcomes) => this.options.onSaveComplete?.(jobId, outcomes),
      })),
  ));

  /** Loads the CSV export, so that "Export CSV" does not wait for it; rejects when it cannot be loaded. */
  async prepareExport(): Promise<void> {
    await loadCsv();
  }

  /** Loads what saving needs, so that Save does not wait for it; rejects when it cannot be loaded. */
  async prepareJobs(): Promise<void> {
    await Promise.all([this.jobParts(), this.options.runJob ? null : loadExecutor()]);
  }

  // ---- publishing ---------------------------------------------------------------------------------------

  get state(): ViewState {
    this.built ??= this.builder.build(this.model);
    return this.built;
  }

  /** Calls the listener after every change (coalesced per microtask); returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once no load, search or job started so far is still running (tests and hosts that wait). */
  async idle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
    await Promise.resolve();
  }

  private commit(change: SessionModel): void {
    if (change === this.model || this.disposed) return;
    // Every change passes here, so the users map never outgrows what the model refers to (users-map.ts).
    const next = pruneUsers(this.model, change);
    this.model = next;
    this.built = null;
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      const state = this.state;
      if (state === this.published) return;
      this.published = state;
      for (const listener of this.listeners) listener(state);
    });
  }

  private update(change: (model: SessionModel) => SessionModel): void {
    this.commit(change(this.model));
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.tasks.add(promise);
    const forget = () => this.tasks.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private report(error: ViewError): void {
    this.options.onError?.(error);
  }

  private newBuilder(): ViewBuilder {
    const builder = new ViewBuilder({ collator: this.collator, pageSizes: this.options.pageSizes ?? DEFAULT_PAGE_SIZES });
    if (this.licensesView !== null) builder.useLicensesView(this.licensesView);
    return builder;
  }

  // ---- start and settings ---------------------------------------------------------------------------------

  private async loadAccess(): Promise<void> {
    this.agentName = await loadAccess(this.core, this.options.hostRoles ?? null);
  }

  /** Loads the agent's access, the first users page (cached first when there is a store) and the job list. */
  start(): Promise<void> {
    if (this.started) return this.idle();
    this.started = true;
    return this.track(Promise.all([this.loadAccess(), this.users.start(), this.loadJobs()]).then(() => undefined));
  }

  /** Stops every request and timer; a running job is cancelled (what is in flight finishes). */
  dispose(): void {
    this.disposed = true;
    this.stopNotices?.();
    this.users.dispose();
    this.licenses.dispose();
    this.bulk?.dispose();
    this.jobs?.launcher.cancel();
    this.jobs?.locations.cancel();
    this.reads.dispose();
    this.reportReader?.cancel();
    this.matcher?.dispose();
    this.listeners.clear();
  }

  /** "Review changes before saving": off lets a job of one user with no findings skip the review. */
  setReviewBeforeSaving(on: boolean): void {
    this.reviewBeforeSaving = on;
  }

  /** The chip order follows the UI language; the selection and plan stay. */
  setLanguage(language: string): void {
    this.collator = new Intl.Collator(language, { numeric: true });
    this.builder = this.newBuilder();
    this.commit({ ...this.model });
  }

  // ---- users: paging and search ---------------------------------------------------------------------------

  changePage(move: PageMove): Promise<void> {
    return this.track(this.users.changePage(move));
  }

  setPageSize(pageSize: number): Promise<void> {
    return this.track(this.users.setPageSize(pageSize));
  }

  /** Debounced: only the last query of a burst is sent; the request for an older query is aborted. */
  search(query: string): Promise<void> {
    return this.track(this.users.search(query));
  }

  setOnlySelected(onlySelected: boolean): void {
    this.update((m) => (m.onlySelected === onlySelected ? m : { ...m, onlySelected, selectedPageIndex: 0 }));
  }

  /** "Try again" after a failed load: whatever failed is loaded again. */
  retryLoad(): Promise<void> {
    const model = this.model;
    const tasks = [this.users.retry()];
    if (model.step === 'licenses') tasks.push(this.licenses.retry());
    return this.track(Promise.all(tasks).then(() => undefined));
  }

  // ---- selection --------------------------------------------------------------------------------------------

  private shownUserIds(): readonly UserId[] {
    const { model } = this;
    if (model.onlySelected) return selectedOnlyPage(model.selection, this.builder.ordered(model), model.selectedPageIndex, model.paging.pageSize).users.map((user) => user.id);
    return valueOf(model.page) ?? [];
  }

  private setSelection(change: (selection: Selection) => Selection): void {
    this.update((m) => {
      const selection = change(m.selection);
      return selection === m.selection ? m : { ...m, selection };
    });
  }

  /** A row's checkbox: only a user the session holds (on a page or selected) can join the selection. */
  toggleUser(userId: UserId, selected: boolean): void {
    if (selected && !this.model.users.has(userId)) return;
    this.setSelection((s) => setSelected(s, userId, selected));
    if (selected) this.readLicensesOf([userId]);
  }

  /** The header checkbox: selects or clears every user on the page shown. */
  selectPage(selected: boolean): void {
    const userIds = this.shownUserIds();
    this.setSelection((s) => (selected ? selectPage(s, userIds) : clearPage(s, userIds)));
    if (selected) this.readLicensesOf(userIds);
  }

  /** Selected users whose licenses the list did not bring are read once, in the background, as they are selected. */
  private readLicensesOf(userIds: readonly UserId[]): void {
    void this.track(this.reads.want(userIds));
  }

  removeChip(userId: UserId): void {
    this.setSelection((s) => deselect(s, userId));
  }

  clearSelection(): void {
    this.setSelection(clearSelection);
  }

  /** "Select all N users": every user matching the search (the whole tenant without one), in the background. */
  selectAllMatching(): Promise<void> {
    return this.runBulk((bulk) => bulk.selectMatching());
  }

  /** "Select from a list": principal names or object ids, one a line, or a CSV with a UserPrincipalName column. */
  selectFromList(text: string): Promise<void> {
    return this.runBulk((bulk) => bulk.selectList(text));
  }

  /** Stops a running "Select all" or list lookup; the selection stays as it was before it. */
  cancelBulkSelect(): void {
    this.bulk?.cancel();
  }

  /** Each user's one record the session holds (selected, on a kept page or on screen): for hosts and tests. */
  get userRecords(): ReadonlyMap<UserId, TenantUser> {
    return this.model.users;
  }

  get selectedUserIds(): readonly UserId[] {
    return [...this.model.selection.ids];
  }

  // ---- steps and the plan -----------------------------------------------------------------------------------

  /** Moves between the users, licenses and results steps; the review step opens only through Save or an undo. */
  setStep(step: Step): Promise<void> {
    const { model } = this;
    if (step === model.step || step === 'review') return Promise.resolve();
    if (model.step === 'review') {
      this.backFromReview();
      return this.setStep(step);
    }
    if (step === 'results' && model.job === null) return Promise.resolve();
    if (this.jobs?.launcher.running === true && step !== 'results') return Promise.resolve();
    // Leaving the results starts a new round: the selection stays, the plan starts empty.
    const plan = model.step === 'results' ? EMPTY_PLAN : model.plan;
    // What a match put into the plan is told while that plan lasts.
    const matched = plan === model.plan ? model.matched : null;
    if (step === 'licenses') {
      if (model.selection.ids.size === 0) return Promise.resolve();
      this.update((m) => ({ ...m, step, plan, matched }));
      // A licenses part that fails to load is the widget's to show, with "Try again" (part-loader.ts: products).
      const part = this.licensesPart().catch(() => undefined);
      this.licensesLoad = Promise.all([this.licenses.load(), part]).then(() => undefined);
      return this.track(this.licensesLoad);
    }
    this.update((m) => ({ ...m, step, plan, matched, plansOpenFor: null }));
    return Promise.resolve();
  }

  changeProduct(skuId: SkuId, intent: ProductIntent): void {
    if (!this.model.access.canChange) return;
    this.update((m) => ({ ...m, plan: setIntent(m.plan, skuId, intent) }));
  }

  setPlans(skuId: SkuId, disabledPlans: readonly ServicePlanId[]): void {
    if (!this.model.access.canChange) return;
    this.update((m) => ({ ...m, plan: setDisabledPlans(m.plan, skuId, disabledPlans) }));
  }

  openPlans(skuId: SkuId): void {
    this.update((m) => ({ ...m, plansOpenFor: skuId }));
  }

  closePlans(): void {
    this.update((m) => (m.plansOpenFor === null ? m : { ...m, plansOpenFor: null }));
  }

  // ---- "Match licenses of…" ---------------------------------------------------------------------------------

  /** "Match licenses of…": the template's search, its licenses and the plan made from them. */
  private readonly templateMatcher = loadOnce(() => import('./template-match.js').then(
    ({ TemplateMatcher }) =>
      (this.matcher ??= new TemplateMatcher({
        ...this.core,
        refreshLicenses: (userIds) => this.licenses.refresh(userIds),
        openLicenses: () => (this.model.step === 'licenses' ? this.licensesLoad.then(() => this.licenses.retry()) : this.setStep('licenses')),
        selectedUsers: () => this.builder.ordered(this.model),
      }, this.options.searchDebounceMs ?? 250)),
  ));

  /** Loads "Match licenses of…", so that its dialog does not wait for it; rejects when it cannot be loaded. */
  async prepareMatch(): Promise<void> {
    await this.templateMatcher();
  }

  /** "Match licenses of…": opens its dialog (users selected, a role that may change licenses) and lists users. */
  openMatch(): Promise<void> {
    return this.track(this.templateMatcher().then((matcher) => matcher.open()).catch((error: unknown) => this.report(toViewError(error))));
  }

  /** The dialog's "Find a user": debounced, like the users list's search. */
  findTemplate(query: string): Promise<void> {
    return this.track(this.templateMatcher().then((matcher) => matcher.search(query)).catch((error: unknown) => this.report(toViewError(error))));
  }

  closeMatch(): void {
    this.matcher?.close();
  }

  /**
   * "Use these licenses": the plan becomes "hold what this user holds, with the same service plans turned off";
   * products they do not hold are kept or removed (`extras`). The licenses step shows it, and Save runs it.
   */
  useTemplate(userId: UserId, extras: ExtraLicenses): Promise<MatchResult> {
    return this.track(this.templateMatcher().then((matcher) => matcher.use(userId, extras)));
  }

  // ---- saving and jobs --------------------------------------------------------------------------------------

  /**
   * Save: the pre-flight the view shows decides; users it names are held back, the others are sent. The review
   * step shows first (unless the setting lets a one-user job without findings skip it): "Confirm" then runs it.
   */
  save(): Promise<SaveResult> {
    return this.track(this.jobParts().then((jobs) => jobs.saver.save()).catch((error: unknown) => this.saveFailed(error)));
  }

  /** "Confirm" in the review step: runs what it shows (Save's changes, or an undo). */
  confirm(): Promise<SaveResult> {
    return this.track(this.jobParts().then((jobs) => jobs.confirm()).catch((error: unknown) => this.saveFailed(error)));
  }

  /** "Back" in the review step: returns where it was opened from, with the selection and plan as they were. */
  backFromReview(): void {
    // The review opens only once the job parts are in.
    this.jobs?.back();
  }

  /** "Undo this change" of a finished job (on screen or in the history): its reverse shows in the review step. */
  undoJob(jobId: string): Promise<SaveResult> {
    return this.track(this.jobParts().then((jobs) => jobs.undoer.prepare(jobId)).catch((error: unknown) => this.saveFailed(error)));
  }

  /** Opens "Set usage location" for the selected users who have none. */
  openUsageLocation(): void {
    this.update((m) => (m.locationDialogOpen ? m : { ...m, locationDialogOpen: true }));
  }

  closeUsageLocation(): void {
    this.update((m) => (m.locationDialogOpen ? { ...m, locationDialogOpen: false } : m));
  }

  /** Sets the usage location of these selected users, through the executor like a save; the dialog closes. */
  setUsageLocation(userIds: readonly UserId[], usageLocation: string): Promise<UsageLocationResult> {
    this.closeUsageLocation();
    return this.track(this.jobParts().then((jobs) => jobs.locations.set(userIds, usageLocation)));
  }

  retryFailed(): Promise<SaveResult> {
    return this.track(this.jobParts().then((jobs) => jobs.saver.retryFailed()).catch((error: unknown) => this.saveFailed(error)));
  }

  resumeJob(jobId: string): Promise<SaveResult> {
    return this.track(this.jobParts().then((jobs) => jobs.interrupted.resume(jobId)).catch((error: unknown) => this.saveFailed(error)));
  }

  discardJob(jobId: string): Promise<void> {
    return this.track(this.jobParts().then((jobs) => jobs.interrupted.discard(jobId)).catch((error: unknown) => this.report(toViewError(error))));
  }

  cancelJob(): void {
    this.jobs?.launcher.cancel();
  }

  /** The job waits on the service's Retry-After or a backoff: send what waits now. */
  retryJobNow(): void {
    this.jobs?.launcher.retryNow();
  }

  refreshHistory(): Promise<void> {
    return this.track(this.loadJobs());
  }

  /** History and a job left behind live in the journal: without a store there is nothing to load. */
  private async loadJobs(): Promise<void> {
    if (this.store === null) return;
    try {
      await (await this.jobParts()).history.load();
    } catch (error) {
      this.report(toViewError(error));
    }
  }

  /** The results table as CSV text (cells that a spreadsheet would run as formulas are neutralised). */
  async exportCsv(words?: CsvWords): Promise<string> {
    const { job } = this.model;
    if (job === null) return '';
    const { exportJobCsv } = await loadCsv();
    return exportJobCsv(job, job.productNames ?? this.state.productNames, words);
  }

  /** A job of the history list as CSV, read from the journal; '' when the journal does not have it. */
  async exportHistoryCsv(jobId: string, words?: CsvWords): Promise<string> {
    if (this.model.job?.jobId === jobId) return this.exportCsv(words);
    try {
      const record = await this.store?.journal.getJob(jobId);
      return record ? (await loadCsv()).exportRecordCsv(record, words) : '';
    } catch (error) {
      this.report(toViewError(error, 'storage'));
      return '';
    }
  }

  // ---- license report ----------------------------------------------------------------------------------------

  /**
   * Reads every user of the customer with their licenses, in pages of the largest size the service gives, into
   * the license report (CSV parts, in order); progress shows in `state.report`. The reader loads on first use.
   * `idle()` does not wait for it: a report of a large tenant runs until it is done or the admin cancels it.
   */
  exportReport(words?: ReportWords): Promise<ReportResult> {
    const run = async (): Promise<ReportResult> => {
      const { LicenseReportReader } = await import('./license-report.js');
      if (this.disposed) return { status: 'cancelled' };
      this.reportReader ??= new LicenseReportReader(this.core);
      return this.reportReader.run(words);
    };
    return run().catch((error: unknown) => this.reportFailed(error));
  }

  /** Stops the report being read; what was read is dropped. */
  cancelReport(): void {
    this.reportReader?.cancel();
  }

  private reportFailed(error: unknown): ReportResult {
    showNotice(this.core, toViewError(error));
    return { status: 'failed' };
  }

  private saveFailed(error: unknown): SaveResult {
    const viewError = toViewError(error);
    if (isForbidden(error)) becomeReadOnly(this.core, error.message);
    showNotice(this.core, viewError);
    return { status: 'not-ready' };
  }
}

export type { ReportResult, SaveResult };
