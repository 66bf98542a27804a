import { expect } from '@open-wc/testing';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { BI, newSession, onLicensesStep, saveAndConfirm, tenant } from './session-fixture.js';

function prepared(userIds: readonly string[], options: Parameters<typeof newSession>[1] = {}, roles: readonly string[] = ['AdminAgent']) {
  const backend = tenant();
  backend.agent = { name: 'Alex Admin', roles };
  return onLicensesStep(userIds, options, backend);
}

describe('LicenseSession: setting a usage location', () => {
  it('sets it through the executor and the journal, after which the user is no longer held back', async () => {
    const store = new MemoryLicenseStore();
    const { backend, session } = await prepared(['u01', 'u05'], { store });
    session.changeProduct(BI, 'assign');
    expect(session.state.findings.map((finding) => [finding.kind, [...finding.userIds]])).to.deep.equal([['usage-location-missing', ['u05']]]);
    expect(session.state.usageLocation.missing.map((chip) => chip.userId)).to.deep.equal(['u05']);
    expect(session.state.heldBack).to.deep.equal(['u05']);
    session.openUsageLocation();
    expect(session.state.usageLocation.dialogOpen).to.equal(true);

    const result = await session.setUsageLocation(['u05'], 'no');
    expect(result).to.deep.equal({ status: 'done', succeeded: ['u05'], failed: [] });
    expect(session.state.usageLocation.dialogOpen, 'Apply closes the dialog').to.equal(false);
    expect(backend.calls.apply.map((keyed) => keyed.operation)).to.deep.equal([{ userId: 'u05', assign: [], remove: [], usageLocation: 'NO' }]);
    expect(backend.users.find((user) => user.id === 'u05')?.usageLocation).to.equal('NO');
    const job = session.state.usageLocation.job;
    expect([job?.usageLocation, job?.view.status, job?.view.progress.succeeded]).to.deep.equal(['NO', 'finished', 1]);
    const journaled = await store.journal.getJob(job!.view.jobId);
    expect(journaled?.operations.map((entry) => entry.operation.usageLocation)).to.deep.equal(['NO']);
    expect(session.state.findings).to.deep.equal([]);
    expect(session.state.usageLocation.missing).to.deep.equal([]);
    expect(session.state.heldBack).to.deep.equal([]);

    const saved = await saveAndConfirm(session);
    expect(saved.status).to.equal('saved');
    for (const id of ['u01', 'u05']) expect(backend.users.find((user) => user.id === id)?.licenses.some((license) => license.skuId === BI)).to.equal(true);
  });

  it('refuses a role that may change licenses but not users, and an invalid country', async () => {
    const { backend, session } = await prepared(['u05'], {}, ['HelpdeskAgent']);
    expect(session.state.access.canChange).to.equal(true);
    expect(session.state.usageLocation.canChange).to.equal(false);
    session.openUsageLocation();
    expect(session.state.usageLocation.dialogOpen, 'never open for a role that may not use it').to.equal(false);
    expect(await session.setUsageLocation(['u05'], 'SE')).to.deep.equal({ status: 'read-only' });
    expect(backend.calls.apply).to.deep.equal([]);
    const admin = await prepared(['u05']);
    expect(await admin.session.setUsageLocation(['u05'], 'Sweden')).to.deep.equal({ status: 'invalid' });
    expect(await admin.session.setUsageLocation(['nobody'], 'SE')).to.deep.equal({ status: 'invalid' });
  });
});
