import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  EMPTY_PLAN, chosenDisabledPlans, hasChanges, intentOf, keepProducts, plansChanged, resetDisabledPlans, setDisabledPlans,
  setIntent, shownDisabledPlans, userPlanIds,
} from '../../src/core/plan.js';
import { plan, product, user } from './core-fixtures.js';

describe('license plan', () => {
  it('an untouched product is left as it is', () => {
    expect(intentOf(EMPTY_PLAN, 'e3')).to.equal('leave');
    expect(plansChanged(EMPTY_PLAN, 'e3')).to.equal(false);
    expect(hasChanges(EMPTY_PLAN)).to.equal(false);
  });

  it('records intents without mutating the previous plan', () => {
    const p1 = setIntent(EMPTY_PLAN, 'e3', 'assign');
    expect(intentOf(p1, 'e3')).to.equal('assign');
    expect(intentOf(EMPTY_PLAN, 'e3')).to.equal('leave');
    expect(hasChanges(p1)).to.equal(true);
  });

  it('forgets a product set back to leave with no plan choice', () => {
    const p = setIntent(setIntent(EMPTY_PLAN, 'e3', 'revoke'), 'e3', 'leave');
    expect(p.products.size).to.equal(0);
  });

  it('returns the same plan when nothing changes', () => {
    const p = setIntent(EMPTY_PLAN, 'e3', 'assign');
    expect(setIntent(p, 'e3', 'assign')).to.equal(p);
    expect(setIntent(EMPTY_PLAN, 'x', 'leave')).to.equal(EMPTY_PLAN);
    const q = setDisabledPlans(p, 'e3', ['b', 'a']);
    expect(setDisabledPlans(q, 'e3', ['a', 'b', 'a'])).to.equal(q);
  });

  it('keeps the plan choice across intent changes and resets it on request', () => {
    let p = setDisabledPlans(EMPTY_PLAN, 'e3', ['y', 'x', 'x']);
    expect(chosenDisabledPlans(p, 'e3')).to.deep.equal(['x', 'y']);
    expect(intentOf(p, 'e3')).to.equal('leave');
    p = setIntent(p, 'e3', 'assign');
    expect(chosenDisabledPlans(p, 'e3')).to.deep.equal(['x', 'y']);
    p = resetDisabledPlans(p, 'e3');
    expect(plansChanged(p, 'e3')).to.equal(false);
    expect(intentOf(p, 'e3')).to.equal('assign');
    expect(resetDisabledPlans(setDisabledPlans(EMPTY_PLAN, 'e3', []), 'e3').products.size).to.equal(0);
  });

  it('an empty plan choice is still a choice (turn everything on)', () => {
    const p = setDisabledPlans(EMPTY_PLAN, 'e3', []);
    expect(plansChanged(p, 'e3')).to.equal(true);
  });

  it('keepProducts drops products no longer offered', () => {
    const p = setIntent(setIntent(EMPTY_PLAN, 'e3', 'assign'), 'gone', 'revoke');
    const kept = keepProducts(p, [product('e3')]);
    expect([...kept.products.keys()]).to.deep.equal(['e3']);
    expect(keepProducts(kept, [product('e3')])).to.equal(kept);
  });

  describe('service plans shown as off', () => {
    const e3 = product('e3', { plans: [plan('exo'), plan('spo'), plan('found', 'FOUND', 'Tenant')] });
    const cases: [string, string[][], string[]][] = [
      ['nobody holds it', [], []],
      ['all holders have exo off', [['exo'], ['exo', 'spo']], ['exo']],
      ['holders disagree', [['exo'], ['spo']], []],
      ['Tenant plans are never shown as off', [['found', 'spo']], ['spo']],
    ];
    for (const [name, held, expected] of cases) {
      it(name, () => {
        const users = held.map((off, i) => user(`u${i}`, [{ skuId: 'e3', disabledPlans: off }])).concat(user('none'));
        expect(shownDisabledPlans(EMPTY_PLAN, e3, users)).to.deep.equal(expected);
      });
    }
    it('the admin’s choice wins', () => {
      const p = setDisabledPlans(EMPTY_PLAN, 'e3', ['spo']);
      expect(shownDisabledPlans(p, e3, [user('a', [{ skuId: 'e3', disabledPlans: ['exo'] }])])).to.deep.equal(['spo']);
    });
    it('userPlanIds lists only User plans', () => {
      expect([...userPlanIds(e3)]).to.deep.equal(['exo', 'spo']);
    });
  });
});
