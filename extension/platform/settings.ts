/**
 * The extension's settings: typed, with defaults and an ordered list of migrations. Pure (no browser API), so the
 * options page, the side panel and the tests share it. Tokens are not settings: the sign-in and an access token
 * entered by hand live only in storage.session (see browser.ts), never in storage.local or IndexedDB.
 */
import type { BackendKind } from '../../src/backend/backend.js';
import type { CustomerId } from '../../src/core/types.js';
import {
  DEFAULT_AUTHORITY, DEFAULT_TENANT, normalizeAuthority, validateAuthority, validateClientId, validateTenant, type SignInSettings,
} from '../../src/sign-in/settings.js';

export interface Settings extends SignInSettings {
  readonly backend: BackendKind;
  /** Where the backend answers, without a trailing slash. */
  readonly baseUrl: string;
  /** Used when the active tab names no customer; empty for none. */
  readonly customerId: CustomerId;
}

export const DEFAULT_SETTINGS: Settings = {
  backend: 'partner-center',
  baseUrl: 'http://127.0.0.1:4010',
  customerId: '',
  authority: DEFAULT_AUTHORITY,
  clientId: '',
  tenant: DEFAULT_TENANT,
};

export const SETTINGS_VERSION = 2;

/** What storage.local holds under "settings". */
export interface StoredSettings extends Settings {
  readonly settingsVersion: number;
}

type Raw = Readonly<Record<string, unknown>>;

/** migrations[n] turns version n into n + 1. */
const migrations: readonly ((raw: Raw) => Raw)[] = [
  // 0 → 1: early builds called the fields backendKind/apiBaseUrl/defaultCustomerId and kept a token beside them.
  // The token must not stay at rest: it is dropped, and the admin enters it again (it then lives in session storage).
  (raw) => {
    const { backendKind, apiBaseUrl, defaultCustomerId, token: _token, accessToken: _accessToken, ...rest } = raw;
    return {
      ...rest,
      ...(backendKind !== undefined && rest['backend'] === undefined ? { backend: backendKind } : {}),
      ...(apiBaseUrl !== undefined && rest['baseUrl'] === undefined ? { baseUrl: apiBaseUrl } : {}),
      ...(defaultCustomerId !== undefined && rest['customerId'] === undefined ? { customerId: defaultCustomerId } : {}),
    };
  },
  // 1 → 2: the sign-in settings arrive; their defaults fill in below.
  (raw) => raw,
];

export interface MigratedSettings {
  readonly settings: Settings;
  /** True when what was stored differs from what should be stored now (write it back). */
  readonly changed: boolean;
}

/** Reads whatever storage held (nothing, an old version, hand-edited values) into valid settings. */
export function migrateSettings(stored: unknown): MigratedSettings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, changed: stored !== undefined };
  }
  const original: Raw = { ...stored };
  let raw = original;
  const from = typeof raw['settingsVersion'] === 'number' ? raw['settingsVersion'] : 0;
  for (let version = Math.max(0, from); version < SETTINGS_VERSION; version += 1) raw = migrations[version]?.(raw) ?? raw;
  const settings: Settings = {
    backend: isBackendKind(raw['backend']) ? raw['backend'] : DEFAULT_SETTINGS.backend,
    baseUrl: typeof raw['baseUrl'] === 'string' && validateBaseUrl(raw['baseUrl']) === null ? normalizeBaseUrl(raw['baseUrl']) : DEFAULT_SETTINGS.baseUrl,
    customerId: typeof raw['customerId'] === 'string' && validateCustomerId(raw['customerId']) === null ? raw['customerId'].trim().toLowerCase() : '',
    authority: typeof raw['authority'] === 'string' && validateAuthority(raw['authority']) === null ? normalizeAuthority(raw['authority']) : DEFAULT_SETTINGS.authority,
    clientId: typeof raw['clientId'] === 'string' && validateClientId(raw['clientId']) === null ? raw['clientId'].trim().toLowerCase() : '',
    tenant: typeof raw['tenant'] === 'string' && validateTenant(raw['tenant']) === null ? raw['tenant'].trim().toLowerCase() : DEFAULT_SETTINGS.tenant,
  };
  const expected: StoredSettings = toStored(settings);
  const changed =
    Object.keys(original).length !== Object.keys(expected).length ||
    Object.entries(expected).some(([key, value]) => original[key] !== value);
  return { settings, changed };
}

export function toStored(settings: Settings): StoredSettings {
  return {
    settingsVersion: SETTINGS_VERSION,
    backend: settings.backend,
    baseUrl: settings.baseUrl,
    customerId: settings.customerId,
    authority: settings.authority,
    clientId: settings.clientId,
    tenant: settings.tenant,
  };
}

export function isBackendKind(value: unknown): value is BackendKind {
  return value === 'partner-center' || value === 'graph';
}

/** An error message for the admin, or null when the URL is usable. */
export function validateBaseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter the base URL as a full address, for example https://api.partnercenter.microsoft.com.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The base URL must start with https:// (or http:// for a local server).';
  if (url.protocol === 'http:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    return 'Use https:// for the base URL; http:// is only for a server on this computer (127.0.0.1 or localhost).';
  }
  if (url.search !== '' || url.hash !== '') return 'The base URL cannot carry a query or a fragment.';
  return null;
}

export function normalizeBaseUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Customer ids are tenant GUIDs; empty means "ask". */
export function validateCustomerId(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || GUID.test(trimmed)) return null;
  return 'The customer ID is the tenant ID, a GUID such as 3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001.';
}

export function isCustomerId(value: string): boolean {
  return GUID.test(value);
}
