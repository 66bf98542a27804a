/**
 * The root's one listener per intent: each part event becomes one session call. Listened for on the root's shadow
 * root, where part events stop (they are not composed). Parts never call anything themselves.
 */
import type { LicenseSession } from '../../session/license-session.js';
import { onPartEvent } from '../events.js';
import type { LmBuyMoreDetail } from '../public-events.js';

export interface RootActions {
  readonly exportCsv: (jobId: string) => void;
  /** The review step's part must be in before the session shows it. */
  readonly undoJob: (jobId: string) => void;
  /** Asks the host page (public lm-buy-more); false when the host cancelled it. */
  readonly buyMore: (detail: LmBuyMoreDetail) => boolean;
}

export function listenToParts(root: EventTarget, session: () => LicenseSession | null, actions: RootActions): void {
  onPartEvent(root, 'lm-user-toggle', (event) => session()?.toggleUser(event.detail.userId, event.detail.selected));
  onPartEvent(root, 'lm-page-select', (event) => session()?.selectPage(event.detail.selected));
  onPartEvent(root, 'lm-page-change', (event) => void session()?.changePage(event.detail.page));
  onPartEvent(root, 'lm-page-size-change', (event) => void session()?.setPageSize(event.detail.pageSize));
  onPartEvent(root, 'lm-search', (event) => void session()?.search(event.detail.query));
  onPartEvent(root, 'lm-view-change', (event) => session()?.setOnlySelected(event.detail.onlySelected));
  onPartEvent(root, 'lm-step-change', (event) => void session()?.setStep(event.detail.step));
  onPartEvent(root, 'lm-chip-remove', (event) => session()?.removeChip(event.detail.userId));
  onPartEvent(root, 'lm-selection-clear', () => session()?.clearSelection());
  onPartEvent(root, 'lm-select-all', () => void session()?.selectAllMatching());
  onPartEvent(root, 'lm-select-list', (event) => void session()?.selectFromList(event.detail.text));
  onPartEvent(root, 'lm-select-cancel', () => session()?.cancelBulkSelect());
  onPartEvent(root, 'lm-product-change', (event) => session()?.changeProduct(event.detail.skuId, event.detail.intent));
  onPartEvent(root, 'lm-plans-open', (event) => session()?.openPlans(event.detail.skuId));
  onPartEvent(root, 'lm-plans-change', (event) => session()?.setPlans(event.detail.skuId, event.detail.disabledPlans));
  onPartEvent(root, 'lm-plans-close', () => session()?.closePlans());
  onPartEvent(root, 'lm-job-cancel', () => session()?.cancelJob());
  onPartEvent(root, 'lm-job-retry-now', () => session()?.retryJobNow());
  onPartEvent(root, 'lm-job-retry', () => void session()?.retryFailed());
  onPartEvent(root, 'lm-job-resume', (event) => void session()?.resumeJob(event.detail.jobId));
  onPartEvent(root, 'lm-job-discard', (event) => void session()?.discardJob(event.detail.jobId));
  onPartEvent(root, 'lm-export', (event) => actions.exportCsv(event.detail.jobId));
  onPartEvent(root, 'lm-job-undo', (event) => actions.undoJob(event.detail.jobId));
  onPartEvent(root, 'lm-retry-load', () => void session()?.retryLoad());
  onPartEvent(root, 'lm-report-cancel', () => session()?.cancelReport());
  onPartEvent(root, 'lm-buy-more-request', (event) => {
    if (!actions.buyMore(event.detail)) event.preventDefault();
  });
  onPartEvent(root, 'lm-usage-location-open', () => session()?.openUsageLocation());
  onPartEvent(root, 'lm-usage-location-close', () => session()?.closeUsageLocation());
  onPartEvent(root, 'lm-match-search', (event) => void session()?.findTemplate(event.detail.query));
  onPartEvent(root, 'lm-match-use', (event) => void session()?.useTemplate(event.detail.userId, event.detail.extras));
  onPartEvent(root, 'lm-match-close', () => session()?.closeMatch());
  onPartEvent(root, 'lm-usage-location-set', (event) => void session()?.setUsageLocation(event.detail.userIds, event.detail.usageLocation));
}
