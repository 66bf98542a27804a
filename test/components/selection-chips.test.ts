import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { COLLAPSED_CHIPS, LmSelectionChips, tagName } from '../../src/components/selection-chips/selection-chips.js';
import type { Chip, ViewState } from '../../src/session/view-state.js';
import { mount as mountPart } from '../harness/mount.js';
import type { Mounted } from '../harness/test-host.js';
import { SelectionChipsHarness } from '../harness/selection-chips.harness.js';
import { ADA, GRACE, HOSTILE_NAME, chipOf, viewState } from './fixtures.js';

async function mount(state: ViewState = viewState()): Promise<Mounted<LmSelectionChips> & { chips: SelectionChipsHarness }> {
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
  it('is accessible', async () => {
    const { element } = await mount();
    await expect(element).to.be.accessible();
  });

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

  it(`collapses hundreds of chips to ${COLLAPSED_CHIPS} with "Show all"`, async () => {
    const { chips } = await mount(viewState({ chips: manyChips(312) }));
    expect(chips.count()).to.equal('312 users selected');
    expect(chips.removeButtons()).to.have.length(COLLAPSED_CHIPS);
    const showAll = chips.get('button', 'Show all 312');
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    await chips.click('button', 'Show all 312');
    expect(chips.removeButtons()).to.have.length(312);
    expect(chips.get('button', 'Show fewer').getAttribute('aria-expanded')).to.equal('true');
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
