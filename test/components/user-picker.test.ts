import { expect } from '@open-wc/testing';
import { LmUserPicker, tagName } from '../../src/components/user-picker/user-picker.js';
import type { ViewState } from '../../src/session/view-state.js';
import { itIsAccessible, mount as mountPart } from '../harness/mount.js';
import { UserPickerHarness } from '../harness/user-picker.harness.js';
import { ADA, GRACE, HOSTILE, HOSTILE_NAME, LINUS, usersView, viewState } from './fixtures.js';

const mount = (state: ViewState = viewState()) =>
  mountPart({ tag: tagName, element: LmUserPicker }, state, (element: LmUserPicker) => ({ picker: new UserPickerHarness(element) }));

describe('lm-user-picker', () => {
  itIsAccessible(mount);

  it('renders a "Users" table with a row checkbox per user and the usage location or "Not set"', async () => {
    const { picker } = await mount();
    expect(picker.get('table', 'Users')).to.exist;
    expect(picker.userBox(ADA.displayName).checked).to.equal(true);
    expect(picker.userBox(LINUS.displayName).checked).to.equal(false);
    const hostileRow = picker.get('rowheader', HOSTILE_NAME).closest('tr');
    expect(hostileRow?.textContent).to.contain('Not set');
    expect(picker.get('rowheader', ADA.displayName).closest('tr')?.textContent).to.contain('United Kingdom');
  });

  it('shows the header checkbox as mixed when part of the page is selected and selects the page on Space', async () => {
    const { picker, host } = await mount();
    expect(picker.headerState()).to.equal('mixed');
    await picker.press(picker.headerBox(), 'Space');
    expect(host.events('lm-page-select')).to.deep.equal([{ selected: true }]);
  });

  it('clears the page from a checked header checkbox and follows the state the session publishes', async () => {
    const all = new Set([ADA.id, GRACE.id, HOSTILE.id, LINUS.id]);
    const mounted = await mount(viewState({ users: usersView({}, all) }));
    const { picker, host } = mounted;
    host.on('lm-page-select', ({ selected }) => {
      host.state = { ...host.state, users: usersView({}, selected ? all : new Set()) };
    });
    expect(picker.headerState()).to.equal('checked');
    await picker.press(picker.headerBox(), 'Space');
    expect(host.events('lm-page-select')).to.deep.equal([{ selected: false }]);
    expect(picker.headerState()).to.equal('unchecked');
    expect(picker.userBox(ADA.displayName).checked).to.equal(false);
  });

  it('emits lm-user-toggle for a row and snaps back when the session does not change the selection', async () => {
    const { picker, host } = await mount();
    await picker.toggleUser(LINUS.displayName);
    expect(host.events('lm-user-toggle')).to.deep.equal([{ userId: LINUS.id, selected: true }]);
    expect(picker.userBox(LINUS.displayName).checked).to.equal(false);
  });

  it('emits lm-search as the admin types', async () => {
    const { picker, host } = await mount();
    await picker.search('ada');
    expect(host.events('lm-search').map((detail) => detail.query)).to.deep.equal(['a', 'ad', 'ada']);
  });

  it('pages: buttons say what they do, are disabled when impossible, and the indicator reads "Page 2 of 5"', async () => {
    const { picker, host } = await mount();
    expect(picker.pageIndicator()).to.equal('Page 2 of 5');
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page']) await picker.click('button', name);
    expect(host.events('lm-page-change').map((detail) => detail.page)).to.deep.equal(['first', 'previous', 'next', 'last']);
  });

  it('reads "Page 1" while the count is unknown, disables what cannot be done, and offers "Last page" (the session walks there)', async () => {
    const { picker, host } = await mount(viewState({ users: usersView({ pageIndex: 0, pageCount: null, canGoPrevious: false, canGoNext: true }) }));
    expect(picker.pageIndicator()).to.equal('Page 1');
    expect(picker.get('button', 'First page').hasAttribute('disabled')).to.equal(true);
    expect(picker.get('button', 'Previous page').hasAttribute('disabled')).to.equal(true);
    expect(picker.get('button', 'Next page').hasAttribute('disabled')).to.equal(false);
    await picker.click('button', 'Last page');
    expect(host.events('lm-page-change').map((detail) => detail.page)).to.deep.equal(['last']);
  });

  it('disables "Next page" and "Last page" on the last page', async () => {
    const { picker } = await mount(viewState({ users: usersView({ pageIndex: 4, pageCount: 5, canGoNext: false }) }));
    expect(picker.get('button', 'Next page').hasAttribute('disabled')).to.equal(true);
    expect(picker.get('button', 'Last page').hasAttribute('disabled')).to.equal(true);
  });

  it('says how many users a long read has brought so far instead of the page', async () => {
    const { picker } = await mount(viewState({ users: usersView({ status: 'loading', usersReadSoFar: 12000 }) }));
    expect(picker.pageIndicator()).to.equal('Reading users: 12,000 so far');
  });

  it('changes the page size', async () => {
    const { picker, host } = await mount();
    const select = picker.get('combobox', 'Users per page') as HTMLSelectElement;
    select.value = '50';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(host.events('lm-page-size-change')).to.deep.equal([{ pageSize: 50 }]);
  });

  it('toggles the "Selected users" view with aria-pressed', async () => {
    const mounted = await mount();
    const { picker, host } = mounted;
    host.on('lm-view-change', ({ onlySelected }) => {
      host.state = { ...host.state, users: { ...host.state.users, onlySelected } };
    });
    expect(picker.get('button', 'Selected users').getAttribute('aria-pressed')).to.equal('false');
    await picker.click('button', 'Selected users');
    expect(host.events('lm-view-change')).to.deep.equal([{ onlySelected: true }]);
    expect(picker.get('button', 'Selected users').getAttribute('aria-pressed')).to.equal('true');
  });

  it('is busy while loading, offers "Try again" on error, and says when nothing matches', async () => {
    const mounted = await mount(viewState({ users: usersView({ status: 'loading', rows: [] }) }));
    const { picker, host } = mounted;
    expect(picker.root.querySelector('[aria-busy="true"]')?.textContent).to.contain('Loading users…');

    host.state = viewState({ users: usersView({ status: 'error', rows: [], error: { kind: 'throttled', message: 'HTTP 429' } }) });
    await picker.settle();
    expect(picker.get('alert').textContent).to.contain('The service was busy (throttled); try again');
    await picker.click('button', 'Try again');
    expect(host.events('lm-retry-load')).to.have.length(1);

    host.state = viewState({ users: usersView({ rows: [], search: 'zed' }) });
    await picker.settle();
    expect(picker.root.textContent).to.contain('No users match “zed”');
    expect(picker.liveRegion()).to.equal('No users match “zed”');
  });

  it('marks cached data while it refreshes', async () => {
    const { picker } = await mount(viewState({ users: usersView({ cachedAt: Date.now() - 3 * 60_000 }) }));
    expect(picker.root.textContent).to.contain('Cached 3 minutes ago, refreshing…');
  });

  it('offline, shows the error and the cached users under it', async () => {
    const { picker } = await mount(
      viewState({ users: usersView({ status: 'error', error: { kind: 'network', message: 'Failed to fetch' }, cachedAt: Date.now() - 3 * 60_000 }) }),
    );
    expect(picker.get('alert').textContent).to.contain("Couldn't load users.");
    expect(picker.root.textContent).to.contain("Cached 3 minutes ago; couldn't refresh");
    expect(picker.get('table', 'Users')).to.exist;
    expect(picker.get('button', 'Try again')).to.exist;
  });

  it('announces the result of a search politely, not the first load', async () => {
    const mounted = await mount();
    const { picker, host } = mounted;
    expect(picker.liveRegion()).to.equal('');
    host.state = viewState({ users: usersView({ search: 'a', pageIndex: 0, rows: usersView().rows.slice(0, 2) }) });
    await picker.settle();
    expect(picker.liveRegion()).to.equal('2 users shown on page 1');
  });

  it('renders a hostile display name as text', async () => {
    const { picker } = await mount();
    expect(picker.userBox(HOSTILE_NAME)).to.exist;
    expect(picker.get('rowheader', HOSTILE_NAME).textContent?.trim()).to.equal(HOSTILE_NAME);
    expect(picker.root.querySelector('img') === null).to.equal(true, 'no <img> element');
    expect(picker.get('rowheader', HOSTILE_NAME).innerHTML).to.contain('&lt;img');
  });
});
