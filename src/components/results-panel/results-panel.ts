/**
 * A job's progress while it runs and its results after: counts, a "Results" table with a row per user, "Retry
 * failed" and "Export CSV". Thousands of rows come in pages, each filled in chunks on idle time, so the page never
 * stalls; a chunk a new snapshot did not change is not re-rendered.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg, str } from '@lit/localize';
import type { FailureReason } from '../../core/types.js';
import type { JobView, OutcomeRow } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit } from '../events.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { StallController } from '../controllers/stall-controller.js';
import { renderDataTable } from '../data-table.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { formatDuration, formatTime } from '../../i18n/format.js';
import { failureSummary } from '../../i18n/reasons.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { renderOutcomeRow, type OutcomeContext } from './outcome-table.js';
import { RowChunker } from './row-chunks.js';
import { pageSlice, rangeText, renderResultsPager } from './results-pager.js';
import { resultsPanelStyles } from './results-panel.styles.js';

export const tagName = 'lm-results-panel';

/**
 * Rows added per idle callback (one <tbody> each), and rendered at once after "Next page": a few milliseconds of
 * work, so that even on a busy machine no page change becomes a long task (over 50 ms).
 */
export const ROWS_PER_CHUNK = 25;

const whenIdle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
};

/**
 * @summary Progress of the running job, then its results per user.
 * @fires lm-job-cancel - "Cancel" while running ({jobId}).
 * @fires lm-job-retry - "Retry failed" after the job ended with failures ({jobId}).
 * @fires lm-export - "Export CSV" ({jobId}).
 * @fires lm-job-undo - "Undo this change" after the job ended with users changed ({jobId}).
 */
@localized()
export class LmResultsPanel extends LitElement {
  static override styles = [tokens, shared, stackedTables, resultsPanelStyles];

  private readonly contexts = new ViewContextController(this);

  @state() private shownRows = ROWS_PER_CHUNK;
  @state() private failedOnly = false;
  @state() private page = 0;

  private readonly announcer = new AnnouncerController(this, { clock: () => this.contexts.config?.clock });
  private readonly stall = new StallController(this, { clock: () => this.contexts.config?.clock });
  private readonly chunker = new RowChunker<OutcomeRow>(ROWS_PER_CHUNK);
  private noNames: ReadonlyMap<string, string> = new Map();
  private cancelIdle: (() => void) | null = null;
  private announcedJob: string | null = null;
  private announcedQuarter = 0;
  private announcedEnd = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  protected override willUpdate(): void {
    if (!this.contexts.viewChanged) return;
    const job = this.contexts.view?.job ?? null;
    if (job && job.jobId !== this.announcedJob) {
      this.announcedJob = job.jobId;
      this.announcedQuarter = 0;
      this.announcedEnd = false;
      this.shownRows = ROWS_PER_CHUNK;
      this.failedOnly = false;
      this.page = 0;
    }
    if (job) this.announceProgress(job);
  }

  protected override updated(): void {
    if (this.shownRows < this.pageRows().length && this.cancelIdle === null) {
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = null;
        this.shownRows += ROWS_PER_CHUNK;
      });
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const job = this.contexts.view?.job;
    const stalledMs = this.stall.watch(job?.jobId ?? '', job?.progress.done ?? 0, job?.status === 'running');
    if (!job) return nothing;
    const locale = this.contexts.locale;
    return html`
      ${job.status === 'running' ? this.renderProgress(job, locale, stalledMs) : this.renderSummary(job, locale)}
      ${this.renderTable(job, locale)}
      ${this.announcer.render()}
    `;
  }

  private renderProgress(job: JobView, locale: LocaleInfo, stalledMs: number | null): TemplateResult {
    const { progress } = job;
    const n = locale.numbers;
    const rate = new Intl.NumberFormat(locale.language, { maximumFractionDigits: 1 }).format(progress.ratePerSecond);
    const waited = stalledMs === null ? null : formatDuration(locale.language, stalledMs / 1000);
    // Stalled, a time left is a promise the service is not keeping: say what is happening instead.
    const left = progress.secondsLeft === null || waited !== null ? null : formatDuration(locale.language, progress.secondsLeft);
    return html`
      <h2 id="progress-title">${msg('Applying license changes')}</h2>
      <progress aria-labelledby="progress-title" max=${Math.max(progress.total, 1)} .value=${progress.done}></progress>
      <ul class="counts">
        <li>${msg(str`${n.format(progress.done)} of ${n.format(progress.total)} done`)}</li>
        <li>${msg(str`${n.format(progress.succeeded)} succeeded`)}</li>
        <li>${msg(str`${n.format(progress.failed)} failed`)}</li>
        ${progress.ratePerSecond > 0 ? html`<li>${msg(str`${rate} per second`)}</li>` : nothing}
        ${left === null ? nothing : html`<li>${msg(str`About ${left} left`)}</li>`}
        ${waited === null || job.resumesAt !== undefined ? nothing : html`<li class="waiting">${msg(str`Waiting for the service: nothing has finished for ${waited}; still trying`)}</li>`}
        ${this.renderPause(job, locale)}
      </ul>
      <div class="actions">
        ${job.resumesAt === undefined ? nothing : html`<button type="button" @click=${() => emit(this, 'lm-job-retry-now', { jobId: job.jobId })}>${msg('Retry now')}</button>`}
        <button type="button" @click=${() => emit(this, 'lm-job-cancel', { jobId: job.jobId })}>${msg('Cancel')}</button>
      </div>
    `;
  }

  /** The service asked for a pause (Retry-After, at most 5 minutes) or every user left is backing off. */
  private renderPause(job: JobView, locale: LocaleInfo): TemplateResult | typeof nothing {
    if (job.resumesAt === undefined) return nothing;
    const pause = formatDuration(locale.language, job.progress.waitSeconds ?? 0);
    const time = formatTime(locale.language, job.resumesAt);
    return html`<li class="waiting">${msg(str`The service asked for a pause of ${pause}: trying again at ${time}.`)}</li>`;
  }

  private renderSummary(job: JobView, locale: LocaleInfo): TemplateResult {
    const { progress } = job;
    const n = locale.numbers;
    return html`
      <h2>${job.status === 'cancelled' ? msg('Cancelled: the remaining changes were not made') : msg('Changes applied')}</h2>
      <ul class="summary">
        <li>${msg(str`${n.format(progress.succeeded)} succeeded`)}</li>
        <li>${msg(str`${n.format(progress.failed)} failed`)}</li>
        <li>${msg(str`${n.format(job.unchanged)} unchanged`)}</li>
        ${progress.cancelled > 0 ? html`<li>${msg(str`${n.format(progress.cancelled)} cancelled`)}</li>` : nothing}
      </ul>
      ${this.renderReasons(job.rows, n)}
      <div class="actions">
        ${progress.failed > 0
          ? html`<button type="button" class="primary" @click=${() => emit(this, 'lm-job-retry', { jobId: job.jobId })}>
                ${msg('Retry failed')}
              </button>
              <button type="button" aria-pressed=${this.failedOnly ? 'true' : 'false'} @click=${this.onFailedOnly}>
                ${msg('Show only failed')}
              </button>`
          : nothing}
        <button type="button" @click=${() => emit(this, 'lm-export', { jobId: job.jobId })}>${msg('Export CSV')}</button>
        ${job.canUndo && this.contexts.view?.access.canChange
          ? html`<button type="button" @click=${() => emit(this, 'lm-job-undo', { jobId: job.jobId })}>${msg('Undo this change')}</button>`
          : nothing}
      </div>
    `;
  }

  private renderTable(job: JobView, locale: LocaleInfo): TemplateResult | typeof nothing {
    if (job.rows.length === 0) return nothing;
    const total = this.visibleRows().length;
    const chunks = this.chunker.chunks(this.pageRows()).slice(0, Math.ceil(this.shownRows / ROWS_PER_CHUNK));
    const productNames = job.productNames ?? this.contexts.view?.productNames ?? this.noNames;
    const context: OutcomeContext = { language: locale.language, productNames };
    return html`
      ${renderDataTable({
        name: 'results',
        caption: msg('Results'),
        regionId: 'results-caption',
        columns: [msg('User'), msg('Principal name'), msg('Outcome'), msg('Changes'), msg('Reason')],
        body: chunks.map((chunk) =>
          guard([chunk, context.language, context.productNames], () => html`<tbody>${chunk.map((row) => renderOutcomeRow(row, context))}</tbody>`),
        ),
      })}
      ${renderResultsPager({ index: this.page, total }, locale.numbers, this.goToPage)}
    `;
  }

  /** Failed users counted per reason, most frequent first, so thousands of results read as a few lines. */
  private renderReasons(rows: readonly OutcomeRow[], n: Intl.NumberFormat): TemplateResult | typeof nothing {
    const counts = new Map<FailureReason['kind'], number>();
    for (const row of rows) if (row.outcome === 'failed' && row.reason) counts.set(row.reason.kind, (counts.get(row.reason.kind) ?? 0) + 1);
    if (counts.size === 0) return nothing;
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    return html`<ul class="summary reasons" aria-label=${msg('Failed, by reason')}>
      ${sorted.map(([kind, count]) => html`<li>${failureSummary(kind)}: ${n.format(count)}</li>`)}
    </ul>`;
  }

  private visibleRows(): readonly OutcomeRow[] {
    const rows = this.contexts.view?.job?.rows ?? [];
    return this.failedOnly ? rows.filter((row) => row.outcome === 'failed') : rows;
  }

  /** The current page of the visible rows; the page is clamped when the rows shrink. */
  private pageRows(): readonly OutcomeRow[] {
    return pageSlice(this.visibleRows(), this.page);
  }

  private readonly goToPage = (index: number): void => {
    this.page = index;
    this.shownRows = ROWS_PER_CHUNK;
    const numbers = this.contexts.locale.numbers;
    this.announcer.announce(rangeText({ index, total: this.visibleRows().length }, numbers));
  };

  private onFailedOnly(): void {
    this.failedOnly = !this.failedOnly;
    this.shownRows = ROWS_PER_CHUNK;
    this.page = 0;
  }

  /** Quarter milestones while running and the outcome once, never every tick. */
  private announceProgress(job: JobView): void {
    const { progress } = job;
    const n = this.contexts.locale.numbers;
    if (job.status === 'running') {
      const quarter = progress.total > 0 ? Math.floor((progress.done / progress.total) * 4) : 0;
      if (quarter > this.announcedQuarter && quarter < 4) {
        this.announcedQuarter = quarter;
        const percent = new Intl.NumberFormat(this.contexts.locale.language, { style: 'percent' }).format(quarter / 4);
        this.announcer.announce(msg(str`${percent} of the changes applied`));
      }
      return;
    }
    if (this.announcedEnd) return;
    this.announcedEnd = true;
    const succeeded = n.format(progress.succeeded);
    const failed = n.format(progress.failed);
    const unchanged = n.format(job.unchanged);
    this.announcer.announce(
      job.status === 'cancelled'
        ? msg(str`Cancelled: ${succeeded} succeeded, ${failed} failed`)
        : msg(str`Finished: ${succeeded} succeeded, ${failed} failed, ${unchanged} unchanged`),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-results-panel': LmResultsPanel;
  }
}
