/**
 * The OAuth 2.0 authorization code flow with PKCE, and refresh, through oauth4webapi. The browser part (showing
 * the authorize page and catching the redirect) is the caller's: it gets a URL and hands back where it ended.
 */
import * as oauth from 'oauth4webapi';
import { rolesFromDirectoryRoleIds } from '../core/roles.js';
import { SignInError, type Authority } from './authorization-server.js';

export interface SignedIn {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
  readonly userPrincipalName: string;
  /** From the ID token: Partner Center `roles`, or Graph `wids` (directory role ids) as role names. */
  readonly roles: readonly string[];
  readonly tenantId: string;
}

export interface PendingAuthorization {
  /** The authorize URL to show (or to load silently). */
  readonly url: string;
  readonly state: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
}

export interface AuthorizeOptions {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  /** `none` signs in without a page (silent renewal) and needs `loginHint`. */
  readonly prompt?: 'none' | 'select_account';
  readonly loginHint?: string;
}

function requestOptions(authority: Authority): { [oauth.allowInsecureRequests]?: boolean } {
  return authority.insecure ? { [oauth.allowInsecureRequests]: true } : {};
}

export async function startAuthorization(authority: Authority, options: AuthorizeOptions): Promise<PendingAuthorization> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(authority.server.authorization_endpoint ?? '');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', options.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (options.prompt) url.searchParams.set('prompt', options.prompt);
  if (options.loginHint) url.searchParams.set('login_hint', options.loginHint);
  return { url: url.href, state, codeVerifier, redirectUri: options.redirectUri };
}

/** The ID token's issuer for `organizations`: Entra's `{tenantid}` filled with the token's own `tid`. */
async function issuerOf(authority: Authority, response: Response): Promise<oauth.AuthorizationServer> {
  if (!authority.issuerTemplate.includes('{tenantid}')) return authority.server;
  let tenantId = '';
  try {
    const body: unknown = await response.clone().json();
    const idToken = typeof body === 'object' && body !== null && 'id_token' in body && typeof body.id_token === 'string' ? body.id_token : '';
    const payload: unknown = JSON.parse(atob((idToken.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof payload === 'object' && payload !== null && 'tid' in payload && typeof payload.tid === 'string') tenantId = payload.tid;
  } catch {
    // Not readable here: oauth4webapi reports the answer as it is.
  }
  return { ...authority.server, issuer: authority.issuerTemplate.replace('{tenantid}', tenantId) };
}

function signedIn(result: oauth.TokenEndpointResponse, now: number, previous: SignedIn | null): SignedIn {
  const claims = oauth.getValidatedIdTokenClaims(result);
  const userPrincipalName = typeof claims?.['preferred_username'] === 'string' ? claims['preferred_username'] : previous?.userPrincipalName;
  const tenantId = typeof claims?.['tid'] === 'string' ? claims['tid'] : previous?.tenantId;
  if (!userPrincipalName || !tenantId) throw new SignInError('refused', 'The sign-in did not say who signed in (no ID token).');
  const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const roles = claims ? [...stringList(claims['roles']), ...rolesFromDirectoryRoleIds(stringList(claims['wids']))] : [...(previous?.roles ?? [])];
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? previous?.refreshToken ?? null,
    expiresAt: now + (result.expires_in ?? 3600) * 1000,
    userPrincipalName,
    roles,
    tenantId,
  };
}

function refusal(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof oauth.AuthorizationResponseError) {
    const kind = error.error === 'login_required' || error.error === 'interaction_required' || error.error === 'consent_required' ? 'interaction-required' : 'refused';
    return new SignInError(kind, firstLine(error.error_description) ?? error.error);
  }
  if (error instanceof oauth.ResponseBodyError) {
    return new SignInError(error.error === 'invalid_grant' ? 'interaction-required' : 'refused', firstLine(error.error_description) ?? error.error);
  }
  if (error instanceof TypeError) return new SignInError('network', `The sign-in authority did not answer (${error.message}).`);
  return new SignInError('refused', error instanceof Error ? error.message : String(error));
}

/** "AADSTS54005: …\r\nTrace ID: …": the first line is the part an admin can act on. */
function firstLine(text: string | undefined): string | undefined {
  return text?.split(/\r?\n/)[0];
}

/** Takes the URL the authorize page redirected to and redeems its code. */
export async function finishAuthorization(authority: Authority, clientId: string, pending: PendingAuthorization, redirectedTo: string, now: number): Promise<SignedIn> {
  const client: oauth.Client = { client_id: clientId };
  try {
    const parameters = oauth.validateAuthResponse(authority.server, client, new URL(redirectedTo), pending.state);
    const response = await oauth.authorizationCodeGrantRequest(authority.server, client, oauth.None(), parameters, pending.redirectUri, pending.codeVerifier, requestOptions(authority));
    const result = await oauth.processAuthorizationCodeResponse(await issuerOf(authority, response), client, response, { requireIdToken: true });
    return signedIn(result, now, null);
  } catch (error) {
    throw refusal(error);
  }
}

/** A new access token from the refresh token, for `scope` (the same API or another; the tenant is the authority's). */
export async function refresh(authority: Authority, clientId: string, previous: SignedIn, scope: string, now: number): Promise<SignedIn> {
  if (!previous.refreshToken) throw new SignInError('interaction-required', 'There is no refresh token: sign in again.');
  const client: oauth.Client = { client_id: clientId };
  try {
    const response = await oauth.refreshTokenGrantRequest(authority.server, client, oauth.None(), previous.refreshToken, {
      additionalParameters: { scope },
      ...requestOptions(authority),
    });
    const result = await oauth.processRefreshTokenResponse(await issuerOf(authority, response), client, response);
    return signedIn(result, now, previous);
  } catch (error) {
    throw refusal(error);
  }
}
