/** A small tenant for session tests: 23 users over 3 pages of 10, five products with plans and one rule. */
import { LicenseSession, type LicenseSessionOptions } from '../../src/session/license-session.js';
import { LICENSES_FRESH_MS } from '../../src/session/license-knowledge.js';
import type { ViewState } from '../../src/session/view-state.js';
import type { LicenseStore } from '../../src/store/store.js';
import { FakeBackend, held, plan, product, user } from './fake-backend.js';

export const E3 = 'sku-e3';
export const E5 = 'sku-e5';
export const KIOSK = 'sku-kiosk';
export const VISIO = 'sku-visio';
export const BI = 'sku-bi';
export const CUSTOMER = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';

export const PLAN_EXCHANGE = 'plan-exchange';
export const PLAN_SWAY = 'plan-sway';
export const PLAN_YAMMER = 'plan-yammer';

export function tenant(): FakeBackend {
  const users = Array.from({ length: 23 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    // Every third user holds E3; user 02 holds Kiosk; user 05 has no usage location.
    const licenses = i % 3 === 0 ? [held(E3, i === 3 ? [PLAN_SWAY] : [])] : i === 1 ? [held(KIOSK)] : [];
    return user(`u${n}`, `User ${n}`, licenses, i === 4 ? null : 'SE');
  });
  const products = [
    product(E3, 'Office 365 E3', 20, [plan(PLAN_EXCHANGE, 'EXCHANGE_S_ENTERPRISE'), plan(PLAN_SWAY, 'SWAY'), plan(PLAN_YAMMER, 'YAMMER_ENTERPRISE'), plan('plan-foundation', 'EXCHANGE_S_FOUNDATION', 'Tenant')]),
    product(E5, 'Microsoft 365 E5', 30, [plan('plan-e5-exchange', 'EXCHANGE_S_ENTERPRISE')]),
    product(KIOSK, 'Exchange Online Kiosk', 5),
    product(VISIO, 'Visio Plan 2', 0),
    product(BI, 'Power BI Pro', 40),
  ];
  return new FakeBackend(users, products);
}

export function newSession(backend: FakeBackend, options: Partial<LicenseSessionOptions> & { store?: LicenseStore | null } = {}): LicenseSession {
  return new LicenseSession({
    backend,
    customerId: CUSTOMER,
    language: 'en',
    pageSize: 10,
    searchDebounceMs: 30,
    // A conflict the service knows and pre-flight is told about by the host.
    hostRules: { excludes: new Map([[KIOSK, [E3]]]) },
    ...options,
  });
}

/** A session over `backend` (set up first: its agent, what it lists) that has started: its first users page is read. */
export async function startedSession(
  backend: FakeBackend = tenant(),
  options: Parameters<typeof newSession>[1] = {},
): Promise<{ backend: FakeBackend; session: LicenseSession }> {
  const session = newSession(backend, options);
  await session.start();
  return { backend, session };
}

/**
 * A started session with these users selected, on a clock the test moves: `outliveLicenses()` takes it past the time
 * licenses read with the users list are trusted, so the licenses step reads them again.
 */
export async function selectedOnAClock(
  userIds: readonly string[],
  backend: FakeBackend = tenant(),
): Promise<{ backend: FakeBackend; session: LicenseSession; outliveLicenses: () => void }> {
  let now = 1_000_000;
  const { session } = await startedSession(backend, { now: () => now });
  for (const id of userIds) session.toggleUser(id, true);
  return { backend, session, outliveLicenses: () => { now += LICENSES_FRESH_MS + 1; } };
}

/** Every state the session publishes, in order. */
export function record(session: LicenseSession): ViewState[] {
  const states: ViewState[] = [];
  session.subscribe((state) => states.push(state));
  return states;
}

export function names(state: ViewState): string[] {
  return state.users.rows.map((row) => row.user.displayName);
}

export { waitFor as until } from '../harness/wait.js';

/** Save as the admin does it: Save, then "Confirm" when the review step shows. */
export async function saveAndConfirm(session: LicenseSession): ReturnType<LicenseSession['save']> {
  const result = await session.save();
  return result.status === 'review' ? session.confirm() : result;
}

/**
 * A session on the licenses step for these users (50 users a page, so all of the tenant's are on the first); the
 * backend (its agent, its users) may be set up before the session starts.
 */
export async function onLicensesStep(
  userIds: readonly string[],
  options: Parameters<typeof newSession>[1] = {},
  backend: FakeBackend = tenant(),
): Promise<{ backend: FakeBackend; session: LicenseSession }> {
  const { session } = await startedSession(backend, options);
  await session.setPageSize(50);
  for (const id of userIds) session.toggleUser(id, true);
  await session.setStep('licenses');
  return { backend, session };
}
