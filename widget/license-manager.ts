/**
 * The embeddable widget: one ES module that defines `<license-manager>` and its parts. Nothing else happens here.
 *
 *   <script type="module" src="license-manager.js"></script>
 *   <license-manager customer-id="…" backend="partner-center" base-url="…"></license-manager>
 *   element.tokenProvider = async () => token;
 */
import { defineOnce } from '../src/components/define.js';
import { LicenseManager, tagName as rootTag } from '../src/components/license-manager/license-manager.js';
import { LmUserPicker, tagName as userPickerTag } from '../src/components/user-picker/user-picker.js';
import { LmSelectionChips, tagName as selectionChipsTag } from '../src/components/selection-chips/selection-chips.js';
import { LmProductGrid, tagName as productGridTag } from '../src/components/product-grid/product-grid.js';
import { LmServicePlanDrawer, tagName as servicePlanDrawerTag } from '../src/components/service-plan-drawer/service-plan-drawer.js';
import { LmResultsPanel, tagName as resultsPanelTag } from '../src/components/results-panel/results-panel.js';
import { LmJobBanner, tagName as jobBannerTag } from '../src/components/job-banner/job-banner.js';
import { LmJobHistory, tagName as jobHistoryTag } from '../src/components/job-history/job-history.js';

// Parts first, so the root's first render already finds them upgraded.
defineOnce(userPickerTag, LmUserPicker);
defineOnce(selectionChipsTag, LmSelectionChips);
defineOnce(productGridTag, LmProductGrid);
defineOnce(servicePlanDrawerTag, LmServicePlanDrawer);
defineOnce(resultsPanelTag, LmResultsPanel);
defineOnce(jobBannerTag, LmJobBanner);
defineOnce(jobHistoryTag, LmJobHistory);
defineOnce(rootTag, LicenseManager);

export { LicenseManager };
export type { LicenseSession } from '../src/session/license-session.js';
export { LmEvent, type LmEventDetails, type LmEventName } from '../src/components/events.js';
export type { BackendKind, LicenseBackend, TokenProvider } from '../src/backend/backend.js';
export type { LicenseStore } from '../src/store/store.js';
export type { LicensingRules, AgentRole, FailureReason, UserId, SkuId } from '../src/core/types.js';
export type { OperationOutcome } from '../src/core/executor/job.js';
export type { ViewState } from '../src/session/view-state.js';
