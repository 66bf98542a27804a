/**
 * The side panel page: reads the settings and the sign-in (or a hand-entered token), offers "Sign in with
 * Microsoft" when there is neither, opens the IndexedDB store, finds the customer (active tab, else settings, else
 * a picker) and mounts <license-manager> with a token provider that renews silently. The bulk job runs here, in the page;
 * the journal in the store is what lets a job closed mid-way be resumed.
 */
import '../../widget/license-manager.js';
import { msg } from '@lit/localize';
import type { CustomerId } from '../../src/core/types.js';
import { openLicenseStore } from '../../src/store/open-store.js';
import type { LicenseStore } from '../../src/store/store.js';
import { customerFromUrl } from '../customer-from-url.js';
import { errorWords } from '../error-words.js';
import { applyWords, usePageLanguage } from '../page-words.js';
import {
  activeTab, askWorker, getSessionValue, getSettings, onSessionValueChange, onSettingsChange, openOptionsPage, uiLanguage,
} from '../platform/browser.js';
import type { Settings } from '../platform/settings.js';
import { extensionTokenKeeper, extensionTokenProvider } from '../platform/sign-in.js';
import { chooseCustomer } from './choose-customer.js';
import { fetchCustomers } from './customer-list.js';
import { mountLicenseManager, offerCustomerSwitch, panelPageWords, showCustomerPicker, showProblem, showSignIn, showWaiting } from './panel-view.js';

function required<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The side panel page is missing ${selector}.`);
  return found;
}

const root = required<HTMLElement>('#panel');
const switchBar = required<HTMLElement>('#tab-customer');
const settingsButton = required<HTMLButtonElement>('#open-settings');

// One store per page: opened once, shared by every <license-manager> this page mounts.
const storeOpening: Promise<LicenseStore> = openLicenseStore();

/** The customer on screen: Graph tokens are asked from its tenant. */
let shownCustomer: CustomerId | null = null;
const keeper = extensionTokenKeeper(() => shownCustomer);
const tokenProvider = extensionTokenProvider(keeper);

function openSettings(): void {
  openOptionsPage().catch((error: unknown) => console.warn('License Manager: could not open the settings', error));
}

/** The customer of the tab beside the panel; asks the worker when the panel cannot read tabs itself. */
async function customerOfActiveTab(): Promise<CustomerId | null> {
  try {
    const tab = await activeTab('current-window');
    return customerFromUrl(tab?.url);
  } catch {
    const answer = await askWorker('active-customer', null).catch(() => null);
    return answer?.customerId ?? (await getSessionValue('activeCustomer'))?.customerId ?? null;
  }
}

function isJobRunning(manager: HTMLElementTagNameMap['license-manager'] | null): boolean {
  return manager?.licenseSession?.state.job?.status === 'running';
}

/** The tab-customer listener of the element mounted last (a restart for new settings replaces it). */
let stopTabListener: (() => void) | null = null;
/** The sign-in view's wait for a token (a restart replaces it, so one token starts the panel once). */
let stopTokenListener: (() => void) | null = null;

/**
 * Starts overlap: the page starts while the settings page, opened on install, may already be saving, and every save
 * restarts. Only the newest start may show anything; an older one stops at its next await.
 */
let newestStart = 0;

async function mount(panel: HTMLElement, settings: Settings, customerId: CustomerId, startId: number): Promise<void> {
  showWaiting(panel, msg('Opening…'));
  const [store, signIn, token] = await Promise.all([storeOpening, getSessionValue('signIn'), getSessionValue('token')]);
  if (startId !== newestStart) return;
  shownCustomer = customerId;
  const manager = mountLicenseManager(panel, {
    customerId,
    backend: settings.backend,
    baseUrl: settings.baseUrl,
    lang: uiLanguage(),
    tokenProvider,
    store,
    // The signed-in account's roles, so a read-only agent gets the read-only view at once (not with a hand-entered token).
    roles: token === null ? (signIn?.roles ?? []) : [],
    reviewBeforeSaving: settings.reviewBeforeSaving,
  });
  // The tab beside the panel moved to another customer: offer the switch (not in the middle of a job).
  stopTabListener?.();
  stopTabListener = onSessionValueChange('activeCustomer', (active) => {
    const current = manager.getAttribute('customer-id');
    offerCustomerSwitch(switchBar, isJobRunning(manager) ? null : (active?.customerId ?? null), current, (next) => {
      if (isJobRunning(manager)) return;
      shownCustomer = next;
      manager.setAttribute('customer-id', next);
      offerCustomerSwitch(switchBar, null, null, () => undefined);
    });
  });
}

async function pickCustomer(panel: HTMLElement, settings: Settings, startId: number): Promise<void> {
  showWaiting(panel, msg('Loading customers…'));
  shownCustomer = null;
  try {
    const customers = await fetchCustomers({ baseUrl: settings.baseUrl, token: await tokenProvider() });
    if (startId !== newestStart) return;
    showCustomerPicker(panel, customers, (customerId) => void mount(panel, settings, customerId, startId));
  } catch (error) {
    if (startId !== newestStart) return;
    showProblem(panel, msg('The customer list could not be loaded.'), errorWords(error), {
      onRetry: () => void pickCustomer(panel, settings, startId),
      onOpenSettings: openSettings,
    });
  }
}

async function start(panel: HTMLElement): Promise<void> {
  const thisStart = ++newestStart;
  stopTokenListener?.();
  stopTokenListener = null;
  showWaiting(panel, msg('Loading…'));
  const [settings, token, signIn] = await Promise.all([getSettings(), getSessionValue('token'), getSessionValue('signIn')]);
  if (thisStart !== newestStart) return;
  if (token === null && signIn === null) {
    showSignIn(panel, { onSignIn: () => keeper.signIn().then(() => undefined), onOpenSettings: openSettings });
    // Signing in here, in the settings, or a token saved there: carry on without a reload.
    stopTokenListener = onSessionValueChange('token', (value) => {
      if (value !== null) void start(panel);
    });
    return;
  }
  const tabCustomer = await customerOfActiveTab();
  if (thisStart !== newestStart) return;
  const source = chooseCustomer(tabCustomer, settings.customerId);
  if (source.kind === 'pick') await pickCustomer(panel, settings, thisStart);
  else await mount(panel, settings, source.customerId, thisStart);
}

settingsButton.addEventListener('click', openSettings);


// New settings (backend, base URL, customer) apply at once, but never in the middle of a job: then when it ends.
let settingsChanged = false;
function applyNewSettings(): void {
  settingsChanged = false;
  void start(root);
}
onSettingsChange(() => {
  if (isJobRunning(root.querySelector('license-manager'))) settingsChanged = true;
  else applyNewSettings();
});
root.addEventListener('lm-save-complete', () => {
  if (settingsChanged) applyNewSettings();
});

// Signed in or out (here or in the settings): show the panel for that. Renewals change only the tokens: ignored.
let signedInAs: string | null = null;
void getSessionValue('signIn').then((signIn) => {
  signedInAs = signIn?.userPrincipalName ?? null;
});
onSessionValueChange('signIn', (signIn) => {
  const now = signIn?.userPrincipalName ?? null;
  if (now === signedInAs) return;
  signedInAs = now;
  if (isJobRunning(root.querySelector('license-manager'))) settingsChanged = true;
  else applyNewSettings();
});

async function startPage(): Promise<void> {
  await usePageLanguage(uiLanguage());
  applyWords(document, panelPageWords());
  await start(root);
}

startPage().catch((error: unknown) => {
  showProblem(root, msg('License Manager could not start.'), errorWords(error), {
    onRetry: () => location.reload(),
    onOpenSettings: openSettings,
  });
});
