/** The "Results" table rows: outcome in words, products assigned and removed, a failure's reason with detail. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FailureReason, SkuId } from '../../core/types.js';
import type { OutcomeKind, OutcomeRow } from '../../session/view-state.js';
import { formatList } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';
import { describeFailure } from '../../i18n/reasons.js';
import { renderMoreDetails } from '../more-details.js';

export interface OutcomeContext {
  readonly language: UiLanguage;
  readonly productNames: ReadonlyMap<SkuId, string>;
}

export function outcomeText(kind: OutcomeKind): string {
  switch (kind) {
    case 'succeeded':
      return msg('Succeeded');
    case 'failed':
      return msg('Failed');
    case 'unchanged':
      return msg('No change');
    case 'cancelled':
      return msg('Cancelled');
    case 'pending':
      return msg('Waiting');
  }
}

export function renderOutcomeRow(row: OutcomeRow, context: OutcomeContext): TemplateResult {
  return html`<tr>
    <th scope="row" class="data">${row.displayName}</th>
    <td class="data principal-name one-line" title=${row.userPrincipalName}>${row.userPrincipalName}</td>
    <td class=${`outcome outcome-${row.outcome}`}>${outcomeText(row.outcome)}</td>
    <td class="changes-cell">${renderChanges(row, context)}</td>
    <td class="reason-cell">${row.reason && row.outcome !== 'succeeded' ? renderReason(row.reason, context.productNames) : nothing}</td>
  </tr>`;
}

function renderChanges(row: OutcomeRow, context: OutcomeContext): TemplateResult | typeof nothing {
  if (row.assigned.length === 0 && row.removed.length === 0) return nothing;
  const names = (ids: readonly SkuId[]): string => formatList(context.language, ids.map((id) => context.productNames.get(id) ?? id));
  const assigned = names(row.assigned);
  const removed = names(row.removed);
  // Only a success changed anything; for the other rows the products are what was asked.
  const done = row.outcome === 'succeeded';
  return html`<ul class="changes">
    ${row.assigned.length > 0 ? html`<li class="data">${done ? msg(str`Assigned: ${assigned}`) : msg(str`To assign: ${assigned}`)}</li>` : nothing}
    ${row.removed.length > 0 ? html`<li class="data">${done ? msg(str`Removed: ${removed}`) : msg(str`To remove: ${removed}`)}</li>` : nothing}
  </ul>`;
}

function renderReason(reason: FailureReason, productNames: ReadonlyMap<SkuId, string>): TemplateResult {
  const { summary, detail, more } = describeFailure(reason, productNames);
  if (detail === null) return html`${summary}`;
  return html`<details>
    <summary>${summary}</summary>
    <p class=${reason.notSent ? 'muted' : 'data muted'}>${detail}</p>
    ${renderMoreDetails(more)}
  </details>`;
}
