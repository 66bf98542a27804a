/**
 * The demo page's sign-in, the way a host page signs in with src/sign-in: the redirect-based authorization code
 * flow with PKCE (the page goes to the authority's sign-in page and comes back with a code, redeemed once and taken
 * out of the address), silent renewal before expiry or after a 401 (the refresh token, else prompt=none in a hidden
 * frame), and sign-out. Tokens live in sessionStorage only: this tab, gone when it closes; never localStorage, a URL
 * or a log line.
 */
import type { BackendKind } from '../../src/backend/backend.js';
import { SignInError } from '../../src/sign-in/authorization-server.js';
import type { PendingAuthorization } from '../../src/sign-in/code-flow.js';
import { DEFAULT_TENANT, tenantFor, type SignInSettings } from '../../src/sign-in/settings.js';
import { isStoredSignIn, type StoredSignIn } from '../../src/sign-in/stored-sign-in.js';
import { TokenKeeper, type SignInStorage, type SignInTarget, type WebAuthFlow } from '../../src/sign-in/token-keeper.js';

const SIGN_IN_KEY = 'license-manager-demo:sign-in';
const PENDING_KEY = 'license-manager-demo:pending-sign-in';
/** A silent sign-in that shows a page instead of coming back (the account must choose) is given up after this. */
const SILENT_TIMEOUT_MS = 10_000;
/** The app registration's client id. The reference server accepts any; a real host puts its own here. */
export const DEMO_CLIENT_ID = '0b4f3a52-7c1d-4e8a-9f26-3d5e7a1c0b9e';
/** The answer's parameters, taken out of the address once read. */
const ANSWER_PARAMETERS = ['code', 'state', 'session_state', 'error', 'error_description', 'error_uri', 'iss'] as const;

interface PendingSignIn {
  readonly pending: PendingAuthorization;
  /** The page's query (e.g. `?lang=sv`) to put back after the redirect. */
  readonly returnTo: string;
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function isPendingSignIn(value: unknown): value is PendingSignIn {
  if (typeof value !== 'object' || value === null || !('pending' in value) || !('returnTo' in value) || typeof value.returnTo !== 'string') return false;
  const pending: unknown = value.pending;
  return typeof pending === 'object' && pending !== null &&
    (['url', 'state', 'codeVerifier', 'redirectUri'] as const).every((key) => key in pending && typeof (pending as Record<string, unknown>)[key] === 'string');
}

const tabStorage: SignInStorage = {
  load: async () => {
    const stored = readJson(SIGN_IN_KEY);
    return isStoredSignIn(stored) ? stored : null;
  },
  save: async (signIn) => {
    if (signIn) sessionStorage.setItem(SIGN_IN_KEY, JSON.stringify(signIn));
    else sessionStorage.removeItem(SIGN_IN_KEY);
  },
};

/** True in the hidden frame of a silent sign-in: the page that opened it reads the answer; this copy does nothing. */
export function isSilentSignInFrame(): boolean {
  return window.parent !== window && new URLSearchParams(location.search).has('state');
}

/**
 * Silent only: loads the authorize URL (prompt=none) in a hidden frame and resolves with the address it was sent
 * back to. The interactive sign-in leaves the page instead (`DemoSignIn.start`).
 */
function hiddenFrameFlow(redirectUri: string): WebAuthFlow {
  return {
    redirectUri,
    launch(url, interactive) {
      if (interactive) return Promise.reject(new Error('The demo page signs in by going to the sign-in page, not in a frame.'));
      return new Promise<string>((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.hidden = true;
        frame.title = 'Silent sign-in';
        const finish = (): void => {
          clearTimeout(timer);
          frame.remove();
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`the sign-in authority did not send the page back within ${SILENT_TIMEOUT_MS / 1000} s`));
        }, SILENT_TIMEOUT_MS);
        frame.addEventListener('load', () => {
          let address: string;
          try {
            address = frame.contentWindow?.location.href ?? '';
          } catch {
            return; // Still on the authority's origin: a page that wants the admin; the timer gives up.
          }
          if (!address.startsWith(redirectUri)) return;
          finish();
          resolve(address);
        });
        frame.src = url;
        document.body.append(frame);
      });
    },
  };
}

/** Which API the signed-in account uses: a customer's own admin Graph in that tenant, a partner agent Partner Center. */
export function backendOf(signIn: StoredSignIn | null, customerIds: readonly string[]): { readonly backend: BackendKind; readonly customerId: string | null } {
  const tenantId = signIn?.tenantId.toLowerCase() ?? '';
  return customerIds.includes(tenantId) ? { backend: 'graph', customerId: tenantId } : { backend: 'partner-center', customerId: null };
}

export class DemoSignIn {
  readonly keeper: TokenKeeper;

  /** `authority`: the sign-in authority (the reference server); `customerIds`: the demo's customers. */
  constructor(authority: string, customerIds: readonly string[]) {
    const settings: SignInSettings = { authority, clientId: DEMO_CLIENT_ID, tenant: DEFAULT_TENANT };
    this.keeper = new TokenKeeper({
      storage: tabStorage,
      flow: hiddenFrameFlow(`${location.origin}${location.pathname}`),
      target: async (): Promise<SignInTarget> => {
        const { backend, customerId } = backendOf(await tabStorage.load(), customerIds);
        return { settings, backend, tenant: tenantFor(backend, settings, customerId) };
      },
    });
  }

  current(): Promise<StoredSignIn | null> {
    return this.keeper.current();
  }

  /** "Sign in": to the authority's sign-in page; the page comes back through `finishIfReturning`. */
  async start(): Promise<void> {
    const pending = await this.keeper.startRedirectSignIn();
    const saved: PendingSignIn = { pending, returnTo: location.search };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(saved));
    location.assign(pending.url);
  }

  /**
   * On load: when the authority sent the page back with an answer, take the answer out of the address (it is
   * redeemed once, here) and redeem it. Null when the page was opened normally.
   */
  async finishIfReturning(): Promise<StoredSignIn | null> {
    const query = new URLSearchParams(location.search);
    if (!query.has('state')) return null;
    const answer = location.href;
    const saved = readJson(PENDING_KEY);
    sessionStorage.removeItem(PENDING_KEY);
    for (const name of ANSWER_PARAMETERS) query.delete(name);
    const rest = query.toString();
    const returnTo = isPendingSignIn(saved) ? saved.returnTo : rest === '' ? '' : `?${rest}`;
    history.replaceState(history.state, '', `${location.pathname}${returnTo}${location.hash}`);
    if (!isPendingSignIn(saved)) throw new SignInError('refused', 'A sign-in answer arrived that this tab did not ask for: sign in again.');
    return this.keeper.finishRedirectSignIn(saved.pending, answer);
  }

  signOut(): Promise<void> {
    return this.keeper.signOut();
  }
}
