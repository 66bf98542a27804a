/**
 * The root's one listener per intent: each lm- event a part emits becomes one session call. Parts never call
 * anything themselves.
 */
import type { LicenseSession } from '../../session/license-session.js';

export interface RootActions {
  readonly exportCsv: (jobId: string) => void;
}

export function listenToParts(host: HTMLElement, session: () => LicenseSession | null, actions: RootActions): void {
  host.addEventListener('lm-user-toggle', (event) => session()?.toggleUser(event.detail.userId, event.detail.selected));
  host.addEventListener('lm-page-select', (event) => session()?.selectPage(event.detail.selected));
  host.addEventListener('lm-page-change', (event) => void session()?.changePage(event.detail.page));
  host.addEventListener('lm-page-size-change', (event) => void session()?.setPageSize(event.detail.pageSize));
  host.addEventListener('lm-search', (event) => void session()?.search(event.detail.query));
  host.addEventListener('lm-view-change', (event) => session()?.setOnlySelected(event.detail.onlySelected));
  host.addEventListener('lm-step-change', (event) => void session()?.setStep(event.detail.step));
  host.addEventListener('lm-chip-remove', (event) => session()?.removeChip(event.detail.userId));
  host.addEventListener('lm-selection-clear', () => session()?.clearSelection());
  host.addEventListener('lm-product-change', (event) => session()?.changeProduct(event.detail.skuId, event.detail.intent));
  host.addEventListener('lm-plans-open', (event) => session()?.openPlans(event.detail.skuId));
  host.addEventListener('lm-plans-change', (event) => session()?.setPlans(event.detail.skuId, event.detail.disabledPlans));
  host.addEventListener('lm-plans-close', () => session()?.closePlans());
  host.addEventListener('lm-job-cancel', () => session()?.cancelJob());
  host.addEventListener('lm-job-retry-now', () => session()?.retryJobNow());
  host.addEventListener('lm-job-retry', () => void session()?.retryFailed());
  host.addEventListener('lm-job-resume', (event) => void session()?.resumeJob(event.detail.jobId));
  host.addEventListener('lm-job-discard', (event) => void session()?.discardJob(event.detail.jobId));
  host.addEventListener('lm-export', (event) => actions.exportCsv(event.detail.jobId));
  host.addEventListener('lm-retry-load', () => void session()?.retryLoad());
}
