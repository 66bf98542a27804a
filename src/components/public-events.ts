/**
 * The events <license-manager> fires for the host page: each its own class with a typed `detail`, bubbling and
 * composed (they reach a host that embeds the widget in its own shadow root). Part events never leave the widget.
 */
import type { OperationOutcome } from '../core/executor/job.js';
import type { SkuId, UserId } from '../core/types.js';

/** The base of one public event class: its name, and whether the host may cancel it. */
function publicEvent<T, N extends string>(eventName: N, cancelable = false) {
  return class extends CustomEvent<T> {
    static readonly eventName: N = eventName;
    constructor(detail: T) {
      super(eventName, { detail, bubbles: true, composed: true, cancelable });
    }
  };
}

export interface LmSelectionChangeDetail {
  readonly userIds: readonly UserId[];
}

/** The selected users changed. */
export class LmSelectionChangeEvent extends publicEvent<LmSelectionChangeDetail, 'lm-selection-change'>('lm-selection-change') {}

export interface LmSaveCompleteDetail {
  readonly jobId: string;
  /** One per user sent, and one per user the check before saving kept back (failed, `reason.notSent`;
   *  `reason.otherSkuIds` names the products it can't be held together with). */
  readonly outcomes: readonly OperationOutcome[];
}

/** A save finished, also when some users failed. */
export class LmSaveCompleteEvent extends publicEvent<LmSaveCompleteDetail, 'lm-save-complete'>('lm-save-complete') {}

export interface LmBuyMoreDetail {
  readonly skuId: SkuId;
  readonly productName: string;
}

/** "Buy more" was clicked. Cancelable: unless the host cancels it, `buy-more-url` opens in a new tab. */
export class LmBuyMoreEvent extends publicEvent<LmBuyMoreDetail, 'lm-buy-more'>('lm-buy-more', true) {}

export interface LmErrorDetail {
  /** What failed: a failure kind, or `network`, `storage`. */
  readonly kind: string;
  readonly message: string;
}

/** Something failed to load or save; the widget shows it too. */
export class LmErrorEvent extends publicEvent<LmErrorDetail, 'lm-error'>('lm-error') {}

/** The public events by name, so `addEventListener('lm-save-complete', …)` is typed in host pages. */
export interface LmPublicEventMap {
  'lm-selection-change': LmSelectionChangeEvent;
  'lm-save-complete': LmSaveCompleteEvent;
  'lm-buy-more': LmBuyMoreEvent;
  'lm-error': LmErrorEvent;
}

export const PUBLIC_EVENT_NAMES: readonly (keyof LmPublicEventMap)[] = ['lm-selection-change', 'lm-save-complete', 'lm-buy-more', 'lm-error'];

declare global {
  // An augmentation: its members come from LmPublicEventMap.
  interface HTMLElementEventMap extends LmPublicEventMap {}
}
