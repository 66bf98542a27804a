/**
 * "Interrupted job": a job left running when the side panel closed. Shows how far it got and lets the admin
 * resume it (the journal knows what is done) or discard it.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import type { JobSummary } from '../../session/view-state.js';
import { emit } from '../events.js';
import { formatDateTime, formatList } from '../../i18n/format.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { jobBannerStyles } from './job-banner.styles.js';

export const tagName = 'lm-job-banner';

/**
 * @summary Offers to resume or discard a job that was interrupted.
 * @fires lm-job-resume - "Resume" ({jobId}).
 * @fires lm-job-discard - "Discard" ({jobId}).
 */
@localized()
export class LmJobBanner extends LitElement {
  static override styles = [tokens, shared, jobBannerStyles];

  private readonly contexts = new ViewContextController(this);

  protected override render(): TemplateResult | typeof nothing {
    const job = this.contexts.view?.interruptedJob;
    if (!job) return nothing;
    const locale = this.contexts.locale;
    const n = locale.numbers;
    const done = job.succeeded + job.failed;
    const who = job.startedBy;
    const when = formatDateTime(locale.language, job.startedAt);
    const products = formatList(locale.language, job.products);
    const canChange = this.contexts.view?.access.canChange ?? false;
    return html`
      <section aria-labelledby="interrupted-title">
        <h2 id="interrupted-title">${msg('Interrupted job')}</h2>
        <p class="data">${msg(str`Started by ${who} on ${when}: ${products}.`)}</p>
        <progress aria-labelledby="interrupted-title" max=${Math.max(job.total, 1)} .value=${done}></progress>
        <p>
          ${msg(str`${n.format(done)} of ${n.format(job.total)} users done: ${n.format(job.succeeded)} succeeded, ${n.format(job.failed)} failed.`)}
        </p>
        <div class="actions">
          <button type="button" class="primary" ?disabled=${!canChange} @click=${() => this.act('lm-job-resume', job)}>${msg('Resume')}</button>
          <button type="button" @click=${() => this.act('lm-job-discard', job)}>${msg('Discard')}</button>
        </div>
      </section>
    `;
  }

  private act(type: 'lm-job-resume' | 'lm-job-discard', job: JobSummary): void {
    emit(this, type, { jobId: job.jobId });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-job-banner': LmJobBanner;
  }
}
