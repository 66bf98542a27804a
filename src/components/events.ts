/**
 * Part events: the intents the parts (the lm-* elements inside <license-manager>) emit. They bubble but are not
 * composed, so they stop at the root's shadow root, where the root turns each into a session call; the host page
 * never sees them. What the host page hears is in public-events.ts.
 */
import type { ProductIntent, ServicePlanId, SkuId, UserId } from '../core/types.js';
import type { ExtraLicenses } from '../core/match.js';
import type { Step } from '../session/view-state.js';

export type PageMove = 'first' | 'previous' | 'next' | 'last';

/** Every part event, by name (a test on the host page listens for each and must hear none). */
export const PART_EVENT_NAMES = [
  'lm-user-toggle', 'lm-page-select', 'lm-page-change', 'lm-page-size-change', 'lm-search', 'lm-view-change',
  'lm-step-change', 'lm-chip-remove', 'lm-selection-clear', 'lm-select-all', 'lm-select-list', 'lm-select-cancel',
  'lm-product-change', 'lm-plans-open', 'lm-plans-change',
  'lm-plans-close', 'lm-job-cancel', 'lm-job-retry-now', 'lm-job-retry', 'lm-job-resume', 'lm-job-discard', 'lm-export',
  'lm-retry-load', 'lm-buy-more-request', 'lm-job-undo', 'lm-usage-location-open',
  'lm-usage-location-close', 'lm-usage-location-set', 'lm-report-cancel',
  'lm-match-search', 'lm-match-use', 'lm-match-close',
] as const;

export type PartEventName = (typeof PART_EVENT_NAMES)[number];

/**
 * The actions on a job (results, history, the interrupted job's banner): each names the job. lm-job-undo is "Undo
 * this change" of a finished job: its reverse opens in the review step.
 */
type JobEventName = 'lm-job-cancel' | 'lm-job-retry-now' | 'lm-job-retry' | 'lm-job-resume' | 'lm-job-discard' | 'lm-export' | 'lm-job-undo';

/** Intents that carry nothing but themselves (a close, a cancel, "Select all"). */
type BareEventName =
  | 'lm-selection-clear' | 'lm-select-all' | 'lm-select-cancel' | 'lm-plans-close' | 'lm-retry-load'
  | 'lm-usage-location-open' | 'lm-usage-location-close' | 'lm-report-cancel' | 'lm-match-close';

type JobEventDetails = { readonly [K in JobEventName]: { readonly jobId: string } };
type BareEventDetails = { readonly [K in BareEventName]: Record<string, never> };

/** The detail of each part event (PartEvent indexes it by every name, so a name without a detail is a type error). */
export interface PartEventDetails extends JobEventDetails, BareEventDetails {
  'lm-user-toggle': { readonly userId: UserId; readonly selected: boolean };
  'lm-page-select': { readonly selected: boolean };
  'lm-page-change': { readonly page: PageMove };
  'lm-page-size-change': { readonly pageSize: number };
  'lm-search': { readonly query: string };
  'lm-view-change': { readonly onlySelected: boolean };
  'lm-step-change': { readonly step: Step };
  'lm-chip-remove': { readonly userId: UserId };
  'lm-select-list': { readonly text: string };
  'lm-product-change': { readonly skuId: SkuId; readonly intent: ProductIntent };
  'lm-plans-open': { readonly skuId: SkuId };
  'lm-plans-change': { readonly skuId: SkuId; readonly disabledPlans: readonly ServicePlanId[] };
  /** Cancelable: the root asks the host page (public lm-buy-more) and cancels this one when the host did. */
  'lm-buy-more-request': { readonly skuId: SkuId; readonly productName: string };
  'lm-usage-location-set': { readonly userIds: readonly UserId[]; readonly usageLocation: string };
  /** The dialog's "Find a user". */
  'lm-match-search': { readonly query: string };
  /** "Use these licenses": the plan becomes the chosen user's licenses; extras are kept or removed. */
  'lm-match-use': { readonly userId: UserId; readonly extras: ExtraLicenses };
}

export class PartEvent<K extends PartEventName> extends CustomEvent<PartEventDetails[K]> {
  constructor(type: K, detail: PartEventDetails[K], options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: false, cancelable: options.cancelable ?? false });
  }
}

/** Dispatches a part event from `target`; returns false when a listener prevented a cancelable event. */
export function emit<K extends PartEventName>(target: EventTarget, type: K, detail: PartEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new PartEvent(type, detail, options));
}

/** Listens for one part event with its typed detail. */
export function onPartEvent<K extends PartEventName>(target: EventTarget, type: K, listener: (event: PartEvent<K>) => void): void {
  target.addEventListener(type, (event) => listener(event as PartEvent<K>));
}
