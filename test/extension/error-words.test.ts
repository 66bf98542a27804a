/** What went wrong, in the admin's words: the extension's own errors worded by kind, the authority's refusals as they came. */
import { expect } from '@open-wc/testing';
import { errorWords } from '../../extension/error-words.js';
import { usePageLanguage } from '../../extension/page-words.js';
import { CustomerListError } from '../../extension/sidepanel/customer-list.js';
import { setUiLanguage } from '../../src/i18n/localization.js';
import { SignInError } from '../../src/sign-in/authorization-server.js';

describe('error words', () => {
  it('words sign-in and customer-list failures by kind, and keeps the authority\'s own refusal', () => {
    expect(errorWords(new SignInError('not-configured', 'x'))).to.contain('Client ID');
    expect(errorWords(new SignInError('refused', 'AADSTS50034: The user account does not exist.'))).to.equal('The sign-in authority refused: AADSTS50034: The user account does not exist.');
    expect(errorWords(new CustomerListError('http', 'x', 502))).to.equal('Listing customers failed with HTTP 502.');
    expect(errorWords(new Error('plain'))).to.equal('plain');
    expect(errorWords('text')).to.equal('text');
  });

  it('speaks Swedish in a Swedish browser', async () => {
    await usePageLanguage('sv-SE');
    try {
      expect(errorWords(new CustomerListError('forbidden', 'x', 403))).to.equal('Det här kontot får inte visa kunder.');
      expect(errorWords(new SignInError('interaction-required', 'x'))).to.equal('Logga in igen: inloggningen kunde inte förnyas utan dig.');
    } finally {
      await setUiLanguage('en');
    }
  });
});
