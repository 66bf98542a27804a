import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { LmProductGrid, tagName as gridTag } from '../../src/components/product-grid/product-grid.js';
import { LmUserPicker, tagName as pickerTag } from '../../src/components/user-picker/user-picker.js';
import { defineOnce } from '../harness/mount.js';
import { mountInHost } from '../harness/test-host.js';
import { config, locale, viewState } from './fixtures.js';

defineOnce(gridTag, LmProductGrid);
defineOnce(pickerTag, LmUserPicker);

describe('component styles', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('fit a 320 px side panel: tables scroll inside their wrapper, the page does not', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const tag of [gridTag, pickerTag]) {
      const { element } = await mountInHost<LmProductGrid>(tag, { state: viewState(), locale, config });
      const wrap = element.shadowRoot?.querySelector('.table-wrap') as HTMLElement;
      expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      expect(document.documentElement.scrollWidth, `${tag} page width`).to.be.at.most(320);
    }
  });

  it('switch to dark colors with prefers-color-scheme, and a host can still set --lm-* tokens', async () => {
    const { element, host } = await mountInHost<LmProductGrid>(gridTag, { state: viewState(), locale, config });
    const surface = (): string => getComputedStyle(element.shadowRoot!.querySelector('table')!).backgroundColor;
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface()).to.equal('rgb(27, 27, 31)');
    host.style.setProperty('--lm-color-surface', 'rgb(1, 2, 3)');
    expect(surface()).to.equal('rgb(1, 2, 3)');
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const { element } = await mountInHost<LmProductGrid>(gridTag, { state: viewState(), locale, config });
    element.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = element.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('button');
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused).outlineWidth).to.equal('2px');
  });
});
