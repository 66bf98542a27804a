// Switching the UI language of a live widget: words change, nothing the admin did is lost, and the chip order
// follows the new language's alphabet.
import { expect } from '@open-wc/testing';
import { FakeBackend, held, product, user } from '../session/fake-backend.js';
import { visibleText } from '../a11y/support/views.js';
import { mountWidget, resetLanguage } from '../a11y/support/widget.js';
import { currentUiLanguage } from '../../src/i18n/localization.js';

const E3 = 'sku-e3';

function nordicTenant(): FakeBackend {
  return new FakeBackend(
    [user('u1', 'Örjan Berg', [held(E3)]), user('u2', 'Zelda Ek'), user('u3', 'Åsa Lind'), user('u4', 'Anna Alm', [held(E3)])],
    [product(E3, 'Office 365 E3', 10)],
  );
}

describe('runtime language switch', () => {
  afterEach(resetLanguage);

  it('re-renders in Swedish and back, keeping selection, step and product choices', async () => {
    const widget = await mountWidget({ lang: 'en', backend: nordicTenant() });
    await widget.select('u1', 'u2', 'u3', 'u4');
    await widget.toLicenses();
    widget.session.changeProduct(E3, 'assign');
    await widget.settle();
    expect(visibleText(widget.root)).to.include('Save').and.include('Service plans');
    const chipsBefore = widget.state.chips.map((chip) => chip.displayName);
    expect(chipsBefore).to.deep.equal(['Anna Alm', 'Åsa Lind', 'Örjan Berg', 'Zelda Ek']);

    widget.root.setAttribute('lang', 'sv');
    await widget.until(() => currentUiLanguage() === 'sv', 'Swedish');
    const text = visibleText(widget.root);
    expect(text).to.include('Spara').and.include('Tjänsteplaner').and.not.include('Service plans');
    expect(widget.state.step).to.equal('licenses');
    expect(widget.state.products.rows.find((row) => row.product.skuId === E3)?.intent).to.equal('assign');
    expect(widget.state.chips.map((chip) => chip.displayName), 'Å and Ö after Z').to.deep.equal(['Anna Alm', 'Zelda Ek', 'Åsa Lind', 'Örjan Berg']);
    expect(widget.root.shadowRoot?.querySelector('.frame')?.getAttribute('lang')).to.equal('sv');

    widget.root.setAttribute('lang', 'en-GB');
    await widget.until(() => currentUiLanguage() === 'en', 'English');
    expect(visibleText(widget.root)).to.include('Service plans');
    expect(widget.state.chips.map((chip) => chip.displayName)).to.deep.equal(chipsBefore);
    expect(widget.state.products.rows.find((row) => row.product.skuId === E3)?.intent).to.equal('assign');
  });

  it('follows the page language when the widget has none', async () => {
    document.documentElement.setAttribute('lang', 'sv-FI');
    try {
      const widget = await mountWidget({ lang: 'sv', backend: nordicTenant() });
      widget.root.removeAttribute('lang');
      await widget.settle();
      expect(currentUiLanguage()).to.equal('sv');
      expect(visibleText(widget.root)).to.include('Sök användare');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
