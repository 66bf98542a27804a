import { expect } from '@open-wc/testing';
import { setUiLanguage } from '../../src/i18n/localization.js';
import { describeFailure, describeViewError, failureSummary } from '../../src/i18n/reasons.js';
import { reasonText } from '../../src/components/results-panel/reason-text.js';

const kinds = ['not-enough-licenses', 'mutually-exclusive', 'dependency', 'unavailable-in-location', 'usage-location-missing',
  'uniqueness', 'not-found', 'forbidden', 'throttled', 'unavailable', 'invalid-request', 'malformed-response', 'cancelled',
  'other', 'network', 'storage'] as const;

describe('reasons', () => {
  afterEach(() => setUiLanguage('en'));

  it('words every failure kind differently, in English and in Swedish', async () => {
    const english = kinds.map(failureSummary);
    await setUiLanguage('sv');
    const swedish = kinds.map(failureSummary);
    expect(new Set(english).size).to.equal(kinds.length);
    expect(new Set(swedish).size).to.equal(kinds.length);
    swedish.forEach((text, index) => expect(text, kinds[index]).not.to.equal(english[index]));
    expect(failureSummary('usage-location-missing')).to.equal('Användaren saknar användningsplats');
  });

  it('is the one wording the results table uses', () => {
    for (const kind of kinds) expect(reasonText(kind)).to.equal(failureSummary(kind));
  });

  it('keeps the service message and code as detail, without repeating the code', () => {
    expect(describeFailure({ kind: 'not-enough-licenses', message: 'LicenseQuotaExceededException', serviceCode: 60012, httpStatus: 400 }))
      .to.deep.equal({ summary: 'Not enough licenses', detail: 'LicenseQuotaExceededException (60012)' });
    expect(describeFailure({ kind: 'mutually-exclusive', message: 'MutuallyExclusiveViolation', serviceCode: 'MutuallyExclusiveViolation' }).detail)
      .to.equal('MutuallyExclusiveViolation');
    expect(describeFailure({ kind: 'unavailable', message: '', httpStatus: 503 }).detail).to.equal('HTTP 503');
    expect(describeFailure({ kind: 'other', message: '  ' }).detail).to.equal(null);
  });

  it('describes a view error with its message and detail', async () => {
    expect(describeViewError({ kind: 'network', message: 'Failed to fetch', detail: 'GET /users' }))
      .to.deep.equal({ summary: "Couldn't reach the service; check the connection and try again", detail: 'Failed to fetch GET /users' });
    await setUiLanguage('sv');
    expect(describeViewError({ kind: 'throttled', message: '' }))
      .to.deep.equal({ summary: 'Tjänsten var överbelastad och begränsade anropen; försök igen', detail: null });
  });
});
