/** A sign-in as kept in memory-only storage (storage.session, or a page's memory), and a guard for reading it back. */
import type { BackendKind } from '../backend/backend.js';
import type { SignedIn } from './code-flow.js';

export interface StoredSignIn extends SignedIn {
  readonly authority: string;
  readonly clientId: string;
  /** The tenant segment the tokens were asked from (e.g. `organizations`, a customer id). */
  readonly tenant: string;
  readonly backend: BackendKind;
  /** When the access token was issued (ms), for the half-lifetime rule. */
  readonly issuedAt: number;
}

function has<K extends string>(value: object, key: K): value is Record<K, unknown> {
  return key in value;
}

/** Read back from storage, checked, never trusted. */
export function isStoredSignIn(value: unknown): value is StoredSignIn {
  if (typeof value !== 'object' || value === null) return false;
  const strings = ['accessToken', 'userPrincipalName', 'tenantId', 'authority', 'clientId', 'tenant'] as const;
  if (!strings.every((key) => has(value, key) && typeof value[key] === 'string' && value[key] !== '')) return false;
  return (
    has(value, 'refreshToken') && (value.refreshToken === null || typeof value.refreshToken === 'string') &&
    has(value, 'expiresAt') && typeof value.expiresAt === 'number' &&
    has(value, 'issuedAt') && typeof value.issuedAt === 'number' &&
    has(value, 'roles') && Array.isArray(value.roles) && value.roles.every((role: unknown) => typeof role === 'string') &&
    has(value, 'backend') && (value.backend === 'partner-center' || value.backend === 'graph')
  );
}
