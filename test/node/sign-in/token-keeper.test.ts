/**
 * The sign-in layer against the reference server's real sign-in, in Node: interactive sign-in (the page's form
 * posted as a browser would), renewal near expiry and after a refusal through the refresh token, silent sign-in
 * (prompt=none) when the refresh token is gone, Graph tokens from the customer's tenant, sign-out.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONTOSO_ID, DEMO_AGENTS, PARTNER_TENANT_ID, startReferenceServer, type ReferenceServer } from '../../../server/index.js';
import type { BackendKind } from '../../../src/backend/backend.js';
import { SignInError } from '../../../src/sign-in/authorization-server.js';
import type { StoredSignIn } from '../../../src/sign-in/stored-sign-in.js';
import { TokenKeeper, type SignInTarget, type WebAuthFlow } from '../../../src/sign-in/token-keeper.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const REDIRECT = 'https://extension-id.chromiumapp.org/';

let server: ReferenceServer;
before(async () => {
  server = await startReferenceServer({ port: 0, users: 10 });
});
after(() => server.close());

function upn(token: string): string {
  const found = DEMO_AGENTS.find((agent) => agent.token === token)?.userPrincipalName;
  assert.ok(found);
  return found;
}

/** The browser's part: loads the authorize URL; interactive, it picks `account` on the sign-in page. */
function flow(account: string, seen: string[]): WebAuthFlow {
  return {
    redirectUri: REDIRECT,
    async launch(url, interactive) {
      seen.push(url);
      let response = await fetch(url, { redirect: 'manual' });
      if (interactive) {
        assert.equal(response.status, 200, 'the sign-in page');
        const page = await response.text();
        assert.match(page, /<h1>Sign in<\/h1>/);
        const form = new URLSearchParams(new URL(url).searchParams);
        form.set('login', account);
        response = await fetch(url.split('?')[0] ?? url, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
      }
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`no redirect (${response.status})`);
      seen.push(location);
      return location;
    },
  };
}

interface Harness {
  readonly keeper: TokenKeeper;
  readonly stored: () => StoredSignIn | null;
  /** Replaces what storage holds (e.g. a refresh token the authority no longer honours). */
  readonly replace: (signIn: StoredSignIn | null) => void;
  readonly seen: string[];
  clientNow: number;
}

function harness(options: { account: string; backend?: BackendKind; tenant?: string; clientId?: string }): Harness {
  let stored: StoredSignIn | null = null;
  const seen: string[] = [];
  const state: Harness = {
    keeper: new TokenKeeper({
      storage: { load: async () => stored, save: async (value) => { stored = value; } },
      flow: flow(options.account, seen),
      target: async (): Promise<SignInTarget> => ({
        settings: { authority: server.url, clientId: options.clientId ?? CLIENT_ID, tenant: 'organizations' },
        backend: options.backend ?? 'partner-center',
        tenant: options.tenant ?? 'organizations',
      }),
      now: () => state.clientNow,
    }),
    stored: () => stored,
    replace: (signIn) => {
      stored = signIn;
    },
    seen,
    clientNow: Date.now(),
  };
  return state;
}

async function signIns(): Promise<{ interactive: number; silent: number; authorizationCode: number; refreshToken: number }> {
  const body = (await (await fetch(`${server.url}/_reference/identity`)).json()) as { signIns: { interactive: number; silent: number; authorizationCode: number; refreshToken: number } };
  return body.signIns;
}

async function status(path: string, token: string): Promise<number> {
  return (await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status;
}

describe('TokenKeeper against the reference sign-in', () => {
  it('signs in on the page and keeps who signed in, with the roles from the ID token', async () => {
    const h = harness({ account: upn('demo-reader') });
    const signedIn = await h.keeper.signIn();
    assert.equal(signedIn.userPrincipalName, upn('demo-reader'));
    assert.deepEqual(signedIn.roles, ['BillingAdmin']);
    assert.equal(signedIn.tenantId, PARTNER_TENANT_ID);
    assert.ok(signedIn.refreshToken);
    const token = await h.keeper.tokenProvider();
    assert.equal(token, signedIn.accessToken);
    assert.equal(await status('/v1/customers', token), 200);
  });

  it('renews through the refresh token when the token is near expiry, and when the service refused it', async () => {
    const h = harness({ account: upn('demo-admin') });
    const first = await h.keeper.signIn();
    const before = await signIns();
    assert.equal(await h.keeper.tokenProvider(), first.accessToken, 'fresh: the same token');
    h.clientNow = first.expiresAt - 60_000;
    const renewed = await h.keeper.tokenProvider();
    assert.notEqual(renewed, first.accessToken);
    assert.equal((await signIns()).refreshToken, before.refreshToken + 1);
    await fetch(`${server.url}/_reference/identity/expire-tokens`, { method: 'POST' });
    assert.equal(await status('/v1/customers', renewed), 401);
    const again = await h.keeper.tokenProvider({ rejected: true });
    assert.equal(await status('/v1/customers', again), 200);
    assert.equal((await signIns()).refreshToken, before.refreshToken + 2);
  });

  it('signs in by redirect: the authorize URL to leave for, then the answer redeemed once, its state checked', async () => {
    const h = harness({ account: upn('demo-sales') });
    const pending = await h.keeper.startRedirectSignIn();
    assert.equal(new URL(pending.url).searchParams.get('prompt'), 'select_account');
    const answer = await flow(upn('demo-sales'), []).launch(pending.url, true);
    const forged = new URL(answer);
    forged.searchParams.set('state', 'another-state');
    await assert.rejects(h.keeper.finishRedirectSignIn(pending, forged.href), SignInError);
    assert.equal(h.stored(), null, 'an answer to another request is not kept');
    const signedIn = await h.keeper.finishRedirectSignIn(pending, answer);
    assert.equal(signedIn.userPrincipalName, upn('demo-sales'));
    assert.equal(h.stored()?.accessToken, signedIn.accessToken);
    await assert.rejects(h.keeper.finishRedirectSignIn(pending, answer), /AADSTS54005/, 'the code is redeemed once');
  });

  it('parallel requests share one renewal', async () => {
    const h = harness({ account: upn('demo-admin') });
    const first = await h.keeper.signIn();
    const before = await signIns();
    h.clientNow = first.expiresAt;
    const tokens = await Promise.all([h.keeper.tokenProvider(), h.keeper.tokenProvider(), h.keeper.tokenProvider()]);
    assert.equal(new Set(tokens).size, 1);
    assert.equal((await signIns()).refreshToken, before.refreshToken + 1);
  });

  it('signs in silently (prompt=none with the account as hint) when the refresh token no longer works', async () => {
    const h = harness({ account: upn('demo-helpdesk') });
    const first = await h.keeper.signIn();
    const before = await signIns();
    h.replace({ ...first, refreshToken: 'revoked-by-the-authority' });
    h.clientNow = first.expiresAt;
    const token = await h.keeper.tokenProvider();
    assert.equal(await status('/v1/customers', token), 200);
    const after_ = await signIns();
    assert.equal(after_.silent, before.silent + 1);
    assert.equal(after_.interactive, before.interactive);
    const silent = h.seen.find((url) => url.includes('prompt=none'));
    assert.ok(silent?.includes(`login_hint=${encodeURIComponent(upn('demo-helpdesk'))}`));
  });

  it('asks Graph tokens from the customer tenant, with the directory roles as role names', async () => {
    const h = harness({ account: upn('demo-graph-contoso'), backend: 'graph', tenant: CONTOSO_ID });
    const signedIn = await h.keeper.signIn();
    assert.equal(signedIn.tenantId, CONTOSO_ID);
    assert.deepEqual(signedIn.roles, ['GlobalAdmin']);
    assert.equal(await status('/v1.0/organization', await h.keeper.tokenProvider()), 200);
  });

  it('signing out forgets the tokens: the next request needs a sign-in', async () => {
    const h = harness({ account: upn('demo-admin') });
    await h.keeper.signIn();
    await h.keeper.signOut();
    assert.equal(h.stored(), null);
    await assert.rejects(h.keeper.tokenProvider(), (error: unknown) => error instanceof SignInError && error.kind === 'interaction-required');
  });

  it('says what is missing without a client id, and passes on the authority\'s refusal', async () => {
    await assert.rejects(harness({ account: upn('demo-admin'), clientId: '' }).keeper.signIn(), (error: unknown) => error instanceof SignInError && error.kind === 'not-configured');
    const outsider = harness({ account: upn('demo-graph-fabrikam'), backend: 'graph', tenant: CONTOSO_ID });
    await assert.rejects(outsider.keeper.signIn(), (error: unknown) => error instanceof SignInError);
  });

  it('never puts a token into a URL', async () => {
    const h = harness({ account: upn('demo-admin') });
    const signedIn = await h.keeper.signIn();
    h.clientNow = signedIn.expiresAt;
    const renewed = h.stored();
    await h.keeper.tokenProvider();
    const secrets = [signedIn.accessToken, signedIn.refreshToken ?? '', renewed?.accessToken ?? '', h.stored()?.accessToken ?? ''].filter((secret) => secret !== '');
    for (const url of h.seen) for (const secret of secrets) assert.ok(!url.includes(secret), `a token in ${url}`);
  });
});
