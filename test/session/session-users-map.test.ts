import { expect } from '@open-wc/testing';
import type { LicenseSession } from '../../src/session/license-session.js';
import { held, user } from './fake-backend.js';
import { E5, KIOSK, selectedOnAClock, startedSession, tenant } from './session-fixture.js';

const rowOf = (session: LicenseSession, userId: string) => session.state.users.rows.find((row) => row.user.id === userId);
const holdersOf = (session: LicenseSession, skuId: string) =>
  session.state.products.rows.find((row) => row.product.skuId === skuId)?.holders.map((holder) => holder.userId);

describe('LicenseSession: each user once, in one users map', () => {
  it('after "Manage licenses" reads licenses, the chip, the row and the licenses grid show the one record', async () => {
    const { backend, session, outliveLicenses } = await selectedOnAClock(['u02']);
    const listed = session.userRecords.get('u02');
    expect(rowOf(session, 'u02')?.user).to.equal(listed);
    // Someone else gave User 02 E5 after the list was read, longer ago than licenses are trusted.
    outliveLicenses();
    backend.users = backend.users.map((u) => (u.id === 'u02' ? { ...u, licenses: [...u.licenses, held(E5)] } : u));
    await session.setStep('licenses');
    const record = session.userRecords.get('u02');
    expect(record?.licenses.map((license) => license.skuId)).to.deep.equal([KIOSK, E5]);
    expect(rowOf(session, 'u02')?.user, 'the users table row is that record, not a copy read before').to.equal(record);
    expect(holdersOf(session, E5)).to.deep.equal(['u02']);
    expect(holdersOf(session, KIOSK)).to.deep.equal(['u02']);
    expect(session.state.chips).to.deep.equal([{ userId: 'u02', displayName: record?.displayName, userPrincipalName: record?.userPrincipalName }]);

    // A page read that renames the user renames the chip and the row together.
    backend.users = backend.users.map((u) => (u.id === 'u02' ? { ...u, displayName: 'User 02 Renamed' } : u));
    await session.setStep('users');
    await session.search('User 02');
    expect(rowOf(session, 'u02')?.user).to.equal(session.userRecords.get('u02'));
    expect(rowOf(session, 'u02')?.user.displayName).to.equal('User 02 Renamed');
    expect(session.state.chips[0]?.displayName).to.equal('User 02 Renamed');
    expect(session.userRecords.get('u02')?.licenses.map((license) => license.skuId), 'licenses known stay with the record').to.deep.equal([KIOSK, E5]);
  });

  it('a page no longer kept takes its unselected users out of the map; a selected user on it stays', async () => {
    const { session } = await startedSession();
    expect([...session.userRecords.keys()]).to.deep.equal(['u01', 'u02', 'u03', 'u04', 'u05', 'u06', 'u07', 'u08', 'u09', 'u10']);
    session.toggleUser('u03', true);
    // A new search starts the pages over: the first page is dropped from the kept pages.
    await session.search('User 2');
    expect([...session.userRecords.keys()].sort()).to.deep.equal(['u03', 'u20', 'u21', 'u22', 'u23']);
    expect(session.state.chips.map((chip) => chip.displayName)).to.deep.equal(['User 03']);
  });

  it('"Clear selection" of more users than the slack lets those on no page go at once; the page shown stays', async () => {
    const backend = tenant();
    backend.users = Array.from({ length: 1_200 }, (_, i) => user(`m${String(i).padStart(4, '0')}`, `Member ${String(i).padStart(4, '0')}`));
    const { session } = await startedSession(backend);
    await session.selectAllMatching();
    expect(session.userRecords.size).to.equal(1_200);
    session.toggleUser('m0500', false);
    expect(session.userRecords.size, 'one toggle: within the slack, nothing is pruned').to.equal(1_200);
    session.clearSelection();
    expect([...session.userRecords.keys()]).to.deep.equal(session.state.users.rows.map((row) => row.user.id));
    expect(session.state.users.rows).to.have.length(10);
  });
});
