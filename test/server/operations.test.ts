/** Operational behaviour: rate limiting, seeded faults, CORS, body limits, latency, persistence across restarts. */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FaultInjector } from '../../server/faults.js';
import { startReferenceServer } from '../../server/index.js';
import { Client, at, list, OTHER_TENANT, SKU, TENANT, USER, rulesFixture, updateUser, withServer } from './helpers.js';

type Result = number | 'dropped';

async function attempt(run: () => Promise<{ status: number }>): Promise<Result> {
  try {
    return (await run()).status;
  } catch {
    return 'dropped';
  }
}

describe('rate limiting', () => {
  it('answers 429 with an integer Retry-After past the limit, per tenant, and lets requests through again later', () => {
    // The rate limit's clock moves only when the test moves it: no refill while a slow machine runs the requests.
    let clockMs = 0;
    return withServer({ fixture: rulesFixture(), rateLimit: 3, rateLimitClock: () => clockMs }, async (server) => {
      const admin = new Client(server.url, 'admin');
      const statuses: number[] = [];
      let last = await admin.get(`/v1/customers/${TENANT}/users`);
      statuses.push(last.status);
      for (let i = 0; i < 5 || last.status !== 429; i++) {
        assert.ok(i < 50, 'never throttled');
        last = await admin.get(`/v1/customers/${TENANT}/users`);
        statuses.push(last.status);
      }
      assert.deepEqual(statuses.slice(0, 3), [200, 200, 200], 'a burst of one second is allowed');
      assert.ok(statuses.every((status) => status === 200 || status === 429));
      const retryAfter = Number(last.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1);
      assert.deepEqual(last.body, { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfter} seconds.` });
      assert.equal((await admin.get(`/v1/customers/${OTHER_TENANT}/users`)).status, 200, 'another tenant has its own bucket');
      assert.equal((await admin.get(`/v1/customers/${TENANT}/users`)).status, 429, 'still throttled while no time passes');
      clockMs += retryAfter * 1000;
      assert.equal((await admin.get(`/v1/customers/${TENANT}/users`)).status, 200);
      // Graph calls for the same tenant draw from the same bucket.
      const graph = new Client(server.url, 'graph');
      let graphAnswer = await graph.get('/v1.0/users');
      for (let i = 0; i < 5 && graphAnswer.status !== 429; i++) graphAnswer = await graph.get('/v1.0/users');
      assert.equal(graphAnswer.status, 429);
      assert.equal(at(graphAnswer.body, 'error', 'code'), 'TooManyRequests');
      assert.ok(Number(graphAnswer.headers.get('retry-after')) >= 1);
      const audit = await admin.get(`/_reference/customers/${TENANT}/audit`);
      assert.ok(Number(at(audit.body, 'throttled')) >= 2);
    });
  });
});

describe('fault injection', () => {
  async function run(seed: number): Promise<Result[]> {
    const results: Result[] = [];
    await withServer({ fixture: rulesFixture(), faultRate: 0.5, seed }, async (server) => {
      const admin = new Client(server.url, 'admin');
      for (let i = 0; i < 30; i++) results.push(await attempt(() => admin.get(`/v1/customers/${TENANT}/subscribedskus`)));
    });
    return results;
  }

  it('fails the same requests the same way for the same seed, with 503s and dropped connections', async () => {
    const first = await run(42);
    assert.deepEqual(await run(42), first);
    assert.notDeepEqual(await run(43), first);
    assert.ok(first.includes(503) && first.includes('dropped') && first.includes(200), JSON.stringify(first));
  });

  it('drops some writes after applying them (the ambiguous case), and a retry with the same MS-RequestId gets the first answer', async () => {
    const seed = Array.from({ length: 1000 }, (_, i) => i + 1).find((candidate) => {
      const faults = new FaultInjector(0.5, candidate);
      return faults.draw(true) === 'drop-after' && faults.draw(true) === 'none';
    });
    assert.ok(seed !== undefined);
    await withServer({ fixture: rulesFixture(), faultRate: 0.5, seed }, async (server) => {
      const admin = new Client(server.url, 'admin');
      const key = { 'MS-RequestId': 'ambiguous-1' };
      assert.equal(await attempt(() => updateUser(admin, 'pc', USER.sweden, [{ skuId: SKU.suite }], [], key)), 'dropped');
      const retry = await updateUser(admin, 'pc', USER.sweden, [{ skuId: SKU.suite }], [], key);
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('x-reference-replayed'), 'true');
    });
    await withServer({ fixture: rulesFixture(), faultRate: 1, seed: 5 }, async (server) => {
      const admin = new Client(server.url, 'admin');
      const results: Result[] = [];
      for (let i = 0; i < 40; i++) results.push(await attempt(() => updateUser(admin, 'pc', USER.stacked, [{ skuId: SKU.base }])));
      const dropped = results.filter((result) => result === 'dropped').length;
      assert.ok(results.every((result) => result === 503 || result === 'dropped'));
      const audit = await new Client(server.url, 'admin').get(`/_reference/customers/${TENANT}/audit`);
      const applied = Number(at(audit.body, 'applied', USER.stacked) ?? 0);
      assert.ok(applied > 0 && applied < dropped, `applied ${applied} of ${dropped} dropped`);
    });
  });
});

describe('fault injection in a $batch', () => {
  function seedWhere(test: (faults: FaultInjector) => boolean): number {
    const seed = Array.from({ length: 1000 }, (_, i) => i + 1).find((candidate) => test(new FaultInjector(0.5, candidate)));
    assert.ok(seed !== undefined);
    return seed;
  }

  it('gives items 503s on their own and never drops the connection for one item', async () => {
    const seed = seedWhere((faults) => faults.draw(true) === 'none' && Array.from({ length: 20 }, () => faults.drawItem()).includes('unavailable'));
    await withServer({ fixture: rulesFixture(), faultRate: 0.5, seed }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${USER.sweden}` }));
      const answer = await graph.post('/v1.0/$batch', { requests });
      assert.equal(answer.status, 200);
      const statuses = list(at(answer.body, 'responses')).map((response) => at(response, 'status'));
      assert.ok(statuses.includes(503) && statuses.includes(200) && statuses.every((status) => status === 200 || status === 503), JSON.stringify(statuses));
    });
  });

  it('drops the $batch connection as a whole: after its items ran, every write happened and every answer is lost', async () => {
    const seed = seedWhere((faults) => faults.draw(true) === 'drop-after' && faults.drawItem() === 'none');
    await withServer({ fixture: rulesFixture(), faultRate: 0.5, seed }, async (server) => {
      const graph = new Client(server.url, 'graph');
      const body = { addLicenses: [{ skuId: SKU.suite, disabledPlans: [] }], removeLicenses: [] };
      const requests = [{ id: '1', method: 'POST', url: `/users/${USER.sweden}/assignLicense`, headers: { 'Content-Type': 'application/json' }, body }];
      assert.equal(await attempt(() => graph.post('/v1.0/$batch', { requests })), 'dropped');
      const audit = await new Client(server.url, 'admin').get(`/_reference/customers/${TENANT}/audit`);
      assert.equal(at(audit.body, 'applied', USER.sweden), 1);
    });
  });
});

describe('HTTP edges', () => {
  it('answers CORS preflights without auth for any origin, including extensions', () =>
    withServer({ fixture: rulesFixture(), latencyMs: 5 }, async (server) => {
      const preflight = await fetch(`${server.url}/v1/customers/${TENANT}/users`, {
        method: 'OPTIONS',
        headers: { Origin: 'chrome-extension://abcdef', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,ms-requestid' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'chrome-extension://abcdef');
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const name of ['authorization', 'content-type', 'ms-requestid', 'ms-correlationid', 'ms-continuationtoken', 'consistencylevel', 'x-locale', 'client-request-id']) {
        assert.ok(allowed.includes(name), name);
      }
      const answer = await fetch(`${server.url}/v1/customers`, { headers: { Origin: 'https://portal.example', Authorization: 'Bearer admin' } });
      assert.equal(answer.headers.get('access-control-allow-origin'), 'https://portal.example');
      const exposed = (answer.headers.get('access-control-expose-headers') ?? '').toLowerCase();
      for (const name of ['retry-after', 'ms-requestid', 'ms-correlationid', 'ms-continuationtoken']) assert.ok(exposed.includes(name), name);
    }));

  it('refuses bodies over 1 MB with 413 and a clear body', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const admin = new Client(server.url, 'admin');
      const big = JSON.stringify({ LicensesToAssign: [], padding: 'x'.repeat(1024 * 1024 + 10) });
      const answer = await admin.call('POST', `/v1/customers/${TENANT}/users/${USER.sweden}/licenseupdates`, { raw: big });
      assert.equal(answer.status, 413);
      assert.match(String(at(answer.body, 'description')), /larger than/);
      const graph = await new Client(server.url, 'graph').call('POST', '/v1.0/$batch', { raw: big });
      assert.equal(graph.status, 413);
      assert.equal(at(graph.body, 'error', 'code'), 'RequestEntityTooLarge');
    }));

  it('refuses a write whose body is not declared JSON with 415, on both surfaces, and applies nothing', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const body = JSON.stringify({ LicensesToAssign: [{ SkuId: SKU.suite }], LicensesToRemove: [] });
      const pc = await new Client(server.url, 'admin').call('POST', `/v1/customers/${TENANT}/users/${USER.sweden}/licenseupdates`, {
        raw: body, headers: { 'Content-Type': 'text/plain' },
      });
      assert.equal(pc.status, 415);
      assert.match(String(at(pc.body, 'description')), /must be JSON.*text\/plain/);
      const graph = await new Client(server.url, 'graph').call('POST', `/v1.0/users/${USER.sweden}/assignLicense`, {
        raw: JSON.stringify({ addLicenses: [{ skuId: SKU.suite, disabledPlans: [] }], removeLicenses: [] }), headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(graph.status, 415);
      assert.equal(at(graph.body, 'error', 'code'), 'UnsupportedMediaType');
      const withCharset = await new Client(server.url, 'admin').call('POST', `/v1/customers/${TENANT}/users/${USER.sweden}/licenseupdates`, {
        raw: body, headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
      assert.equal(withCharset.status, 201);
      const audit = await new Client(server.url, 'admin').get(`/_reference/customers/${TENANT}/audit`);
      assert.equal(at(audit.body, 'applied', USER.sweden), 1, 'only the JSON write was applied');
    }));

  it('does not crash on malformed paths or unknown routes', () =>
    withServer({ fixture: rulesFixture() }, async (server) => {
      const admin = new Client(server.url, 'admin');
      assert.equal((await admin.get('/v1/customers/%E0%A4%A/users')).status, 404);
      assert.equal((await admin.get('/nothing')).status, 404);
      assert.equal((await admin.get('/_reference/nothing')).status, 404);
      const health = await admin.get('/_reference/health');
      assert.equal(at(health.body, 'status'), 'ok');
      const raw = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/v1/customers`, { method: 'GET', headers: { Authorization: 'Bearer admin' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      assert.equal(raw, 200);
    }));
});

describe('persistence', () => {
  it('removes a temporary state file a crash left behind, and keeps the saved state', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lm-server-'));
    try {
      let server = await startReferenceServer({ port: 0, fixture: rulesFixture(), dataDir });
      assert.equal((await updateUser(new Client(server.url, 'admin'), 'pc', USER.sweden, [{ skuId: SKU.suite }])).status, 201);
      await server.close();
      await writeFile(join(dataDir, 'state.json.4242.tmp'), '{"format":1,"fixture":{"half', 'utf8');
      server = await startReferenceServer({ port: 0, fixture: rulesFixture(), dataDir });
      assert.deepEqual((await readdir(dataDir)).sort(), ['state.json']);
      const licenses = await new Client(server.url, 'admin').get(`/v1/customers/${TENANT}/users/${USER.sweden}/licenses`);
      assert.equal(at(licenses.body, 'totalCount'), 1);
      await server.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps licenses, usage locations and remembered request ids across a restart with a data dir', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lm-server-'));
    try {
      const key = { 'MS-RequestId': 'persisted-1' };
      let server = await startReferenceServer({ port: 0, fixture: rulesFixture(), dataDir });
      let admin = new Client(server.url, 'admin');
      const first = await updateUser(admin, 'pc', USER.sweden, [{ skuId: SKU.suite }], [], key);
      assert.equal(first.status, 201);
      await admin.call('PATCH', `/v1/customers/${TENANT}/users/${USER.nowhere}`, { body: { usageLocation: 'NZ' } });
      await server.close();
      assert.deepEqual((await readdir(dataDir)).sort(), ['state.json']);

      server = await startReferenceServer({ port: 0, fixture: rulesFixture(), dataDir });
      admin = new Client(server.url, 'admin');
      const licenses = await admin.get(`/v1/customers/${TENANT}/users/${USER.sweden}/licenses`);
      assert.equal(at(licenses.body, 'totalCount'), 1);
      assert.equal(at((await admin.get(`/v1/customers/${TENANT}/users/${USER.nowhere}`)).body, 'usageLocation'), 'NZ');
      const replay = await updateUser(admin, 'pc', USER.sweden, [{ skuId: SKU.suite }], [], key);
      assert.equal(replay.headers.get('x-reference-replayed'), 'true');
      const audit = await admin.get(`/_reference/customers/${TENANT}/audit`);
      assert.equal(at(audit.body, 'applied', USER.sweden), 1);
      await server.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
