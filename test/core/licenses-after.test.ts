import { describe, it } from 'node:test';
import { expect } from 'chai';
import { licensesAfter } from '../../src/core/licenses-after.js';
import type { HeldLicense, LicenseSource } from '../../src/core/types.js';

const SALES = { id: 'g-sales', displayName: 'Sales' };
const throughSales = (direct: boolean): LicenseSource => ({ direct, groups: [SALES], problems: [] });

describe('licenses after a confirmed write', () => {
  it('drops removed products, sets assigned ones with their plans, keeps the rest', () => {
    const held: HeldLicense[] = [{ skuId: 'E3', disabledPlans: ['p1'] }, { skuId: 'VISIO', disabledPlans: [] }, { skuId: 'BI', disabledPlans: [] }];
    const after = licensesAfter(held, { userId: 'u1', assign: [{ skuId: 'e3', disabledPlans: ['p2'] }, { skuId: 'KIOSK', disabledPlans: [] }], remove: ['visio'] });
    expect(after).to.deep.equal([{ skuId: 'e3', disabledPlans: ['p2'] }, { skuId: 'BI', disabledPlans: [] }, { skuId: 'KIOSK', disabledPlans: [] }]);
  });

  it('keeps what a group gives: removing the direct assignment leaves the product held through the group', () => {
    const held: HeldLicense[] = [{ skuId: 'E3', disabledPlans: [], source: throughSales(true) }];
    expect(licensesAfter(held, { userId: 'u1', assign: [], remove: ['E3'] })).to.deep.equal([{ skuId: 'E3', disabledPlans: [], source: throughSales(false) }]);
  });

  it('a direct assignment of a product held through a group adds the direct source and keeps the group', () => {
    const held: HeldLicense[] = [{ skuId: 'E3', disabledPlans: [], source: throughSales(false) }];
    const after = licensesAfter(held, { userId: 'u1', assign: [{ skuId: 'E3', disabledPlans: ['p1'] }], remove: [] });
    expect(after).to.deep.equal([{ skuId: 'E3', disabledPlans: ['p1'], source: throughSales(true) }]);
  });

  it('a product held only directly is gone once removed', () => {
    const held: HeldLicense[] = [{ skuId: 'E3', disabledPlans: [], source: { direct: true, groups: [], problems: [] } }];
    expect(licensesAfter(held, { userId: 'u1', assign: [], remove: ['E3'] })).to.deep.equal([]);
  });
});
