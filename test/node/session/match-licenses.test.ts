/**
 * "Match licenses of…" through the session and the real adapters against the reference server: the template is
 * found by the service's search (one bounded page per query), its licenses are read once, the plan shows in the
 * licenses step and the review like any other, and after "Confirm" the server holds for every selected user what
 * the template holds directly, service plans included. Both extras choices; a failed read keeps everything.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { BackendKind, LicenseBackend, UserPageRequest } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import { BackendError } from '../../../src/backend/errors.js';
import type { HeldLicense, UserId } from '../../../src/core/types.js';
import { LicenseSession } from '../../../src/session/license-session.js';
import { MATCH_CANDIDATES } from '../../../src/session/template-match.js';
import { startReferenceServer, type Fixture, type FixtureSku, type ReferenceServer } from '../../../server/index.js';
import { catalogProduct } from '../../../server/catalog/sku-catalog.js';
import { waitFor } from '../../harness/wait.js';

const CUSTOMER_ID = '6d0a7c11-4b2e-4c4f-9a1b-00000000a7c4';
const TOKENS: Readonly<Record<BackendKind, string>> = { 'partner-center': 'match-admin', graph: 'match-graph' };

function sku(part: string): FixtureSku {
  const entry = catalogProduct(part);
  return {
    skuId: entry.skuId, skuPartNumber: part, name: entry.displayName, totalUnits: 50,
    servicePlans: entry.servicePlans.map((plan) => ({ id: plan.id, name: plan.name, displayName: plan.displayName, appliesTo: plan.appliesTo })),
  };
}

const E3 = sku('ENTERPRISEPACK');
const BI = sku('POWER_BI_PRO');
const TEAMS = sku('Teams_Ess');
const VISIO = sku('VISIOCLIENT');
const planId = (product: FixtureSku, name: string) => product.servicePlans.find((plan) => plan.name === name)!.id;
const SWAY = planId(E3, 'SWAY');
const YAMMER = planId(E3, 'YAMMER_ENTERPRISE');

const id = (n: number) => `00000000-0000-4000-8000-0000000a${String(n).padStart(4, '0')}`;
const TEMPLATE = id(1);
const [ANN, BEN, CID] = [id(2), id(3), id(4)];
const DESIGN = '5a1e5000-0000-4000-8000-00000000de51';

/** Tess holds E3 with Sway off and Power BI directly, and Visio only through Design; the three to match differ. */
function fixture(): Fixture {
  const user = (userId: string, name: string, licenses: { skuId: string; disabledPlans: string[] }[] = []) => ({
    id: userId, displayName: name, userPrincipalName: `${name.toLowerCase().replace(/\W+/g, '.')}@match.onmicrosoft.com`, usageLocation: 'US', licenses,
  });
  return {
    agents: [
      { token: TOKENS['partner-center'], name: 'Ada Admin', role: 'AdminAgent' },
      { token: TOKENS.graph, name: 'Gus Global', role: 'GlobalAdmin', tenantId: CUSTOMER_ID },
    ],
    customers: [{
      id: CUSTOMER_ID, name: 'Match Ltd', domain: 'match.onmicrosoft.com',
      skus: [E3, BI, TEAMS, VISIO],
      users: [
        user(TEMPLATE, 'Tess Template', [{ skuId: E3.skuId, disabledPlans: [SWAY] }, { skuId: BI.skuId, disabledPlans: [] }]),
        user(ANN, 'Ann One', [{ skuId: TEAMS.skuId, disabledPlans: [] }]),
        user(BEN, 'Ben Two', [{ skuId: E3.skuId, disabledPlans: [YAMMER] }]),
        user(CID, 'Cid Three'),
        // Enough users that an empty query lists only the first page of them.
        ...Array.from({ length: 40 }, (_, i) => user(id(100 + i), `Extra User ${String(i).padStart(2, '0')}`)),
      ],
      groups: [{ id: DESIGN, displayName: 'Design', members: [TEMPLATE], licenses: [{ skuId: VISIO.skuId, disabledPlans: [] }] }],
    }],
  };
}

interface Counted {
  readonly backend: LicenseBackend;
  readonly searches: UserPageRequest[];
  readonly reads: UserId[][];
  /** The next license read fails with this. */
  failWith: BackendError | null;
}

/** The real adapter, with the session's searches and license reads counted (and the next read made to fail on demand). */
function counted(kind: BackendKind, url: string): Counted {
  const real = createBackend({ kind, baseUrl: url, customerId: CUSTOMER_ID, tokenProvider: async () => TOKENS[kind], readAttempts: 1 });
  const calls: Counted = {
    searches: [],
    reads: [],
    failWith: null,
    backend: new Proxy(real, {
      get(target, name, receiver) {
        if (name === 'listUsers') return (request: UserPageRequest) => { calls.searches.push(request); return target.listUsers(request); };
        if (name === 'getLicenses') {
          return (userIds: readonly UserId[], signal?: AbortSignal) => {
            calls.reads.push([...userIds]);
            const failure = calls.failWith;
            calls.failWith = null;
            if (failure !== null) return Promise.reject(failure);
            return target.getLicenses(userIds, signal);
          };
        }
        return Reflect.get(target, name, receiver) as unknown;
      },
    }),
  };
  return calls;
}

/** What a user holds, comparable: product and the User plans turned off, sorted. */
function shape(licenses: readonly HeldLicense[] | undefined): string[] {
  return (licenses ?? []).map((license) => `${license.skuId}:${[...license.disabledPlans].sort().join(',')}`).sort();
}

async function selected(kind: BackendKind, url: string): Promise<{ readonly calls: Counted; readonly session: LicenseSession }> {
  const calls = counted(kind, url);
  const session = new LicenseSession({ backend: calls.backend, customerId: CUSTOMER_ID, language: 'en', pageSize: 50, searchDebounceMs: 20 });
  await session.start();
  for (const userId of [ANN, BEN, CID]) session.toggleUser(userId, true);
  await session.idle();
  return { calls, session };
}

describe('Match licenses of… against the reference server', () => {
  // Each test changes the tenant: each gets its own.
  let server: ReferenceServer;
  beforeEach(async () => { server = await startReferenceServer({ port: 0, fixture: fixture() }); });
  afterEach(() => server.close());

  it('Graph, "Remove extras": the three hold exactly what the template holds directly, Sway off included', async () => {
    const { session, calls: { searches, reads, backend } } = await selected('graph', server.url);
    await session.openMatch();
    assert.equal(session.state.match?.candidates.length, MATCH_CANDIDATES, 'an empty query lists one page of users');
    assert.equal(session.state.match?.more, true);
    searches.length = 0;
    void session.findTemplate('Te');
    await session.findTemplate('Tess');
    assert.deepEqual(searches.map((request) => [request.search, request.pageSize]), [['Tess', MATCH_CANDIDATES]], 'one request for the last query of a burst');
    assert.deepEqual(session.state.match?.candidates.map((chip) => chip.displayName), ['Tess Template']);

    reads.length = 0;
    assert.deepEqual(await session.useTemplate(TEMPLATE, 'remove'), { status: 'matched' });
    assert.equal(reads.filter((ids) => ids.includes(TEMPLATE)).length, 1, 'the template is read once');
    const state = session.state;
    assert.equal(state.step, 'licenses');
    assert.equal(state.match, null, 'the dialog closes once the plan is in');
    assert.deepEqual(state.matched?.throughGroups, [VISIO.skuId], 'Visio comes through Design: named, not copied');
    const row = (skuId: string) => state.products.rows.find((r) => r.product.skuId === skuId)!;
    assert.deepEqual([row(E3.skuId).intent, row(E3.skuId).state, row(E3.skuId).disabledPlans], ['assign', 'checked', [SWAY]]);
    assert.deepEqual([row(BI.skuId).intent, row(BI.skuId).state], ['assign', 'checked']);
    assert.deepEqual([row(TEAMS.skuId).intent, row(TEAMS.skuId).state], ['revoke', 'unchecked']);
    assert.equal(row(VISIO.skuId).intent, 'leave');

    assert.deepEqual(await session.save(), { status: 'review' });
    assert.deepEqual(session.state.review?.changes.map((change) => [change.userId, change.assign.map((a) => a.skuId), change.remove]), [
      [ANN, [E3.skuId, BI.skuId], [TEAMS.skuId]],
      [BEN, [E3.skuId, BI.skuId], []],
      [CID, [E3.skuId, BI.skuId], []],
    ]);
    assert.equal((await session.confirm()).status, 'saved');
    const now = await backend.getLicenses([TEMPLATE, ANN, BEN, CID]);
    const direct = shape(now.get(TEMPLATE)?.filter((license) => license.source?.direct !== false));
    assert.deepEqual(direct, [`${E3.skuId}:${SWAY}`, `${BI.skuId}:`].sort());
    for (const userId of [ANN, BEN, CID]) assert.deepEqual(shape(now.get(userId)), direct, `${userId} holds what the template holds`);
    session.dispose();
  });

  it('Partner Center, "Keep extras": what the template lacks stays; the plan stays the admin\'s to change', async () => {
    const { session, calls: { backend } } = await selected('partner-center', server.url);
    const before = await backend.getLicenses([ANN, BEN, CID]);
    await session.openMatch();
    await session.findTemplate('Ben');
    assert.deepEqual(session.state.match?.candidates.map((chip) => chip.userId), [BEN]);
    assert.deepEqual(await session.useTemplate(BEN, 'keep'), { status: 'matched' });
    const row = (skuId: string) => session.state.products.rows.find((r) => r.product.skuId === skuId)!;
    assert.deepEqual([row(E3.skuId).intent, row(E3.skuId).disabledPlans], ['assign', [YAMMER]]);
    assert.equal(row(TEAMS.skuId).intent, 'leave', 'Ann keeps Teams');
    assert.equal(row(BI.skuId).intent, 'leave', 'Power BI is neither given nor taken: some hold it, the template does not');
    assert.equal((await session.save()).status, 'review');
    assert.equal((await session.confirm()).status, 'saved');
    const now = await backend.getLicenses([ANN, BEN, CID]);
    const e3 = `${E3.skuId}:${YAMMER}`;
    assert.deepEqual(shape(now.get(ANN)), [...shape(before.get(ANN)).filter((s) => !s.startsWith(E3.skuId)), e3].sort());
    assert.deepEqual(shape(now.get(BEN)), shape(before.get(BEN)), 'the template itself had nothing to change');
    assert.deepEqual(shape(now.get(CID)), [...shape(before.get(CID)).filter((s) => !s.startsWith(E3.skuId)), e3].sort());
    session.dispose();
  });

  it('a read that fails keeps the dialog open with the error, the selection and the plan; trying again works', async () => {
    const { session, calls } = await selected('graph', server.url);
    await session.setStep('licenses');
    session.changeProduct(TEAMS.skuId, 'assign');
    await session.openMatch();
    await session.findTemplate('Tess');
    calls.failWith = new BackendError({ kind: 'unavailable', message: 'Service Unavailable', httpStatus: 503 });
    assert.deepEqual(await session.useTemplate(TEMPLATE, 'keep'), { status: 'failed' });
    assert.equal(session.state.match?.status, 'error');
    assert.equal(session.state.match?.error?.kind, 'unavailable');
    assert.deepEqual(session.state.chips.map((chip) => chip.userId).sort(), [ANN, BEN, CID].sort());
    assert.equal(session.state.products.rows.find((r) => r.product.skuId === TEAMS.skuId)?.intent, 'assign', 'the plan is as it was');
    assert.deepEqual(await session.useTemplate(TEMPLATE, 'keep'), { status: 'matched' });
    assert.equal(session.state.match, null);
    await waitFor(() => session.state.matched?.template.userId === TEMPLATE, 'the match is told');
    session.dispose();
  });

  it('a template the service no longer knows is said so in the dialog, not as a failed load', async () => {
    const { session, calls } = await selected('graph', server.url);
    await session.openMatch();
    await session.findTemplate('Tess');
    calls.failWith = new BackendError({ kind: 'not-found', message: 'Resource does not exist', httpStatus: 404 });
    assert.deepEqual(await session.useTemplate(TEMPLATE, 'keep'), { status: 'failed' });
    assert.equal(session.state.match?.status, 'gone');
    assert.equal(session.state.notice, null, 'no "this customer is unknown" notice');
    assert.equal(session.state.matched, null);
    session.dispose();
  });

  it('"Match licenses of…" does not open without a selection', async () => {
    const calls = counted('graph', server.url);
    const session = new LicenseSession({ backend: calls.backend, customerId: CUSTOMER_ID, language: 'en', searchDebounceMs: 20 });
    await session.start();
    await session.openMatch();
    assert.equal(session.state.match, null);
    session.dispose();
  });
});
