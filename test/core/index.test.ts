import { describe, it } from 'node:test';
import { expect } from 'chai';
import * as core from '../../src/core/index.js';
import { product, seeded, user } from './core-fixtures.js';

describe('core public API', () => {
  it('exports the functions the session and components use', () => {
    for (const name of [
      'select', 'deselect', 'toggle', 'selectPage', 'clearPage', 'pageHeaderState', 'selectedOnlyPage', 'chipOrder', 'chipOrderAfter',
      'productStates', 'nextIntent', 'displayedState', 'setIntent', 'setDisabledPlans', 'diffPlan', 'deriveKnownRules', 'mergeRules',
      'validatePlan', 'operationsToSave', 'hasBlocking', 'canChangeLicenses',
    ] as const) {
      expect(typeof core[name], name).to.equal('function');
    }
  });

  it('runs the whole flow for 10,000 users selected across 100 pages', () => {
    const random = seeded(3);
    const products = Array.from({ length: 50 }, (_, i) => product(`p${i}`, { available: 4_000 }));
    let selection = core.EMPTY_SELECTION;
    const byId = new Map<string, core.TenantUser>();
    for (let p = 0; p < 100; p++) {
      const page = Array.from({ length: 100 }, (_, i) => user(`u${p * 100 + i}`, products.filter(() => random() < 0.05).map((x) => x.skuId)));
      for (const u of page) byId.set(u.id, u);
      selection = core.selectPage(selection, page.map((u) => u.id));
    }
    const users = core.usersOf(selection.ids, byId);
    expect(users).to.have.length(10_000);
    const states = core.productStates(users, products);
    let plan = core.EMPTY_PLAN;
    plan = core.setIntent(plan, 'p0', core.nextIntent(states.get('p0')!.state, 'leave')); // mixed -> assign
    plan = core.setIntent(plan, 'p1', 'revoke');
    const ops = core.diffPlan(users, plan, products);
    const newP0 = users.length - states.get('p0')!.holders.length;
    expect(ops.filter((o) => o.assign.length > 0)).to.have.length(newP0);
    expect(ops.filter((o) => o.remove.length > 0)).to.have.length(states.get('p1')!.holders.length);
    const findings = core.validatePlan(users, ops, products, core.NO_RULES);
    expect(findings).to.deep.equal([
      { kind: 'not-enough-licenses', severity: 'blocking', skuId: 'p0', otherSkuIds: [], userIds: findings[0]!.userIds, needed: newP0, available: 4_000 },
    ]);
    expect(core.hasBlocking(findings)).to.equal(true);
  });
});
