/**
 * The two APIs a token can be for, and how a requested scope string names one of them (Entra v2: one resource per
 * token request; scopes without a resource prefix are Graph's, as on the real endpoint).
 */
export type Resource = 'partner-center' | 'graph';

export const AUDIENCE: Readonly<Record<Resource, string>> = {
  'partner-center': 'https://api.partnercenter.microsoft.com',
  graph: 'https://graph.microsoft.com',
};

/** What `.default` grants on Graph: the permissions License Manager's registration asks for. */
export const GRAPH_DEFAULT_PERMISSIONS = ['LicenseAssignment.ReadWrite.All', 'Organization.Read.All', 'User.Read.All'] as const;

/** OpenID Connect scopes: they shape the answer (ID token, refresh token), not the access token. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export interface RequestedScopes {
  readonly resource: Resource;
  /** The access token's `scp`, space-separated. */
  readonly scp: string;
  readonly openid: boolean;
  readonly offlineAccess: boolean;
}

export type ScopeProblem = { readonly problem: string };

function resourceOf(scope: string): { resource: Resource; permission: string } | ScopeProblem {
  for (const resource of ['partner-center', 'graph'] as const) {
    const prefix = `${AUDIENCE[resource]}/`;
    if (scope.toLowerCase().startsWith(prefix)) return { resource, permission: scope.slice(prefix.length) };
  }
  if (/^[a-z]+:\/\//i.test(scope)) return { problem: `AADSTS500011: The resource principal named ${scope.replace(/\/[^/]*$/, '')} was not found in the tenant.` };
  return { resource: 'graph', permission: scope };
}

/** Reads a `scope` parameter; a request naming two APIs, or none, is refused as Entra refuses it. */
export function readScopes(scope: string | null): RequestedScopes | ScopeProblem {
  const words = (scope ?? '').split(/\s+/).filter((word) => word !== '');
  const permissions: string[] = [];
  let resource: Resource | null = null;
  for (const word of words) {
    if (OIDC_SCOPES.has(word.toLowerCase())) continue;
    const found = resourceOf(word);
    if ('problem' in found) return found;
    if (resource !== null && resource !== found.resource) {
      return { problem: 'AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource.' };
    }
    resource = found.resource;
    permissions.push(found.permission);
  }
  if (resource === null) return { problem: 'AADSTS70011: The provided value for the input parameter \'scope\' is not valid. Ask for a Partner Center or Graph scope.' };
  const lower = new Set(words.map((word) => word.toLowerCase()));
  const scp = resource === 'partner-center' ? 'user_impersonation' : permissions.some((permission) => permission === '.default') ? GRAPH_DEFAULT_PERMISSIONS.join(' ') : permissions.join(' ');
  return { resource, scp, openid: lower.has('openid'), offlineAccess: lower.has('offline_access') };
}

/** The API a request path belongs to. */
export function resourceOfPath(path: string): Resource {
  return path === '/v1.0' || path.startsWith('/v1.0/') ? 'graph' : 'partner-center';
}
