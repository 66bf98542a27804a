import { expect } from '@open-wc/testing';
import type { JobRequest, JobResult, OperationOutcome } from '../../src/core/executor/job.js';
import { BI, E3, newSession, saveAndConfirm, startedSession, tenant } from './session-fixture.js';

const row = (session: ReturnType<typeof newSession>, skuId: string) => session.state.products.rows.find((r) => r.product.skuId === skuId)!;

describe('LicenseSession: each user\'s licenses read once', () => {
  it('reads the licenses a list leaves out (Partner Center) once, as users are selected, so "Manage licenses" reads none', async () => {
    const backend = tenant();
    backend.listsLicenses = false;
    const { session } = await startedSession(backend);
    expect(backend.calls.getLicenses, 'the users table does not need them').to.deep.equal([]);
    session.toggleUser('u01', true);
    session.toggleUser('u02', true);
    session.toggleUser('u01', true);
    await session.idle();
    expect(backend.calls.getLicenses.flat().sort()).to.deep.equal(['u01', 'u02']);
    backend.calls.getLicenses.length = 0;
    await session.setStep('licenses');
    expect(backend.calls.getLicenses).to.deep.equal([]);
    expect(row(session, E3).holders.map((chip) => chip.userId)).to.deep.equal(['u01']);
  });

  it('reads every user of a "Select all" once when the list left their licenses out', async () => {
    const backend = tenant();
    backend.listsLicenses = false;
    const { session } = await startedSession(backend);
    await session.selectAllMatching();
    await session.idle();
    const read = backend.calls.getLicenses.flat();
    expect(read).to.have.length(23);
    expect(new Set(read).size).to.equal(23);
    backend.calls.getLicenses.length = 0;
    await session.setStep('licenses');
    expect(backend.calls.getLicenses).to.deep.equal([]);
    expect(row(session, E3).state).to.equal('mixed');
  });

  it('reads again after a save only the users whose write may have happened', async () => {
    const backend = tenant();
    // The executor's verdicts, as they would come from the service: one answer lost on the way.
    const runJob = async (request: JobRequest): Promise<JobResult> => {
      const outcomes: OperationOutcome[] = request.operations.map((keyed, index) => (index === 0
        ? { userId: keyed.operation.userId, requestId: keyed.requestId, status: 'failed', attempts: 3, reason: { kind: 'unavailable', message: 'The connection was lost' } }
        : { userId: keyed.operation.userId, requestId: keyed.requestId, status: 'succeeded', attempts: 1 }));
      for (const outcome of outcomes) request.onOutcome?.(outcome);
      const total = outcomes.length;
      return {
        jobId: request.jobId,
        outcomes,
        progress: { total, done: total, succeeded: total - 1, failed: 1, cancelled: 0, ratePerSecond: 0, secondsLeft: 0, retries: 2 },
        requestsSent: total + 2,
      };
    };
    const { session } = await startedSession(backend, { runJob });
    for (const id of ['u01', 'u02', 'u03']) session.toggleUser(id, true);
    await session.setStep('licenses');
    session.changeProduct(BI, 'assign');
    backend.calls.getLicenses.length = 0;
    const result = await saveAndConfirm(session);
    expect(result.status).to.equal('saved');
    expect(backend.calls.getLicenses, 'only the user whose answer was lost').to.deep.equal([['u01']]);
    await session.setStep('licenses');
    expect(backend.calls.getLicenses).to.have.length(1);
    expect(row(session, BI).holders.map((chip) => chip.userId), 'the confirmed writes are known without a read').to.deep.equal(['u02', 'u03']);
  });
});
