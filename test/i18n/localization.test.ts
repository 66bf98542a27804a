import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { currentUiLanguage, setUiLanguage, uiLanguageOf } from '../../src/i18n/localization.js';
import { describeFailure, failureSummary } from '../../src/i18n/reasons.js';

@localized()
@customElement('lm-test-localized')
class LmTestLocalized extends LitElement {
  @state() clicks = 0;
  override render() {
    return html`<button @click=${() => { this.clicks += 1; }}>${failureSummary('other')} ${this.clicks}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'lm-test-localized': LmTestLocalized }
}

describe('setUiLanguage', () => {
  afterEach(() => setUiLanguage('en'));

  it('re-renders @localized() elements in Swedish without losing their state', async () => {
    const element = await fixture<LmTestLocalized>(html`<lm-test-localized></lm-test-localized>`);
    const button = element.shadowRoot?.querySelector('button');
    button?.click();
    await element.updateComplete;
    expect(button?.textContent).to.equal('Something went wrong 1');
    await setUiLanguage('sv');
    await element.updateComplete;
    expect(currentUiLanguage()).to.equal('sv');
    expect(element.shadowRoot?.querySelector('button')?.textContent).to.equal('Något gick fel 1');
    await setUiLanguage('en');
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('button')?.textContent).to.equal('Something went wrong 1');
  });

  it('lets the last of two overlapping switches win', async () => {
    const first = setUiLanguage('sv');
    const second = setUiLanguage('en');
    await Promise.all([first, second]);
    expect(currentUiLanguage()).to.equal('en');
  });

  it('translates reasons and keeps the service message as detail', async () => {
    await setUiLanguage('sv');
    const text = describeFailure({ kind: 'not-enough-licenses', message: 'LicenseQuotaExceededException', serviceCode: 60012, httpStatus: 400 });
    expect(text.summary).to.equal('För få licenser');
    expect(text.detail).to.equal('LicenseQuotaExceededException (60012)');
  });
});

describe('uiLanguageOf', () => {
  it('reads the host, then the nearest ancestor with lang', async () => {
    const wrapper = await fixture(html`<div lang="sv-SE"><span><lm-test-localized></lm-test-localized></span></div>`);
    const host = wrapper.querySelector('lm-test-localized');
    expect(host).to.exist;
    if (host === null) return;
    expect(uiLanguageOf(host)).to.equal('sv');
    host.setAttribute('lang', 'en');
    expect(uiLanguageOf(host)).to.equal('en');
  });
});
