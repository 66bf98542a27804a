/**
 * The service plans of one product, in a native modal <dialog> shaped as a side drawer: a checkbox per User plan
 * (checked = on), tenant-wide plans for information, grouped by service. Opens when `plansOpenFor` is set; focus
 * moves in, stays in (modal), and returns to the button that opened it.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import type { ServicePlan, ServicePlanId, SkuId } from '../../core/types.js';
import type { ProductRow } from '../../session/view-state.js';
import { deepActiveElement, returnFocus } from '../focus.js';
import { emit } from '../events.js';
import { ViewContextController } from '../controllers/view-context-controller.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { groupPlans } from './plan-groups.js';
import { servicePlanDrawerStyles } from './service-plan-drawer.styles.js';

export const tagName = 'lm-service-plan-drawer';

/**
 * @summary Chooses which service plans of a product the selected users get.
 * @fires lm-plans-change - "Done" with a changed choice ({skuId, disabledPlans}).
 * @fires lm-plans-close - "Done", "Cancel" or Escape.
 */
@localized()
export class LmServicePlanDrawer extends LitElement {
  static override styles = [tokens, shared, servicePlanDrawerStyles];

  private readonly contexts = new ViewContextController(this);

  /** The plans turned off while the drawer is open; sent on "Done". */
  @state() private draft: ReadonlySet<ServicePlanId> = new Set();

  @query('dialog') private dialog?: HTMLDialogElement;

  /** The product the dialog was last opened for, as the state said; null when the state says closed. */
  private openFor: SkuId | null = null;
  private closingFromState = false;
  private opener: HTMLElement | null = null;

  protected override willUpdate(): void {
    if (!this.contexts.viewChanged) return;
    const target = this.contexts.view?.plansOpenFor ?? null;
    if (target !== null && target !== this.openFor) this.draft = new Set(this.rowFor(target)?.disabledPlans ?? []);
  }

  protected override updated(): void {
    const target = this.contexts.view?.plansOpenFor ?? null;
    const dialog = this.dialog;
    if (!dialog || target === this.openFor) return;
    if (dialog.open) {
      this.closingFromState = true;
      dialog.close();
    }
    this.openFor = target;
    if (target !== null && this.rowFor(target)) {
      this.opener = deepActiveElement();
      dialog.showModal();
    }
  }

  protected override render(): TemplateResult {
    const target = this.contexts.view?.plansOpenFor ?? null;
    const row = target === null ? undefined : this.rowFor(target);
    return html`<dialog aria-labelledby="plans-title" @close=${this.onClose}>${row ? this.renderContent(row) : nothing}</dialog>`;
  }

  private renderContent(row: ProductRow): TemplateResult {
    const name = row.product.displayName;
    const userPlans = row.product.servicePlans.filter((plan) => plan.appliesTo === 'User');
    const tenantPlans = row.product.servicePlans.filter((plan) => plan.appliesTo === 'Tenant');
    const canChange = this.contexts.view?.access.canChange ?? false;
    let index = 0;
    return html`
      <div class="layout">
        <header>
          <h2 id="plans-title" class="data">${msg(str`Service plans: ${name}`)}</h2>
          <p class="muted">${msg('Plans you turn off are left out for every selected user who gets this product.')}</p>
        </header>
        <div class="body">
          ${groupPlans(userPlans).map(
            (group) => html`<fieldset>
              <legend>${group.service ?? msg('Other services')}</legend>
              ${group.plans.map((plan) => this.renderPlan(plan, `plan-${index++}`, canChange))}
            </fieldset>`,
          )}
          ${userPlans.length === 0 ? html`<p>${msg('This product has no plans that can be turned off per user.')}</p>` : nothing}
          ${tenantPlans.length > 0
            ? html`<h3>${msg('Always on for the whole organization')}</h3>
                <ul class="tenant-plans">
                  ${tenantPlans.map((plan) => html`<li class="data">${plan.displayName}</li>`)}
                </ul>`
            : nothing}
        </div>
        <footer>
          <button type="button" @click=${this.onCancel}>${msg('Cancel')}</button>
          <button type="button" class="primary" @click=${this.onDone}>${msg('Done')}</button>
        </footer>
      </div>
    `;
  }

  private renderPlan(plan: ServicePlan, id: string, canChange: boolean): TemplateResult {
    return html`<div class="plan">
      <input
        id=${id}
        type="checkbox"
        .checked=${live(!this.draft.has(plan.id))}
        ?disabled=${!canChange}
        @change=${(event: Event) => this.onPlanChange(plan.id, (event.target as HTMLInputElement).checked)}
      />
      <label for=${id} class="data">${plan.displayName}</label>
    </div>`;
  }

  private rowFor(skuId: SkuId): ProductRow | undefined {
    return this.contexts.view?.products.rows.find((row) => row.product.skuId === skuId);
  }

  private onPlanChange(planId: ServicePlanId, on: boolean): void {
    const next = new Set(this.draft);
    if (on) next.delete(planId);
    else next.add(planId);
    this.draft = next;
  }

  private readonly onDone = (): void => {
    const row = this.openFor === null ? undefined : this.rowFor(this.openFor);
    if (row) {
      // In the product's plan order, so the same choice always reads the same.
      const disabledPlans = row.product.servicePlans.map((plan) => plan.id).filter((id) => this.draft.has(id));
      const before = new Set(row.disabledPlans);
      const changed = disabledPlans.length !== before.size || disabledPlans.some((id) => !before.has(id));
      if (changed) emit(this, 'lm-plans-change', { skuId: row.product.skuId, disabledPlans });
    }
    this.dialog?.close();
  };

  private readonly onCancel = (): void => {
    this.dialog?.close();
  };

  /** Every way out (Done, Cancel, Escape) ends here; a close the state asked for is not reported back. */
  private readonly onClose = (): void => {
    if (this.closingFromState) this.closingFromState = false;
    else emit(this, 'lm-plans-close', {});
    if (this.dialog?.open) return; // already reopened for another product
    returnFocus(this.opener);
    this.opener = null;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lm-service-plan-drawer': LmServicePlanDrawer;
  }
}
