/**
 * "Assigned {product}": a button and a native popover listing the selected users who hold the product.
 * Popover API gives light dismiss and Escape. Opening moves focus into the popover (a non-modal dialog) so a
 * screen reader reads its title and list at once; closing it from inside gives focus back to the button.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatList } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';
import type { Holder, ProductRow } from '../../session/view-state.js';
import { deepActiveElement } from '../focus.js';

/** Names listed before "and 240 more": the popover is a glance, the chips hold the full selection. */
const HOLDERS_SHOWN = 100;

/** Popovers whose focus must go back to their button once hidden (Chromium does not restore it itself). */
const returnFocus = new WeakSet<HTMLElement>();

function beforeToggle(event: Event): void {
  const popover = event.currentTarget as HTMLElement;
  if ((event as ToggleEvent).newState !== 'closed') return;
  const active = deepActiveElement();
  if (active !== null && popover.contains(active)) returnFocus.add(popover);
}

function afterToggle(event: Event): void {
  const popover = event.currentTarget as HTMLElement;
  if ((event as ToggleEvent).newState === 'open') {
    popover.focus();
    return;
  }
  if (!returnFocus.delete(popover)) return;
  const root = popover.getRootNode() as ShadowRoot | Document;
  root.querySelector<HTMLElement>(`.holders-button[popovertarget="${CSS.escape(popover.id)}"]`)?.focus();
}

/** "Ann (through Sales)": how the user holds it, when the service says (group-based licensing). */
export function holderText(holder: Holder, language: UiLanguage): string {
  const name = holder.displayName;
  if (holder.throughGroups.length === 0) return name;
  const groups = formatList(language, holder.throughGroups);
  return holder.direct ? msg(str`${name} (directly and through ${groups})`) : msg(str`${name} (through ${groups})`);
}

export function renderHoldersPopover(row: ProductRow, popoverId: string, numbers: Intl.NumberFormat, language: UiLanguage): TemplateResult {
  const name = row.product.displayName;
  const shown = row.holders.slice(0, HOLDERS_SHOWN);
  const more = row.holders.length - shown.length;
  return html`
    <button type="button" class="link holders-button" popovertarget=${popoverId} aria-label=${msg(str`Assigned ${name}`)}>
      ${msg('Assigned')}
    </button>
    <div
      id=${popoverId}
      popover="auto"
      role="dialog"
      tabindex="-1"
      class="holders-popover"
      aria-labelledby=${`${popoverId}-title`}
      @beforetoggle=${beforeToggle}
      @toggle=${afterToggle}
    >
      <h3 id=${`${popoverId}-title`} class="data">${msg(str`Users holding ${name}`)}</h3>
      ${shown.length === 0
        ? html`<p>${msg('No selected user holds this product.')}</p>`
        : html`<ul class="holders-list">
            ${shown.map((holder) => html`<li class="data">${holderText(holder, language)}</li>`)}
          </ul>`}
      ${more > 0 ? html`<p class="muted">${msg(str`And ${numbers.format(more)} more`)}</p>` : ''}
      <button type="button" popovertarget=${popoverId} popovertargetaction="hide">${msg('Close')}</button>
    </div>
  `;
}
