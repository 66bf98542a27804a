/**
 * The Graph adapter loads on its first call (a chunk of its own in the widget); what the executor reads from the
 * backend before that load (how many operations a call carries, whether re-reads go many to a call) must be the
 * adapter's own, or a lost answer's re-reads fall back to one user a request.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ReferenceServer } from '../../../server/index.js';
import { MAX_BATCH_SIZE } from '../../../src/backend/graph/limits.js';
import { backendFor, startBulkServer, userId } from '../executor/tenant.js';

const USERS = 40;
let server: ReferenceServer;
before(async () => { server = await startBulkServer(USERS); });
after(() => server.close());

describe('the Graph backend before its adapter loads', () => {
  it(`reads ${MAX_BATCH_SIZE} users' licenses in one $batch, as the adapter does`, async () => {
    const sent: string[] = [];
    const counting: typeof fetch = (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${new URL(input instanceof Request ? input.url : String(input)).pathname}`);
      return fetch(input, init);
    };
    const { applier } = backendFor('graph', server.url, { fetch: counting });
    assert.equal(applier.maxBatchSize, MAX_BATCH_SIZE);
    assert.ok(applier.readManyLicenses, 'offered before the adapter loaded');
    const ids = Array.from({ length: MAX_BATCH_SIZE }, (_, i) => userId(i));
    const reads = await applier.readManyLicenses(ids);
    // The adapter asks for the tenant once, whatever it reads after.
    assert.deepEqual(sent.filter((request) => request !== 'GET /v1.0/organization'), ['POST /v1.0/$batch'], 'the licenses in one $batch request');
    assert.deepEqual(reads.map((read) => read.status), ids.map(() => 'read'));
  });

  it('Partner Center offers no many-users read: it has no batch', () => {
    assert.equal(backendFor('partner-center', server.url).applier.readManyLicenses, undefined);
  });
});
