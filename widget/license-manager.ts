/**
 * The embeddable widget's entry: defines `<license-manager>` and the parts the users list needs. The other parts
 * are chunks beside this file that the root loads when they are used (components/license-manager/part-loader.ts).
 *
 *   <script type="module" src="license-manager.js"></script>
 *   <license-manager customer-id="…" backend="partner-center" base-url="…"></license-manager>
 *   element.tokenProvider = async () => token;
 */
import { defineOnce } from '../src/components/define.js';
import { LicenseManager, tagName as rootTag } from '../src/components/license-manager/license-manager.js';
import { LmUserPicker, tagName as userPickerTag } from '../src/components/user-picker/user-picker.js';

// Parts first, so the root's first render already finds them upgraded.
defineOnce(userPickerTag, LmUserPicker);
defineOnce(rootTag, LicenseManager);

export { LicenseManager };
export type { LicenseSession } from '../src/session/license-session.js';
export {
  LmBuyMoreEvent, LmErrorEvent, LmSaveCompleteEvent, LmSelectionChangeEvent,
  type LmBuyMoreDetail, type LmErrorDetail, type LmPublicEventMap, type LmSaveCompleteDetail, type LmSelectionChangeDetail,
} from '../src/components/public-events.js';
export type { BackendKind, LicenseBackend, TokenProvider } from '../src/backend/backend.js';
export type { LicenseStore } from '../src/store/store.js';
export type { LicensingRules, AgentRole, FailureReason, UserId, SkuId } from '../src/core/types.js';
export type { OperationOutcome } from '../src/core/executor/job.js';
export type { ViewState } from '../src/session/view-state.js';
