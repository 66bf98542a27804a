import { expect } from '@open-wc/testing';
import { MalformedResponseError } from '../../src/backend/errors.js';
import { startedSession, tenant, until } from './session-fixture.js';

describe('LicenseSession: select all matching and select from a list', () => {
  it('knows how many users match a search and selects all of them with the largest page the API allows', async () => {
    const { backend, session } = await startedSession();
    await session.search('User 1');
    expect(session.state.users.matchingTotal).to.equal(10);
    const calls = backend.calls.listUsers.length;
    await session.selectAllMatching();
    const selected = [...session.selectedUserIds].sort();
    expect(selected).to.deep.equal(['u10', 'u11', 'u12', 'u13', 'u14', 'u15', 'u16', 'u17', 'u18', 'u19']);
    const walk = backend.calls.listUsers.slice(calls);
    expect(walk.map((request) => [request.pageSize, request.search])).to.deep.equal([[1000, 'User 1']]);
    expect(session.state.bulkSelect).to.include({ kind: 'matching', status: 'done', resolved: 10 });
    expect(session.state.chips).to.have.length(10);
  });

  it('walks every page of the whole tenant and reports progress against the count', async () => {
    const backend = tenant();
    backend.maxPageSize = 5;
    const { session } = await startedSession(backend);
    const progress: number[] = [];
    session.subscribe((state) => { if (state.bulkSelect?.status === 'running') progress.push(state.bulkSelect.resolved); });
    await session.selectAllMatching();
    expect(session.selectedUserIds).to.have.length(23);
    expect(progress.filter((n) => n > 0)).to.deep.equal([5, 10, 15, 20, 23]);
    expect(session.state.bulkSelect?.total).to.equal(23);
  });

  it('keeps the selection as it was when cancelled, and stops asking', async () => {
    const { backend, session } = await startedSession();
    session.toggleUser('u01', true);
    backend.usersGate.close();
    const running = session.selectAllMatching();
    await until(() => session.state.bulkSelect?.status === 'running', 'the walk started');
    session.cancelBulkSelect();
    backend.usersGate.open();
    await running;
    expect(session.selectedUserIds).to.deep.equal(['u01']);
    expect(session.state.bulkSelect?.status).to.equal('cancelled');
  });

  it('says why when the walk fails, and keeps the selection', async () => {
    const { backend, session } = await startedSession();
    backend.failNext.listUsers = new MalformedResponseError('value', 'expected an array');
    await session.selectAllMatching();
    expect(session.state.bulkSelect?.status).to.equal('failed');
    expect(session.state.bulkSelect?.error?.kind).to.equal('malformed-response');
    expect(session.selectedUserIds).to.have.length(0);
  });

  it('does not replace a selected user whose licenses are known with one listed without them', async () => {
    const backend = tenant();
    backend.listsLicenses = false;
    const { session } = await startedSession(backend);
    session.toggleUser('u01', true);
    await session.selectAllMatching();
    expect(session.selectedUserIds).to.have.length(23);
    const first = session.state.chips.find((chip) => chip.userId === 'u01');
    expect(first).to.not.equal(undefined);
    expect(backend.calls.listUsers.at(-1)?.withLicenses).to.equal(false);
  });

  it('selects a pasted list, and counts unknown and repeated entries', async () => {
    const { backend, session } = await startedSession();
    const upn = backend.users[4]!.userPrincipalName;
    await session.selectFromList(`u02\n${upn.toUpperCase()}\nnobody@contoso.test\nU02\n\n`);
    expect([...session.selectedUserIds].sort()).to.deep.equal(['u02', 'u05']);
    expect(backend.calls.findUsers).to.deep.equal([{ ids: [], principalNames: ['u02', upn.toUpperCase(), 'nobody@contoso.test'] }]);
    expect(session.state.bulkSelect).to.deep.include({ kind: 'list', status: 'done', resolved: 2, total: 3, unknown: ['nobody@contoso.test'], duplicates: ['U02'] });
  });

  it('walks the user list where the service cannot look users up by name (Partner Center), until all are found', async () => {
    const backend = tenant();
    backend.maxPageSize = 5;
    backend.listsLicenses = false;
    Object.defineProperty(backend, 'findUsers', { value: undefined });
    const { session } = await startedSession(backend);
    const calls = backend.calls.listUsers.length;
    await session.selectFromList('u07\nU03\nnobody@contoso.test');
    expect([...session.selectedUserIds].sort()).to.deep.equal(['u03', 'u07']);
    expect(session.state.bulkSelect).to.deep.include({ kind: 'list', status: 'done', resolved: 2, unknown: ['nobody@contoso.test'] });
    const walk = backend.calls.listUsers.slice(calls);
    expect(walk.every((request) => request.pageSize === 5 && request.withLicenses === false), 'largest pages, no license reads').to.equal(true);
    expect(walk, 'an unknown entry walks the whole list once: 23 users in pages of 5').to.have.length(5);

    const before = backend.calls.listUsers.length;
    await session.selectFromList('u02\nu04');
    expect(backend.calls.listUsers.length - before, 'stops at the page where the last entry is found').to.equal(1);
  });

  it('asks nothing for an empty list', async () => {
    const { backend, session } = await startedSession();
    await session.selectFromList(' \n ');
    expect(backend.calls.findUsers).to.have.length(0);
    expect(session.state.bulkSelect).to.include({ status: 'done', resolved: 0 });
  });
});
