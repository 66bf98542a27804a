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
  'lm-save': { readonly skipUsers: readonly UserId[] };
  'lm-job-cancel': { readonly jobId: string };
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

declare global {
  interface HTMLElementEventMap {
    'lm-user-toggle': LmEvent<'lm-user-toggle'>;
    'lm-page-select': LmEvent<'lm-page-select'>;
    'lm-page-change': LmEvent<'lm-page-change'>;
    'lm-page-size-change': LmEvent<'lm-page-size-change'>;
    'lm-search': LmEvent<'lm-search'>;
    'lm-view-change': LmEvent<'lm-view-change'>;
    'lm-step-change': LmEvent<'lm-step-change'>;
    'lm-chip-remove': LmEvent<'lm-chip-remove'>;
    'lm-selection-clear': LmEvent<'lm-selection-clear'>;
    'lm-product-change': LmEvent<'lm-product-change'>;
    'lm-plans-open': LmEvent<'lm-plans-open'>;
    'lm-plans-change': LmEvent<'lm-plans-change'>;
    'lm-plans-close': LmEvent<'lm-plans-close'>;
    'lm-save': LmEvent<'lm-save'>;
    'lm-job-cancel': LmEvent<'lm-job-cancel'>;
    'lm-job-retry': LmEvent<'lm-job-retry'>;
    'lm-job-resume': LmEvent<'lm-job-resume'>;
    'lm-job-discard': LmEvent<'lm-job-discard'>;
    'lm-export': LmEvent<'lm-export'>;
    'lm-retry-load': LmEvent<'lm-retry-load'>;
    'lm-selection-change': LmEvent<'lm-selection-change'>;
    'lm-save-complete': LmEvent<'lm-save-complete'>;
    'lm-buy-more': LmEvent<'lm-buy-more'>;
    'lm-error': LmEvent<'lm-error'>;
  }
}
