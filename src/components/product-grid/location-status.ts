/** How the last "Set usage location" went: a live status line under the findings. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatLocation, plural } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';
import { describeFailure } from '../../i18n/reasons.js';
import type { LocationJob } from '../../session/view-state.js';

export function renderLocationStatus(job: LocationJob | null, language: UiLanguage, numbers: Intl.NumberFormat): TemplateResult | typeof nothing {
  if (job === null) return nothing;
  const place = formatLocation(language, job.usageLocation);
  const { progress, status, rows } = job.view;
  const failed = rows.filter((row) => row.outcome === 'failed' || row.outcome === 'cancelled');
  const done = numbers.format(progress.done);
  const set = numbers.format(progress.succeeded);
  const failedCount = numbers.format(failed.length);
  let text: string;
  if (status === 'running') {
    text = plural(language, progress.total, {
      one: msg(str`Setting usage location to ${place}: ${done} of 1 user done`),
      other: msg(str`Setting usage location to ${place}: ${done} of ${numbers.format(progress.total)} users done`),
    });
  } else if (failed.length === 0) {
    text = plural(language, progress.succeeded, {
      one: msg(str`Usage location set to ${place} for 1 user.`),
      other: msg(str`Usage location set to ${place} for ${set} users.`),
    });
  } else {
    text = plural(language, progress.succeeded, {
      one: msg(str`Usage location set to ${place} for 1 user; ${failedCount} failed.`),
      other: msg(str`Usage location set to ${place} for ${set} users; ${failedCount} failed.`),
    });
  }
  return html`<div class="notice location-status" role="status">
    <p>${text}</p>
    ${failed.length > 0
      ? html`<ul>
          ${failed.map((row) => html`<li><span class="data">${row.displayName}</span>: ${row.reason ? describeFailure(row.reason).summary : msg('Cancelled')}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
