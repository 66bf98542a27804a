import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CHIPS_COLLAPSE_AT, COLLAPSED_CHIPS, LmSelectionChips, tagName } from '../../src/components/selection-chips/selection-chips.js';
import { LmSelectionReview, REVIEW_PAGE_SIZE, tagName as reviewTag } from '../../src/components/selection-chips/selection-review.js';
import type { Chip, ViewState } from '../../src/session/view-state.js';
import { defineOnce, itIsAccessible, mount as mountPart } from '../harness/mount.js';
import type { Mounted } from '../harness/test-host.js';
import { SelectionChipsHarness } from '../harness/selection-chips.harness.js';
import { ADA, GRACE, HOSTILE_NAME, chipOf, viewState } from './fixtures.js';

async function mount(state: ViewState = viewState()): Promise<Mounted<LmSelectionChips> & { chips: SelectionChipsHarness }> {
  // In the widget the review comes with the bulk selection's chunk.
  defineOnce(reviewTag, LmSelectionReview);
  const mounted = await mountPart({ tag: tagName, element: LmSelectionChips }, state, (element: LmSelectionChips) => ({ chips: new SelectionChipsHarness(element) }));
  // The session's answer to a removal: the chip leaves the selection.
  mounted.host.on('lm-chip-remove', ({ userId }) => {
    mounted.host.state = { ...mounted.host.state, chips: mounted.host.state.chips.filter((chip) => chip.userId !== userId) };
  });
  return mounted;
}

function manyChips(count: number): Chip[] {
  return Array.from({ length: count }, (_, index) => ({
    userId: `u-${index}`,
    displayName: `User ${String(index + 1).padStart(3, '0')}`,
    userPrincipalName: `user${index + 1}@contoso.example`,
  }));
}

describe('lm-selection-chips', () => {
  itIsAccessible(mount);

  it('shows the selected users in the given order with a count and one tab stop', async () => {
    const { chips } = await mount();
    expect(chips.count()).to.equal('3 users selected');
    expect(chips.names()).to.deep.equal([ADA.displayName, GRACE.displayName, HOSTILE_NAME]);
    expect(chips.tabStops()).to.have.length(1);
  });

  it('moves between chips with arrows, Home and End', async () => {
    const { chips } = await mount();
    chips.removeButton(ADA.displayName).focus();
    await chips.pressKey('ArrowRight');
    expect(chips.focusedName()).to.equal(`Remove ${GRACE.displayName}`);
    await chips.pressKey('End');
    expect(chips.focusedName()).to.equal(`Remove ${HOSTILE_NAME}`);
    await chips.pressKey('ArrowRight');
    expect(chips.focusedName(), 'wraps around').to.equal(`Remove ${ADA.displayName}`);
    await chips.pressKey('ArrowLeft');
    expect(chips.focusedName()).to.equal(`Remove ${HOSTILE_NAME}`);
    await chips.pressKey('Home');
    expect(chips.focusedName()).to.equal(`Remove ${ADA.displayName}`);
    expect(chips.tabStops().map((button) => button === chips.focused())).to.deep.equal([true]);
  });

  it('removes a chip with its button and moves focus to the next chip', async () => {
    const { chips, host } = await mount();
    await chips.press(chips.removeButton(GRACE.displayName), 'Enter');
    expect(host.events('lm-chip-remove')).to.deep.equal([{ userId: GRACE.id }]);
    expect(chips.names()).to.deep.equal([ADA.displayName, HOSTILE_NAME]);
    expect(chips.focusedName()).to.equal(`Remove ${HOSTILE_NAME}`);
    expect(chips.count()).to.equal('2 users selected');
  });

  it('removes with Delete; the last chip hands focus to the one before, the only one to the count', async () => {
    const { chips } = await mount(viewState({ chips: [chipOf(ADA), chipOf(GRACE)] }));
    chips.removeButton(GRACE.displayName).focus();
    await sendKeys({ press: 'Delete' });
    await chips.settle();
    expect(chips.focusedName()).to.equal(`Remove ${ADA.displayName}`);
    await chips.pressKey('Backspace');
    expect(chips.count()).to.equal('No users selected');
    expect(chips.focused() === chips.root.querySelector('.count')).to.equal(true, 'focus on the count');
  });

  it('announces the selection count politely when it changes', async () => {
    const { chips } = await mount();
    expect(chips.get('status').textContent?.trim()).to.equal('');
    await chips.click('button', `Remove ${ADA.displayName}`);
    expect(chips.get('status').textContent?.trim()).to.equal('2 users selected');
  });

  it(`shows ${COLLAPSED_CHIPS} chips with "Show all" up to ${CHIPS_COLLAPSE_AT}`, async () => {
    const { chips } = await mount(viewState({ chips: manyChips(CHIPS_COLLAPSE_AT) }));
    expect(chips.count()).to.equal(`${CHIPS_COLLAPSE_AT} users selected`);
    expect(chips.removeButtons()).to.have.length(COLLAPSED_CHIPS);
    const showAll = chips.get('button', `Show all ${CHIPS_COLLAPSE_AT}`);
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    await chips.click('button', `Show all ${CHIPS_COLLAPSE_AT}`);
    expect(chips.removeButtons()).to.have.length(CHIPS_COLLAPSE_AT);
    expect(chips.get('button', 'Show fewer').getAttribute('aria-expanded')).to.equal('true');
  });

  it(`collapses more than ${CHIPS_COLLAPSE_AT} to one chip, "N users", and 100,000 render no chip per user`, async () => {
    const { chips, element } = await mount(viewState({ chips: manyChips(100_000) }));
    expect(chips.count()).to.equal('100,000 users selected');
    expect(chips.removeButtons()).to.have.length(0);
    expect(element.shadowRoot?.querySelectorAll('*').length ?? 0).to.be.below(40, 'a few elements, not one per user');
    const review = chips.review();
    await review.settle();
    const summary = review.get('button', '100,000 users');
    expect(summary.getAttribute('aria-expanded')).to.equal('false');
    expect(review.query('list', 'Selected users')).to.equal(null, 'the review is closed');
    await expect(element).to.be.accessible();
    await review.click('button', '100,000 users');
    expect(summary.getAttribute('aria-expanded')).to.equal('true');
    expect(review.query('list', 'Selected users')).to.not.equal(null, 'the review is open');
    expect(review.names()).to.deep.equal(manyChips(REVIEW_PAGE_SIZE).map((chip) => chip.displayName));
    expect(review.text().includes(`Users 1–${REVIEW_PAGE_SIZE} of 100,000`)).to.equal(true, 'the range of the first page');
    await expect(element).to.be.accessible();
  });

  it('reviews a collapsed selection page by page and by search, and removes from it with focus kept', async () => {
    const { chips, host } = await mount(viewState({ chips: manyChips(312) }));
    const review = chips.review();
    await review.settle();
    await review.click('button', '312 users');

    await review.click('button', 'Next page');
    expect(review.names()[0]).to.equal(`User ${String(REVIEW_PAGE_SIZE + 1).padStart(3, '0')}`);
    expect(review.text().includes(`Users ${REVIEW_PAGE_SIZE + 1}–${2 * REVIEW_PAGE_SIZE} of 312`)).to.equal(true, 'the range of page 2');

    // By name or principal name, from the first page of matches.
    await review.search('USER30');
    expect(review.names()).to.deep.equal(['User 030', 'User 300', 'User 301', 'User 302', 'User 303', 'User 304', 'User 305', 'User 306', 'User 307', 'User 308', 'User 309']);
    await review.search('user 00');
    expect(review.names()).to.deep.equal(['User 001', 'User 002', 'User 003', 'User 004', 'User 005', 'User 006', 'User 007', 'User 008', 'User 009']);

    await review.search('User 30');
    await review.press(review.get('button', 'Remove User 301'), 'Enter');
    expect(host.events('lm-chip-remove')).to.deep.equal([{ userId: 'u-300' }]);
    await chips.settle();
    await review.settle();
    expect(chips.count()).to.equal('311 users selected');
    expect(review.names()).to.not.include('User 301');
    expect(review.focusedName()).to.equal('Remove User 302');

    await review.search('no such user');
    expect(review.names()).to.deep.equal([]);
    expect(review.text().includes('No user matches.')).to.equal(true, '"No user matches."');
  });

  it('keeps keyboard focus in the pager when Enter reaches the last page', async () => {
    const { chips } = await mount(viewState({ chips: manyChips(2 * REVIEW_PAGE_SIZE + 1) }));
    const review = chips.review();
    await review.settle();
    await review.click('button', `${2 * REVIEW_PAGE_SIZE + 1} users`);
    await review.press(review.get('button', 'Next page'), 'Enter');
    await review.pressKey('Enter');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(review.get('button', 'Next page').hasAttribute('disabled')).to.equal(true, 'on the last page');
    expect(review.focusedName()).to.equal('Previous page');
    expect(review.names()).to.deep.equal([`User ${String(2 * REVIEW_PAGE_SIZE + 1).padStart(3, '0')}`]);
  });

  it(`goes back to chips when the selection falls to ${CHIPS_COLLAPSE_AT}`, async () => {
    const { chips, host } = await mount(viewState({ chips: manyChips(CHIPS_COLLAPSE_AT + 1) }));
    const review = chips.review();
    await review.settle();
    expect(review.query('button', `${CHIPS_COLLAPSE_AT + 1} users`)).to.not.equal(null);
    host.state = { ...host.state, chips: host.state.chips.slice(1) };
    await chips.settle();
    expect(chips.root.querySelector('lm-selection-review')).to.equal(null, 'no review');
    expect(chips.removeButtons()).to.have.length(COLLAPSED_CHIPS);
  });

  it('clears the selection and keeps keyboard focus on the count, not the page', async () => {
    const { chips, host } = await mount();
    host.on('lm-selection-clear', () => {
      host.state = { ...host.state, chips: [] };
    });
    chips.get('button', 'Clear selection').focus();
    await sendKeys({ press: 'Enter' });
    await chips.settle();
    expect(host.events('lm-selection-clear')).to.have.length(1);
    expect(chips.count()).to.equal('No users selected');
    expect(chips.focused() === chips.root.querySelector('.count')).to.equal(true, 'focus on the count');
  });

  it('renders a hostile display name as text', async () => {
    const { chips } = await mount();
    expect(chips.removeButton(HOSTILE_NAME)).to.exist;
    expect(chips.root.querySelector('img') === null).to.equal(true, 'no <img> element');
  });
});
