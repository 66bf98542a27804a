import { describe, it } from 'node:test';
import { expect } from 'chai';
import { countChanges } from '../../src/core/review.js';
import type { HeldLicense, UserOperation } from '../../src/core/types.js';
import { product } from './core-fixtures.js';

const held = (skuId: string, disabledPlans: string[] = []): HeldLicense => ({ skuId, disabledPlans });
const op = (userId: string, assign: string[], remove: string[] = []): UserOperation => ({ userId, assign: assign.map((s) => held(s)), remove });

describe('countChanges', () => {
  const products = [product('e3', { available: 5 }), product('kiosk', { available: 2 })];

  it('counts per product the users it is assigned to, removed from and whose plans change, and what is left', () => {
    const holdings = new Map<string, readonly HeldLicense[]>([['a', [held('e3')]], ['b', []], ['c', [held('e3')]]]);
    const counts = countChanges([op('a', ['kiosk', 'e3']), op('b', ['kiosk', 'e3']), op('c', [], ['e3'])], holdings, products);
    // In the products' order, whatever order the operations name them in.
    expect(counts).to.deep.equal([
      { skuId: 'e3', assigned: 1, removed: 1, plansChanged: 1, availableAfter: 5 },
      { skuId: 'kiosk', assigned: 2, removed: 0, plansChanged: 0, availableAfter: 0 },
    ]);
  });

  it('says null for what is left of a product whose counts it does not know', () => {
    expect(countChanges([op('a', ['visio'])], new Map(), products)).to.deep.equal([
      { skuId: 'visio', assigned: 1, removed: 0, plansChanged: 0, availableAfter: null },
    ]);
  });

  it('counts nothing for no operations', () => {
    expect(countChanges([], new Map(), products)).to.deep.equal([]);
  });
});
