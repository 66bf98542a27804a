import { expect } from '@open-wc/testing';
import type { OperationOutcome } from '../../src/core/executor/job.js';
import type { JobRecord } from '../../src/store/store.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { held, user } from './fake-backend.js';
import { BI, CUSTOMER, E3, E5, newSession, record, saveAndConfirm, startedSession, tenant, until } from './session-fixture.js';

async function prepared(userIds: readonly string[], options: Parameters<typeof newSession>[1] = {}) {
  const backend = tenant();
  const completed: { jobId: string; outcomes: readonly OperationOutcome[] }[] = [];
  const { session } = await startedSession(backend, { onSaveComplete: (jobId, outcomes) => completed.push({ jobId, outcomes }), ...options });
  await session.setPageSize(50);
  for (const id of userIds) session.toggleUser(id, true);
  await session.setStep('licenses');
  return { backend, session, completed };
}

/**
 * A started session whose journal holds a job a closed page left behind, removing E3 from `userIds`: those in
 * `inFlight` were sent and no answer was seen, the others were never sent.
 */
async function withJobLeftRemovingE3(jobId: string, userIds: readonly string[], inFlight: readonly string[] = []) {
  const store = new MemoryLicenseStore();
  await store.journal.createJob({
    jobId, customerId: CUSTOMER, startedBy: 'Alex Admin', startedAt: 10, status: 'interrupted',
    operations: userIds.map((userId) => ({ operation: { userId, assign: [], remove: [E3] }, requestId: `r-${userId}`, displayName: `User ${userId.slice(1)}`, userPrincipalName: `${userId}@contoso.test` })),
    states: Object.fromEntries(inFlight.map((userId) => [userId, { userId, requestId: `r-${userId}`, state: 'in-flight' as const, attempts: 1 }])),
    productNames: { [E3]: 'Office 365 E3' },
  });
  return { store, ...(await startedSession(tenant(), { store })) };
}

const outcomeOf = (session: Awaited<ReturnType<typeof prepared>>['session']) =>
  Object.fromEntries(session.state.job!.rows.map((r) => [r.userId, r.outcome]));

describe('LicenseSession: saving', () => {
  it('writes the job with one fresh request id per user to the journal before the first request', async () => {
    const store = new MemoryLicenseStore();
    const { backend, session, completed } = await prepared(['u01', 'u02', 'u03'], { store });
    session.changeProduct(E5, 'assign');
    session.changeProduct(E3, 'revoke');
    backend.applyGate.close();
    const saving = saveAndConfirm(session);
    await until(() => session.state.job !== null, 'the job view');
    const jobId = session.state.job!.jobId;
    const journaled = await store.journal.getJob(jobId);
    expect(journaled?.status).to.equal('running');
    expect(journaled?.operations.map((o) => o.operation.userId)).to.deep.equal(['u01', 'u02', 'u03']);
    const ids = journaled!.operations.map((o) => o.requestId);
    expect(new Set(ids).size).to.equal(3);
    expect(session.state.step).to.equal('results');
    expect(session.state.job!.status).to.equal('running');
    backend.applyGate.open();
    const result = await saving;
    expect(result.status).to.equal('saved');
    expect(backend.calls.apply.map((k) => k.requestId).sort()).to.deep.equal([...ids].sort());
    expect(outcomeOf(session)).to.deep.equal({ u01: 'succeeded', u02: 'succeeded', u03: 'succeeded' });
    expect(session.state.job!.progress).to.include({ total: 3, done: 3, succeeded: 3, failed: 0 });
    expect(backend.licensesOf('u01').map((l) => l.skuId)).to.deep.equal([E5]);
    expect(backend.licensesOf('u02').map((l) => l.skuId).sort()).to.deep.equal([E5, 'sku-kiosk'].sort());
    expect((await store.journal.getJob(jobId))?.status).to.equal('finished');
    expect(completed.map((c) => c.jobId)).to.deep.equal([jobId]);
    expect(completed[0]!.outcomes).to.have.length(3);
    expect(session.state.history.map((h) => h.jobId)).to.deep.equal([jobId]);
  });

  it('knows what it wrote without reading the users again, and keeps the cache current', async () => {
    const store = new MemoryLicenseStore();
    const { backend, session } = await prepared(['u01', 'u02', 'u03'], { store });
    session.changeProduct(BI, 'assign');
    backend.calls.getLicenses.length = 0;
    await saveAndConfirm(session);
    expect(backend.calls.getLicenses, 'the confirmed writes say what the users hold').to.deep.equal([]);
    const cached = await store.cache.getUsers(CUSTOMER);
    expect(cached?.value.find((u) => u.id === 'u03')?.licenses.map((l) => l.skuId)).to.deep.equal([BI]);
    await session.setStep('licenses');
    expect(session.state.products.rows.find((r) => r.product.skuId === BI)?.state).to.equal('checked');
    expect(session.state.products.rows.find((r) => r.product.skuId === BI)?.intent).to.equal('leave');
  });

  it('reports progress in batches rather than once per user', async () => {
    const backend = tenant();
    backend.users = Array.from({ length: 400 }, (_, i) => user(`m${i}`, `Member ${i}`));
    backend.products = backend.products.map((p) => (p.skuId === BI ? { ...p, totalUnits: 1000, availableUnits: 1000 } : p));
    const { session } = await startedSession(backend, { pageSize: 200 });
    session.selectPage(true);
    await session.changePage('next');
    session.selectPage(true);
    await session.setStep('licenses');
    session.changeProduct(BI, 'assign');
    const states = record(session);
    await saveAndConfirm(session);
    const jobStates = states.filter((s) => s.job !== null);
    expect(session.state.job!.progress.succeeded).to.equal(400);
    expect(jobStates.length).to.be.below(100);
  });

  it('turns the view read-only with the service\'s reason when a save is refused with 403', async () => {
    const { backend, session } = await prepared(['u01', 'u02']);
    backend.forbidden = true;
    session.changeProduct(E5, 'assign');
    await saveAndConfirm(session);
    expect(outcomeOf(session)).to.deep.equal({ u01: 'failed', u02: 'failed' });
    expect(session.state.access.canChange).to.equal(false);
    expect(session.state.access.readOnlyReason).to.deep.equal({ kind: 'forbidden', message: 'Access denied: the agent has no role that can change licenses.' });
    await session.setStep('licenses');
    session.changeProduct(BI, 'assign');
    expect(session.state.products.rows.find((r) => r.product.skuId === BI)?.intent).to.equal('leave');
    expect(await saveAndConfirm(session)).to.deep.equal({ status: 'read-only' });
  });

  it('is read-only from the start for a role that may not change licenses', async () => {
    const backend = tenant();
    backend.agent = { name: 'Riley Reader', roles: ['BillingAdmin'] };
    const { session } = await startedSession(backend);
    expect(session.state.access).to.deep.equal({ canChange: false, canChangeUsers: false, readOnlyReason: { kind: 'role', roles: ['BillingAdmin'] }, agentName: 'Riley Reader' });
    const told = newSession(tenant(), { hostRoles: ['HelpdeskAgent'] });
    await told.start();
    expect(told.state.access.canChange).to.equal(true);
  });

  it('retries only the failed users, after re-reading their licenses', async () => {
    const { backend, session } = await prepared(['u01', 'u02', 'u03']);
    backend.exclusive = [[E5, 'sku-kiosk']];
    session.changeProduct(E5, 'assign');
    await saveAndConfirm(session);
    expect(outcomeOf(session)).to.deep.equal({ u01: 'succeeded', u02: 'failed', u03: 'succeeded' });
    expect(session.state.job!.rows.find((r) => r.userId === 'u02')?.reason?.kind).to.equal('mutually-exclusive');
    backend.exclusive = [];
    backend.calls.apply.length = 0;
    backend.calls.getLicenses.length = 0;
    const retried = await session.retryFailed();
    expect(retried.status).to.equal('saved');
    expect(backend.calls.getLicenses[0]).to.deep.equal(['u02']);
    expect(backend.calls.apply.map((k) => k.operation.userId)).to.deep.equal(['u02']);
    expect(outcomeOf(session)).to.deep.equal({ u01: 'succeeded', u02: 'succeeded', u03: 'succeeded' });
  });

  it('retry counts a failed user whose change is in place by now as succeeded, and sends nothing for them', async () => {
    const { backend, session } = await prepared(['u01', 'u02']);
    backend.exclusive = [[E5, 'sku-kiosk']];
    session.changeProduct(E5, 'assign');
    await saveAndConfirm(session);
    expect(outcomeOf(session)).to.deep.equal({ u01: 'succeeded', u02: 'failed' });
    // Someone else assigned it meanwhile (another admin, a late answer): the re-read shows it.
    backend.users = backend.users.map((u) => (u.id === 'u02' ? { ...u, licenses: [...u.licenses, { skuId: E5, disabledPlans: [] }] } : u));
    backend.calls.apply.length = 0;
    expect(await session.retryFailed()).to.deep.equal({ status: 'nothing-to-save' });
    expect(backend.calls.apply).to.have.length(0);
    expect(outcomeOf(session)).to.deep.equal({ u01: 'succeeded', u02: 'succeeded' });
  });

  it('exports the results as CSV with formulas neutralised', async () => {
    const backend = tenant();
    backend.users = [user('x1', '=HYPERLINK("http://evil")'), user('x2', 'Plain, Name')];
    const { session } = await startedSession(backend);
    session.selectPage(true);
    await session.setStep('licenses');
    session.changeProduct(E5, 'assign');
    await saveAndConfirm(session);
    const csv = await session.exportCsv();
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Display name,User principal name,Outcome,Assigned,Removed,Reason');
    expect(lines).to.have.length(3);
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).to.contain('"Plain, Name"');
    expect(csv).to.contain('Succeeded,Microsoft 365 E5');
  });

  it('shows a Retry-After of 27.8 hours as a pause of 5 minutes, and "Retry now" sends at once', async () => {
    const { backend, session, completed } = await prepared(['u01']);
    session.changeProduct(E5, 'assign');
    backend.throttleNextApply = 99_999;
    const saving = saveAndConfirm(session);
    await until(() => session.state.job?.resumesAt !== undefined, 'the pause in the job view');
    expect(session.state.job?.progress.waitSeconds).to.be.within(300, 301);
    expect(backend.calls.apply).to.have.length(1);
    session.retryJobNow();
    await saving;
    expect(backend.calls.apply).to.have.length(2);
    expect(completed[0]?.outcomes.map((o) => o.status)).to.deep.equal(['succeeded']);
    expect(session.state.job?.resumesAt).to.equal(undefined);
  });

  it('cancels: what is in flight finishes, the rest is reported cancelled', async () => {
    const backend = tenant();
    backend.users = Array.from({ length: 40 }, (_, i) => user(`c${i}`, `Crew ${i}`));
    const { session } = await startedSession(backend, { pageSize: 50 });
    session.selectPage(true);
    await session.setStep('licenses');
    session.changeProduct(BI, 'assign');
    backend.applyGate.close();
    const saving = saveAndConfirm(session);
    await until(() => backend.calls.apply.length === 0 && session.state.job !== null, 'the job to start');
    session.cancelJob();
    backend.applyGate.open();
    await saving;
    const job = session.state.job!;
    expect(job.status).to.equal('cancelled');
    const kinds = new Set(job.rows.map((r) => r.outcome));
    expect([...kinds].every((k) => k === 'succeeded' || k === 'cancelled')).to.equal(true);
    expect(job.rows.filter((r) => r.outcome === 'cancelled').length).to.be.greaterThan(0);
    const sent = backend.calls.apply.length;
    expect(job.rows.filter((r) => r.outcome === 'succeeded').length).to.equal(sent);
  });

  it('resumes a job left behind: checks the user in flight, sends only what is left with the same keys', async () => {
    const backend = tenant();
    const store = new MemoryLicenseStore();
    // u01 done before the page closed; u02's request reached the service but the answer was lost; u03 not sent.
    backend.users = backend.users.map((u) => (u.id === 'u02' ? { ...u, licenses: [...u.licenses, held(E5)] } : u));
    const op = (userId: string) => ({ userId, assign: [{ skuId: E5, disabledPlans: [] }], remove: [] });
    const record: JobRecord = {
      jobId: 'job-left',
      customerId: CUSTOMER,
      startedBy: 'Alex Admin',
      startedAt: 10,
      status: 'interrupted',
      operations: ['u01', 'u02', 'u03'].map((id) => ({ operation: op(id), requestId: `req-${id}`, displayName: `User ${id.slice(1)}`, userPrincipalName: `${id}@contoso.test` })),
      states: {
        u01: { userId: 'u01', requestId: 'req-u01', state: 'succeeded', attempts: 1 },
        u02: { userId: 'u02', requestId: 'req-u02', state: 'in-flight', attempts: 1 },
      },
      productNames: { [E5]: 'Microsoft 365 E5' },
      unchanged: 4,
    };
    await store.journal.createJob(record);
    const { session } = await startedSession(backend, { store });
    expect(session.state.interruptedJob).to.include({ jobId: 'job-left', total: 3, succeeded: 1 });
    const result = await session.resumeJob('job-left');
    expect(result.status).to.equal('saved');
    expect(backend.calls.readLicenses).to.include('u02');
    expect(backend.calls.apply.map((k) => k.requestId)).to.deep.equal(['req-u03']);
    expect(Object.fromEntries(session.state.job!.rows.map((r) => [r.userId, r.outcome]))).to.deep.equal({ u01: 'succeeded', u02: 'succeeded', u03: 'succeeded' });
    expect(session.state.interruptedJob).to.equal(null);
    expect((await store.journal.getJob('job-left'))?.status).to.equal('finished');
    // The products were never loaded in this page: the job keeps the names and the summary it recorded.
    expect(session.state.job?.productNames?.get(E5)).to.equal('Microsoft 365 E5');
    expect(session.state.job?.unchanged).to.equal(4);
  });

  it('discards a job left behind: unsent users are recorded cancelled and it moves to the history', async () => {
    const { backend, session } = await withJobLeftRemovingE3('job-old', ['u01']);
    expect(session.state.interruptedJob?.jobId).to.equal('job-old');
    await session.discardJob('job-old');
    expect(session.state.interruptedJob).to.equal(null);
    expect(session.state.history.map((h) => [h.jobId, h.status, h.products.join()])).to.deep.equal([['job-old', 'cancelled', 'Office 365 E3']]);
    expect(backend.calls.apply).to.have.length(0);
    const csv = await session.exportHistoryCsv('job-old');
    expect(csv).to.contain('User 01,u01@contoso.test,Cancelled,,Office 365 E3');
    expect(await session.exportHistoryCsv('no-such-job')).to.equal('');
  });

  it('discarding reads users that were in flight: a change already made is recorded succeeded, not cancelled', async () => {
    // u03 holds no E3 (its removal went through before the panel closed), u01 still holds it, u04 was never sent.
    const { backend, session } = await withJobLeftRemovingE3('job-closed', ['u01', 'u03', 'u04'], ['u01', 'u03']);
    await session.discardJob('job-closed');
    expect([...backend.calls.readLicenses].sort()).to.deep.equal(['u01', 'u03']);
    expect(backend.calls.apply).to.have.length(0);
    const csv = await session.exportHistoryCsv('job-closed');
    expect(csv).to.contain('User 01,u01@contoso.test,Cancelled');
    expect(csv).to.contain('User 03,u03@contoso.test,Succeeded');
    expect(csv).to.contain('User 04,u04@contoso.test,Cancelled');
    expect(session.state.history.map((h) => [h.jobId, h.status, h.succeeded])).to.deep.equal([['job-closed', 'cancelled', 1]]);
  });

  it('does not discard while users that were in flight cannot be read: the job stays to resume', async () => {
    const { backend, store, session } = await withJobLeftRemovingE3('job-closed', ['u01'], ['u01']);
    backend.applier.readLicenses = () => Promise.reject(new TypeError('Failed to fetch'));
    await session.discardJob('job-closed');
    expect(session.state.interruptedJob?.jobId).to.equal('job-closed');
    expect(session.state.notice?.kind).to.equal('network');
    expect((await store.journal.getJob('job-closed'))?.status).to.equal('interrupted');
  });

  it('journals the users the check kept back, so the history and a resumed job count them too', async () => {
    const store = new MemoryLicenseStore();
    const { session } = await startedSession(tenant(), { store });
    for (const id of ['u01', 'u02', 'u05', 'u06']) session.toggleUser(id, true);
    await session.setStep('licenses');
    session.changeProduct(E3, 'assign');
    const saved = await saveAndConfirm(session);
    const jobId = saved.status === 'saved' ? saved.jobId : '';
    const record = await store.journal.getJob(jobId);
    expect(record?.operations.map((entry) => entry.operation.userId).sort()).to.deep.equal(['u02', 'u05', 'u06']);
    expect(record?.states['u05']).to.deep.include({ state: 'failed', attempts: 0 });
    expect(record?.states['u05']?.reason).to.deep.include({ kind: 'usage-location-missing', notSent: true });
    expect(record?.unchanged).to.equal(1);
    expect(session.state.history.find((h) => h.jobId === jobId)).to.include({ total: 3, succeeded: 1, failed: 2 });
  });
});
