/**
 * The events <license-manager> fires for the host page: each its own class with a typed `detail`, bubbling and
 * composed (they reach a host that embeds the widget in its own shadow root). Part events never leave the widget.
 */
import type { OperationOutcome } from '../core/executor/job.js';
import type { SkuId, UserId } from '../core/types.js';

abstract class LmPublicEvent<T> extends CustomEvent<T> {
  protected constructor(type: string, detail: T, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

export interface LmSelectionChangeDetail {
  readonly userIds: readonly UserId[];
}

/** The selected users changed. */
export class LmSelectionChangeEvent extends LmPublicEvent<LmSelectionChangeDetail> {
  static readonly eventName = 'lm-selection-change';
  constructor(detail: LmSelectionChangeDetail) {
    super(LmSelectionChangeEvent.eventName, detail);
  }
}

export interface LmSaveCompleteDetail {
  readonly jobId: string;
  /** One per user sent, and one per user the check before saving kept back (failed, `reason.notSent`). */
  readonly outcomes: readonly OperationOutcome[];
}

/** A save finished, also when some users failed. */
export class LmSaveCompleteEvent extends LmPublicEvent<LmSaveCompleteDetail> {
  static readonly eventName = 'lm-save-complete';
  constructor(detail: LmSaveCompleteDetail) {
    super(LmSaveCompleteEvent.eventName, detail);
  }
}

export interface LmBuyMoreDetail {
  readonly skuId: SkuId;
  readonly productName: string;
}

/** "Buy more" was clicked. Cancelable: unless the host cancels it, `buy-more-url` opens in a new tab. */
export class LmBuyMoreEvent extends LmPublicEvent<LmBuyMoreDetail> {
  static readonly eventName = 'lm-buy-more';
  constructor(detail: LmBuyMoreDetail) {
    super(LmBuyMoreEvent.eventName, detail, true);
  }
}

export interface LmErrorDetail {
  /** What failed: a failure kind, or `network`, `storage`. */
  readonly kind: string;
  readonly message: string;
}

/** Something failed to load or save; the widget shows it too. */
export class LmErrorEvent extends LmPublicEvent<LmErrorDetail> {
  static readonly eventName = 'lm-error';
  constructor(detail: LmErrorDetail) {
    super(LmErrorEvent.eventName, detail);
  }
}

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
