/**
 * Every event the components emit: `lm-` prefix, bubbling and composed, typed detail.
 * Leaves emit intents; the root turns them into session calls. Public events are fired by the root.
 */
import type { ProductIntent, ServicePlanId, SkuId, UserId } from '../core/types.js';
import type { OperationOutcome } from '../core/executor/job.js';
import type { Step } from '../session/view-state.js';

export type PageMove = 'first' | 'previous' | 'next' | 'last';

export interface LmEventDetails {
  'lm-user-toggle': { readonly userId: UserId; readonly selected: boolean };
  'lm-page-select': { readonly selected: boolean };
  'lm-page-change': { readonly page: PageMove };
  'lm-page-size-change': { readonly pageSize: number };
  'lm-search': { readonly query: string };
  'lm-view-change': { readonly onlySelected: boolean };
  'lm-step-change': { readonly step: Step };
  'lm-chip-remove': { readonly userId: UserId };
  'lm-selection-clear': Record<string, never>;
  'lm-product-change': { readonly skuId: SkuId; readonly intent: ProductIntent };
  'lm-plans-open': { readonly skuId: SkuId };
  'lm-plans-change': { readonly skuId: SkuId; readonly disabledPlans: readonly ServicePlanId[] };
  'lm-plans-close': Record<string, never>;
  'lm-job-cancel': { readonly jobId: string };
  'lm-job-retry-now': { readonly jobId: string };
  'lm-job-retry': { readonly jobId: string };
  'lm-job-resume': { readonly jobId: string };
  'lm-job-discard': { readonly jobId: string };
  'lm-export': { readonly jobId: string };
  'lm-retry-load': Record<string, never>;
  // Public, fired by <license-manager> for the host page.
  'lm-selection-change': { readonly userIds: readonly UserId[] };
  'lm-save-complete': { readonly jobId: string; readonly outcomes: readonly OperationOutcome[] };
  /** Cancelable: the default opens the configured "Buy more" link. */
  'lm-buy-more': { readonly skuId: SkuId; readonly productName: string };
  'lm-error': { readonly kind: string; readonly message: string };
}

export type LmEventName = keyof LmEventDetails;

export class LmEvent<K extends LmEventName> extends CustomEvent<LmEventDetails[K]> {
  constructor(type: K, detail: LmEventDetails[K], options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** Dispatches a typed lm- event from `target`; returns false when a listener prevented a cancelable event. */
export function emit<K extends LmEventName>(target: EventTarget, type: K, detail: LmEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new LmEvent(type, detail, options));
}

/** Every lm- event by name, so `addEventListener('lm-save-complete', …)` is typed in host pages. */
export type LmEventMap = { readonly [K in LmEventName]: LmEvent<K> };

declare global {
  // An augmentation: its members come from LmEventMap.
  interface HTMLElementEventMap extends LmEventMap {}
}
