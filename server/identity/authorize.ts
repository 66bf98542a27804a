/**
 * GET|POST /{tenant}/oauth2/v2.0/authorize: the authorization code flow's front door. Checks the request as the
 * identity platform does (PKCE S256 required), then either shows the sign-in page, signs in the account the admin
 * picked (POST from that page), or, with prompt=none and login_hint, signs in without a page (silent renewal).
 */
import type { Store } from '../store.js';
import { html, redirectTo, type IdentityAnswer, type IdentityRequest } from './answers.js';
import type { Identity } from './identity.js';
import { readScopes } from './resources.js';
import { errorPage, signInPage } from './sign-in-page.js';
import { authorityTenant, signInTenant, type AuthorityTenant } from './tenants.js';

function redirectUriOf(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback) ? url : null;
  } catch {
    return null;
  }
}

export function authorize(identity: Identity, store: Store, tenantSegment: string, request: IdentityRequest): IdentityAnswer {
  if (request.method !== 'GET' && request.method !== 'POST') return html(405, errorPage('AADSTS900561: The endpoint only accepts GET and POST requests.'));
  const params = request.method === 'POST' ? request.form : request.query;
  const clientId = params.get('client_id');
  if (!clientId) return html(400, errorPage("AADSTS900144: The request body must contain the following parameter: 'client_id'."));
  const redirectUri = redirectUriOf(params.get('redirect_uri'));
  if (!redirectUri) {
    return html(400, errorPage(`AADSTS50011: The redirect URI '${params.get('redirect_uri') ?? ''}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`));
  }
  const tenant = authorityTenant(store, tenantSegment);
  if (!tenant) return html(400, errorPage(`AADSTS90002: Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`));
  const state = params.get('state');
  const fail = (error: string, description: string): IdentityAnswer => redirectTo(redirectUri, { error, error_description: description, state });

  if (params.get('response_type') !== 'code') return fail('unsupported_response_type', `AADSTS700054: response_type '${params.get('response_type') ?? ''}' is not enabled for the application.`);
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge) return fail('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.');
  if (params.get('code_challenge_method') !== 'S256') return fail('invalid_request', 'AADSTS501491: The code_challenge_method must be S256.');
  const scopes = readScopes(params.get('scope'));
  if ('problem' in scopes) return fail('invalid_scope', scopes.problem);

  const signInAs = (userPrincipalName: string, how: 'interactive' | 'silent'): IdentityAnswer | string => {
    const agent = identity.account(userPrincipalName);
    if (!agent?.userPrincipalName) return `AADSTS50034: The user account ${userPrincipalName} does not exist in the directory.`;
    const tenantId = signInTenant(agent, tenant, store);
    if (tenantId === null) return `AADSTS50020: User account '${agent.userPrincipalName}' from identity provider does not exist in tenant '${tenantSegment}'.`;
    identity.counts[how] += 1;
    const code = identity.grants.addCode({ agentKey: agent.token, tenantId, clientId, scopes, nonce: params.get('nonce'), redirectUri: redirectUri.href, codeChallenge });
    return redirectTo(redirectUri, { code, state, session_state: null });
  };

  const picked = request.method === 'POST' ? params.get('login') : null;
  if (picked) {
    const signedIn = signInAs(picked, 'interactive');
    return typeof signedIn === 'string' ? page(identity, store, tenant, request, params, signedIn) : signedIn;
  }
  if (params.get('prompt') === 'none') {
    const hint = params.get('login_hint');
    if (!hint) return fail('login_required', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.');
    const signedIn = signInAs(hint, 'silent');
    return typeof signedIn === 'string' ? fail('interaction_required', signedIn) : signedIn;
  }
  return page(identity, store, tenant, request, params, null);
}

function page(identity: Identity, store: Store, tenant: AuthorityTenant, request: IdentityRequest, params: URLSearchParams, problem: string | null): IdentityAnswer {
  const accounts = identity.accounts().filter((agent) => signInTenant(agent, tenant, store) !== null);
  const action = `${request.origin}${request.path}`;
  return html(problem ? 400 : 200, signInPage(action, params, accounts, problem));
}
