import { describe, it } from 'node:test';
import { expect } from 'chai';
import { LicenseReportWriter } from '../../../src/core/report/license-report.js';
import { plan, product, user } from '../core-fixtures.js';

const E3 = product('e3', { total: 10, available: 7, plans: [plan('sway', 'Sway'), plan('yammer', 'Yammer')] });
const BI = product('bi', { total: 5, available: 5 });

function lines(text: string): string[] {
  return text.split('\r\n');
}

describe('license report', () => {
  it('writes one row per user and product held, with usage location and disabled plans by name', () => {
    const writer = new LicenseReportWriter([E3, BI]);
    const head = writer.start();
    expect(head.startsWith('\ufeff')).to.equal(true);
    expect(lines(head.slice(1))[0]).to.equal('Display name,User principal name,Usage location,Product,SKU,Assigned through,Disabled service plans');
    const page = writer.users([
      user('a', [{ skuId: 'e3', disabledPlans: ['sway', 'yammer'] }, 'bi'], { displayName: 'Ada' }),
      user('b', [], { displayName: 'Bo', usageLocation: null }),
    ]);
    expect(lines(page)).to.deep.equal([
      'Ada,a@contoso.example,SE,Product e3,E3,,Sway; Yammer',
      'Ada,a@contoso.example,SE,Product bi,BI,,',
      'Bo,b@contoso.example,,,,,',
      '',
    ]);
    expect(writer.userCount).to.equal(2);
    expect(writer.rowCount).to.equal(3);
  });

  it('says whether a license is direct or through which groups, and leaves out an assignment that failed', () => {
    const sales = { id: 'g1', displayName: 'Sales' };
    const design = { id: 'g2', displayName: 'Design' };
    const writer = new LicenseReportWriter([E3, BI]);
    const rows = lines(writer.users([
      user('a', [
        { skuId: 'e3', disabledPlans: [], source: { direct: true, groups: [sales], problems: [] } },
        { skuId: 'bi', disabledPlans: [], source: { direct: false, groups: [], problems: [{ state: 'error', error: 'CountViolation', group: design }] } },
      ]),
      user('b', [{ skuId: 'bi', disabledPlans: [], source: { direct: false, groups: [sales, design], problems: [] } }]),
    ]));
    expect(rows).to.deep.equal(['User a,a@contoso.example,SE,Product e3,E3,Direct; Sales,', 'User b,b@contoso.example,SE,Product bi,BI,Sales; Design,', '']);
  });

  it('names a product or plan the customer has no subscription for by its id', () => {
    const writer = new LicenseReportWriter([E3]);
    expect(lines(writer.users([user('a', [{ skuId: 'gone', disabledPlans: ['old-plan'] }])]))[0]).to.equal('User a,a@contoso.example,SE,gone,,,old-plan');
  });

  it('ends with a summary per product: total, assigned and available units, and the holders it listed', () => {
    const writer = new LicenseReportWriter([E3, BI]);
    writer.users([user('a', ['e3']), user('b', ['e3', 'bi'])]);
    writer.users([user('c', ['e3'])]);
    const summary = lines(writer.end());
    expect(summary).to.deep.equal([
      '',
      'Product,SKU,Total,Assigned,Available,Users in this report',
      'Product e3,E3,10,3,7,3',
      'Product bi,BI,5,0,5,1',
      '',
    ]);
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    const writer = new LicenseReportWriter([E3]);
    const row = lines(writer.users([user('a', ['e3'], { displayName: '=HYPERLINK("http://x","y")', upn: '@cmd' })]))[0];
    expect(row).to.equal(`"'=HYPERLINK(""http://x"",""y"")",'@cmd,SE,Product e3,E3,,`);
  });
});
