/**
 * What storage.session holds, by key, with guards: values read back are checked, never trusted.
 * storage.session is memory-only and cleared when the browser closes, which is why the sign-in (access and
 * refresh tokens) and a hand-entered token live there.
 */
import type { CustomerId } from '../../src/core/types.js';
import { isStoredSignIn, type StoredSignIn } from '../../src/sign-in/stored-sign-in.js';

export interface ActiveCustomer {
  /** The customer the active tab's portal page is about, or null when it names none. */
  readonly customerId: CustomerId | null;
  readonly tabId: number;
}

export interface SessionValues {
  readonly token: string;
  readonly activeCustomer: ActiveCustomer;
  readonly signIn: StoredSignIn;
}

export type SessionKey = keyof SessionValues;

export const SESSION_KEYS: readonly SessionKey[] = ['token', 'activeCustomer', 'signIn'];

export const sessionGuards: { readonly [K in SessionKey]: (value: unknown) => value is SessionValues[K] } = {
  token: (value): value is string => typeof value === 'string' && value.length > 0,
  signIn: isStoredSignIn,
  activeCustomer: (value): value is ActiveCustomer =>
    typeof value === 'object' &&
    value !== null &&
    'customerId' in value &&
    (value.customerId === null || typeof value.customerId === 'string') &&
    'tabId' in value &&
    typeof value.tabId === 'number',
};
