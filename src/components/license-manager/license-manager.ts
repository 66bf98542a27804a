/**
 * `<license-manager>`: the root. It builds the backend and the session from its settings, provides the view
 * state, locale and UI config to the parts through context, turns the parts' intent events into session calls,
 * and tells the host page what happened through public events.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { createBackend } from '../../backend/create-backend.js';
import type { BackendKind, LicenseBackend, TokenProvider } from '../../backend/backend.js';
import type { LicensingRules, UserId } from '../../core/types.js';
import { LicenseSession, DEFAULT_PAGE_SIZES } from '../../session/license-session.js';
import { toViewError } from '../../session/view-error.js';
import type { ViewError, ViewState } from '../../session/view-state.js';
import type { LicenseStore } from '../../store/store.js';
import { localeInfo } from '../../i18n/format.js';
import { loadLaterStrings, setUiLanguage, uiLanguageOf, type UiLanguage } from '../../i18n/localization.js';
import { configContext, localeContext, viewStateContext, type UiConfig } from '../context.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { LmBuyMoreEvent, LmErrorEvent, LmSaveCompleteEvent, LmSelectionChangeEvent, type LmBuyMoreDetail } from '../public-events.js';
import { describeViewError } from '../../i18n/reasons.js';
import { renderMoreDetails } from '../more-details.js';
import { shared } from '../styles/shared.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { licenseManagerStyles } from './license-manager.styles.js';
import { listenToParts } from './part-events.js';
import { renderLoadFailure } from './load-failure.js';
import { PartLoader, partLoaders, partsFor, type Part } from './part-loader.js';

export const tagName = 'license-manager';

const PART_NOT_LOADED: ViewError = { kind: 'network', message: 'A part of License Manager did not load.' };

/**
 * @summary Assign or revoke Microsoft licenses for many users of a customer tenant at once.
 * @tagname license-manager
 * @attr {string} lang - UI language (`en`, `sv`); otherwise the page's, then the browser's. Changing it re-renders in place.
 *
 * @fires {LmSelectionChangeEvent} lm-selection-change - The selected users changed (`{ userIds }`).
 * @fires {LmSaveCompleteEvent} lm-save-complete - A save finished (`{ jobId, outcomes }`), also when some users failed: one
 *   outcome per user sent, and one per user the check before saving kept back (failed, `reason.notSent`;
 *   `reason.otherSkuIds` names the products it can't be held together with).
 * @fires {LmBuyMoreEvent} lm-buy-more - "Buy more" was clicked (`{ skuId, productName }`); cancelable: unless the host cancels
 *   it, `buy-more-url` opens in a new tab.
 * @fires {LmErrorEvent} lm-error - Something failed to load or save (`{ kind, message }`); the widget shows it too.
 *
 * @cssproperty --lm-font - Font family.
 * @cssproperty --lm-font-size - Base font size.
 * @cssproperty --lm-font-size-small - Font size of secondary text (details, hints).
 * @cssproperty --lm-radius - Corner radius.
 * @cssproperty --lm-padding - Space around the content.
 * @cssproperty --lm-space-1 - Smallest spacing step (0.25rem).
 * @cssproperty --lm-space-2 - Spacing step 2 (0.5rem).
 * @cssproperty --lm-space-3 - Spacing step 3 (0.75rem).
 * @cssproperty --lm-space-4 - Largest spacing step (1rem).
 * @cssproperty --lm-color-text - Text color.
 * @cssproperty --lm-color-muted - Secondary text.
 * @cssproperty --lm-color-surface - Background.
 * @cssproperty --lm-color-surface-alt - Background of table headers.
 * @cssproperty --lm-color-border - Borders of controls.
 * @cssproperty --lm-color-divider - Lines between rows and sections.
 * @cssproperty --lm-color-accent - Accent (primary buttons, links, checkboxes).
 * @cssproperty --lm-color-on-accent - Text on the accent color.
 * @cssproperty --lm-color-danger - Errors.
 * @cssproperty --lm-color-danger-surface - Background of error notices.
 * @cssproperty --lm-color-warning - Warnings.
 * @cssproperty --lm-color-warning-surface - Background of warning notices.
 * @cssproperty --lm-color-success - Succeeded outcomes.
 * @cssproperty --lm-focus-ring - Outline of the focused control.
 * @cssproperty --lm-focus-offset - Gap between a control and its focus outline.
 * @cssproperty --lm-target-size - Smallest size of a pointer target.
 *
 * @csspart base - The frame around everything.
 * @csspart actions - The bar with "Manage licenses", or "Back" and "Save" (or "Confirm" in the review).
 * @csspart button - Every button of the bar, and "Try again" when a part of the widget did not load.
 * @csspart primary-button - "Manage licenses", "Save" and "Confirm".
 * @csspart notice - Read-only and error notices.
 */
@localized()
export class LicenseManager extends LitElement {
  static override styles = [tokens, shared, licenseManagerStyles];

  /** The customer tenant whose licenses are managed (GUID). */
  @property({ attribute: 'customer-id' }) customerId = '';
  /** `partner-center` or `graph`. */
  @property() backend: BackendKind = 'partner-center';
  /** The service root: Partner Center, Graph, or the reference backend. */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** Where "Buy more" leads when the host does not cancel `lm-buy-more`. */
  @property({ attribute: 'buy-more-url' }) buyMoreUrl: string | null = null;
  /** Users per page in the users list. */
  @property({ attribute: 'page-size', type: Number }) pageSize: number = DEFAULT_PAGE_SIZES[0]!;
  /**
   * "Review changes before saving" (default on): Save shows what it will change, with "Confirm" and "Back".
   * `review-before-saving="false"` lets a job of one user with no findings save at once; others are still reviewed.
   */
  @property({ attribute: 'review-before-saving', converter: { fromAttribute: (value: string | null) => value !== 'false', toAttribute: (value: boolean) => String(value) } })
  reviewBeforeSaving = true;
  // `lang` stays the native global attribute (it also tells screen readers the language); changes re-render.
  /** `(request?: { rejected: boolean }) => Promise<string>`: the bearer token for each request; called once more with `{ rejected: true }` after a 401. A property only: a token never goes into an attribute, and the widget never stores it. */
  @property({ attribute: false }) tokenProvider: TokenProvider | null = null;
  /**
   * The agent's roles when the host knows them (`AdminAgent`, `GlobalAdmin`, `HelpdeskAgent`, `SalesAgent`,
   * `UserManagementAdmin` may change licenses; others get a read-only view that says why); otherwise the backend is asked.
   */
  @property({ attribute: false }) roles: readonly string[] | null = null;
  /** Extra licensing rules the host knows (`requires`, `excludes`, `unavailableIn`), merged with the public ones for the check before saving. */
  @property({ attribute: false }) rules: Partial<LicensingRules> | null = null;
  /** Cache and job journal (the extension passes its IndexedDB store). */
  @property({ attribute: false }) store: LicenseStore | null = null;
  /** A ready backend instead of `backend`/`base-url`/`tokenProvider` (tests, custom adapters). */
  @property({ attribute: false }) client: LicenseBackend | null = null;

  @provide({ context: viewStateContext }) @state() private view?: ViewState;
  @provide({ context: localeContext }) @state() private locale: LocaleInfo = localeInfo('en');
  @provide({ context: configContext }) @state() private config: UiConfig = { buyMoreUrl: null, pageSizes: DEFAULT_PAGE_SIZES };
  @state() private setupError: ViewError | null = null;
  /** The Swedish translations did not load (the UI stays English until "Try again" loads them). */
  @state() private languageFailed = false;

  private readonly parts = new PartLoader(
    this,
    partLoaders({
      prepareLicenses: async () => this.session?.prepareLicenses(),
      prepareJobs: async () => this.session?.prepareJobs(),
      prepareExport: async () => this.session?.prepareExport(),
      prepareMatch: async () => this.session?.prepareMatch(),
      laterStrings: () => loadLaterStrings(this.language),
    }),
    () => this.fireError(PART_NOT_LOADED),
  );

  private session: LicenseSession | null = null;
  private unsubscribe: (() => void) | null = null;
  private language: UiLanguage = 'en';
  private lastSelection: readonly UserId[] = [];
  /** The step on screen after the last render, to notice a step change. */
  private shownStep: ViewState['step'] | null = null;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    listenToParts(root, () => this.session, {
      exportCsv: (jobId) => void this.downloadCsv(jobId),
      undoJob: (jobId) => void this.undoJob(jobId),
      buyMore: (detail: LmBuyMoreDetail) => this.dispatchEvent(new LmBuyMoreEvent(detail)),
    });
    return root;
  }

  /** The session behind the view (for hosts that drive it directly, and tests). */
  get licenseSession(): LicenseSession | null {
    return this.session;
  }

  /**
   * Resolves once no part of the widget is loading (a chunk beside license-manager.js), for tests.
   * @internal
   */
  partsLoaded(): Promise<void> {
    return this.parts.settled();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session === null) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element in the DOM disconnects and reconnects it at once: keep the session through that.
    queueMicrotask(() => {
      if (!this.isConnected) this.closeSession();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = uiLanguageOf(this);
    if (language !== this.language || !this.hasUpdated) this.switchLanguage(language);
    if (changed.has('buyMoreUrl')) this.config = { ...this.config, buyMoreUrl: this.buyMoreUrl || null };
    const settings: (keyof LicenseManager)[] = ['customerId', 'backend', 'baseUrl', 'tokenProvider', 'roles', 'rules', 'store', 'client'];
    if (this.session === null || settings.some((name) => changed.has(name))) this.openSession();
    else if (changed.has('pageSize')) void this.session.setPageSize(this.pageSize);
    if (changed.has('reviewBeforeSaving')) this.session?.setReviewBeforeSaving(this.reviewBeforeSaving);
    if (this.view) this.parts.follow(partsFor(this.view));
  }

  private switchLanguage(language: UiLanguage): void {
    this.language = language;
    this.locale = localeInfo(language);
    this.session?.setLanguage(language);
    this.languageFailed = false;
    // Before any part has loaded only the entry's words are needed; the parts load the rest with themselves.
    setUiLanguage(language, this.parts.anyStarted() ? 'all' : 'first-render').catch(() => {
      if (language !== this.language) return;
      this.languageFailed = true;
      this.fireError(PART_NOT_LOADED);
    });
  }

  private async retryLoading(): Promise<void> {
    if (this.languageFailed) this.switchLanguage(this.language);
    await this.parts.retryFailed();
    await this.updateComplete;
    // The notice and its button are gone: keep keyboard focus in the widget.
    this.focusStep();
  }

  private openSession(): void {
    const backend = this.makeBackend();
    if (backend === null) {
      this.closeSession();
      return;
    }
    this.closeSession();
    const session = new LicenseSession({
      backend,
      customerId: this.customerId,
      store: this.store,
      hostRoles: this.roles,
      ...(this.rules ? { hostRules: this.rules } : {}),
      language: this.language,
      pageSize: Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : DEFAULT_PAGE_SIZES[0]!,
      pageSizes: this.config.pageSizes,
      reviewBeforeSaving: this.reviewBeforeSaving,
      onSaveComplete: (jobId, outcomes) => this.dispatchEvent(new LmSaveCompleteEvent({ jobId, outcomes })),
      onError: (error) => this.fireError(error),
    });
    this.session = session;
    this.view = session.state;
    this.unsubscribe = session.subscribe((view) => this.show(view));
    void session.start();
  }

  private makeBackend(): LicenseBackend | null {
    this.setupError = null;
    if (!this.customerId) return null;
    if (this.client !== null) return this.client;
    if (!this.baseUrl || this.tokenProvider === null) return null;
    try {
      return createBackend({ kind: this.backend, baseUrl: this.baseUrl, customerId: this.customerId, tokenProvider: this.tokenProvider });
    } catch (error) {
      this.setupError = toViewError(error, 'invalid-request');
      this.fireError(this.setupError);
      return null;
    }
  }

  private closeSession(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session?.dispose();
    this.session = null;
    this.view = undefined;
    this.lastSelection = [];
  }

  private show(view: ViewState): void {
    const previous = this.view;
    this.view = view;
    if (previous?.chips !== view.chips) {
      const userIds = view.chips.map((chip) => chip.userId);
      const last = new Set(this.lastSelection);
      const same = userIds.length === last.size && userIds.every((id) => last.has(id));
      if (!same) {
        this.lastSelection = userIds;
        this.dispatchEvent(new LmSelectionChangeEvent({ userIds }));
      }
    }
  }

  private fireError(error: ViewError): void {
    this.dispatchEvent(new LmErrorEvent({ kind: error.kind, message: error.message }));
  }

  /** Save is an intent: the session decides who is sent and who is held back, and whether the review shows first. */
  private async save(): Promise<void> {
    if (!(await this.parts.load('save'))) return;
    await this.session?.save();
  }

  private async confirm(): Promise<void> {
    if (!(await this.parts.load('save'))) return;
    await this.session?.confirm();
  }

  private async undoJob(jobId: string): Promise<void> {
    if (!(await this.parts.load('save'))) return;
    await this.session?.undoJob(jobId);
  }

  private async downloadCsv(jobId: string): Promise<void> {
    if (!(await this.parts.load('export'))) return;
    const { csvWords } = await import('./csv-words.js');
    const text = (await this.session?.exportHistoryCsv(jobId, csvWords())) ?? '';
    if (text) this.download([text], `license-changes-${jobId}.csv`);
  }

  /** "Export license report": the session reads every user; the file is handed to the browser once complete. */
  private async exportReport(): Promise<void> {
    if (!(await this.parts.load('report'))) return;
    const { reportWords } = await import('./chunks/report.js');
    const result = await this.session?.exportReport(reportWords());
    if (result?.status === 'done') this.download(result.parts, `license-report-${this.customerId}.csv`);
  }

  private download(parts: readonly string[], fileName: string): void {
    const url = URL.createObjectURL(new Blob([...parts], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  protected override render(): TemplateResult {
    const view = this.view;
    // The UI language may differ from the page's (a German page gets English): say so, for the right speech rules.
    const loadFailed = this.languageFailed || this.parts.failed().length > 0;
    return html`<div class="frame" part="base" lang=${this.language}>
      ${this.setupError ? this.renderError(this.setupError) : nothing}
      ${loadFailed ? renderLoadFailure(() => void this.retryLoading()) : nothing}
      ${view ? this.renderView(view) : this.renderWaiting()}
    </div>`;
  }

  protected override updated(): void {
    const step = this.view?.step ?? null;
    if (step !== null && this.shownStep !== null && step !== this.shownStep) this.focusStep();
    this.shownStep = step;
  }

  /**
   * A step change replaces the button that caused it, which drops focus to the page body: keyboard and screen
   * reader users would have to start over from the top. Focus the new step instead (read as "Choose licenses,
   * region"), unless focus is somewhere that still exists.
   */
  private focusStep(): void {
    const active = document.activeElement;
    const lost = active === null || active === document.body || (active === this && this.shadowRoot?.activeElement == null);
    if (lost) this.renderRoot.querySelector<HTMLElement>('section.step')?.focus();
  }

  private renderWaiting(): TemplateResult {
    const configured = this.customerId !== '' && (this.client !== null || (this.baseUrl !== '' && this.tokenProvider !== null));
    return html`<p class="muted" role="status">${configured ? msg('Loading…') : msg('Waiting for the customer and sign-in settings.')}</p>`;
  }

  private renderView(view: ViewState): TemplateResult {
    return html`
      ${this.renderReadOnly(view)} ${view.notice ? this.renderError(view.notice) : nothing}
      ${view.interruptedJob && view.step !== 'results' && view.step !== 'review' ? this.renderPart('save', html`<lm-job-banner></lm-job-banner>`) : nothing}
      ${this.renderStep(view)}
      ${this.renderPart('match', html`<lm-match-dialog></lm-match-dialog>`, view.match !== null)}
      ${view.history.length > 0 && view.step !== 'results' && view.step !== 'review' ? this.renderPart('history', html`<lm-job-history></lm-job-history>`) : nothing}
    `;
  }

  private renderStep(view: ViewState): TemplateResult {
    const { step } = view;
    return step === 'users' ? this.renderUsersStep(view) : step === 'licenses' ? this.renderLicensesStep(view) : step === 'review' ? this.renderReviewStep(view) : this.renderResultsStep(view);
  }

  private renderReviewStep(view: ViewState): TemplateResult {
    const sends = (view.review?.changes.length ?? 0) > (view.review?.heldBackCount ?? 0);
    return html`<section class="step" tabindex="-1" aria-label=${msg('Review changes')}>
      ${this.renderPart('save', html`<lm-review></lm-review>`)}
      <div class="step-actions" part="actions">
        <button type="button" part="button" @click=${() => this.session?.backFromReview()}>${msg('Back')}</button>
        <button type="button" class="primary" part="button primary-button" ?disabled=${!sends || !view.access.canChange} @click=${() => void this.confirm()}>
          ${msg('Confirm')}
        </button>
      </div>
    </section>`;
  }

  private renderUsersStep(view: ViewState): TemplateResult {
    const reporting = view.report?.status === 'reading';
    return html`<section class="step" tabindex="-1" aria-label=${msg('Choose users')}>
      <lm-selection-chips></lm-selection-chips>
      <lm-user-picker></lm-user-picker>
      ${this.renderPart('report', html`<lm-license-report></lm-license-report>`, view.report !== null)}
      <div class="step-actions" part="actions">
        <span class="count">${msg(str`${this.locale.numbers.format(view.chips.length)} selected`)}</span>
        <button type="button" part="button" ?disabled=${reporting} @click=${() => void this.exportReport()}>${msg('Export license report')}</button>
        ${view.chips.length > 0 && view.access.canChange
          ? html`<button type="button" part="button" @click=${() => void this.session?.openMatch()}>${msg('Match licenses of…')}</button>`
          : nothing}
        <button type="button" class="primary" part="button primary-button" ?disabled=${view.chips.length === 0} @click=${() => this.session?.setStep('licenses')}>
          ${msg('Manage licenses')}
        </button>
      </div>
    </section>`;
  }

  private renderLicensesStep(view: ViewState): TemplateResult {
    const changes = view.products.rows.some((row) => row.intent !== 'leave' || row.plansChanged);
    const ready = view.products.status === 'ready';
    // Cached holdings may be stale: saving waits for the live read, and says so beside the disabled Save.
    const reading = view.products.error === null && (view.products.status === 'loading' || (ready && view.products.cachedAt !== null));
    const canSave = view.access.canChange && ready && view.products.cachedAt === null && changes && !view.saveBlocked && !view.saveHeldBack && view.chips.length > 0;
    // Every user with a change is held back: Save would do nothing, so it is off and says why.
    const heldBack = view.saveHeldBack && !view.saveBlocked && !reading;
    return html`<section class="step" tabindex="-1" aria-label=${msg('Choose licenses')}>
      <lm-selection-chips></lm-selection-chips>
      ${this.renderPart('match', html`<lm-match-note></lm-match-note>`, view.matched !== null)}
      ${this.renderPart('products', html`<lm-product-grid></lm-product-grid>`)}
      ${this.renderPart('plans', html`<lm-service-plan-drawer></lm-service-plan-drawer>`, view.plansOpenFor !== null)}
      ${this.renderPart('location', html`<lm-usage-location-dialog></lm-usage-location-dialog>`, view.usageLocation.dialogOpen)}
      <div class="step-actions" part="actions">
        ${reading ? html`<span id="save-wait" class="count">${msg('Reading current licenses…')}</span>` : nothing}
        ${heldBack ? html`<span id="save-held-back" class="count">${msg('Nothing to save: every user with a change is held back')}</span>` : nothing}
        <button type="button" part="button" @click=${() => this.session?.setStep('users')}>${msg('Back')}</button>
        <button
          type="button"
          class="primary"
          part="button primary-button"
          ?disabled=${!canSave}
          aria-describedby=${reading ? 'save-wait' : heldBack ? 'save-held-back' : nothing}
          @click=${() => void this.save()}
        >${msg('Save')}</button>
      </div>
    </section>`;
  }

  private renderResultsStep(view: ViewState): TemplateResult {
    const running = view.job?.status === 'running';
    return html`<section class="step" tabindex="-1" aria-label=${msg('License changes')}>
      ${this.renderPart('save', html`<lm-results-panel></lm-results-panel>`)}
      <div class="step-actions" part="actions">
        <button type="button" part="button" ?disabled=${running} @click=${() => this.session?.setStep(view.chips.length > 0 ? 'licenses' : 'users')}>${msg('Back')}</button>
      </div>
    </section>`;
  }

  /** A part once its chunk is in; until then "Loading…" where the view shows it now (a failure has its own notice). */
  private renderPart(part: Part, template: TemplateResult, shown = true): TemplateResult | typeof nothing {
    const status = this.parts.status(part);
    if (status === 'ready') return template;
    return shown && status === 'loading' ? html`<p class="muted" role="status">${msg('Loading…')}</p>` : nothing;
  }

  private renderReadOnly(view: ViewState): TemplateResult | typeof nothing {
    const reason = view.access.readOnlyReason;
    if (view.access.canChange || reason === null) return nothing;
    const text = reason.kind === 'role'
      ? reason.roles.length > 0
        ? msg(str`Read only: your role (${reason.roles.join(', ')}) can't change licenses.`)
        : msg("Read only: you have no role that can change licenses.")
      : msg('Read only: the service refused to change licenses for you.');
    return html`<div class="notice warning" part="notice" role="status">
      <p>${text}${reason.kind === 'forbidden' && reason.message ? html`<span class="detail">${reason.message}</span>` : nothing}</p>
    </div>`;
  }

  private renderError(error: ViewError): TemplateResult {
    const { summary, detail, more } = describeViewError(error);
    return html`<div class="notice error" part="notice" role="alert">
      <p>${summary}${detail === null ? nothing : html`<span class="detail">${detail}</span>`}</p>
      ${renderMoreDetails(more)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'license-manager': LicenseManager;
  }
}
