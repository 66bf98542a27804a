/**
 * One row of the products table. A template function, not an element: a custom element inside <tbody> would
 * break the table, and the checkbox, its label and its descriptions must share one shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { UNASSIGNABLE_STATUSES, type CheckState, type ProductIntent } from '../../core/types.js';
import { formatList } from '../../i18n/format.js';
import type { ProductRow } from '../../session/view-state.js';
import { affectedUsersText, findingText, type FindingWordsContext } from './finding-words.js';
import { renderHoldersPopover } from './holders-popover.js';
import { licenseProblemText } from './license-problem-words.js';

export interface ProductRowContext extends FindingWordsContext {
  /** Unique within the grid's shadow root; ids are built from it, never from data. */
  readonly key: string;
  /** What the checkbox shows, with a click not yet reflected by the session already applied. */
  readonly shown: CheckState;
  readonly intent: ProductIntent;
  readonly canChange: boolean;
  readonly buyMoreUrl: string | null;
  readonly onCheckboxChange: (row: ProductRow) => void;
  readonly onBuyMore: (row: ProductRow, event: MouseEvent) => void;
  readonly onPlansOpen: (row: ProductRow) => void;
}

/** Units the intent would need beyond what the selection already holds. */
export function unitsNeeded(row: ProductRow, intent: ProductIntent): number {
  return intent === 'assign' ? Math.max(0, row.selectedCount - row.holders.length) : 0;
}

export function renderProductRow(row: ProductRow, context: ProductRowContext): TemplateResult {
  const { key, shown, numbers } = context;
  const product = row.product;
  const name = product.displayName;
  const ids = { box: `${key}-box`, description: `${key}-description`, findings: `${key}-findings`, problems: `${key}-problems` };
  const describedBy = [ids.description, ...(row.findings.length > 0 ? [ids.findings] : []), ...(row.problems.length > 0 ? [ids.problems] : [])].join(' ');
  const needed = unitsNeeded(row, context.intent);
  const short = product.availableUnits <= 0 || needed > product.availableUnits;
  return html`
    <tr class=${context.intent === 'leave' ? '' : 'changed'}>
      <td class="product-cell">
        <div class="product-choice">
          <input
            id=${ids.box}
            type="checkbox"
            aria-describedby=${describedBy}
            aria-checked=${shown === 'mixed' ? 'mixed' : nothing}
            .checked=${live(shown === 'checked')}
            .indeterminate=${live(shown === 'mixed')}
            ?disabled=${!context.canChange || row.selectedCount === 0}
            @change=${() => context.onCheckboxChange(row)}
          />
          <label for=${ids.box} class="data">${name}</label>
        </div>
        <p id=${ids.description} class="description muted">${describeRow(row, context.intent, numbers)}</p>
        ${row.findings.length > 0
          ? html`<div id=${ids.findings} class="row-findings" role="note">
              <ul>
                ${row.findings.map(
                  (finding) => html`<li class=${finding.severity}>
                    ${findingText(finding, context, product.skuId)}${finding.userIds.length > 0
                      ? html`<span class="muted"> (${affectedUsersText(finding.userIds.length, numbers)})</span>`
                      : nothing}
                  </li>`,
                )}
              </ul>
            </div>`
          : nothing}
        ${row.problems.length > 0
          ? html`<div id=${ids.problems} class="license-problems" role="note">
              <p>${msg('Licenses that could not be applied:')}</p>
              <ul>
                ${row.problems.map((problem) => html`<li class="data">${licenseProblemText(problem)}</li>`)}
              </ul>
            </div>`
          : nothing}
      </td>
      <td class="number units">
        <span class=${product.availableUnits <= 0 ? 'units-count none-left' : 'units-count'}>${numbers.format(product.availableUnits)}</span>
        <span class=${product.availableUnits <= 0 ? 'units-sentence none-left' : 'units-sentence'}>${msg(str`${numbers.format(product.availableUnits)} of ${numbers.format(product.totalUnits)} available`)}</span>
        ${short ? renderBuyMore(row, context) : nothing}
        ${renderUnusableUnits(product, context)}
      </td>
      <td class="number hidden-narrow">${numbers.format(product.totalUnits)}</td>
      <td class="holders">${renderHoldersPopover(row, `${key}-holders`, numbers, context.language)}</td>
      <td class="plans">
        <button type="button" class="link" aria-label=${msg(str`View service plans for ${name}`)} @click=${() => context.onPlansOpen(row)}>
          ${msg('Service plans')}
        </button>
        ${row.plansChanged ? html`<span class="muted plans-changed">${msg('Changed')}</span>` : nothing}
      </td>
    </tr>
  `;
}

/** Units that exist but cannot be assigned, and a subscription that allows no assignment at all. */
function renderUnusableUnits(product: ProductRow['product'], context: ProductRowContext): TemplateResult | typeof nothing {
  const units = product.unusableUnits;
  const { numbers } = context;
  const parts = units === undefined ? [] : [
    ...(units.warning > 0 ? [msg(str`${numbers.format(units.warning)} in grace period`)] : []),
    ...(units.suspended > 0 ? [msg(str`${numbers.format(units.suspended)} suspended`)] : []),
    ...(units.lockedOut > 0 ? [msg(str`${numbers.format(units.lockedOut)} locked out`)] : []),
  ];
  const stopped = UNASSIGNABLE_STATUSES.includes(product.capabilityStatus);
  if (parts.length === 0 && !stopped) return nothing;
  return html`<span class="muted unusable-units">
    ${stopped ? html`<span>${msg('Subscription not active')}</span>` : nothing}
    ${parts.length > 0 ? html`<span>${msg(str`Not available: ${formatList(context.language, parts)}`)}</span>` : nothing}
  </span>`;
}

function renderBuyMore(row: ProductRow, context: ProductRowContext): TemplateResult {
  const name = row.product.displayName;
  const url = context.buyMoreUrl;
  return html`<a
    class="buy-more"
    href=${url ?? '#'}
    target=${url ? '_blank' : nothing}
    rel=${url ? 'noopener noreferrer' : nothing}
    aria-label=${msg(str`Buy more ${name}`)}
    @click=${(event: MouseEvent) => context.onBuyMore(row, event)}
    >${msg('Buy more')}</a
  >`;
}

function describeRow(row: ProductRow, intent: ProductIntent, numbers: Intl.NumberFormat): string {
  const selected = row.selectedCount;
  const holders = row.holders.length;
  const parts: string[] = [];
  if (selected === 0) parts.push(msg('No users selected.'));
  else if (selected === 1) parts.push(msg(str`Assigned to ${numbers.format(holders)} of 1 selected user.`));
  else parts.push(msg(str`Assigned to ${numbers.format(holders)} of ${numbers.format(selected)} selected users.`));
  if (intent === 'assign') {
    const more = selected - holders;
    if (more === 1) parts.push(msg('Will be assigned to 1 more user.'));
    else if (more > 1) parts.push(msg(str`Will be assigned to ${numbers.format(more)} more users.`));
  } else if (intent === 'revoke' && holders > 0) {
    parts.push(holders === 1 ? msg('Will be removed from 1 user.') : msg(str`Will be removed from ${numbers.format(holders)} users.`));
  }
  if (row.plansChanged) parts.push(msg('Service plans changed.'));
  // Whole sentences side by side, each translated on its own.
  return parts.join(' ');
}
