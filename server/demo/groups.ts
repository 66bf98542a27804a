/**
 * The demo's real-tenant cases beside plain direct licenses: groups that license their members (one also
 * licensed directly, one whose product has no units left, one clashing with what members hold), a
 * tenant-level add-on no user can hold, and subscriptions with suspended, warning and locked-out units.
 */
import type { FixtureSku } from '../fixture.js';

/** A group by the demo's product part numbers; members by their index in the directory. */
export interface DraftGroup {
  readonly id: string;
  readonly displayName: string;
  readonly memberIndexes: readonly number[];
  readonly parts: readonly string[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

export const CONTOSO_GROUPS: readonly DraftGroup[] = [
  // Users 10 and 11 also hold Power BI directly: removing it leaves them licensed through Sales.
  { id: '6b0e6f52-5a1e-4a00-8000-000000000001', displayName: 'Sales', memberIndexes: range(10, 18), parts: ['POWER_BI_PRO'] },
  // Visio has no free units: members without it get CountViolation.
  { id: '6b0e6f52-5a1e-4a00-8000-000000000002', displayName: 'Design', memberIndexes: range(18, 21), parts: ['VISIOCLIENT'] },
  // Exchange Kiosk clashes with the Exchange plan in E1/E3/E5: such members get MutuallyExclusiveViolation.
  { id: '6b0e6f52-5a1e-4a00-8000-000000000003', displayName: 'Frontline', memberIndexes: range(21, 25), parts: ['EXCHANGEDESKLESS'] },
];

/** Users (by index) who hold these products directly as well as through a group. */
export const CONTOSO_DIRECT_TOO: Readonly<Record<number, string>> = { 10: 'POWER_BI_PRO', 11: 'POWER_BI_PRO' };

/** Unit states per product part number. */
export const CONTOSO_UNIT_STATES: Readonly<Record<string, Partial<FixtureSku>>> = {
  AAD_PREMIUM_P2: { warningUnits: 5, lockedOutUnits: 2 },
  // Cancelled: its units moved from enabled to suspended, so none can be assigned.
  EXCHANGEENTERPRISE: { capabilityStatus: 'Suspended', suspendedUnits: 10 },
};

/** Office 365 Extra File Storage: bought per GB for the tenant, never assigned to a user. */
export const EXTRA_FILE_STORAGE: FixtureSku = {
  skuId: '99049c9c-6011-4908-bf17-15f496e6519d',
  skuPartNumber: 'SHAREPOINTSTORAGE',
  name: 'Office 365 Extra File Storage',
  totalUnits: 100,
  appliesTo: 'Company',
  servicePlans: [{ id: 'be5a7ed5-c598-4fcd-a061-5e6724c68a58', name: 'SHAREPOINTSTORAGE', displayName: 'Office 365 Extra File Storage', appliesTo: 'Tenant' }],
};
