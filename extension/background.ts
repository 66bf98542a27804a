/**
 * The service worker: browser-level wiring only. The toolbar button opens the side panel, a first install opens
 * the options page (the welcome step: sign in or configure), and the active tab's partner-portal customer goes to
 * storage.session for the panel. Nothing is kept in module variables: the worker
 * may be stopped at any time, and every event recomputes what it needs.
 */
import { customerFromUrl } from './customer-from-url.js';
import {
  activeTab, handleWorkerMessages, onActiveTabChange, onFirstInstall, openOptionsPage, openPanelOnActionClick, setSessionValue, type TabInfo,
} from './platform/browser.js';
import type { ActiveCustomer } from './platform/session-keys.js';

async function rememberActiveCustomer(tab: TabInfo): Promise<ActiveCustomer> {
  const active: ActiveCustomer = { customerId: customerFromUrl(tab.url), tabId: tab.tabId };
  await setSessionValue('activeCustomer', active);
  return active;
}

// Listeners are added synchronously at start, so events wake a stopped worker and reach them.
onActiveTabChange((tab) => {
  rememberActiveCustomer(tab).catch((error: unknown) => console.warn('License Manager: could not store the active customer', error));
});

onFirstInstall(() => {
  openOptionsPage().catch((error: unknown) => console.warn('License Manager: could not open the welcome page', error));
});

handleWorkerMessages({
  'active-customer': async () => {
    const tab = await activeTab('last-focused-window');
    return tab === null ? null : rememberActiveCustomer(tab);
  },
});

openPanelOnActionClick().catch((error: unknown) => console.warn('License Manager: could not set the panel to open from the toolbar button', error));
