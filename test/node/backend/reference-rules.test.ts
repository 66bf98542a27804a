/**
 * Both adapters against the reference server over real HTTP: every licensing rule and access error comes back
 * as the same FailureKind from Partner Center and from Graph, and successful writes really change the tenant.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApplyResult, KeyedOperation } from '../../../src/core/executor/ports.js';
import type { UserOperation } from '../../../src/core/types.js';
import type { BackendKind, LicenseBackend } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import { startReferenceServer, type ReferenceServer } from '../../../server/index.js';
import { CUSTOMER_ID, rulesFixture, SKUS, TOKENS, USERS } from './helpers/rules-fixture.js';

let server: ReferenceServer;
before(async () => { server = await startReferenceServer({ port: 0, fixture: rulesFixture() }); });
after(() => server.close());

function backend(kind: BackendKind, token: string): LicenseBackend {
  return createBackend({ kind, baseUrl: server.url, customerId: CUSTOMER_ID, tokenProvider: async () => token, readAttempts: 1 });
}

let keys = 0;
async function applyOne(target: LicenseBackend, operation: UserOperation, requestId = `key-${++keys}`): Promise<ApplyResult> {
  const keyed: KeyedOperation = { requestId, operation };
  const [result] = await target.applier.apply([keyed]);
  assert.ok(result, 'one result per operation');
  return result;
}

function kindOf(result: ApplyResult): string {
  return result.status === 'succeeded' ? 'succeeded' : result.reason.kind;
}

const assign = (userId: string, skuId: string, disabledPlans: string[] = []): UserOperation => ({ userId, assign: [{ skuId, disabledPlans }], remove: [] });
const revoke = (userId: string, skuId: string): UserOperation => ({ userId, assign: [], remove: [skuId] });

const surfaces = [['partner-center', TOKENS.admin, TOKENS.reader], ['graph', TOKENS.graph, TOKENS.graphReader]] as const;

for (const [kind, adminToken, readerToken] of surfaces) {
  describe(`${kind} against the reference server: rules and access`, () => {
    const cases: readonly [string, UserOperation, string][] = [
      ['no free seats', assign(USERS.plain, SKUS.VISIO.skuId), 'not-enough-licenses'],
      ['no usage location', assign(USERS.noLocation, SKUS.E1.skuId), 'usage-location-missing'],
      ['not sold in the user\'s country', assign(USERS.inChina, SKUS.TEAMS.skuId), 'unavailable-in-location'],
      ['cannot be held with E1', assign(USERS.holdsE1, SKUS.KIOSK.skuId), 'mutually-exclusive'],
      ['add-on without its base', assign(USERS.plain, SKUS.COPILOT.skuId), 'dependency'],
      ['removing the base of a held add-on', revoke(USERS.holdsE3AndCopilot, SKUS.E3.skuId), 'dependency'],
      ['a plan that is not in the product', assign(USERS.plain, SKUS.E1.skuId, ['00000000-0000-0000-0000-00000000beef']), 'invalid-request'],
      ['a user that does not exist', assign('00000000-0000-4000-8000-0000000000ff', SKUS.E1.skuId), 'not-found'],
    ];
    for (const [what, operation, expected] of cases) {
      it(`${what} → ${expected}, not retryable, with the service's text`, async () => {
        const result = await applyOne(backend(kind, adminToken), operation);
        assert.equal(kindOf(result), expected);
        assert.equal(result.status === 'failed' && result.retryable, false);
        assert.ok(result.status === 'failed' && result.reason.message.length > 0 && result.reason.httpStatus !== undefined);
      });
    }

    it('a read-only agent gets forbidden (403) on a write', async () => {
      const result = await applyOne(backend(kind, readerToken), assign(USERS.plain, SKUS.E1.skuId));
      assert.equal(kindOf(result), 'forbidden');
      assert.equal(result.status === 'failed' && result.reason.httpStatus, 403);
    });

    it('an unknown token is forbidden on reads', async () => {
      await assert.rejects(backend(kind, 'no-such-token').listProducts(), { name: 'BackendError', kind: 'forbidden' });
    });

    it('cancelling before sending gives cancelled, nothing applied', async () => {
      const target = backend(kind, adminToken);
      const [result] = await target.applier.apply([{ requestId: 'c1', operation: assign(USERS.plain, SKUS.E3.skuId) }], AbortSignal.abort());
      assert.equal(result && kindOf(result), 'cancelled');
      assert.equal((await target.applier.readLicenses(USERS.plain)).some((l) => l.skuId === SKUS.E3.skuId), false);
    });
  });
}

describe('writes change the tenant (both surfaces agree)', () => {
  it('assigns with plans off, sees it from the other surface, then revokes', async () => {
    const pc = backend('partner-center', TOKENS.admin);
    const graph = backend('graph', TOKENS.graph);
    const yammer = SKUS.E3.servicePlans.find((plan) => plan.name === 'YAMMER_ENTERPRISE')?.id ?? '';
    const before = (await pc.listProducts()).find((p) => p.skuId === SKUS.E3.skuId);

    assert.equal(kindOf(await applyOne(pc, assign(USERS.plain, SKUS.E3.skuId, [yammer]))), 'succeeded');
    const fromGraph = await graph.applier.readLicenses(USERS.plain);
    assert.deepEqual(fromGraph.find((l) => l.skuId === SKUS.E3.skuId)?.disabledPlans, [yammer]);
    const fromPc = (await pc.getLicenses([USERS.plain])).get(USERS.plain);
    assert.deepEqual(fromPc?.find((l) => l.skuId === SKUS.E3.skuId)?.disabledPlans, [yammer]);
    const during = (await graph.listProducts()).find((p) => p.skuId === SKUS.E3.skuId);
    assert.equal(during?.availableUnits, (before?.availableUnits ?? 0) - 1);

    assert.equal(kindOf(await applyOne(graph, revoke(USERS.plain, SKUS.E3.skuId))), 'succeeded');
    assert.equal((await pc.applier.readLicenses(USERS.plain)).some((l) => l.skuId === SKUS.E3.skuId), false);
    assert.equal((await pc.listProducts()).find((p) => p.skuId === SKUS.E3.skuId)?.availableUnits, before?.availableUnits);
  });

  it('Partner Center: re-sending with the same MS-RequestId does not apply twice', async () => {
    const pc = backend('partner-center', TOKENS.admin);
    const units = async () => (await pc.listProducts()).find((p) => p.skuId === SKUS.TEAMS.skuId)?.availableUnits ?? -1;
    const start = await units();
    assert.equal(kindOf(await applyOne(pc, assign(USERS.plain, SKUS.TEAMS.skuId), 'same-key')), 'succeeded');
    assert.equal(kindOf(await applyOne(pc, assign(USERS.plain, SKUS.TEAMS.skuId), 'same-key')), 'succeeded');
    assert.equal(await units(), start - 1);
    assert.equal(kindOf(await applyOne(pc, revoke(USERS.plain, SKUS.TEAMS.skuId))), 'succeeded');
  });

  it('Graph: 20 operations go as one batch, results in order, each judged on its own; more in one call are refused unsent', async () => {
    const graph = backend('graph', TOKENS.graph);
    const operations: UserOperation[] = Array.from({ length: 20 }, (_, i) => (i % 5 === 4 ? assign(USERS.noLocation, SKUS.E1.skuId) : assign(USERS.holdsE1, SKUS.E1.skuId)));
    const results = await graph.applier.apply(operations.map((operation, i) => ({ requestId: `b${i}`, operation })));
    assert.deepEqual(results.map(kindOf), operations.map((_, i) => (i % 5 === 4 ? 'usage-location-missing' : 'succeeded')));
    assert.equal(graph.applier.maxBatchSize, 20);
    const tooMany = await graph.applier.apply(Array.from({ length: 21 }, (_, i) => ({ requestId: `c${i}`, operation: assign(USERS.plain, SKUS.E3.skuId) })));
    assert.deepEqual(new Set(tooMany.map(kindOf)), new Set(['invalid-request']));
    assert.equal(tooMany.length, 21);
  });

  it('getLicenses reads many users at once and leaves out unknown ones', async () => {
    for (const kind of ['partner-center', 'graph'] as const) {
      const target = backend(kind, kind === 'graph' ? TOKENS.graph : TOKENS.admin);
      const ids = [...Object.values(USERS), '00000000-0000-4000-8000-0000000000ff'];
      const map = await target.getLicenses(ids);
      assert.deepEqual([...map.keys()].sort(), Object.values(USERS).sort(), kind);
      assert.deepEqual(map.get(USERS.holdsE3AndCopilot)?.map((l) => l.skuId).sort(), [SKUS.E3.skuId, SKUS.COPILOT.skuId].sort(), kind);
    }
  });

  it('agents: roles from each surface', async () => {
    assert.deepEqual(await backend('partner-center', TOKENS.admin).getAgent(), { name: 'Ada Admin', roles: ['AdminAgent'] });
    assert.deepEqual(await backend('partner-center', TOKENS.reader).getAgent(), { name: 'Rhea Reader', roles: ['BillingAdmin'] });
    assert.deepEqual(await backend('graph', TOKENS.graph).getAgent(), { name: 'Gus Global', roles: ['GlobalAdmin'] });
    assert.deepEqual(await backend('graph', TOKENS.graphReader).getAgent(), { name: 'Gina Reader', roles: ['Global Reader'] });
  });

  it('Partner Center lists the partner\'s customers', async () => {
    const pc = createBackend({ kind: 'partner-center', baseUrl: server.url, customerId: CUSTOMER_ID, tokenProvider: async () => TOKENS.admin });
    assert.deepEqual(await pc.listCustomers?.(), [{ id: CUSTOMER_ID, companyName: 'Rules Ltd', domain: 'rules.onmicrosoft.com' }]);
  });
});

describe('graph: a token for another tenant than the customer', () => {
  const OTHER_CUSTOMER = '00000000-0000-4000-8000-0000000000ff';
  const misdirected = () => createBackend({ kind: 'graph', baseUrl: server.url, customerId: OTHER_CUSTOMER, tokenProvider: async () => TOKENS.graph, readAttempts: 1 });

  it('reads nothing and changes nothing: every call says wrong-tenant, naming the tenant it signs in to', async () => {
    const target = misdirected();
    await assert.rejects(target.listUsers({ pageSize: 10 }), (error: { kind?: string; message?: string }) => {
      assert.equal(error.kind, 'wrong-tenant');
      assert.match(error.message ?? '', new RegExp(CUSTOMER_ID));
      return true;
    });
    await assert.rejects(target.listProducts(), { kind: 'wrong-tenant' });
    const before = await backend('graph', TOKENS.graph).getLicenses([USERS.plain]);
    const result = await applyOne(target, assign(USERS.plain, SKUS.E1.skuId));
    assert.equal(kindOf(result), 'wrong-tenant');
    assert.deepEqual(await backend('graph', TOKENS.graph).getLicenses([USERS.plain]), before, 'the tenant is untouched');
  });

  it('passes the check when the token and the customer agree (ids compared without case)', async () => {
    const target = createBackend({ kind: 'graph', baseUrl: server.url, customerId: CUSTOMER_ID.toUpperCase(), tokenProvider: async () => TOKENS.graph, readAttempts: 1 });
    assert.ok((await target.listProducts()).length > 0);
  });
});
