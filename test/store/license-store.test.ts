/** The same behaviour from both stores: IndexedDB (real, in Chromium) and the in-memory fallback. */
import { expect } from '@open-wc/testing';
import type { HeldLicense } from '../../src/core/types.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { openLicenseStore } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/store-error.js';
import type { LicenseStore } from '../../src/store/store.js';
import { CUSTOMER, E3, E5, OTHER_CUSTOMER, job, product, removeDb, uniqueDbName, user } from './store-fixtures.js';

interface Subject {
  readonly store: LicenseStore;
  dispose(): Promise<void>;
}

const kinds: Record<string, () => Promise<Subject>> = {
  IndexedDB: async () => {
    const name = uniqueDbName();
    const store = await openLicenseStore({ name });
    expect(store.notice, 'opened without a fallback').to.equal(null);
    return {
      store,
      async dispose() {
        store.close?.();
        await removeDb(name);
      },
    };
  },
  memory: async () => ({ store: new MemoryLicenseStore(), async dispose() {} }),
};

for (const [kind, open] of Object.entries(kinds)) {
  describe(`license store (${kind})`, () => {
    let subject: Subject;
    let store: LicenseStore;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    describe('tenant cache', () => {
      it('gives back users and products per customer with the time they were fetched', async () => {
        const users = [user(1, [{ skuId: E3, disabledPlans: ['plan-1'] }]), user(2)];
        await store.cache.putUsers(CUSTOMER, users, 1000);
        await store.cache.putProducts(CUSTOMER, [product(E3, 'Office 365 E3')], 2000);
        const cachedUsers = await store.cache.getUsers(CUSTOMER);
        const cachedProducts = await store.cache.getProducts(CUSTOMER);
        expect(cachedUsers).to.deep.equal({ value: users, fetchedAt: 1000 });
        expect(cachedProducts?.fetchedAt).to.equal(2000);
        expect(cachedProducts?.value[0]?.displayName).to.equal('Office 365 E3');
        expect(await store.cache.getUsers(OTHER_CUSTOMER)).to.equal(null);
        expect(await store.cache.getProducts(OTHER_CUSTOMER)).to.equal(null);
      });

      it('keeps display names as data, exactly as given', async () => {
        await store.cache.putUsers(CUSTOMER, [user(7)], 1);
        expect((await store.cache.getUsers(CUSTOMER))?.value[0]?.displayName).to.equal('User 7 <b>bold</b>');
      });

      it('replaces a customer\'s users and keeps other customers apart', async () => {
        await store.cache.putUsers(CUSTOMER, [user(1), user(2)], 1000);
        await store.cache.putUsers(OTHER_CUSTOMER, [user(9)], 1000);
        await store.cache.putUsers(CUSTOMER, [user(3)], 3000);
        expect((await store.cache.getUsers(CUSTOMER))?.value.map((u) => u.id)).to.deep.equal(['user-3']);
        expect((await store.cache.getUsers(OTHER_CUSTOMER))?.value.map((u) => u.id)).to.deep.equal(['user-9']);
      });

      it('shows licenses read after a save over the cached list, until a newer list arrives', async () => {
        await store.cache.putUsers(CUSTOMER, [user(1), user(2)], 1000);
        const afterSave = new Map<string, readonly HeldLicense[]>([['user-2', [{ skuId: E5, disabledPlans: [] }]]]);
        await store.cache.putLicenses(CUSTOMER, afterSave, 2000);
        const merged = await store.cache.getUsers(CUSTOMER);
        expect(merged?.value.find((u) => u.id === 'user-2')?.licenses).to.deep.equal([{ skuId: E5, disabledPlans: [] }]);
        expect(merged?.value.find((u) => u.id === 'user-1')?.licenses).to.deep.equal([]);
        expect(merged?.fetchedAt).to.equal(1000);

        await store.cache.putUsers(CUSTOMER, [user(1), user(2, [{ skuId: E3, disabledPlans: [] }])], 3000);
        const fresh = await store.cache.getUsers(CUSTOMER);
        expect(fresh?.value.find((u) => u.id === 'user-2')?.licenses).to.deep.equal([{ skuId: E3, disabledPlans: [] }]);
      });
    });

    describe('job journal', () => {
      it('round-trips a job with its operations, keys and every recorded state', async () => {
        const created = job('job-1', { users: 3 });
        await store.journal.createJob(created);
        await store.journal.recordOperation('job-1', { userId: 'user-0', requestId: 'job-1-request-0', state: 'in-flight', attempts: 1 });
        await store.journal.recordOperation('job-1', { userId: 'user-0', requestId: 'job-1-request-0', state: 'succeeded', attempts: 1 });
        const reason = { kind: 'not-enough-licenses' as const, message: 'No licenses left', serviceCode: 60012, httpStatus: 400 };
        await store.journal.recordOperation('job-1', { userId: 'user-1', requestId: 'job-1-request-1', state: 'failed', attempts: 2, reason });
        const stored = await store.journal.getJob('job-1');
        expect(stored?.operations).to.deep.equal(created.operations);
        expect(stored?.productNames).to.deep.equal({ [E3]: 'Office 365 E3' });
        expect(stored?.states['user-0']).to.deep.equal({ userId: 'user-0', requestId: 'job-1-request-0', state: 'succeeded', attempts: 1 });
        expect(stored?.states['user-1']).to.deep.equal({ userId: 'user-1', requestId: 'job-1-request-1', state: 'failed', attempts: 2, reason });
        expect(stored?.states['user-2']?.state).to.equal('pending');
        expect(await store.journal.getJob('no-such-job')).to.equal(null);
      });

      it('keeps the last of many changes recorded without waiting (as parallel workers do)', async () => {
        await store.journal.createJob(job('job-burst', { users: 40 }));
        const writes = [];
        for (let index = 0; index < 40; index += 1) {
          const userId = `user-${index}`;
          const requestId = `job-burst-request-${index}`;
          writes.push(store.journal.recordOperation('job-burst', { userId, requestId, state: 'in-flight', attempts: 1 }));
          writes.push(store.journal.recordOperation('job-burst', { userId, requestId, state: 'succeeded', attempts: 1 }));
        }
        await Promise.all(writes);
        const stored = await store.journal.getJob('job-burst');
        expect(Object.values(stored?.states ?? {}).filter((s) => s.state === 'succeeded')).to.have.length(40);
      });

      it('refuses changes and status for a job it does not have', async () => {
        const change = store.journal.recordOperation('ghost', { userId: 'u', requestId: 'r', state: 'succeeded', attempts: 1 });
        const error = await change.then(() => null, (e: unknown) => e);
        expect(error instanceof StoreError && error.kind).to.equal('not-found');
        const status = await store.journal.setStatus('ghost', 'finished').then(() => null, (e: unknown) => e);
        expect(status instanceof StoreError && status.kind).to.equal('not-found');
      });

      it('sets status and finish time; a running job of this page is not "interrupted"', async () => {
        await store.journal.createJob(job('job-2'));
        expect(await store.journal.findInterrupted(CUSTOMER)).to.deep.equal([]);
        await store.journal.setStatus('job-2', 'interrupted');
        const found = await store.journal.findInterrupted(CUSTOMER);
        expect(found.map((j) => j.jobId)).to.deep.equal(['job-2']);
        expect(found[0]?.states['user-0']?.state).to.equal('pending');
        expect(await store.journal.findInterrupted(OTHER_CUSTOMER)).to.deep.equal([]);
        await store.journal.setStatus('job-2', 'running');
        expect(await store.journal.findInterrupted(CUSTOMER)).to.deep.equal([]);
        await store.journal.setStatus('job-2', 'finished', 5000);
        const finished = await store.journal.getJob('job-2');
        expect(finished?.status).to.equal('finished');
        expect(finished?.finishedAt).to.equal(5000);
      });

      it('history lists finished and cancelled jobs newest first, per customer, and deletes on discard', async () => {
        await store.journal.createJob(job('old', { startedAt: 10 }));
        await store.journal.createJob(job('new', { startedAt: 20 }));
        await store.journal.createJob(job('open', { startedAt: 30 }));
        await store.journal.createJob(job('elsewhere', { customerId: OTHER_CUSTOMER, startedAt: 40 }));
        await store.journal.setStatus('old', 'finished', 100);
        await store.journal.setStatus('new', 'cancelled', 200);
        await store.journal.setStatus('elsewhere', 'finished', 300);
        expect((await store.journal.history(CUSTOMER)).map((j) => j.jobId)).to.deep.equal(['new', 'old']);
        expect((await store.journal.history()).map((j) => j.jobId)).to.deep.equal(['elsewhere', 'new', 'old']);
        expect((await store.journal.history(CUSTOMER))[0]?.states['user-1']?.requestId).to.equal('new-request-1');
        await store.journal.deleteJob('new');
        expect((await store.journal.history(CUSTOMER)).map((j) => j.jobId)).to.deep.equal(['old']);
        expect(await store.journal.getJob('new')).to.equal(null);
      });

      it('keeps at most 50 finished jobs per customer, pruning the oldest with their operations', async () => {
        for (let index = 0; index < 53; index += 1) {
          await store.journal.createJob(job(`job-${String(index).padStart(2, '0')}`, { startedAt: index, users: 2 }));
          await store.journal.setStatus(`job-${String(index).padStart(2, '0')}`, 'finished', 1000 + index);
        }
        await store.journal.createJob(job('still-open', { startedAt: 0 }));
        await store.journal.setStatus('still-open', 'interrupted');
        const history = await store.journal.history(CUSTOMER);
        expect(history).to.have.length(50);
        expect(history[0]?.jobId).to.equal('job-52');
        expect(history[49]?.jobId).to.equal('job-03');
        for (const pruned of ['job-00', 'job-01', 'job-02']) expect(await store.journal.getJob(pruned)).to.equal(null);
        expect((await store.journal.getJob('still-open'))?.status, 'open jobs are never pruned').to.equal('interrupted');
        // A job id reused after pruning starts from a clean slate: no stale operation rows came back.
        await store.journal.createJob(job('job-00', { startedAt: 99, users: 1 }));
        expect(Object.keys((await store.journal.getJob('job-00'))?.states ?? {})).to.deep.equal(['user-0']);
      });
    });
  });
}
