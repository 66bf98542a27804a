/** Opening the store: interrupted jobs from a closed page, and the memory fallback with its notice. */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { UPGRADED_ELSEWHERE_NOTICE } from '../../src/store/connection.js';
import { FALLBACK_NOTICES, openLicenseStore } from '../../src/store/open-store.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { CUSTOMER, createVersion1Schema, job, newDatabaseEachTest, user } from './store-fixtures.js';

async function rejection(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => null, (error: unknown) => error);
}

/** The store opened by a page that IndexedDB refuses with `error`. */
function openRefused(name: string, error: DOMException): ReturnType<typeof openLicenseStore> {
  return openLicenseStore({ name, connect: () => Promise.reject(error) });
}

describe('openLicenseStore', () => {
  const database = newDatabaseEachTest();

  it('finds a job left running by a page that closed, but not one still running in another page', async () => {
    const closedPage = await openLicenseStore({ name: database.name });
    await closedPage.journal.createJob(job('left-behind', { users: 4 }));
    await closedPage.journal.recordOperation('left-behind', { userId: 'user-0', requestId: 'left-behind-request-0', state: 'succeeded', attempts: 1 });
    await closedPage.journal.recordOperation('left-behind', { userId: 'user-1', requestId: 'left-behind-request-1', state: 'in-flight', attempts: 1 });
    const livePage = await openLicenseStore({ name: database.name });
    await livePage.journal.createJob(job('still-running', { users: 2, startedAt: 2 }));
    closedPage.close?.();

    const reopened = await openLicenseStore({ name: database.name });
    const found = await reopened.journal.findInterrupted(CUSTOMER);
    expect(found.map((j) => j.jobId)).to.deep.equal(['left-behind']);
    expect(found[0]?.status).to.equal('running');
    expect(found[0]?.states['user-0']?.state).to.equal('succeeded');
    expect(found[0]?.states['user-1']?.state).to.equal('in-flight');
    expect(found[0]?.operations.map((o) => o.requestId)).to.deep.equal(
      ['left-behind-request-0', 'left-behind-request-1', 'left-behind-request-2', 'left-behind-request-3'],
    );

    // Resuming takes the job over: no other page sees it as interrupted any more.
    await reopened.journal.setStatus('left-behind', 'running');
    expect(await livePage.journal.findInterrupted(CUSTOMER)).to.deep.equal([]);
    livePage.close?.();
    reopened.close?.();
  });

  it('falls back to memory with a notice while an older connection blocks the upgrade', async () => {
    const older = await openDB(database.name, 1, {
      upgrade: createVersion1Schema,
    });
    // No versionchange handler: this old page never lets go.
    const store = await openLicenseStore({ name: database.name, blockedTimeoutMs: 100 });
    expect(store).to.be.instanceOf(MemoryLicenseStore);
    expect(store.fallback).to.equal('blocked');
    expect(store.notice).to.equal(FALLBACK_NOTICES.blocked);
    await store.cache.putUsers(CUSTOMER, [user(1)], 1);
    expect((await store.cache.getUsers(CUSTOMER))?.value).to.have.length(1);
    older.close();
  });

  it('waits for an older connection that closes when asked', async () => {
    const older = await openDB(database.name, 1, {
      upgrade: createVersion1Schema,
      blocking() {
        older.close();
      },
    });
    const store = await openLicenseStore({ name: database.name, blockedTimeoutMs: 5000 });
    expect(store.notice).to.equal(null);
    expect(store.fallback).to.equal(null);
    store.close?.();
  });

  it('falls back to memory with a notice when storage is full', async () => {
    const store = await openRefused(database.name, new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(store.fallback).to.equal('quota');
    expect(store.notice).to.equal(FALLBACK_NOTICES.quota);
    expect(store.notice).to.contain('storage is full');
    await store.journal.createJob(job('in-memory'));
    expect((await store.journal.getJob('in-memory'))?.jobId).to.equal('in-memory');
  });

  it('falls back to memory with a notice when IndexedDB is refused', async () => {
    const store = await openRefused(database.name, new DOMException('The user denied permission to access the database.', 'SecurityError'));
    expect(store.fallback).to.equal('unavailable');
    expect(store.notice).to.equal(FALLBACK_NOTICES.unavailable);
  });

  it('closes and tells when a newer version opens in another window', async () => {
    const store = await openLicenseStore({ name: database.name });
    const notices: string[] = [];
    store.onNotice?.((notice) => notices.push(notice));
    const newer = await openDB(database.name, 3);
    expect(newer.version).to.equal(3);
    expect(notices).to.deep.equal([UPGRADED_ELSEWHERE_NOTICE]);
    expect(store.notice).to.equal(UPGRADED_ELSEWHERE_NOTICE);
    const error = await rejection(store.cache.getUsers(CUSTOMER));
    expect(error).to.be.instanceOf(StoreError);
    expect(error instanceof StoreError && error.kind).to.equal('closed');
    newer.close();
  });
});
