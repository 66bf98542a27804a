/** One user's change in the review, in the admin's words: what is assigned, removed, or given other service plans. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ServicePlanId, SkuId } from '../../core/types.js';
import type { ReviewChange, ReviewView } from '../../session/view-state.js';
import { formatList } from '../../i18n/format.js';
import type { UiLanguage } from '../../i18n/localization.js';

export function renderChange(change: ReviewChange, review: ReviewView, language: UiLanguage): TemplateResult | typeof nothing {
  if (change.assign.length === 0 && change.remove.length === 0) return nothing;
  const product = (skuId: SkuId) => review.productNames.get(skuId) ?? skuId;
  const plans = (ids: readonly ServicePlanId[]) => formatList(language, ids.map((id) => review.planNames.get(id) ?? id));
  return html`<ul class="changes">
    ${change.assign.map(({ skuId, disabledPlans, held }) => {
      const name = product(skuId);
      const off = plans(disabledPlans);
      if (held) {
        return html`<li>${disabledPlans.length > 0 ? msg(str`Service plans of ${name}: ${off} off`) : msg(str`Service plans of ${name}: all on`)}</li>`;
      }
      return html`<li>${disabledPlans.length > 0 ? msg(str`Assign ${name}, with ${off} off`) : msg(str`Assign ${name}`)}</li>`;
    })}
    ${change.remove.map((skuId) => html`<li>${msg(str`Remove ${product(skuId)}`)}</li>`)}
  </ul>`;
}
