import { expect } from '@open-wc/testing';
import { setUiLanguage } from '../../src/i18n/localization.js';
import { describeFailure, describeViewError, failureSummary } from '../../src/i18n/reasons.js';
import { plainErrorText } from '../../src/backend/errors.js';

const kinds = ['not-enough-licenses', 'mutually-exclusive', 'dependency', 'unavailable-in-location', 'usage-location-missing',
  'uniqueness', 'not-found', 'wrong-tenant', 'forbidden', 'throttled', 'unavailable', 'invalid-request', 'malformed-response', 'cancelled',
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

  it('is the one wording failed operations use', () => {
    for (const kind of kinds) {
      if (kind === 'network' || kind === 'storage') continue;
      expect(describeFailure({ kind, message: '' }).summary).to.equal(failureSummary(kind));
    }
  });

  it('words a 401 as a sign-in problem, not a permission one, and a load "not found" as the customer', () => {
    const signIn = "The access token wasn't accepted (missing, expired or not valid); sign in again";
    expect(describeViewError({ kind: 'forbidden', message: 'Access denied: the token is not valid.', httpStatus: 401 }).summary).to.equal(signIn);
    expect(describeFailure({ kind: 'forbidden', message: 'Unauthorized', httpStatus: 401 }).summary).to.equal(signIn);
    expect(describeViewError({ kind: 'forbidden', message: 'No role', httpStatus: 403 }).summary).to.equal("You don't have permission to change licenses");
    expect(describeViewError({ kind: 'not-found', message: 'Customer not found', httpStatus: 404 }).summary).to.equal('The service does not know this customer; check the customer ID');
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

  it('names the product a user was kept back for, as the findings do, in both languages', async () => {
    const names = new Map([['sku-e3', 'Office 365 E3'], ['sku-e1', 'Office 365 E1']]);
    const reason = { kind: 'mutually-exclusive', message: '', notSent: true, otherSkuIds: ['sku-e3'] } as const;
    expect(describeFailure(reason, names).summary).to.equal("Can't be held together with Office 365 E3");
    expect(describeFailure({ ...reason, otherSkuIds: ['sku-e3', 'sku-e1'] }, names).summary).to.equal("Can't be held together with Office 365 E3 or Office 365 E1");
    expect(describeFailure({ kind: 'mutually-exclusive', message: '' }, names).summary).to.equal("Can't be held together with another product");
    await setUiLanguage('sv');
    expect(describeFailure(reason, names).summary).to.equal('Kan inte kombineras med Office 365 E3');
  });

  it('cuts a long or HTML answer to its status and one plain line, the whole of it kept for "Details"', () => {
    const page = plainErrorText('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>');
    const gateway = describeFailure({ kind: 'unavailable', message: page, httpStatus: 502 });
    expect(gateway).to.deep.equal({ summary: "The service didn't answer; try again", detail: '502 Bad Gateway (HTTP 502)', more: '502 Bad Gateway\n502 Bad Gateway nginx' });
    const long = `The request could not be completed because ${'the subscription is being provisioned and '.repeat(8)}retry later.`;
    const cut = describeFailure({ kind: 'invalid-request', message: long, serviceCode: 'Request_BadRequest' });
    expect(cut.detail?.endsWith('… (Request_BadRequest)'), cut.detail ?? '').to.equal(true);
    expect(cut.detail?.length).to.be.lessThan(150);
    expect(cut.more).to.equal(long);
    expect(describeFailure({ kind: 'invalid-request', message: 'Short and plain.' })).to.deep.equal({ summary: 'The service rejected the request', detail: 'Short and plain.' });
    const loadError = describeViewError({ kind: 'unavailable', message: page, httpStatus: 503 });
    expect(loadError.detail).to.equal('502 Bad Gateway (HTTP 503)');
    expect(loadError.more).to.contain('nginx');
  });
});
