import { describe, it } from 'node:test';
import { expect } from 'chai';
import { diffPlan } from '../../src/core/diff.js';
import { matchPlan } from '../../src/core/match.js';
import { choiceFor } from '../../src/core/plan.js';
import { plan, product, user } from './core-fixtures.js';

const E3 = product('e3', { plans: [plan('exchange'), plan('sway'), plan('foundation', 'FOUNDATION', 'Tenant')] });
const BI = product('bi');
const KIOSK = product('kiosk');
const PRODUCTS = [E3, BI, KIOSK];

describe('match licenses of a user', () => {
  const template = user('t', [{ skuId: 'e3', disabledPlans: ['sway', 'foundation'] }, 'bi']);

  it('assigns what the template holds, with the same User plans turned off', () => {
    const { plan: matched, notOffered } = matchPlan(template.licenses, [user('a')], PRODUCTS, 'keep');
    expect(choiceFor(matched, 'e3')).to.deep.equal({ intent: 'assign', disabledPlans: ['sway'] });
    expect(choiceFor(matched, 'bi')).to.deep.equal({ intent: 'assign', disabledPlans: [] });
    expect(choiceFor(matched, 'kiosk').intent).to.equal('leave');
    expect(notOffered).to.deep.equal([]);
  });

  it('keeps or removes what the template does not hold, as the admin chooses', () => {
    const selected = [user('a', ['kiosk']), user('b', ['e3'])];
    expect(choiceFor(matchPlan(template.licenses, selected, PRODUCTS, 'keep').plan, 'kiosk').intent).to.equal('leave');
    expect(choiceFor(matchPlan(template.licenses, selected, PRODUCTS, 'remove').plan, 'kiosk').intent).to.equal('revoke');
    // Nobody selected holds it: nothing to remove, so the plan does not name it.
    expect(matchPlan(template.licenses, [user('c')], PRODUCTS, 'remove').plan.products.has('kiosk')).to.equal(false);
  });

  it('gives each selected user exactly the template\'s licenses and plans', () => {
    const selected = [user('a', ['kiosk']), user('b', [{ skuId: 'e3', disabledPlans: ['exchange'] }]), user('c', [{ skuId: 'e3', disabledPlans: ['sway'] }, 'bi'])];
    const operations = diffPlan(selected, matchPlan(template.licenses, selected, PRODUCTS, 'remove').plan, PRODUCTS);
    expect(operations).to.deep.equal([
      { userId: 'a', assign: [{ skuId: 'e3', disabledPlans: ['sway'] }, { skuId: 'bi', disabledPlans: [] }], remove: ['kiosk'] },
      { userId: 'b', assign: [{ skuId: 'e3', disabledPlans: ['sway'] }, { skuId: 'bi', disabledPlans: [] }], remove: [] },
    ]);
  });

  it('names a product the template holds that the customer does not offer to users', () => {
    const { plan: matched, notOffered } = matchPlan(user('t', ['e3', 'company-only']).licenses, [user('a')], PRODUCTS, 'keep');
    expect(notOffered).to.deep.equal(['company-only']);
    expect(matched.products.has('company-only')).to.equal(false);
  });

  it('copies what the template holds directly; what it holds only through a group is named, neither copied nor removed', () => {
    const sales = { id: 'g-sales', displayName: 'Sales' };
    const source = (direct: boolean, groups = [sales]) => ({ direct, groups, problems: [] });
    const failed = { direct: false, groups: [], problems: [{ state: 'error' as const, error: 'CountViolation' as const, group: sales }] };
    const template = user('t', [
      { skuId: 'e3', disabledPlans: ['sway'], source: source(true) },
      { skuId: 'bi', disabledPlans: [], source: source(false) },
      { skuId: 'kiosk', disabledPlans: [], source: failed },
    ]);
    const selected = [user('a', ['bi', 'kiosk'])];
    const { plan: matched, throughGroups, notOffered } = matchPlan(template.licenses, selected, PRODUCTS, 'remove');
    expect(choiceFor(matched, 'e3')).to.deep.equal({ intent: 'assign', disabledPlans: ['sway'] });
    expect(throughGroups).to.deep.equal(['bi']);
    expect(notOffered).to.deep.equal([]);
    // Power BI comes to the template through Sales: the selected user keeps theirs. Kiosk's assignment failed: not held, so extra.
    expect(choiceFor(matched, 'bi').intent).to.equal('leave');
    expect(choiceFor(matched, 'kiosk').intent).to.equal('revoke');
  });
});
