/**
 * POST /{tenant}/oauth2/v2.0/token: the `authorization_code` grant (one use, PKCE S256 checked, same client and
 * redirect URI) and the `refresh_token` grant (any tenant the account may enter, one API per request).
 * Refusals carry the identity platform's error shape and AADSTS texts.
 */
import type { Store } from '../store.js';
import { json, type IdentityAnswer, type IdentityRequest } from './answers.js';
import { oauthError } from './errors.js';
import { s256 } from './grants.js';
import type { Identity } from './identity.js';
import { readScopes } from './resources.js';
import { authorityTenant, signInTenant } from './tenants.js';

function refused(error: Parameters<typeof oauthError>[0], text: string): IdentityAnswer {
  return json(oauthError(error, text));
}

export async function token(identity: Identity, store: Store, tenantSegment: string, request: IdentityRequest): Promise<IdentityAnswer> {
  if (request.method !== 'POST') return json(oauthError('invalid_request', 'AADSTS900561: The endpoint only accepts POST requests.', 405));
  const form = request.form;
  const tenant = authorityTenant(store, tenantSegment);
  if (!tenant) return refused('invalid_request', `AADSTS90002: Tenant '${tenantSegment}' not found.`);
  const clientId = form.get('client_id');
  if (!clientId) return refused('invalid_request', "AADSTS900144: The request body must contain the following parameter: 'client_id'.");
  const grantType = form.get('grant_type');

  if (grantType === 'authorization_code') {
    const grant = identity.grants.code(form.get('code') ?? '');
    if (!grant) return refused('invalid_grant', "AADSTS9002313: Invalid request. Request is malformed or invalid. The 'code' is not one this service issued.");
    if (grant.redeemed) return refused('invalid_grant', 'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
    // One attempt per code, whatever its outcome: a refused exchange cannot be retried with other guesses.
    grant.redeemed = true;
    if (grant.expiresAt < identity.now()) {
      return refused('invalid_grant', 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
    }
    if (grant.clientId !== clientId) return refused('invalid_grant', `AADSTS700005: Provided Authorization Code is intended to use against other client, not ${clientId}.`);
    if (grant.redirectUri !== form.get('redirect_uri')) {
      return refused('invalid_grant', `AADSTS50011: The redirect URI '${form.get('redirect_uri') ?? ''}' does not match the one the code was issued to.`);
    }
    if (tenant.kind === 'tenant' && tenant.id !== grant.tenantId) return refused('invalid_grant', 'AADSTS700005: Provided Authorization Code is intended to use against other tenant, thus rejected.');
    const verifier = form.get('code_verifier');
    if (!verifier) return refused('invalid_request', "AADSTS900144: The request body must contain the following parameter: 'code_verifier'.");
    if (s256(verifier) !== grant.codeChallenge) return refused('invalid_grant', 'AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.');
    identity.counts.authorizationCode += 1;
    return json({ status: 200, headers: { 'Cache-Control': 'no-store' }, body: await identity.issue(grant, request.origin, grant.scopes.offlineAccess) });
  }

  if (grantType === 'refresh_token') {
    const grant = identity.grants.refreshToken(form.get('refresh_token') ?? '');
    if (!grant) return refused('invalid_grant', 'AADSTS9002313: Invalid request. Request is malformed or invalid. The refresh token is not one this service issued.');
    if (grant.expiresAt < identity.now()) {
      return refused('invalid_grant', 'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.');
    }
    if (grant.clientId !== clientId) return refused('invalid_grant', 'AADSTS700025: The refresh token was issued to another client.');
    const scopes = readScopes(form.get('scope'));
    if ('problem' in scopes) return refused('invalid_scope', scopes.problem);
    const agent = identity.agent(grant.agentKey);
    const tenantId = agent ? signInTenant(agent, tenant, store) : null;
    if (!agent || tenantId === null) return refused('invalid_grant', `AADSTS50020: User account from identity provider does not exist in tenant '${tenantSegment}'.`);
    identity.counts.refreshToken += 1;
    const body = await identity.issue({ agentKey: grant.agentKey, tenantId, clientId, scopes, nonce: null }, request.origin, true);
    return json({ status: 200, headers: { 'Cache-Control': 'no-store' }, body });
  }
  return refused('unsupported_grant_type', `AADSTS70003: The app requested an unsupported grant type '${grantType ?? ''}'.`);
}
