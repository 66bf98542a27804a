/**
 * Finds an authority's endpoints through OpenID Connect discovery ({authority}/{tenant}/v2.0/.well-known/...).
 * Read strictly: the issuer must be the one asked for, or, for `organizations`/`common`, Entra's `{tenantid}` form.
 */
import type { AuthorizationServer } from 'oauth4webapi';
import { isLocalHttp } from './settings.js';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly kind: 'discovery' | 'cancelled' | 'refused' | 'interaction-required' | 'network' | 'not-configured',
    message: string,
  ) {
    super(message);
  }
}

export interface Authority {
  readonly server: AuthorizationServer;
  /** The issuer with `{tenantid}` still in it when the tenant is `organizations`/`common`. */
  readonly issuerTemplate: string;
  /** The reference server on 127.0.0.1 speaks http. */
  readonly insecure: boolean;
}

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new SignInError('discovery', `The sign-in authority's metadata has no "${name}".`);
  return value;
}

export async function discover(authority: string, tenant: string, doFetch: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<Authority> {
  const base = `${authority}/${encodeURIComponent(tenant)}/v2.0`;
  let response: Response;
  try {
    response = await doFetch(`${base}/.well-known/openid-configuration`, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new SignInError('network', `The sign-in authority ${authority} did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw new SignInError('discovery', `The sign-in authority ${authority} does not know the tenant "${tenant}" (HTTP ${response.status}).`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SignInError('discovery', `The sign-in authority ${authority} did not answer with its metadata.`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SignInError('discovery', 'The sign-in metadata is not an object.');
  const record = body as Record<string, unknown>;
  const issuer = text(record, 'issuer');
  const template = `${authority}/{tenantid}/v2.0`;
  if (issuer !== base && issuer !== template) throw new SignInError('discovery', `The sign-in authority names another issuer (${issuer}).`);
  const server: AuthorizationServer = {
    issuer,
    authorization_endpoint: text(record, 'authorization_endpoint'),
    token_endpoint: text(record, 'token_endpoint'),
  };
  return { server, issuerTemplate: issuer, insecure: isLocalHttp(authority) };
}
