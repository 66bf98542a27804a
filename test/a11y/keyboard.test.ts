// Keyboard only: real key presses through the browser's input pipeline, focus followed across shadow roots.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkState, deepActiveElement } from '../harness/a11y.js';
import { E3 } from '../session/session-fixture.js';
import { focusBefore, focused, press, tabWalk, type Stop } from './support/keyboard.js';
import { byRole, openDialog, openPopover, tabbables } from './support/views.js';
import { mountWidget, resetLanguage, type Widget } from './support/widget.js';

function indexOf(stops: readonly Stop[], role: string, name: string | RegExp): number {
  const index = stops.findIndex((stop) => stop.role === role && (typeof name === 'string' ? stop.name === name : name.test(stop.name)));
  if (index < 0) throw new Error(`Tab never reached ${role} "${String(name)}"; reached: ${stops.map((stop) => `${stop.role} "${stop.name}"`).join(', ')}`);
  return index;
}

/** Tabs from before the widget to past its end. */
async function walkThrough(widget: Widget): Promise<Stop[]> {
  focusBefore(widget.root);
  const stops = await tabWalk(tabbables(widget).length + 2);
  return stops.filter((stop) => widget.root.contains(stop.element) || widget.root.shadowRoot?.contains(stop.element) || stop.element.getRootNode() !== document);
}

describe('keyboard only', () => {
  afterEach(resetLanguage);

  it('users step: Tab visits search, view toggle, page checkbox, rows, pager, then "Manage licenses", each named', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01');
    const stops = await walkThrough(widget);
    for (const stop of stops) expect(stop.name, `${stop.role} <${stop.element.localName}> has a name`).not.to.equal('');
    const order = [
      indexOf(stops, 'searchbox', 'Search users'),
      indexOf(stops, 'button', 'Selected users'),
      indexOf(stops, 'checkbox', 'Select all users on this page'),
      indexOf(stops, 'checkbox', 'Select User 01'),
      indexOf(stops, 'checkbox', 'Select User 10'),
      indexOf(stops, 'button', 'Next page'),
      indexOf(stops, 'button', 'Manage licenses'),
    ];
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(stops.length, 'every tabbable element is reached').to.be.at.least(tabbables(widget).length);
  });

  it('Space selects a user and the page checkbox becomes mixed', async () => {
    const widget = await mountWidget({ lang: 'en' });
    const box = byRole(widget, 'checkbox', 'Select User 03') as HTMLInputElement;
    box.focus();
    await press('Space');
    await widget.settle();
    expect(widget.session.selectedUserIds).to.deep.equal(['u03']);
    const header = byRole(widget, 'checkbox', 'Select all users on this page') as HTMLInputElement;
    expect(checkState(header)).to.equal('mixed');
    header.focus();
    await press('Space');
    await widget.settle();
    expect(widget.session.selectedUserIds.length).to.equal(10);
    expect(checkState(byRole(widget, 'checkbox', 'Select all users on this page') as HTMLInputElement)).to.equal('checked');
  });

  it('Space on a mixed product cycles mixed -> checked -> unchecked -> mixed, keeping focus', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01', 'u02');
    await widget.toLicenses();
    const box = (): HTMLInputElement => byRole(widget, 'checkbox', 'Office 365 E3') as HTMLInputElement;
    expect(checkState(box())).to.equal('mixed');
    box().focus();
    const seen: string[] = [];
    const intents: string[] = [];
    for (let i = 0; i < 3; i++) {
      await press('Space');
      await widget.settle();
      seen.push(checkState(box()));
      intents.push(widget.state.products.rows.find((row) => row.product.skuId === E3)?.intent ?? '?');
      expect(deepActiveElement() === box(), 'focus stays on the checkbox').to.equal(true);
    }
    expect(seen).to.deep.equal(['checked', 'unchecked', 'mixed']);
    expect(intents).to.deep.equal(['assign', 'revoke', 'leave']);
  });

  it('service-plan dialog: Enter opens it with focus inside, Tab stays inside, Escape closes and focus returns', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01', 'u04');
    await widget.toLicenses();
    const opener = byRole(widget, 'button', 'View service plans for Office 365 E3');
    opener.focus();
    await press('Enter');
    await widget.settle();
    const dialog = openDialog(widget);
    if (!dialog) throw new Error('no open dialog');
    expect(dialog.matches(':modal'), 'modal, so the page behind is inert').to.equal(true);
    const inside = (element: Element | null): boolean => element !== null && (dialog.contains(element) || dialog === element);
    expect(inside(deepActiveElement()), 'focus moved into the dialog').to.equal(true);
    const stops = await tabWalk(12);
    for (const stop of stops) expect(inside(stop.element), `Tab left the dialog for ${stop.role} "${stop.name}"`).to.equal(true);
    await press('Escape');
    await widget.settle();
    expect(openDialog(widget) === null, 'dialog closed').to.equal(true);
    expect(widget.state.plansOpenFor).to.equal(null);
    expect(focused()?.name, 'focus returned to the button that opened the dialog').to.equal('View service plans for Office 365 E3');
    expect(deepActiveElement() === opener, 'the same button').to.equal(true);
  });

  it('"Match licenses": find, pick and choose with the keyboard alone; Escape closes it and focus returns', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u02', 'u03');
    const opener = byRole(widget, 'button', 'Match licenses of…');
    opener.focus();
    await press('Enter');
    await widget.until((state) => state.match?.status === 'ready', 'the users found');
    await widget.settle();
    const dialog = openDialog(widget);
    if (!dialog) throw new Error('no open dialog');
    expect(dialog.matches(':modal'), 'modal, so the page behind is inert').to.equal(true);
    expect(focused()?.role, 'focus starts in the searchbox').to.equal('searchbox');
    expect(focused()?.name).to.equal('Find a user');
    await sendKeys({ type: 'User 04' });
    await widget.until((state) => state.match?.status === 'ready' && state.match.candidates.length === 1, 'one user found');
    await widget.settle();
    // Into the radio group of users found: Space picks; then the extras, where an arrow key moves the choice.
    expect((await tabWalk(1))[0]?.name).to.equal('User 04');
    await press('Space');
    expect((await tabWalk(1))[0]?.name).to.equal('Keep extras');
    await press('ArrowDown');
    expect(focused()?.name).to.equal('Remove extras');
    expect((await tabWalk(1))[0]?.name).to.equal('Use these licenses');
    await press('Enter');
    await widget.until((state) => state.step === 'licenses' && state.matched !== null, 'the plan of the match');
    await widget.settle();
    expect(widget.state.matched?.extras).to.equal('remove');
    expect(openDialog(widget) === null, 'dialog closed').to.equal(true);
    expect(focused()?.name, 'focus goes to the licenses step').to.equal('Choose licenses');

    await widget.session.setStep('users');
    await widget.settle();
    const again = byRole(widget, 'button', 'Match licenses of…');
    again.focus();
    await press('Enter');
    await widget.until((state) => state.match !== null, 'the dialog open in the state');
    await widget.settle();
    await press('Escape');
    await widget.settle();
    expect(openDialog(widget) === null, 'dialog closed').to.equal(true);
    expect(widget.state.match).to.equal(null);
    expect(deepActiveElement() === again, 'focus returned to "Match licenses of…"').to.equal(true);
  });

  it('"Assigned" popover opens from the keyboard, lists the holders and closes with Escape back to its button', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01', 'u02', 'u04');
    await widget.toLicenses();
    const button = byRole(widget, 'button', /^Assigned.*Office 365 E3$/u);
    button.focus();
    await press('Enter');
    await widget.settle();
    const popover = openPopover(widget);
    if (!popover) throw new Error('no open popover');
    expect(popover.contains(deepActiveElement()) || deepActiveElement() === popover, 'focus moved into the popover').to.equal(true);
    expect(popover.textContent).to.include('User 01').and.to.include('User 04').and.not.to.include('User 02');
    await press('Escape');
    await widget.settle();
    expect(openPopover(widget) === null, 'popover closed').to.equal(true);
    expect(focused()?.name ?? 'nothing (body)', 'focus returned to the button').to.equal(button.getAttribute('aria-label'));
    expect(deepActiveElement() === button, 'the same button').to.equal(true);
  });

  it('a step change puts focus on the new step, not on the page body', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01');
    byRole(widget, 'button', 'Manage licenses').focus();
    await press('Enter');
    await widget.until((state) => state.products.status === 'ready', 'products');
    expect(focused()?.name, 'focus after "Manage licenses"').to.equal('Choose licenses');
    const stops = await tabWalk(1);
    expect(stops[0]?.role, 'Tab goes on into the step').not.to.equal(undefined);
    byRole(widget, 'button', 'Back').focus();
    await press('Enter');
    await widget.until((state) => state.step === 'users', 'the users step');
    expect(focused()?.name, 'focus after "Back"').to.equal('Choose users');
  });

  it('chips are one tab stop; arrows move between them; Delete removes one and focus goes to the next', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01', 'u02', 'u03');
    const stops = await walkThrough(widget);
    expect(stops.filter((stop) => /^Remove User 0[123]$/u.test(stop.name)).map((stop) => stop.name), 'one stop for the chips').to.deep.equal(['Remove User 01']);
    byRole(widget, 'button', 'Remove User 01').focus();
    await press('ArrowRight');
    expect(focused()?.name).to.equal('Remove User 02');
    await press('End');
    expect(focused()?.name).to.equal('Remove User 03');
    await press('Home');
    await press('ArrowRight');
    await press('Delete');
    await widget.settle();
    expect(widget.session.selectedUserIds).to.have.members(['u01', 'u03']);
    expect(focused()?.name, 'focus moved to the chip that took its place').to.equal('Remove User 03');
  });
});
