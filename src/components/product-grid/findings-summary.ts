/**
 * The pre-flight findings above the products table: blocking ones in an alert (the save is stopped),
 * per-user ones as a note naming the users the session holds back when the admin saves.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Finding, UserId } from '../../core/types.js';
import type { UsageLocationView } from '../../session/view-state.js';
import { formatList } from '../../i18n/format.js';
import { findingText, productName, type FindingWordsContext } from './finding-words.js';

/** How many names a summary line lists before "and 12 more". */
const NAMES_SHOWN = 10;

export interface FindingsSummaryContext extends FindingWordsContext {
  readonly userNames: ReadonlyMap<UserId, string>;
  readonly usageLocation: UsageLocationView;
  /** "Set usage location" was pressed. */
  readonly onSetUsageLocation: () => void;
}

export function renderFindingsSummary(findings: readonly Finding[], context: FindingsSummaryContext): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  const blocking = findings.filter((finding) => finding.severity === 'blocking');
  const perUser = findings.filter((finding) => finding.severity === 'per-user');
  const notes = findings.filter((finding) => finding.severity === 'note');
  return html`
    ${blocking.length > 0
      ? html`<div class="notice error findings" role="alert">
          <p><strong>${msg("These problems stop the save. Change the products below to fix them.")}</strong></p>
          <ul>
            ${blocking.map((finding) => renderItem(finding, context))}
          </ul>
        </div>`
      : nothing}
    ${perUser.length > 0
      ? html`<section class="notice warning findings" aria-labelledby="per-user-findings-title">
          <p id="per-user-findings-title"><strong>${msg('Users with problems will be skipped')}</strong></p>
          <p>${msg('Saving changes the other users; the users named here keep their licenses as they are.')}</p>
          <ul>
            ${perUser.map((finding) => renderItem(finding, context))}
          </ul>
          ${perUser.some((finding) => finding.kind === 'usage-location-missing') ? renderLocationAction(context) : nothing}
        </section>`
      : nothing}
    ${notes.length > 0
      ? html`<section class="notice findings" aria-labelledby="note-findings-title">
          <p id="note-findings-title"><strong>${msg('Good to know before saving')}</strong></p>
          <ul>
            ${notes.map((finding) => renderItem(finding, context))}
          </ul>
        </section>`
      : nothing}
  `;
}

function renderItem(finding: Finding, context: FindingsSummaryContext): TemplateResult {
  return html`<li>
    <span class="finding-product data">${productName(finding.skuId, context.productNames)}</span>:
    ${findingText(finding, context)}
    ${finding.userIds.length > 0 ? html`<span class="finding-users data">${usersLine(finding.userIds, context)}</span>` : nothing}
  </li>`;
}

/** One "Set usage location" for every product that needs it: it sets it for the users, whatever they get. */
function renderLocationAction(context: FindingsSummaryContext): TemplateResult | typeof nothing {
  const { usageLocation } = context;
  if (usageLocation.missing.length === 0) return nothing;
  if (!usageLocation.canChange) {
    return html`<p class="muted">${msg("Your role can't change users, so it can't set their usage location: ask an administrator who can.")}</p>`;
  }
  const running = usageLocation.job?.view.status === 'running';
  return html`<button type="button" class="set-location" ?disabled=${running} @click=${context.onSetUsageLocation}>
    ${msg('Set usage location')}
  </button>`;
}

function usersLine(userIds: readonly UserId[], context: FindingsSummaryContext): string {
  const names = userIds.slice(0, NAMES_SHOWN).map((id) => context.userNames.get(id) ?? id);
  const shown = formatList(context.language, names);
  const more = userIds.length - names.length;
  if (more <= 0) return msg(str`Users: ${shown}`);
  return msg(str`Users: ${shown} and ${context.numbers.format(more)} more`);
}
