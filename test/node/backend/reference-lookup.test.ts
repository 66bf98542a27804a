/**
 * What large selections need from the adapters, over real HTTP: the number of users matching (Graph `$count`),
 * pages without per-user license reads (Partner Center), and a pasted list resolved in as few requests as the
 * API allows, with unknown entries named.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BackendKind, LicenseBackend } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import type { TenantUser } from '../../../src/core/types.js';
import { CONTOSO_ID, startReferenceServer, type ReferenceServer } from '../../../server/index.js';

const TENANT_SIZE = 2500;
let server: ReferenceServer;
let everyone: TenantUser[] = [];

before(async () => {
  server = await startReferenceServer({ port: 0, users: TENANT_SIZE });
  let continuation: string | undefined;
  do {
    const page = await backend('graph').listUsers({ pageSize: 999, ...(continuation ? { continuation } : {}) });
    everyone.push(...page.users);
    continuation = page.continuation;
  } while (continuation);
});
after(() => server.close());

function backend(kind: BackendKind): LicenseBackend {
  const token = kind === 'graph' ? 'demo-graph-contoso' : 'demo-admin';
  return createBackend({ kind, baseUrl: server.url, customerId: CONTOSO_ID, tokenProvider: async () => token });
}

async function requestsDuring(work: () => Promise<unknown>): Promise<number> {
  const read = async (): Promise<number> => {
    const audit = (await (await fetch(`${server.url}/_reference/customers/${CONTOSO_ID}/audit`)).json()) as { requests: number };
    return audit.requests;
  };
  const before = await read();
  await work();
  return (await read()) - before;
}

describe('totals and lookups for large selections', () => {
  it('Graph: $count gives the number of users matching a search on the first page', async () => {
    const query = 'an';
    const expected = everyone.filter((u) => u.displayName.toLowerCase().includes(query)).length;
    const page = await backend('graph').listUsers({ pageSize: 10, search: query, count: true });
    assert.equal(page.total, expected);
    assert.ok(expected > 10, 'more matches than one page');
    const all = await backend('graph').listUsers({ pageSize: 10, count: true });
    assert.equal(all.total, TENANT_SIZE);
    assert.equal((await backend('graph').listUsers({ pageSize: 10 })).total, undefined, 'no count unless asked');
  });

  it('Partner Center: a page without licenses is one request and says the licenses are not known', async () => {
    const target = backend('partner-center');
    let page: Awaited<ReturnType<LicenseBackend['listUsers']>> | undefined;
    const requests = await requestsDuring(async () => { page = await target.listUsers({ pageSize: 1000, withLicenses: false }); });
    assert.equal(requests, 1);
    assert.equal(page?.users.length, 1000);
    assert.equal(page?.licensesOmitted, true);
    assert.equal(page?.total, undefined, 'Partner Center totalCount counts the page only, so no total');
  });

  it('Graph: principal names (any case) and ids resolve in $batch calls, with licenses; unknown ones find nobody', async () => {
    const sample = everyone.filter((_, index) => index % 7 === 0).slice(0, 320);
    const ids = sample.filter((_, index) => index % 2 === 1).map((user) => user.id);
    const principalNames = sample.filter((_, index) => index % 2 === 0).map((user) => user.userPrincipalName.toUpperCase());
    ids.push('00000000-0000-4000-8000-00000000dead');
    principalNames.push('nobody@contoso.test', "o'brien@nowhere.test");
    const graph = backend('graph');
    assert.ok(graph.findUsers, 'Graph looks users up by name');
    let found: readonly TenantUser[] = [];
    const requests = await requestsDuring(async () => { found = (await graph.findUsers?.({ ids, principalNames })) ?? []; });
    assert.deepEqual(found.map((u) => u.id).sort(), sample.map((u) => u.id).sort());
    // 323 entries, 15 per `in` clause: 22 list queries in two $batch calls (each item is counted), plus the tenant check.
    assert.ok(requests <= 23 + 1, `${requests} requests`);
    const byId = new Map(everyone.map((u) => [u.id, u]));
    assert.ok(found.every((u) => JSON.stringify(u.licenses) === JSON.stringify(byId.get(u.id)?.licenses)), 'licenses come with the users');
  });

  it('Partner Center cannot look users up by name: no findUsers (the session walks the list)', () => {
    assert.equal(backend('partner-center').findUsers, undefined);
  });
});
