/**
 * What a sign-in leaves behind: one-time authorization codes (10 minutes, PKCE S256) and refresh tokens (24 hours,
 * as for single-page apps). Memory only; expired entries are swept as new ones come.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RequestedScopes } from './resources.js';

export const CODE_LIFETIME_MS = 10 * 60_000;
export const REFRESH_LIFETIME_MS = 24 * 3_600_000;
const SWEEP_PAST = 10_000;

/** Who signed in where, for which app and API. */
export interface SignIn {
  /** The fixture agent's key (its fixed token). */
  readonly agentKey: string;
  readonly tenantId: string;
  readonly clientId: string;
  readonly scopes: RequestedScopes;
  readonly nonce: string | null;
}

export interface CodeGrant extends SignIn {
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
  redeemed: boolean;
}

export interface RefreshGrant {
  readonly agentKey: string;
  readonly clientId: string;
  readonly expiresAt: number;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export class Grants {
  private readonly codes = new Map<string, CodeGrant>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(private readonly now: () => number) {}

  addCode(grant: Omit<CodeGrant, 'expiresAt' | 'redeemed'>): string {
    this.sweep(this.codes);
    const code = newSecret();
    this.codes.set(code, { ...grant, expiresAt: this.now() + CODE_LIFETIME_MS, redeemed: false });
    return code;
  }

  code(code: string): CodeGrant | undefined {
    return this.codes.get(code);
  }

  addRefreshToken(agentKey: string, clientId: string): string {
    this.sweep(this.refreshTokens);
    const token = newSecret();
    this.refreshTokens.set(token, { agentKey, clientId, expiresAt: this.now() + REFRESH_LIFETIME_MS });
    return token;
  }

  refreshToken(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }

  private sweep(map: Map<string, { readonly expiresAt: number }>): void {
    if (map.size < SWEEP_PAST) return;
    const now = this.now();
    for (const [key, value] of map) if (value.expiresAt < now) map.delete(key);
  }
}
