/**
 * The license report while it is read and after: how many users so far, Cancel, and how it ended. The session
 * reads; the root starts it ("Export license report") and hands the file to the browser.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import type { ReportView } from '../../session/view-state.js';
import { describeViewError } from '../../i18n/reasons.js';
import type { LocaleInfo } from '../../i18n/localization.js';
import { emit } from '../events.js';
import { renderMoreDetails } from '../more-details.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { shared } from '../styles/shared.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { licenseReportStyles } from './license-report.styles.js';

export const tagName = 'lm-license-report';

/**
 * @summary Progress of the license report, with Cancel.
 * @fires lm-report-cancel - "Cancel" while the report is read.
 */
@localized()
export class LmLicenseReport extends LitElement {
  static override styles = [tokens, shared, licenseReportStyles];

  private readonly contexts = new ViewContextController(this);

  protected override render(): TemplateResult | typeof nothing {
    const report = this.contexts.view?.report;
    if (!report) return nothing;
    return html`<section aria-labelledby="report-title">
      <h2 id="report-title">${msg('License report')}</h2>
      ${report.status === 'reading' ? this.renderReading(report, this.contexts.locale) : nothing}
      <div role="status">${report.status === 'reading' ? nothing : this.renderEnd(report, this.contexts.locale)}</div>
    </section>`;
  }

  private renderReading(report: ReportView, locale: LocaleInfo): TemplateResult {
    const n = locale.numbers;
    // How many users the customer has is not known until the last page: the bar shows activity, the text the count.
    return html`<progress aria-labelledby="report-title"></progress>
      <p>${msg(str`Reading users: ${n.format(report.users)} so far.`)}</p>
      <div class="actions">
        <button type="button" @click=${() => emit(this, 'lm-report-cancel', {})}>${msg('Cancel')}</button>
      </div>`;
  }

  private renderEnd(report: ReportView, locale: LocaleInfo): TemplateResult | typeof nothing {
    const users = locale.numbers.format(report.users);
    if (report.status === 'done') return html`<p>${msg(str`The license report of ${users} users is downloaded.`)}</p>`;
    if (report.status === 'cancelled') return html`<p>${msg('The license report was cancelled.')}</p>`;
    if (report.error === null) return nothing;
    const { summary, detail, more } = describeViewError(report.error);
    return html`<div class="error">
      <p>${msg('The license report could not be read.')} ${summary}${detail === null ? nothing : html` <span class="detail">${detail}</span>`}</p>
      ${renderMoreDetails(more)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-license-report': LmLicenseReport;
  }
}
