/**
 * The reference sign-in's state and its two jobs: issue tokens for a sign-in (RS256 JWTs shaped like the identity
 * platform's) and verify the access tokens the API surfaces receive (signature, audience, expiry, tenant).
 */
import { randomUUID } from 'node:crypto';
import { errors as joseErrors } from 'jose';
import type { FixtureAgent } from '../fixture.js';
import { directoryRoleFor } from '../roles.js';
import { stableGuid } from '../stable-id.js';
import type { Store } from '../store.js';
import { Grants, type SignIn } from './grants.js';
import { AUDIENCE, type Resource } from './resources.js';
import { SigningKey } from './signing-key.js';
import { homeTenant, PARTNER_TENANT_ID } from './tenants.js';

export const DEFAULT_ACCESS_TOKEN_SECONDS = 3600;

export interface IdentityOptions {
  /** Milliseconds since the epoch; tests move it. Default Date.now. */
  readonly now?: () => number;
  readonly accessTokenSeconds?: number;
}

export interface TokenResponse {
  readonly token_type: 'Bearer';
  readonly scope: string;
  readonly expires_in: number;
  readonly ext_expires_in: number;
  readonly access_token: string;
  readonly refresh_token?: string;
  readonly id_token?: string;
}

export type Verified = { readonly agent: FixtureAgent } | { readonly refused: string };

export interface SignInCounts {
  interactive: number;
  silent: number;
  authorizationCode: number;
  refreshToken: number;
}

/** A stable object id for an account, from its sign-in name. */
export function objectId(userPrincipalName: string): string {
  return stableGuid(userPrincipalName.toLowerCase());
}

export function issuer(origin: string, tenantId: string): string {
  return `${origin}/${tenantId}/v2.0`;
}

export class Identity {
  readonly grants: Grants;
  readonly counts: SignInCounts = { interactive: 0, silent: 0, authorizationCode: 0, refreshToken: 0 };
  readonly now: () => number;
  private readonly accessTokenSeconds: number;
  /** Access tokens carry `jti` = run + sequence; those up to `expiredThrough` were expired on request. */
  private readonly run = randomUUID();
  private sequence = 0;
  private expiredThrough = 0;

  /** Made on first use: an RSA key costs tens of milliseconds of CPU, and most servers never sign a token. */
  private signingKey: Promise<SigningKey> | null = null;

  private constructor(private readonly store: Store, options: IdentityOptions) {
    this.now = options.now ?? Date.now;
    this.accessTokenSeconds = options.accessTokenSeconds ?? DEFAULT_ACCESS_TOKEN_SECONDS;
    this.grants = new Grants(this.now);
  }

  static create(store: Store, options: IdentityOptions = {}): Identity {
    return new Identity(store, options);
  }

  key(): Promise<SigningKey> {
    this.signingKey ??= SigningKey.create();
    return this.signingKey;
  }

  /** Agents that can sign in (those with a user principal name), in fixture order. */
  accounts(): FixtureAgent[] {
    return [...this.store.agents.values()].filter((agent) => agent.userPrincipalName !== undefined);
  }

  account(userPrincipalName: string): FixtureAgent | undefined {
    const wanted = userPrincipalName.trim().toLowerCase();
    return this.accounts().find((agent) => agent.userPrincipalName?.toLowerCase() === wanted);
  }

  agent(agentKey: string): FixtureAgent | undefined {
    return this.store.agents.get(agentKey);
  }

  /** Every access token issued so far is refused as expired from now on (the reference server's "expire" switch). */
  expireAccessTokens(): number {
    const expired = this.sequence - this.expiredThrough;
    this.expiredThrough = this.sequence;
    return expired;
  }

  async issue(signIn: SignIn, origin: string, withRefreshToken: boolean): Promise<TokenResponse> {
    const agent = this.agent(signIn.agentKey);
    const upn = agent?.userPrincipalName;
    if (!agent || !upn) throw new Error('A sign-in names an account that cannot sign in.');
    const now = Math.floor(this.now() / 1000);
    const oid = objectId(upn);
    const resource = signIn.scopes.resource;
    this.sequence += 1;
    const roleClaims = resource === 'graph' ? { wids: [directoryRoleFor(agent.role).roleTemplateId] } : { roles: [agent.role] };
    const key = await this.key();
    const access = await key.sign({
      aud: AUDIENCE[resource],
      iss: issuer(origin, signIn.tenantId),
      iat: now,
      nbf: now,
      exp: now + this.accessTokenSeconds,
      tid: signIn.tenantId,
      oid,
      sub: oid,
      upn,
      name: agent.name,
      scp: signIn.scopes.scp,
      azp: signIn.clientId,
      ver: '2.0',
      jti: `${this.run}.${this.sequence}`,
      ...roleClaims,
    });
    const idToken = signIn.scopes.openid
      ? await key.sign({
          aud: signIn.clientId,
          iss: issuer(origin, signIn.tenantId),
          iat: now,
          nbf: now,
          exp: now + 3600,
          tid: signIn.tenantId,
          oid,
          sub: oid,
          name: agent.name,
          preferred_username: upn,
          ver: '2.0',
          ...(signIn.nonce ? { nonce: signIn.nonce } : {}),
          ...roleClaims,
        })
      : undefined;
    return {
      token_type: 'Bearer',
      scope: [signIn.scopes.resource === 'partner-center' ? `${AUDIENCE['partner-center']}/user_impersonation` : signIn.scopes.scp, ...(signIn.scopes.openid ? ['openid', 'profile'] : []), ...(withRefreshToken ? ['offline_access'] : [])].join(' '),
      expires_in: this.accessTokenSeconds,
      ext_expires_in: this.accessTokenSeconds,
      access_token: access,
      ...(withRefreshToken ? { refresh_token: this.grants.addRefreshToken(signIn.agentKey, signIn.clientId) } : {}),
      ...(idToken ? { id_token: idToken } : {}),
    };
  }

  /** The agent an API request acts as, with a Graph caller placed in the token's tenant; or why the token is refused. */
  async verify(token: string, resource: Resource): Promise<Verified> {
    let claims;
    try {
      claims = await (await this.key()).verify(token, AUDIENCE[resource], this.now());
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { refused: 'Lifetime validation failed, the token is expired.' };
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') return { refused: 'Invalid audience.' };
      return { refused: 'Access token validation failure. Invalid signature or malformed token.' };
    }
    const sequence = Number(typeof claims.jti === 'string' && claims.jti.startsWith(`${this.run}.`) ? claims.jti.slice(this.run.length + 1) : Number.NaN);
    if (!Number.isInteger(sequence)) return { refused: 'Access token validation failure. Invalid token id.' };
    if (sequence <= this.expiredThrough) return { refused: 'Lifetime validation failed, the token is expired.' };
    const upn = typeof claims['upn'] === 'string' ? claims['upn'] : '';
    const tenantId = typeof claims['tid'] === 'string' ? claims['tid'] : '';
    const agent = this.account(upn);
    if (!agent || claims.oid !== objectId(upn)) return { refused: 'Access token validation failure. The account no longer exists.' };
    if (resource === 'partner-center') {
      // Partner Center takes tokens of the partner's own tenant (an agent of a customer tenant: that tenant's).
      if (tenantId !== homeTenant(agent)) return { refused: `The token is for tenant ${tenantId}; Partner Center takes tokens of the partner tenant ${homeTenant(agent)}.` };
      return { agent };
    }
    if (!this.store.customer(tenantId)) {
      return { refused: tenantId === PARTNER_TENANT_ID ? 'The token is for the partner tenant; Graph calls need a token from the customer tenant.' : `The token is for an unknown tenant ${tenantId}.` };
    }
    if (agent.tenantId !== undefined && agent.tenantId !== tenantId) return { refused: `The account has no access to tenant ${tenantId}.` };
    return { agent: { ...agent, tenantId } };
  }
}
