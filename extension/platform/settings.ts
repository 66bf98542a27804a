/**
 * The extension's settings: typed, with defaults and an ordered list of migrations. Pure (no browser API), so the
 * options page, the side panel and the tests share it. Tokens are not settings: the sign-in and an access token
 * entered by hand live only in storage.session (see browser.ts), never in storage.local or IndexedDB.
 */
import type { BackendKind } from '../../src/backend/backend.js';
import type { CustomerId } from '../../src/core/types.js';
import { addressProblem, isGuid, isTenantName, normalizeAddress, type AddressProblem } from '../../src/core/setting-checks.js';
import { DEFAULT_AUTHORITY, DEFAULT_TENANT, type SignInSettings } from '../../src/sign-in/settings.js';

export interface Settings extends SignInSettings {
  readonly backend: BackendKind;
  /** Where the backend answers, without a trailing slash. */
  readonly baseUrl: string;
  /** Used when the active tab names no customer; empty for none. */
  readonly customerId: CustomerId;
  /** "Review changes before saving": off lets a job of one user with no findings save at once. */
  readonly reviewBeforeSaving: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  backend: 'partner-center',
  baseUrl: 'http://127.0.0.1:4010',
  customerId: '',
  authority: DEFAULT_AUTHORITY,
  clientId: '',
  tenant: DEFAULT_TENANT,
  reviewBeforeSaving: true,
};

export const SETTINGS_VERSION = 3;

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
  // 2 → 3: "Review changes before saving" arrives, on by default (below).
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
  const valid = (field: CheckedField): string | null => {
    const value = raw[field];
    return typeof value === 'string' && SETTING_CHECKS[field](value) === null ? value.trim() : null;
  };
  const settings: Settings = {
    backend: isBackendKind(raw['backend']) ? raw['backend'] : DEFAULT_SETTINGS.backend,
    baseUrl: normalizeAddress(valid('baseUrl') ?? DEFAULT_SETTINGS.baseUrl),
    customerId: (valid('customerId') ?? '').toLowerCase(),
    authority: normalizeAddress(valid('authority') ?? DEFAULT_SETTINGS.authority),
    clientId: (valid('clientId') ?? '').toLowerCase(),
    tenant: (valid('tenant') ?? DEFAULT_SETTINGS.tenant).toLowerCase(),
    reviewBeforeSaving: typeof raw['reviewBeforeSaving'] === 'boolean' ? raw['reviewBeforeSaving'] : DEFAULT_SETTINGS.reviewBeforeSaving,
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
    reviewBeforeSaving: settings.reviewBeforeSaving,
  };
}

export function isBackendKind(value: unknown): value is BackendKind {
  return value === 'partner-center' || value === 'graph';
}

/** The settings an admin types, each checked by its rule. */
export type CheckedField = 'baseUrl' | 'customerId' | 'authority' | 'clientId' | 'tenant';

/** Why a typed setting cannot be used; the options page puts it into words. */
export type SettingProblem = AddressProblem | 'not-a-guid' | 'not-a-tenant';

/** Empty (none) or a GUID: the customer id and the app registration's client id. */
function optionalGuid(value: string): SettingProblem | null {
  const trimmed = value.trim();
  return trimmed === '' || isGuid(trimmed) ? null : 'not-a-guid';
}

export const SETTING_CHECKS: Readonly<Record<CheckedField, (value: string) => SettingProblem | null>> = {
  baseUrl: addressProblem,
  customerId: optionalGuid,
  authority: addressProblem,
  clientId: optionalGuid,
  tenant: (value) => (isTenantName(value) ? null : 'not-a-tenant'),
};

/** Customer ids are tenant GUIDs. */
export function isCustomerId(value: string): boolean {
  return isGuid(value);
}
