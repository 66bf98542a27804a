/**
 * The reference sign-in, at the identity platform's v2 paths under any tenant segment (`organizations`, `common`,
 * the partner tenant, a customer's id or domain): discovery, JWKS, authorize and token.
 */
import type { Store } from '../store.js';
import { json, type IdentityAnswer, type IdentityRequest } from './answers.js';
import { authorize } from './authorize.js';
import { issuer, type Identity } from './identity.js';
import { token } from './token-endpoint.js';
import { authorityTenant } from './tenants.js';

type Endpoint = 'authorize' | 'token' | 'discovery' | 'keys';

const PATHS: readonly { readonly pattern: RegExp; readonly endpoint: Endpoint }[] = [
  { pattern: /^\/([^/]+)\/oauth2\/v2\.0\/authorize\/?$/, endpoint: 'authorize' },
  { pattern: /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/, endpoint: 'token' },
  { pattern: /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration\/?$/, endpoint: 'discovery' },
  { pattern: /^\/([^/]+)\/discovery\/v2\.0\/keys\/?$/, endpoint: 'keys' },
];

export interface IdentityPath {
  readonly endpoint: Endpoint;
  readonly tenantSegment: string;
}

export function identityPath(path: string): IdentityPath | null {
  for (const { pattern, endpoint } of PATHS) {
    const match = pattern.exec(path);
    if (match?.[1]) {
      try {
        return { endpoint, tenantSegment: decodeURIComponent(match[1]) };
      } catch {
        return null;
      }
    }
  }
  return null;
}

function discovery(store: Store, tenantSegment: string, origin: string): IdentityAnswer {
  const tenant = authorityTenant(store, tenantSegment);
  if (!tenant) {
    return json({ status: 400, body: { error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${tenantSegment}' not found.`, error_codes: [90002] } });
  }
  const base = `${origin}/${encodeURIComponent(tenantSegment)}`;
  return json({
    status: 200,
    body: {
      issuer: issuer(origin, tenant.kind === 'home' ? '{tenantid}' : tenant.id),
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'preferred_username', 'name', 'tid', 'oid', 'ver', 'wids', 'roles'],
      request_uri_parameter_supported: false,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'reference.invalid',
    },
  });
}

export async function identityRoute(identity: Identity, store: Store, where: IdentityPath, request: IdentityRequest): Promise<IdentityAnswer> {
  switch (where.endpoint) {
    case 'authorize':
      return authorize(identity, store, where.tenantSegment, request);
    case 'token':
      return token(identity, store, where.tenantSegment, request);
    case 'discovery':
      return discovery(store, where.tenantSegment, request.origin);
    case 'keys':
      return json({ status: 200, body: { keys: [(await identity.key()).publicJwk] } });
  }
}
