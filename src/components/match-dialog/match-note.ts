/**
 * Under the products, after "Use these licenses": whose licenses the plan now gives, what happens to the others,
 * and what of the chosen user's licenses could not be copied (held only through a group, or not offered to users).
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { formatList } from '../../i18n/format.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { shared } from '../styles/shared.styles.js';
import { tokens } from '../styles/tokens.styles.js';

export const tagName = 'lm-match-note';

/** @summary What "Match licenses of…" put into the plan. */
@localized()
export class LmMatchNote extends LitElement {
  static override styles = [tokens, shared];

  private readonly contexts = new ViewContextController(this);

  protected override render(): TemplateResult | typeof nothing {
    const view = this.contexts.view;
    const matched = view?.matched;
    if (!view || !matched) return nothing;
    const name = matched.template.displayName;
    const names = (skuIds: readonly string[]) => formatList(this.contexts.locale.language, skuIds.map((skuId) => view.productNames.get(skuId) ?? skuId));
    const groups = names(matched.throughGroups);
    const count = this.contexts.locale.numbers.format(matched.notOffered.length);
    return html`<div class="notice" role="status">
      <p>${msg(str`The plan gives the selected users the licenses of ${name}, with the same service plans.`)}
        ${matched.extras === 'remove' ? msg(str`Licenses ${name} doesn't hold are removed.`) : msg(str`Licenses ${name} doesn't hold are kept.`)}</p>
      ${matched.throughGroups.length > 0
        ? html`<p>${msg(str`${name} holds ${groups} only through a group: not copied. Add the users to that group, or tick it here.`)}</p>`
        : nothing}
      ${matched.notOffered.length > 0 ? html`<p>${msg(str`Licenses of ${name} that can't be assigned to users here: ${count}.`)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-match-note': LmMatchNote;
  }
}
