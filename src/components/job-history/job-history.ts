/** The last finished jobs: who, when, which products, how it went, and an "Export CSV" per job. */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import type { JobSummary } from '../../session/view-state.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit } from '../events.js';
import { formatDateTime, formatList } from '../../i18n/format.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { stackedTables } from '../styles/narrow.styles.js';
import { jobHistoryStyles } from './job-history.styles.js';

export const tagName = 'lm-job-history';

/**
 * @summary A table of past jobs with an "Export CSV" button each.
 * @fires lm-export - "Export CSV" of one job ({jobId}).
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
    return html`
      <div class="table-wrap">
        <table class="stack history">
          <caption class="visually-hidden">${msg('Job history')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('When')}</th>
              <th scope="col">${msg('Who')}</th>
              <th scope="col">${msg('Products')}</th>
              <th scope="col">${msg('Outcome')}</th>
              <th scope="col"><span class="visually-hidden">${msg('Export')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${history.map((job) => this.renderJob(job, locale))}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderJob(job: JobSummary, locale: LocaleInfo): TemplateResult {
    const n = locale.numbers;
    const when = formatDateTime(locale.language, job.startedAt);
    const who = job.startedBy;
    return html`<tr>
      <th scope="row" class="when">${when}</th>
      <td class="data">${who}</td>
      <td class="data products">${formatList(locale.language, job.products)}</td>
      <td>
        ${msg(str`${n.format(job.succeeded)} succeeded, ${n.format(job.failed)} failed of ${n.format(job.total)}`)}${job.status ===
          'cancelled' || job.status === 'interrupted'
          ? html`<span class="muted"> ${job.status === 'cancelled' ? msg('(cancelled)') : msg('(interrupted)')}</span>`
          : nothing}
      </td>
      <td class="export">
        <button type="button" aria-label=${msg(str`Export CSV, job of ${when} by ${who}`)} @click=${() => emit(this, 'lm-export', { jobId: job.jobId })}>
          ${msg('Export CSV')}
        </button>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-job-history': LmJobHistory;
  }
}
