import { expect } from '@open-wc/testing';
import { MalformedResponseError } from '../../src/backend/errors.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { Gate, user } from './fake-backend.js';
import { CUSTOMER, names, newSession, record, startedSession, tenant, until } from './session-fixture.js';

describe('LicenseSession: users, paging and search', () => {
  it('starts on the first page with the page count still unknown when the service does not count', async () => {
    const backend = tenant();
    backend.countsUsers = false;
    const { session } = await startedSession(backend);
    const { users } = session.state;
    expect(users.status).to.equal('ready');
    expect(names(session.state)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `User ${String(i + 1).padStart(2, '0')}`));
    expect(users.pageIndex).to.equal(0);
    expect(users.pageCount).to.equal(null);
    expect(users.canGoPrevious).to.equal(false);
    expect(users.canGoNext).to.equal(true);
    expect(session.state.access).to.deep.equal({ canChange: true, canChangeUsers: true, readOnlyReason: null, agentName: 'Alex Admin' });
  });

  it('pages forward with continuation tokens and back from the pages it already has', async () => {
    const { backend, session } = await startedSession();
    await session.changePage('next');
    expect(names(session.state)[0]).to.equal('User 11');
    expect(backend.calls.listUsers[1]?.continuation).to.be.a('string');
    await session.changePage('previous');
    expect(names(session.state)[0]).to.equal('User 01');
    await session.changePage('next');
    expect(backend.calls.listUsers).to.have.length(2);
  });

  it('walks to the last page with the largest page size the backend gives, then knows the page count', async () => {
    const { backend, session } = await startedSession();
    await session.changePage('last');
    expect(names(session.state)).to.deep.equal(['User 21', 'User 22', 'User 23']);
    expect(session.state.users.pageCount).to.equal(3);
    expect(session.state.users.canGoNext).to.equal(false);
    expect(backend.calls.listUsers.map((call) => call.pageSize), 'the first page, then one read of the largest size').to.deep.equal([10, backend.maxPageSize]);
    await session.changePage('first');
    expect(session.state.users.pageIndex).to.equal(0);
    expect(names(session.state)[0]).to.equal('User 01');
    expect(backend.calls.listUsers, 'the first page came with that read').to.have.length(2);
  });

  it('starts over on the first page when the page size changes', async () => {
    const { session } = await startedSession();
    await session.changePage('next');
    await session.setPageSize(25);
    expect(session.state.users.pageIndex).to.equal(0);
    expect(session.state.users.pageSize).to.equal(25);
    expect(session.state.users.rows).to.have.length(23);
    expect(session.state.users.pageCount).to.equal(1);
  });

  it('debounces search: a burst of keystrokes sends one request, for the last query', async () => {
    const { backend, session } = await startedSession();
    void session.search('U');
    void session.search('User');
    await session.search('User 2');
    expect(backend.calls.listUsers.map((call) => call.search)).to.deep.equal([undefined, 'User 2']);
    expect(names(session.state)).to.deep.equal(['User 20', 'User 21', 'User 22', 'User 23']);
    expect(session.state.users.search).to.equal('User 2');
  });

  it('aborts the request of a stale search and never shows its answer', async () => {
    const { backend, session } = await startedSession();
    backend.usersGate.close();
    void session.search('User 1');
    await until(() => backend.calls.listUsers.length === 2, 'the first search request');
    const stale = backend.calls.listUsers[1]!;
    const done = session.search('User 2');
    await until(() => stale.signal?.aborted === true, 'the stale request to be aborted');
    backend.usersGate.open();
    await done;
    expect(backend.calls.listUsers.at(-1)?.search).to.equal('User 2');
    expect(names(session.state)).to.deep.equal(['User 20', 'User 21', 'User 22', 'User 23']);
  });

  it('keeps the selection across pages and searches, and shows only selected users on request', async () => {
    const { session } = await startedSession();
    session.toggleUser('u03', true);
    await session.changePage('next');
    session.selectPage(true);
    expect(session.state.users.headerState).to.equal('checked');
    await session.search('User 0');
    expect(session.state.users.headerState).to.equal('mixed');
    expect(session.state.chips).to.have.length(11);
    expect(session.state.chips[0]?.displayName).to.equal('User 03');
    session.setOnlySelected(true);
    expect(session.state.users.rows.every((row) => row.selected)).to.equal(true);
    expect(session.state.users.pageCount).to.equal(2);
    await session.changePage('next');
    expect(names(session.state)).to.deep.equal(['User 20']);
    session.removeChip('u20');
    expect(session.state.chips.map((chip) => chip.userId)).to.not.include('u20');
    session.clearSelection();
    expect(session.state.chips).to.have.length(0);
  });

  it('orders chips by the UI language (Swedish puts Å after Z)', async () => {
    const backend = tenant();
    backend.users = [user('a', 'Åsa'), user('z', 'Zlatan'), user('b', 'Anna')];
    const { session } = await startedSession(backend, { language: 'sv' });
    session.selectPage(true);
    expect(session.state.chips.map((chip) => chip.displayName)).to.deep.equal(['Anna', 'Zlatan', 'Åsa']);
    session.setLanguage('en');
    expect(session.state.chips.map((chip) => chip.displayName)).to.deep.equal(['Anna', 'Åsa', 'Zlatan']);
  });

  it('turns malformed data into an error state and keeps the selection', async () => {
    const backend = tenant();
    const errors: string[] = [];
    const { session } = await startedSession(backend, { onError: (error) => errors.push(error.kind) });
    session.toggleUser('u01', true);
    backend.failNext.listUsers = new MalformedResponseError('items[3].displayName', 'expected a string');
    await session.changePage('next');
    expect(session.state.users.status).to.equal('error');
    expect(session.state.users.error?.kind).to.equal('malformed-response');
    expect(session.state.users.error?.message).to.contain('items[3].displayName');
    expect(session.state.chips.map((chip) => chip.userId)).to.deep.equal(['u01']);
    expect(errors).to.deep.equal(['malformed-response']);
    await session.retryLoad();
    expect(session.state.users.status).to.equal('ready');
  });

  it('shows cached users at once, marked with their age, and replaces them when the live page arrives', async () => {
    const backend = tenant();
    const store = new MemoryLicenseStore();
    await store.cache.putUsers(CUSTOMER, [user('old1', 'Cached One'), user('old2', 'Cached Two')], 1_000);
    const session = newSession(backend, { store });
    const states = record(session);
    backend.usersGate.close();
    const started = session.start();
    await until(() => states.some((state) => state.users.cachedAt !== null), 'the cached page');
    const cached = states.find((state) => state.users.cachedAt !== null)!;
    expect(cached.users.cachedAt).to.equal(1_000);
    expect(cached.users.status).to.equal('ready');
    expect(names(cached)).to.deep.equal(['Cached One', 'Cached Two']);
    backend.usersGate.open();
    await started;
    expect(session.state.users.cachedAt).to.equal(null);
    expect(names(session.state)[0]).to.equal('User 01');
    const refreshed = await store.cache.getUsers(CUSTOMER);
    expect(refreshed?.value.map((u) => u.id)[0]).to.equal('u01');
  });

  it('offline, keeps the cached users on screen with the error, even when the failure comes before the cache', async () => {
    const backend = tenant();
    const store = new MemoryLicenseStore();
    await store.cache.putUsers(CUSTOMER, [user('old1', 'Cached One'), user('old2', 'Cached Two')], 1_000);
    // A refused connection fails faster than IndexedDB answers: the cache answers only once the failure is shown.
    const cacheAnswers = new Gate();
    cacheAnswers.close();
    const readCached = store.cache.getUsers.bind(store.cache);
    store.cache.getUsers = async (customerId) => {
      await cacheAnswers.wait();
      return readCached(customerId);
    };
    backend.failNext.listUsers = new TypeError('Failed to fetch');
    const session = newSession(backend, { store });
    const started = session.start();
    await until(() => session.state.users.status === 'error', 'the failed live read');
    expect(session.state.users.cachedAt, 'nothing cached shown yet').to.equal(null);
    cacheAnswers.open();
    await started;
    expect(session.state.users.status).to.equal('error');
    expect(session.state.users.error?.kind).to.equal('network');
    expect(session.state.users.cachedAt).to.equal(1_000);
    expect(names(session.state)).to.deep.equal(['Cached One', 'Cached Two']);
    await session.retryLoad();
    expect(session.state.users.status).to.equal('ready');
    expect(session.state.users.cachedAt).to.equal(null);
    expect(names(session.state)[0]).to.equal('User 01');
  });

  it('keeps the identity of slices that did not change', async () => {
    const { session } = await startedSession();
    const before = session.state;
    session.toggleUser('u01', true);
    const after = session.state;
    expect(after).to.not.equal(before);
    expect(after.products).to.equal(before.products);
    expect(after.access).to.equal(before.access);
    expect(after.users.rows[1]).to.equal(before.users.rows[1]);
    expect(after.users.rows[0]).to.not.equal(before.users.rows[0]);
    session.toggleUser('u01', true);
    expect(session.state).to.equal(after);
  });
});
