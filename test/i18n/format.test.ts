import { expect } from '@open-wc/testing';
import { resolveUiLanguage, supportedLanguage } from '../../src/i18n/localization.js';
import {
  formatAge, formatCount, formatDateTime, formatList, formatLocation, localeInfo, plural, sortByName,
} from '../../src/i18n/format.js';

describe('supportedLanguage', () => {
  const cases: [string | null, 'en' | 'sv'][] = [
    ['sv', 'sv'], ['sv-SE', 'sv'], ['sv-FI', 'sv'], ['SV_se', 'sv'], [' sv ', 'sv'],
    ['en', 'en'], ['en-GB', 'en'], ['nb-NO', 'en'], ['fi-FI', 'en'], ['svx', 'en'], ['', 'en'], [null, 'en'], ['*', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} -> ${expected}`, () => expect(supportedLanguage(tag)).to.equal(expected));
  }
});

describe('resolveUiLanguage', () => {
  it('takes the host lang attribute first', () => {
    expect(resolveUiLanguage('sv-SE', 'en', ['en-US'])).to.equal('sv');
    expect(resolveUiLanguage('en', 'sv', ['sv-SE'])).to.equal('en');
  });
  it('then the document language', () => {
    expect(resolveUiLanguage(null, 'sv-FI', ['en-US'])).to.equal('sv');
    expect(resolveUiLanguage('', 'sv', ['en-US'])).to.equal('sv');
  });
  it('gives English for a declared language the widget does not speak, not a browser guess', () => {
    expect(resolveUiLanguage('de', 'sv', ['sv-SE'])).to.equal('en');
    expect(resolveUiLanguage(null, 'fi', ['sv-SE'])).to.equal('en');
  });
  it('then the first browser language the widget speaks', () => {
    expect(resolveUiLanguage(null, null, ['de-DE', 'sv-SE', 'en'])).to.equal('sv');
    expect(resolveUiLanguage(null, '', ['de-DE', 'en-GB', 'sv'])).to.equal('en');
  });
  it('falls back to English', () => {
    expect(resolveUiLanguage(null, null, [])).to.equal('en');
    expect(resolveUiLanguage('  ', null, ['de', 'fr'])).to.equal('en');
  });
});

describe('collation', () => {
  const names = ['Öberg', 'Zetterlund', 'Åsa', 'Ärla', 'Adam', 'Olle'];
  it('sorts Å, Ä, Ö after Z in Swedish', () => {
    expect(sortByName('sv', names, (name) => name)).to.deep.equal(['Adam', 'Olle', 'Zetterlund', 'Åsa', 'Ärla', 'Öberg']);
  });
  it('sorts them with A and O in English', () => {
    expect(sortByName('en', names, (name) => name)).to.deep.equal(['Adam', 'Ärla', 'Åsa', 'Öberg', 'Olle', 'Zetterlund']);
  });
  it('sorts numbers inside names by value', () => {
    expect(sortByName('sv', ['User 10', 'User 2', 'User 1'], (name) => name)).to.deep.equal(['User 1', 'User 2', 'User 10']);
  });
  it('leaves the input untouched', () => {
    const input = ['b', 'a'];
    sortByName('en', input, (name) => name);
    expect(input).to.deep.equal(['b', 'a']);
  });
});

describe('formatting', () => {
  it('groups thousands with a no-break space and uses a decimal comma in Swedish', () => {
    expect(formatCount('sv', 12345)).to.match(/^12[\u00a0\u202f]345$/u);
    expect(localeInfo('sv').numbers.format(1.5)).to.equal('1,5');
    expect(formatCount('en', 12345)).to.equal('12,345');
  });
  it('joins lists with "och" and "and"', () => {
    expect(formatList('sv', ['Ann', 'Bo', 'Cid'])).to.equal('Ann, Bo och Cid');
    expect(formatList('en', ['Ann', 'Bo', 'Cid'])).to.equal('Ann, Bo, and Cid');
    expect(formatList('sv', ['Ann'])).to.equal('Ann');
  });
  it('writes dates and times the way each language does', () => {
    const instant = Date.UTC(2025, 1, 3, 14, 5);
    expect(formatDateTime('sv', instant, 'UTC')).to.equal('3 feb. 2025 14:05');
    expect(formatDateTime('en', instant, 'UTC')).to.match(/^Feb 3, 2025,? 2:05\sPM$/u);
  });
  it('says how old cached data is', () => {
    const now = Date.UTC(2025, 1, 3, 14, 5);
    expect(formatAge('en', now - 3 * 60_000, now)).to.equal('3 minutes ago');
    expect(formatAge('sv', now - 3 * 60_000, now)).to.equal('för 3 minuter sedan');
    expect(formatAge('sv', now - 1 * 60_000, now)).to.equal('för 1 minut sedan');
    expect(formatAge('en', now - 2 * 3_600_000, now)).to.equal('2 hours ago');
    expect(formatAge('sv', now - 26 * 3_600_000, now)).to.equal('i går');
    expect(formatAge('en', now, now)).to.equal('now');
    expect(formatAge('sv', now + 5000, now)).to.equal('nu');
  });
  it('picks the plural form by the language rules', () => {
    const forms = { one: 'one', other: 'other' };
    expect(plural('sv', 1, forms)).to.equal('one');
    expect(plural('sv', 0, forms)).to.equal('other');
    expect(plural('en', 2, forms)).to.equal('other');
  });
  it('names usage locations as countries and keeps unknown codes', () => {
    expect(formatLocation('sv', 'SE')).to.equal('Sverige');
    expect(formatLocation('en', 'se')).to.equal('Sweden');
    expect(formatLocation('en', 'not a code')).to.equal('not a code');
  });
  it('keeps the same LocaleInfo per language, so the context does not re-render for nothing', () => {
    expect(localeInfo('sv')).to.equal(localeInfo('sv'));
    expect(localeInfo('sv')).not.to.equal(localeInfo('en'));
    expect(localeInfo('sv').language).to.equal('sv');
  });
});
