// Forced colors (Windows High Contrast) and a short window: what the admin sees must still show focus, control
// edges and state, and focus never hides under the sticky bar. Narrow widths are in widths.test.ts.
import { expect } from '@open-wc/testing';
import { deepActiveElement } from '../harness/a11y.js';
import { focusBefore, forcedColors, press, viewportWidth } from './support/keyboard.js';
import { openDialog, tabbables } from './support/views.js';
import { deepElements, mountWidget, resetLanguage, type Widget } from './support/widget.js';
import { BI, E3, saveAndConfirm } from '../session/session-fixture.js';

async function eachView(widget: Widget, check: (view: string) => Promise<void> | void): Promise<void> {
  await widget.select('u01', 'u02', 'u03');
  await check('users');
  await widget.toLicenses();
  widget.session.changeProduct(BI, 'assign');
  await widget.settle();
  await check('licenses');
  widget.session.openPlans(E3);
  await widget.settle();
  await check('service plans');
  widget.session.closePlans();
  await widget.settle();
  await widget.session.save();
  await widget.until((state) => state.step === 'review', 'the review');
  await check('review');
  await widget.session.confirm();
  await widget.until((state) => state.job?.status === 'finished', 'the finished job');
  await check('results');
}

describe('forced colors', () => {
  before(() => forcedColors(true));
  after(() => forcedColors(false));
  afterEach(resetLanguage);

  it('every focusable control shows an outline when focused (box-shadow rings vanish in forced colors)', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await eachView(widget, async (view) => {
      // The ring is for keyboard users: a key press first puts the page in keyboard modality, whatever earlier
      // tests did with the mouse (focus-visible follows the last input modality).
      await press('Shift');
      const controls = openDialog(widget) ? tabbables(widget).filter((element) => openDialog(widget)?.contains(element)) : tabbables(widget);
      expect(controls.length, `${view}: focusable controls`).to.be.greaterThan(0);
      for (const control of controls) {
        control.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(control);
        const visible = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
        expect(visible, `${view}: <${control.localName}> "${control.textContent?.trim() ?? ''}" focus outline`).to.equal(true);
      }
    });
  });

  it('buttons keep a visible edge or underline; nothing relies on background color alone', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await eachView(widget, (view) => {
      for (const button of deepElements(widget.root).filter((element): element is HTMLButtonElement => element instanceof HTMLButtonElement && element.checkVisibility())) {
        const style = getComputedStyle(button);
        const edge = Number.parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
        const underline = style.textDecorationLine.includes('underline');
        expect(edge || underline, `${view}: button "${button.textContent?.trim() ?? ''}" has an edge in forced colors`).to.equal(true);
      }
    });
  });
});

describe('a short window', () => {
  before(() => viewportWidth(800, 320));
  after(() => viewportWidth(800, 600));
  afterEach(resetLanguage);

  it('keyboard focus never lands under the sticky "Manage licenses" bar (WCAG 2.4.11)', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01');
    const bar = widget.root.shadowRoot?.querySelector('.step-actions');
    if (!bar) throw new Error('no action bar');
    focusBefore(widget.root);
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 40; i++) {
      await press('Tab');
      const active = deepActiveElement();
      if (active === null || active === document.body || !widget.root.contains(hostOf(active))) break;
      if (bar.contains(active)) continue;
      stops++;
      const control = active.getBoundingClientRect();
      const cover = bar.getBoundingClientRect();
      if (control.bottom > cover.top + 0.5 && control.top < cover.bottom) hidden.push(`${active.localName} "${active.getAttribute('aria-label') ?? active.textContent?.trim() ?? ''}"`);
    }
    expect(stops, 'controls reached by Tab').to.be.greaterThan(10);
    expect(hidden).to.deep.equal([]);
  });
});

/** The element in the light DOM that holds `element` (itself, or the host of its shadow root, outward). */
function hostOf(element: Element): Element {
  let node: Element = element;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}
