/**
 * The only module that imports webextension-polyfill. Everything the extension needs from the browser goes out
 * through these narrow functions, so every other module runs (and is tested) in a plain page.
 */
// The polyfill is a UMD script: run for its effect, it leaves a promise-based `browser` global (Chrome 156 and
// Firefox already have one, which it keeps as it is).
import 'webextension-polyfill';
import type Browser from 'webextension-polyfill';
import { migrateSettings, toStored, type Settings } from './settings.js';
import { sessionGuards, type ActiveCustomer, type SessionKey, type SessionValues } from './session-keys.js';

const SETTINGS_KEY = 'settings';

function isExtensionApi(value: unknown): value is Browser.Browser {
  return typeof value === 'object' && value !== null && 'runtime' in value && 'storage' in value && 'tabs' in value;
}

function extensionApi(): Browser.Browser {
  const api: unknown = Reflect.get(globalThis, 'browser');
  if (!isExtensionApi(api)) throw new Error('License Manager: the WebExtension API is missing; this page must run inside the extension.');
  return api;
}

const browser = extensionApi();

// ---- settings (storage.local) ----

/** The settings, migrated and validated; an outdated stored form is written back in the current shape. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, changed } = migrateSettings(stored[SETTINGS_KEY]);
  if (changed) await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
}

/** Calls `listener` when the options page saves new settings. */
export function onSettingsChange(listener: () => void): () => void {
  const handler = (changes: Record<string, Browser.Storage.StorageChange>): void => {
    if (changes[SETTINGS_KEY]) listener();
  };
  browser.storage.local.onChanged.addListener(handler);
  return () => browser.storage.local.onChanged.removeListener(handler);
}

// ---- session values (storage.session: memory only, gone when the browser closes) ----

export async function getSessionValue<K extends SessionKey>(key: K): Promise<SessionValues[K] | null> {
  const stored = await browser.storage.session.get(key);
  const value: unknown = stored[key];
  const guard: (candidate: unknown) => candidate is SessionValues[K] = sessionGuards[key];
  return guard(value) ? value : null;
}

export async function setSessionValue<K extends SessionKey>(key: K, value: SessionValues[K] | null): Promise<void> {
  if (value === null) await browser.storage.session.remove(key);
  else await browser.storage.session.set({ [key]: value });
}

/** Calls `listener` when the value under `key` changes (null when removed or invalid). */
export function onSessionValueChange<K extends SessionKey>(key: K, listener: (value: SessionValues[K] | null) => void): () => void {
  const guard: (candidate: unknown) => candidate is SessionValues[K] = sessionGuards[key];
  const handler = (changes: Record<string, Browser.Storage.StorageChange>): void => {
    const change = changes[key];
    if (!change) return;
    const value: unknown = change.newValue;
    listener(guard(value) ? value : null);
  };
  browser.storage.session.onChanged.addListener(handler);
  return () => browser.storage.session.onChanged.removeListener(handler);
}

// ---- sign-in (identity) ----

/** The extension's own redirect URL: Chrome https://<id>.chromiumapp.org/, Firefox https://<hash>.extensions.allizom.org/. */
export function signInRedirectUrl(): string {
  return browser.identity.getRedirectURL();
}

/** Shows the authorize page (interactive) or loads it unseen, and resolves with the URL it redirected to. */
export async function launchWebAuthFlow(url: string, interactive: boolean): Promise<string> {
  const redirected = await browser.identity.launchWebAuthFlow({ url, interactive });
  if (!redirected) throw new Error('The sign-in ended without an answer.');
  return redirected;
}

// ---- tabs ----

export interface TabInfo {
  readonly tabId: number;
  /** Readable only for hosts in host_permissions (the partner portal); null otherwise. */
  readonly url: string | null;
}

/** The active tab of the panel's own window (panel) or of the last focused window (worker). */
export async function activeTab(scope: 'current-window' | 'last-focused-window'): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query(scope === 'current-window' ? { active: true, currentWindow: true } : { active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url ?? null };
}

/** Calls `listener` whenever the tab the admin looks at may have changed (switched, navigated, other window). */
export function onActiveTabChange(listener: (tab: TabInfo) => void): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => listener({ tabId, url: tab.url ?? null }), () => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tab.active && change.url !== undefined) listener({ tabId, url: change.url });
  });
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void browser.tabs.query({ active: true, windowId }).then(([tab]) => {
      if (tab?.id !== undefined) listener({ tabId: tab.id, url: tab.url ?? null });
    }, () => undefined);
  });
}

// ---- panel ----

/** Chrome: the toolbar button opens the side panel. Firefox (no sidePanel API): it toggles the sidebar instead. */
export async function openPanelOnActionClick(): Promise<'side-panel' | 'sidebar' | 'none'> {
  const sidePanel = typeof chrome === 'undefined' ? undefined : chrome.sidePanel;
  if (sidePanel && typeof sidePanel.setPanelBehavior === 'function') {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return 'side-panel';
  }
  if (browser.sidebarAction && browser.action) {
    browser.action.onClicked.addListener(() => {
      void browser.sidebarAction.toggle();
    });
    return 'sidebar';
  }
  return 'none';
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/**
 * Calls `listener` once, when the extension is installed (not on an update or a browser update). Add it
 * synchronously at start, as every worker listener.
 */
export function onFirstInstall(listener: () => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') listener();
  });
}

/** The browser's UI language (the page's, where the i18n API is not there). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

// ---- messages (panel → worker), one typed handler per message ----

export interface WorkerMessages {
  /** Re-reads the active tab and answers with its customer (also stored in storage.session). */
  readonly 'active-customer': { readonly request: null; readonly response: ActiveCustomer | null };
}

export type WorkerHandlers = { readonly [K in keyof WorkerMessages]: (request: WorkerMessages[K]['request']) => Promise<WorkerMessages[K]['response']> };

const responseGuards: { readonly [K in keyof WorkerMessages]: (value: unknown) => value is WorkerMessages[K]['response'] } = {
  'active-customer': (value): value is ActiveCustomer | null => value === null || sessionGuards.activeCustomer(value),
};

function isWorkerMessageType(type: unknown): type is keyof WorkerMessages {
  return typeof type === 'string' && Object.hasOwn(responseGuards, type);
}

export function handleWorkerMessages(handlers: WorkerHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null || !('type' in message) || !isWorkerMessageType(message.type)) return undefined;
    return handlers[message.type](null);
  });
}

/** Sends a message to the worker and checks the answer's shape. */
export async function askWorker<K extends keyof WorkerMessages>(type: K, request: WorkerMessages[K]['request']): Promise<WorkerMessages[K]['response']> {
  const answer: unknown = await browser.runtime.sendMessage({ type, request });
  const guard: (value: unknown) => value is WorkerMessages[K]['response'] = responseGuards[type];
  if (!guard(answer)) throw new Error(`The background worker gave an unexpected answer to "${type}".`);
  return answer;
}
