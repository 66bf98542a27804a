// The downloaded results file speaks the UI language, like the Results table: headings, outcomes and reasons.
import { expect } from '@open-wc/testing';
import { csvWords } from '../../src/components/license-manager/csv-words.js';
import { exportJobCsv } from '../../src/session/export-csv.js';
import type { JobView } from '../../src/session/view-state.js';
import { setUiLanguage } from '../../src/i18n/localization.js';

const job = {
  rows: [
    { userId: 'u1', displayName: 'Åsa Öberg', userPrincipalName: 'asa@contoso.test', outcome: 'failed', assigned: ['e3'], removed: [], reason: { kind: 'usage-location-missing', message: '', notSent: true } },
    { userId: 'u2', displayName: 'Bo Ek', userPrincipalName: 'bo@contoso.test', outcome: 'failed', assigned: ['e3'], removed: [], reason: { kind: 'mutually-exclusive', message: 'Conflicting service plans', serviceCode: 'MutuallyExclusiveViolation' } },
    { userId: 'u3', displayName: 'Cia Al', userPrincipalName: 'cia@contoso.test', outcome: 'succeeded', assigned: ['e3'], removed: [], reason: null },
  ],
} as unknown as JobView;
const names = new Map([['e3', 'Office 365 E3']]);

describe('results file words', () => {
  afterEach(() => setUiLanguage('en'));

  it('writes English headings, outcomes and plain reasons, with the service text as detail and no internal codes', () => {
    const lines = exportJobCsv(job, names, csvWords()).replace(/^\ufeff/u, '').trim().split('\r\n');
    expect(lines[0]).to.equal('User,Principal name,Outcome,Assigned,Removed,Reason');
    expect(lines[1]).to.equal('Åsa Öberg,asa@contoso.test,Failed,Office 365 E3,,The user has no usage location: Not sent: the check before saving found this.');
    expect(lines[2]).to.equal("Bo Ek,bo@contoso.test,Failed,Office 365 E3,,Can't be held together with another product: Conflicting service plans (MutuallyExclusiveViolation)");
    expect(lines[3]).to.equal('Cia Al,cia@contoso.test,Succeeded,Office 365 E3,,');
  });

  it('writes Swedish when the UI speaks Swedish', async () => {
    await setUiLanguage('sv');
    const csv = exportJobCsv(job, names, csvWords());
    expect(csv).to.not.match(/Failed|Succeeded|Not sent|usage-location-missing/u);
    expect(csv).to.contain('Inte skickad');
  });
});
