/**
 * Paging through a tenant of thousands over real HTTP, with both adapters: every user exactly once, the same
 * users and licenses from Partner Center and from Graph, and search that keeps working across pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isHeld } from '../../../src/core/licenses.js';
import type { HeldLicense, TenantUser } from '../../../src/core/types.js';
import type { BackendKind, LicenseBackend } from '../../../src/backend/backend.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import { CONTOSO_ID, startReferenceServer, type ReferenceServer } from '../../../server/index.js';

// Past two pages of the largest Graph page (999), so the last page is a short one.
const TENANT_SIZE = 2000;
let server: ReferenceServer;
before(async () => { server = await startReferenceServer({ port: 0, users: TENANT_SIZE }); });
after(() => server.close());

function backend(kind: BackendKind): LicenseBackend {
  const token = kind === 'graph' ? 'demo-graph-contoso' : 'demo-admin';
  return createBackend({ kind, baseUrl: server.url, customerId: CONTOSO_ID, tokenProvider: async () => token });
}

async function everyUser(target: LicenseBackend, pageSize: number, search?: string, withLicenses?: false): Promise<{ users: TenantUser[]; pages: number }> {
  const users: TenantUser[] = [];
  let continuation: string | undefined;
  let pages = 0;
  do {
    const page = await target.listUsers({ pageSize, withLicenses, ...(search ? { search } : {}), ...(continuation ? { continuation } : {}) });
    users.push(...page.users);
    continuation = page.continuation;
    pages++;
    assert.ok(pages <= TENANT_SIZE, 'paging ends');
  } while (continuation);
  return { users, pages };
}

// Held licenses only: Graph also lists a group's assignment that failed (not held), which Partner Center cannot tell.
const licenseKey = (licenses: readonly HeldLicense[]) => licenses.filter(isHeld).map((l) => `${l.skuId}:${[...l.disabledPlans].sort().join('+')}`).sort().join(' ');

/**
 * One user of each distinct set of licenses Graph shows (direct, inherited, failed, with disabled plans...), so the
 * licenses of the two adapters are compared on every kind the tenant has, at one Partner Center read per kind
 * rather than one per user.
 */
function oneOfEachKind(users: readonly TenantUser[]): TenantUser[] {
  const byKind = new Map<string, TenantUser>();
  for (const user of users) {
    const kind = JSON.stringify([...user.licenses].sort((a, b) => a.skuId.localeCompare(b.skuId)));
    if (!byKind.has(kind)) byKind.set(kind, user);
  }
  return [...byKind.values()];
}

describe('paging a tenant of thousands', () => {
  let fromPc: TenantUser[] = [];

  it(`Partner Center: ${TENANT_SIZE} users in pages of 500, each once`, async () => {
    const { users, pages } = await everyUser(backend('partner-center'), 500, undefined, false);
    assert.equal(users.length, TENANT_SIZE);
    assert.equal(new Set(users.map((u) => u.id)).size, TENANT_SIZE);
    assert.equal(pages, Math.ceil(TENANT_SIZE / 500));
    assert.ok(users.some((u) => u.usageLocation === null));
    fromPc = users;
  });

  it('Partner Center: a page with licenses reads each user\'s licenses', async () => {
    const page = await backend('partner-center').listUsers({ pageSize: 100 });
    assert.equal(page.users.length, 100);
    assert.equal(page.licensesOmitted, undefined);
    assert.ok(page.users.some((u) => u.licenses.length > 0), 'some users on the page hold licenses');
  });

  it(`Graph: the same ${TENANT_SIZE} users in pages of 999, and the same licenses of every kind as Partner Center`, async () => {
    const { users, pages } = await everyUser(backend('graph'), 999);
    assert.equal(pages, Math.ceil(TENANT_SIZE / 999));
    assert.equal(users.length, TENANT_SIZE);
    const byId = new Map(fromPc.map((u) => [u.id, u]));
    for (const user of users) {
      const twin = byId.get(user.id);
      assert.ok(twin, `${user.id} is listed by both`);
      assert.deepEqual([user.displayName, user.userPrincipalName, user.usageLocation], [twin.displayName, twin.userPrincipalName, twin.usageLocation]);
    }
    const kinds = oneOfEachKind(users);
    assert.ok(kinds.length > 10 && kinds.some((u) => u.licenses.length === 0), `a tenant with many kinds of license sets (${kinds.length})`);
    const pcLicenses = await backend('partner-center').getLicenses(kinds.map((u) => u.id));
    for (const user of kinds) assert.equal(licenseKey(pcLicenses.get(user.id) ?? []), licenseKey(user.licenses), `${user.id}'s licenses`);
  });

  it('Graph: a page size above 999 is asked as 999', async () => {
    const page = await backend('graph').listUsers({ pageSize: 5000 });
    assert.equal(page.users.length, 999);
  });

  for (const kind of ['partner-center', 'graph'] as const) {
    it(`${kind}: search keeps its query across pages and finds what a full scan finds`, async () => {
      const query = 'an';
      // Licenses are not what search is about: Partner Center would read them one request per user.
      const { users, pages } = await everyUser(backend(kind), 50, query, false);
      assert.ok(pages > 1, 'several pages of matches');
      // The reference server also matches the sign-in name on Partner Center (its choice).
      assert.ok(users.every((u) => `${u.displayName} ${u.userPrincipalName}`.toLowerCase().includes(query)), 'every match has the text');
      assert.equal(new Set(users.map((u) => u.id)).size, users.length, 'no user twice');
      const expected = fromPc.filter((u) => u.displayName.toLowerCase().includes(query)).map((u) => u.id).sort();
      const found = users.map((u) => u.id).sort();
      // Every display-name match must be there.
      assert.deepEqual(found.filter((id) => expected.includes(id)), expected);
    });
  }
});
