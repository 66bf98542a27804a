/**
 * The reference sign-in: discovery and JWKS, the sign-in page, the code flow with PKCE S256, refresh, silent
 * sign-in, and both API surfaces verifying the tokens it issues. Every refusal is checked for its real shape.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { CONTOSO_ID, DEMO_AGENTS, FABRIKAM_ID, PARTNER_TENANT_ID, startReferenceServer, type ReferenceServer } from '../../server/index.js';
import { at, Client, list } from './helpers.js';

const CLIENT_ID = '00000000-0000-4000-8000-0000000c11e7';
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const PC_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation openid profile offline_access';
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

function upnOf(token: string): string {
  const agent = DEMO_AGENTS.find((candidate) => candidate.token === token);
  assert.ok(agent?.userPrincipalName);
  return agent.userPrincipalName;
}

let now = Date.now();
let server: ReferenceServer;

before(async () => {
  server = await startReferenceServer({ port: 0, users: 20, clock: () => now });
});
after(() => server.close());

interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeUrl(tenant: string, scope: string, challenge: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    client_id: CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope, state: 'state-1', code_challenge: challenge, code_challenge_method: 'S256', ...extra,
  });
  return `${server.url}/${tenant}/oauth2/v2.0/authorize?${params}`;
}

/** Follows nothing: the redirect back to the app, read as a URL. */
async function redirectOf(response: Response): Promise<URL> {
  assert.equal(response.status, 302, await response.text());
  const location = response.headers.get('location');
  assert.ok(location);
  return new URL(location);
}

/** Signs in without a page (prompt=none + login_hint) and returns the code. */
async function silentCode(tenant: string, scope: string, agentToken: string, proof: Pkce): Promise<string> {
  const url = await redirectOf(await fetch(authorizeUrl(tenant, scope, proof.challenge, { prompt: 'none', login_hint: upnOf(agentToken) }), { redirect: 'manual' }));
  assert.equal(`${url.origin}${url.pathname}`, REDIRECT);
  assert.equal(url.searchParams.get('state'), 'state-1');
  const code = url.searchParams.get('code');
  assert.ok(code, `no code in ${url.href}`);
  return code;
}

async function tokenCall(tenant: string, form: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }),
  });
  return { status: response.status, body: await response.json() };
}

async function redeem(tenant: string, code: string, verifier: string): Promise<{ status: number; body: unknown }> {
  return tokenCall(tenant, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
}

async function signIn(tenant: string, scope: string, agentToken: string): Promise<{ access: string; refresh: string; id: string }> {
  const proof = pkce();
  const answer = await redeem(tenant, await silentCode(tenant, scope, agentToken, proof), proof.verifier);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return { access: String(at(answer.body, 'access_token')), refresh: String(at(answer.body, 'refresh_token')), id: String(at(answer.body, 'id_token')) };
}

function assertOAuthError(answer: { status: number; body: unknown }, error: string, aadsts: string): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.equal(at(answer.body, 'error'), error);
  assert.match(String(at(answer.body, 'error_description')), new RegExp(`^${aadsts}: `));
  assert.deepEqual(at(answer.body, 'error_codes'), [Number(aadsts.slice('AADSTS'.length))]);
  assert.equal(typeof at(answer.body, 'trace_id'), 'string');
}

async function assertRefused(token: string, path: string, why: RegExp): Promise<void> {
  const answer = await new Client(server.url, token).get(path);
  assert.equal(answer.status, 401, JSON.stringify(answer.body));
  const challenge = answer.headers.get('www-authenticate') ?? '';
  assert.match(challenge, /^Bearer /);
  assert.match(challenge, /error="invalid_token"/);
  const message = path.startsWith('/v1.0/') ? at(answer.body, 'error', 'message') : at(answer.body, 'description');
  assert.match(String(message), why);
}

describe('discovery and keys', () => {
  it('publishes the v2 endpoints under the tenant, with the {tenantid} issuer for organizations', async () => {
    const organizations = (await (await fetch(`${server.url}/organizations/v2.0/.well-known/openid-configuration`)).json()) as unknown;
    assert.equal(at(organizations, 'issuer'), `${server.url}/{tenantid}/v2.0`);
    assert.equal(at(organizations, 'authorization_endpoint'), `${server.url}/organizations/oauth2/v2.0/authorize`);
    assert.equal(at(organizations, 'token_endpoint'), `${server.url}/organizations/oauth2/v2.0/token`);
    const customer = (await (await fetch(`${server.url}/${CONTOSO_ID}/v2.0/.well-known/openid-configuration`)).json()) as unknown;
    assert.equal(at(customer, 'issuer'), `${server.url}/${CONTOSO_ID}/v2.0`);
    const unknown = await fetch(`${server.url}/no-such-tenant.example/v2.0/.well-known/openid-configuration`);
    assert.equal(unknown.status, 400);
    assert.match(String(at(await unknown.json(), 'error_description')), /^AADSTS90002: /);
  });

  it('signs access and ID tokens with the published RS256 key', async () => {
    const keys = (await (await fetch(`${server.url}/organizations/discovery/v2.0/keys`)).json()) as { keys: [] };
    const tokens = await signIn('organizations', PC_SCOPE, 'demo-admin');
    const { payload, protectedHeader } = await jwtVerify(tokens.access, createLocalJWKSet(keys), { currentDate: new Date(now) });
    assert.equal(protectedHeader.alg, 'RS256');
    assert.equal(payload.aud, 'https://api.partnercenter.microsoft.com');
    assert.equal(payload['tid'], PARTNER_TENANT_ID);
    assert.equal(payload['upn'], upnOf('demo-admin'));
    assert.equal(payload['scp'], 'user_impersonation');
    assert.equal(typeof payload['oid'], 'string');
    assert.deepEqual(payload['roles'], ['AdminAgent']);
    const id = decodeJwt(tokens.id);
    assert.equal(id.aud, CLIENT_ID);
    assert.equal(id['preferred_username'], upnOf('demo-admin'));
    assert.equal(id.iss, `${server.url}/${PARTNER_TENANT_ID}/v2.0`);
  });
});

describe('sign-in page', () => {
  it('shows a "Sign in" heading and one button per account, named by its user principal name', async () => {
    const response = await fetch(authorizeUrl('organizations', PC_SCOPE, pkce().challenge));
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /<h1>Sign in<\/h1>/);
    const buttons = [...page.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);
    assert.deepEqual(buttons, DEMO_AGENTS.map((agent) => agent.userPrincipalName));
  });

  it('lists for a customer tenant only the accounts that may enter it (partner agents and its own)', async () => {
    const page = await (await fetch(authorizeUrl(CONTOSO_ID, GRAPH_SCOPE, pkce().challenge))).text();
    const buttons = [...page.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);
    assert.ok(buttons.includes(upnOf('demo-graph-contoso')));
    assert.ok(buttons.includes(upnOf('demo-admin')));
    assert.ok(!buttons.includes(upnOf('demo-graph-fabrikam')));
  });

  it('signs in the account picked on the page and sends a code, never a token, back in the URL', async () => {
    const proof = pkce();
    const form = new URLSearchParams(new URL(authorizeUrl('organizations', PC_SCOPE, proof.challenge)).searchParams);
    form.set('login', upnOf('demo-helpdesk'));
    const response = await fetch(`${server.url}/organizations/oauth2/v2.0/authorize`, {
      method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form,
    });
    const back = await redirectOf(response);
    assert.deepEqual([...back.searchParams.keys()].sort(), ['code', 'state']);
    const answer = await redeem('organizations', back.searchParams.get('code') ?? '', proof.verifier);
    assert.equal(answer.status, 200);
    const me = await new Client(server.url, String(at(answer.body, 'access_token'))).get('/v1/me');
    assert.deepEqual(at(me.body, 'roles'), ['HelpdeskAgent']);
  });

  it('prompt=none without a login hint, or for an account that cannot enter the tenant, goes back with an error', async () => {
    const none = await redirectOf(await fetch(authorizeUrl('organizations', PC_SCOPE, pkce().challenge, { prompt: 'none' }), { redirect: 'manual' }));
    assert.equal(none.searchParams.get('error'), 'login_required');
    assert.match(none.searchParams.get('error_description') ?? '', /^AADSTS50058: /);
    const outsider = await redirectOf(await fetch(authorizeUrl(CONTOSO_ID, GRAPH_SCOPE, pkce().challenge, { prompt: 'none', login_hint: upnOf('demo-graph-fabrikam') }), { redirect: 'manual' }));
    assert.equal(outsider.searchParams.get('error'), 'interaction_required');
    assert.match(outsider.searchParams.get('error_description') ?? '', /^AADSTS50020: /);
  });

  it('refuses a request without PKCE S256, with two APIs in the scope, or without a usable redirect URI', async () => {
    const noPkce = new URL(authorizeUrl('organizations', PC_SCOPE, 'x'));
    noPkce.searchParams.delete('code_challenge');
    const missing = await redirectOf(await fetch(noPkce, { redirect: 'manual' }));
    assert.equal(missing.searchParams.get('error'), 'invalid_request');
    assert.match(missing.searchParams.get('error_description') ?? '', /^AADSTS9002325: /);
    const plain = await redirectOf(await fetch(authorizeUrl('organizations', PC_SCOPE, 'x', { code_challenge_method: 'plain' }), { redirect: 'manual' }));
    assert.equal(plain.searchParams.get('error'), 'invalid_request');
    const both = await redirectOf(await fetch(authorizeUrl('organizations', `${PC_SCOPE} https://graph.microsoft.com/User.Read.All`, 'x'), { redirect: 'manual' }));
    assert.match(both.searchParams.get('error_description') ?? '', /^AADSTS28000: /);
    const nowhere = await fetch(authorizeUrl('organizations', PC_SCOPE, 'x', { redirect_uri: 'http://evil.example/' }), { redirect: 'manual' });
    assert.equal(nowhere.status, 400);
    assert.match(await nowhere.text(), /AADSTS50011: /);
  });
});

describe('token endpoint refusals', () => {
  it('a wrong PKCE verifier: invalid_grant AADSTS50148, and the code is spent', async () => {
    const proof = pkce();
    const code = await silentCode('organizations', PC_SCOPE, 'demo-admin', proof);
    assertOAuthError(await redeem('organizations', code, pkce().verifier), 'invalid_grant', 'AADSTS50148');
    assertOAuthError(await redeem('organizations', code, proof.verifier), 'invalid_grant', 'AADSTS54005');
  });

  it('a reused code: invalid_grant AADSTS54005', async () => {
    const proof = pkce();
    const code = await silentCode('organizations', PC_SCOPE, 'demo-admin', proof);
    assert.equal((await redeem('organizations', code, proof.verifier)).status, 200);
    assertOAuthError(await redeem('organizations', code, proof.verifier), 'invalid_grant', 'AADSTS54005');
  });

  it('an expired code: invalid_grant AADSTS70008', async () => {
    const proof = pkce();
    const code = await silentCode('organizations', PC_SCOPE, 'demo-admin', proof);
    now += 11 * 60_000;
    assertOAuthError(await redeem('organizations', code, proof.verifier), 'invalid_grant', 'AADSTS70008');
  });

  it('a code for another client, redirect URI or tenant; an unknown refresh token; an unknown grant type', async () => {
    const proof = pkce();
    const code = await silentCode('organizations', PC_SCOPE, 'demo-admin', proof);
    assertOAuthError(await tokenCall('organizations', { client_id: 'someone-else', grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: proof.verifier }), 'invalid_grant', 'AADSTS700005');
    const second = pkce();
    const other = await silentCode('organizations', PC_SCOPE, 'demo-admin', second);
    assertOAuthError(await tokenCall('organizations', { grant_type: 'authorization_code', code: other, redirect_uri: 'https://other.example/', code_verifier: second.verifier }), 'invalid_grant', 'AADSTS50011');
    const third = pkce();
    const elsewhere = await silentCode('organizations', PC_SCOPE, 'demo-admin', third);
    assertOAuthError(await redeem(CONTOSO_ID, elsewhere, third.verifier), 'invalid_grant', 'AADSTS700005');
    assertOAuthError(await tokenCall('organizations', { grant_type: 'refresh_token', refresh_token: 'made-up', scope: PC_SCOPE }), 'invalid_grant', 'AADSTS9002313');
    assertOAuthError(await tokenCall('organizations', { grant_type: 'password' }), 'unsupported_grant_type', 'AADSTS70003');
  });

  it('refresh: a new access token, for the same or another tenant the account may enter; an expired one is refused', async () => {
    const tokens = await signIn('organizations', PC_SCOPE, 'demo-admin');
    const renewed = await tokenCall('organizations', { grant_type: 'refresh_token', refresh_token: tokens.refresh, scope: PC_SCOPE });
    assert.equal(renewed.status, 200, JSON.stringify(renewed.body));
    assert.notEqual(at(renewed.body, 'access_token'), tokens.access);
    const customer = await tokenCall(FABRIKAM_ID, { grant_type: 'refresh_token', refresh_token: tokens.refresh, scope: GRAPH_SCOPE });
    assert.equal(customer.status, 200);
    const users = await new Client(server.url, String(at(customer.body, 'access_token'))).get('/v1.0/users?$top=5');
    assert.equal(users.status, 200);
    assert.equal(list(at(users.body, 'value')).length, 5);
    assertOAuthError(await tokenCall('organizations', { client_id: 'someone-else', grant_type: 'refresh_token', refresh_token: tokens.refresh, scope: PC_SCOPE }), 'invalid_grant', 'AADSTS700025');
    now += 25 * 3_600_000;
    assertOAuthError(await tokenCall('organizations', { grant_type: 'refresh_token', refresh_token: tokens.refresh, scope: PC_SCOPE }), 'invalid_grant', 'AADSTS700084');
  });
});

describe('the APIs verify the tokens', () => {
  it('a Partner Center token lists customers; /v1/me answers with the roles of the account', async () => {
    const tokens = await signIn('organizations', PC_SCOPE, 'demo-reader');
    const client = new Client(server.url, tokens.access);
    assert.equal((await client.get('/v1/customers')).status, 200);
    assert.deepEqual(at((await client.get('/v1/me')).body, 'roles'), ['BillingAdmin']);
    // Read-only by its role, signed in or not.
    const write = await client.call('PATCH', `/v1/customers/${CONTOSO_ID}/users/x`, { body: { usageLocation: 'SE' } });
    assert.equal(write.status, 403);
  });

  it('a Graph token from the customer tenant acts in that tenant, with wids of its directory role', async () => {
    const tokens = await signIn(CONTOSO_ID, GRAPH_SCOPE, 'demo-graph-contoso');
    const claims = decodeJwt(tokens.access);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.equal(claims['tid'], CONTOSO_ID);
    assert.deepEqual(claims['wids'], ['62e90394-69f5-4237-9190-012177145e10']);
    assert.equal(claims['scp'], 'LicenseAssignment.ReadWrite.All Organization.Read.All User.Read.All');
    const organization = await new Client(server.url, tokens.access).get('/v1.0/organization');
    assert.equal(at(organization.body, 'value', 0, 'id'), CONTOSO_ID);
  });

  it('an expired token: 401 with WWW-Authenticate on both surfaces', async () => {
    const pc = await signIn('organizations', PC_SCOPE, 'demo-admin');
    const graph = await signIn(CONTOSO_ID, GRAPH_SCOPE, 'demo-admin');
    now += 3601_000;
    await assertRefused(pc.access, '/v1/customers', /expired/);
    await assertRefused(graph.access, '/v1.0/users', /expired/);
  });

  it('tokens the server was told to expire are refused; new ones work', async () => {
    const before = await signIn('organizations', PC_SCOPE, 'demo-admin');
    const expire = await fetch(`${server.url}/_reference/identity/expire-tokens`, { method: 'POST' });
    assert.equal(expire.status, 200);
    assert.ok(Number(at(await expire.json(), 'expired')) >= 1);
    await assertRefused(before.access, '/v1/customers', /expired/);
    const renewed = await tokenCall('organizations', { grant_type: 'refresh_token', refresh_token: before.refresh, scope: PC_SCOPE });
    assert.equal((await new Client(server.url, String(at(renewed.body, 'access_token'))).get('/v1/customers')).status, 200);
  });

  it('a wrong audience, a wrong tenant, a forged signature: 401', async () => {
    const pc = await signIn('organizations', PC_SCOPE, 'demo-admin');
    await assertRefused(pc.access, '/v1.0/users', /Invalid audience/);
    const partnerGraph = await signIn('organizations', GRAPH_SCOPE, 'demo-admin');
    await assertRefused(partnerGraph.access, '/v1.0/users', /partner tenant/);
    const customerPc = await signIn(CONTOSO_ID, PC_SCOPE, 'demo-admin');
    await assertRefused(customerPc.access, '/v1/customers', /partner tenant/);
    const [head, body] = pc.access.split('.');
    await assertRefused(`${head}.${body}.${randomBytes(256).toString('base64url')}`, '/v1/customers', /signature/);
  });

  it('the fixed demo tokens keep working beside signed-in tokens', async () => {
    assert.equal((await new Client(server.url, 'demo-admin').get('/v1/customers')).status, 200);
    assert.equal((await new Client(server.url, 'demo-graph-contoso').get('/v1.0/users?$top=1')).status, 200);
  });
});
