/** The last finished jobs: who, when, which products, how it went, and an "Export CSV" per job. */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import type { JobSummary } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit } from '../events.js';
import { formatDateTime, formatList } from '../../i18n/format.js';
import { renderDataTable } from '../data-table.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { jobHistoryStyles } from './job-history.styles.js';

export const tagName = 'lm-job-history';

/**
 * @summary A table of past jobs with "Export CSV" and, when it changed someone, "Undo this change" each.
 * @fires lm-export - "Export CSV" of one job ({jobId}).
 * @fires lm-job-undo - "Undo this change" of one job ({jobId}).
 */
@localized()
export class LmJobHistory extends LitElement {
  static override styles = [tokens, shared, stackedTables, jobHistoryStyles];

  private readonly contexts = new ViewContextController(this);

  protected override render(): TemplateResult | typeof nothing {
    const history = this.contexts.view?.history;
    if (!history) return nothing;
    if (history.length === 0) return html`<p class="muted">${msg('No jobs yet.')}</p>`;
    const locale = this.contexts.locale;
    return renderDataTable({
      name: 'history',
      caption: msg('Job history'),
      columns: [msg('When'), msg('Who'), msg('Products'), msg('Outcome'), { content: html`<span class="visually-hidden">${msg('Actions')}</span>` }],
      body: html`<tbody>${history.map((job) => this.renderJob(job, locale, history))}</tbody>`,
    });
  }

  private renderJob(job: JobSummary, locale: LocaleInfo, history: readonly JobSummary[]): TemplateResult {
    const n = locale.numbers;
    const when = formatDateTime(locale.language, job.startedAt);
    const who = job.startedBy;
    const whenId = `when-${job.jobId}`;
    const canUndo = job.canUndo && this.contexts.view?.access.canChange === true;
    return html`<tr>
      <th scope="row" class="when" id=${whenId}>${when}${this.renderUndoOf(job, locale, history)}</th>
      <td class="data">${who}</td>
      <td class="data products">${formatList(locale.language, job.products)}</td>
      <td>
        ${msg(str`${n.format(job.succeeded)} succeeded, ${n.format(job.failed)} failed of ${n.format(job.total)}`)}${job.status ===
          'cancelled' || job.status === 'interrupted'
          ? html`<span class="muted"> ${job.status === 'cancelled' ? msg('(cancelled)') : msg('(interrupted)')}</span>`
          : nothing}
      </td>
      <td class="export"><div class="row-actions">
        <button type="button" aria-label=${msg(str`Export CSV, job of ${when} by ${who}`)} @click=${() => emit(this, 'lm-export', { jobId: job.jobId })}>
          ${msg('Export CSV')}
        </button>
        ${canUndo
          ? html`<button type="button" aria-describedby=${whenId} @click=${() => emit(this, 'lm-job-undo', { jobId: job.jobId })}>${msg('Undo this change')}</button>`
          : nothing}
      </div></td>
    </tr>`;
  }

  /** The link of an undo to the job it reverses (by its time, when that job is still in the list). */
  private renderUndoOf(job: JobSummary, locale: LocaleInfo, history: readonly JobSummary[]): TemplateResult | typeof nothing {
    if (job.undoOf === null) return nothing;
    const undone = history.find((other) => other.jobId === job.undoOf);
    const text = undone ? msg(str`Undoes the job of ${formatDateTime(locale.language, undone.startedAt)}`) : msg('Undoes an earlier job');
    return html`<span class="undo-of muted">${text}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-job-history': LmJobHistory;
  }
}
