/**
 * Every schema step, tested the way it happens for an admin: a version-1 database written with the old schema
 * (built here by hand, not by our upgrade code) is opened by the current code.
 */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DB_VERSION, openLmDb } from '../../src/store/db.js';
import { openLicenseStore } from '../../src/store/open-store.js';
import { CUSTOMER, E3, E5, createVersion1Schema, job, newDatabaseEachTest, product, user } from './store-fixtures.js';

/** A version-1 database as an admin has it: job rows carry `states`. */
async function createVersion1(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: createVersion1Schema });
  await db.put('tenantUsers', { customerId: CUSTOMER, users: [user(1), user(2)], fetchedAt: 1000 });
  await db.put('tenantProducts', { customerId: CUSTOMER, products: [product(E3, 'Office 365 E3')], fetchedAt: 1000 });
  await db.put('userLicenses', { customerId: CUSTOMER, userId: 'user-1', licenses: [{ skuId: E5, disabledPlans: [] }], fetchedAt: 2000 });
  const interrupted = job('v1-running', { users: 3 });
  await db.put('jobs', {
    ...interrupted,
    states: { ...interrupted.states, 'user-0': { userId: 'user-0', requestId: 'v1-running-request-0', state: 'succeeded', attempts: 1 } },
  });
  await db.put('jobs', { ...job('v1-finished', { users: 2 }), status: 'finished', finishedAt: 5000 });
  db.close();
}

describe('schema upgrades', () => {
  const database = newDatabaseEachTest();

  it('is at version 2 with the operations store and the status index', async () => {
    const db = await openLmDb({ name: database.name });
    expect(db.version).to.equal(2);
    expect(DB_VERSION).to.equal(2);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['jobs', 'meta', 'operations', 'tenantProducts', 'tenantUsers', 'userLicenses']);
    const indexes = [...db.transaction('jobs').store.indexNames].sort();
    expect(indexes).to.deep.equal(['by-customer', 'by-customer-status']);
    db.close();
  });

  it('moves a version-1 journal into operation rows and keeps the cache, the open job and the history', async () => {
    await createVersion1(database.name);
    const store = await openLicenseStore({ name: database.name });
    expect(store.notice).to.equal(null);

    const users = await store.cache.getUsers(CUSTOMER);
    expect(users?.value.map((u) => u.id)).to.deep.equal(['user-1', 'user-2']);
    expect(users?.value[0]?.licenses, 'licenses read after a save survive').to.deep.equal([{ skuId: E5, disabledPlans: [] }]);
    expect((await store.cache.getProducts(CUSTOMER))?.value[0]?.skuId).to.equal(E3);

    const interrupted = await store.journal.findInterrupted(CUSTOMER);
    expect(interrupted.map((j) => j.jobId)).to.deep.equal(['v1-running']);
    expect(interrupted[0]?.states['user-0']?.state).to.equal('succeeded');
    expect(interrupted[0]?.states['user-2']).to.deep.equal({ userId: 'user-2', requestId: 'v1-running-request-2', state: 'pending', attempts: 0 });
    expect(interrupted[0]?.operations).to.have.length(3);

    const history = await store.journal.history(CUSTOMER);
    expect(history.map((j) => j.jobId)).to.deep.equal(['v1-finished']);
    expect(Object.keys(history[0]?.states ?? {})).to.deep.equal(['user-0', 'user-1']);

    // A resumed job records into the new store and reads back whole.
    await store.journal.recordOperation('v1-running', { userId: 'user-1', requestId: 'v1-running-request-1', state: 'succeeded', attempts: 1 });
    expect((await store.journal.getJob('v1-running'))?.states['user-1']?.state).to.equal('succeeded');
    store.close?.();

    const raw = await openDB(database.name);
    const row: unknown = await raw.get('jobs', 'v1-running');
    expect(row, 'job rows no longer carry states').to.not.have.property('states');
    expect(await raw.count('operations')).to.equal(5);
    raw.close();
  });
});

describe('a failed upgrade', () => {
  const database = newDatabaseEachTest();

  it('leaves the old database as it was and the store falls back to memory', async () => {
    // A version-1 database without the jobs store cannot be migrated: the step must abort, not half-apply.
    const broken = await openDB(database.name, 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('tenantUsers', { keyPath: 'customerId' });
      },
    });
    await broken.put('tenantUsers', { customerId: CUSTOMER, users: [user(1)], fetchedAt: 1 });
    broken.close();
    const store = await openLicenseStore({ name: database.name });
    expect(store.fallback).to.equal('unavailable');
    const after = await openDB(database.name);
    expect(after.version).to.equal(1);
    expect(await after.count('tenantUsers')).to.equal(1);
    after.close();
  });
});
