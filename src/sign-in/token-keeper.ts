/**
 * Keeps a fresh access token for the signed-in admin: interactive sign-in on request, then silent renewal when the
 * token is near expiry, rejected, or for another API or tenant: the refresh token first, else the authorize page
 * without a page (prompt=none + login_hint). Storage and the browser's web-auth flow are injected: the extension
 * keeps the sign-in in storage.session, the demo page in memory. Nothing here writes a token anywhere else.
 */
import type { BackendKind, TokenProvider } from '../backend/backend.js';
import { discover, SignInError, type Authority } from './authorization-server.js';
import { finishAuthorization, refresh, startAuthorization, type PendingAuthorization, type SignedIn } from './code-flow.js';
import { scopeFor, type SignInSettings } from './settings.js';
import type { StoredSignIn } from './stored-sign-in.js';

/** Renew when less than this is left (or half the lifetime, for short-lived tokens). */
export const RENEW_BEFORE_MS = 5 * 60_000;

export interface SignInStorage {
  load(): Promise<StoredSignIn | null>;
  save(signIn: StoredSignIn | null): Promise<void>;
}

/** Shows an authorize URL and resolves with the URL it redirected to (launchWebAuthFlow, a popup, an iframe). */
export interface WebAuthFlow {
  readonly redirectUri: string;
  launch(url: string, interactive: boolean): Promise<string>;
}

/** What the next token is for: the settings, the API and the tenant to ask. */
export interface SignInTarget {
  readonly settings: SignInSettings;
  readonly backend: BackendKind;
  readonly tenant: string;
}

export interface TokenKeeperOptions {
  readonly storage: SignInStorage;
  readonly flow: WebAuthFlow;
  readonly target: () => Promise<SignInTarget>;
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

function sameTarget(signIn: StoredSignIn, target: SignInTarget): boolean {
  return signIn.authority === target.settings.authority && signIn.clientId === target.settings.clientId && signIn.tenant === target.tenant && signIn.backend === target.backend;
}

export class TokenKeeper {
  private readonly now: () => number;
  private renewing: Promise<StoredSignIn> | null = null;
  private readonly authorities = new Map<string, Promise<Authority>>();

  constructor(private readonly options: TokenKeeperOptions) {
    this.now = options.now ?? Date.now;
  }

  current(): Promise<StoredSignIn | null> {
    return this.options.storage.load();
  }

  /** The interactive sign-in ("Sign in with Microsoft"). */
  async signIn(): Promise<StoredSignIn> {
    const target = await this.options.target();
    const signedIn = await this.authorize(target, 'interactive', undefined);
    return this.keep(target, signedIn);
  }

  /**
   * A sign-in that leaves the page (the demo page): the authorize URL to navigate to, and what finishing needs. The
   * caller keeps the pending authorization (no token in it) until the authorize page redirects back.
   */
  async startRedirectSignIn(): Promise<PendingAuthorization> {
    const target = await this.options.target();
    return this.pendingAuthorization(target, await this.configuredAuthority(target), 'interactive', undefined);
  }

  /** Back from the authorize page: redeems the code in `redirectedTo` (state and PKCE checked) and keeps the sign-in. */
  async finishRedirectSignIn(pending: PendingAuthorization, redirectedTo: string): Promise<StoredSignIn> {
    const target = await this.options.target();
    const authority = await this.configuredAuthority(target);
    return this.keep(target, await finishAuthorization(authority, target.settings.clientId, pending, redirectedTo, this.now()));
  }

  async signOut(): Promise<void> {
    this.renewing = null;
    await this.options.storage.save(null);
  }

  /** For `<license-manager>.tokenProvider`: a token that is fresh, renewed silently when it is not. */
  readonly tokenProvider: TokenProvider = async (request) => {
    const stored = await this.options.storage.load();
    if (!stored) throw new SignInError('interaction-required', 'Not signed in: choose "Sign in with Microsoft".');
    const target = await this.options.target();
    if (!request?.rejected && sameTarget(stored, target) && !this.nearExpiry(stored)) return stored.accessToken;
    return (await this.renew(stored, target)).accessToken;
  };

  private nearExpiry(signIn: StoredSignIn): boolean {
    const left = signIn.expiresAt - this.now();
    return left < Math.min(RENEW_BEFORE_MS, (signIn.expiresAt - signIn.issuedAt) / 2);
  }

  /** One renewal at a time: parallel requests share it. */
  private renew(stored: StoredSignIn, target: SignInTarget): Promise<StoredSignIn> {
    this.renewing ??= this.renewSilently(stored, target).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renewSilently(stored: StoredSignIn, target: SignInTarget): Promise<StoredSignIn> {
    if (stored.refreshToken && stored.authority === target.settings.authority && stored.clientId === target.settings.clientId) {
      try {
        const authority = await this.authority(target);
        return await this.keep(target, await refresh(authority, target.settings.clientId, stored, scopeFor(target.backend), this.now()));
      } catch (error) {
        if (!(error instanceof SignInError) || error.kind !== 'interaction-required') throw error;
      }
    }
    return this.keep(target, await this.authorize(target, 'silent', stored.userPrincipalName));
  }

  private configuredAuthority(target: SignInTarget): Promise<Authority> {
    if (target.settings.clientId === '') return Promise.reject(new SignInError('not-configured', 'Sign-in is not set up: enter the app registration\'s client ID in the settings.'));
    return this.authority(target);
  }

  private async authorize(target: SignInTarget, how: 'interactive' | 'silent', loginHint: string | undefined): Promise<SignedIn> {
    const authority = await this.configuredAuthority(target);
    const pending = await this.pendingAuthorization(target, authority, how, loginHint);
    let redirectedTo: string;
    try {
      redirectedTo = await this.options.flow.launch(pending.url, how === 'interactive');
    } catch (error) {
      throw new SignInError(how === 'interactive' ? 'cancelled' : 'interaction-required', how === 'interactive' ? 'The sign-in was closed before it finished.' : `Silent sign-in failed (${error instanceof Error ? error.message : String(error)}): sign in again.`);
    }
    return finishAuthorization(authority, target.settings.clientId, pending, redirectedTo, this.now());
  }

  private pendingAuthorization(target: SignInTarget, authority: Authority, how: 'interactive' | 'silent', loginHint: string | undefined): Promise<PendingAuthorization> {
    return startAuthorization(authority, {
      clientId: target.settings.clientId,
      redirectUri: this.options.flow.redirectUri,
      scope: scopeFor(target.backend),
      ...(how === 'silent' ? { prompt: 'none' as const, ...(loginHint ? { loginHint } : {}) } : { prompt: 'select_account' as const }),
    });
  }

  private authority(target: SignInTarget): Promise<Authority> {
    const key = `${target.settings.authority}/${target.tenant}`;
    let found = this.authorities.get(key);
    if (!found) {
      found = discover(target.settings.authority, target.tenant, this.options.fetch);
      // A failed discovery is asked again next time.
      found.catch(() => this.authorities.delete(key));
      this.authorities.set(key, found);
    }
    return found;
  }

  private async keep(target: SignInTarget, signedIn: SignedIn): Promise<StoredSignIn> {
    const stored: StoredSignIn = {
      ...signedIn,
      authority: target.settings.authority,
      clientId: target.settings.clientId,
      tenant: target.tenant,
      backend: target.backend,
      issuedAt: this.now(),
    };
    await this.options.storage.save(stored);
    return stored;
  }
}
