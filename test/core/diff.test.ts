import { describe, it } from 'node:test';
import { expect } from 'chai';
import { UnknownProductError, diffPlan } from '../../src/core/diff.js';
import { EMPTY_PLAN, setDisabledPlans, setIntent, type LicensePlan } from '../../src/core/plan.js';
import type { HeldLicense, ProductIntent, TenantUser } from '../../src/core/types.js';
import { plan, product, seeded, user } from './core-fixtures.js';

const e3 = product('e3', { plans: [plan('exo'), plan('spo'), plan('teams'), plan('found', 'FOUND', 'Tenant')] });
const e5 = product('e5', { plans: [plan('exo5'), plan('pbi')] });
const visio = product('visio');
const products = [e3, e5, visio];

function planOf(entries: [string, ProductIntent, string[]?][]): LicensePlan {
  let p = EMPTY_PLAN;
  for (const [sku, intent, off] of entries) {
    p = setIntent(p, sku, intent);
    if (off) p = setDisabledPlans(p, sku, off);
  }
  return p;
}

const held = (skuId: string, disabledPlans: string[] = []): HeldLicense => ({ skuId, disabledPlans });

describe('diffPlan', () => {
  const cases: [string, TenantUser[], [string, ProductIntent, string[]?][], unknown[]][] = [
    ['an empty plan changes nothing', [user('a')], [], []],
    ['an empty selection changes nothing', [], [['e3', 'assign']], []],
    ['assign to users who lack it only', [user('a', ['e3']), user('b')], [['e3', 'assign']],
      [{ userId: 'b', assign: [{ skuId: 'e3', disabledPlans: [] }], remove: [] }]],
    ['assign with chosen plans to new users and to holders whose plans differ',
      [user('a', [held('e3', ['spo'])]), user('b', [held('e3', ['exo'])]), user('c')], [['e3', 'assign', ['spo']]],
      [
        { userId: 'b', assign: [{ skuId: 'e3', disabledPlans: ['spo'] }], remove: [] },
        { userId: 'c', assign: [{ skuId: 'e3', disabledPlans: ['spo'] }], remove: [] },
      ]],
    ['leave with changed plans updates holders only', [user('a', [held('e3')]), user('b')], [['e3', 'leave', ['teams']]],
      [{ userId: 'a', assign: [{ skuId: 'e3', disabledPlans: ['teams'] }], remove: [] }]],
    ['leave with the same plans as held changes nothing', [user('a', [held('e3', ['teams'])])], [['e3', 'leave', ['teams']]], []],
    ['Tenant plans are ignored on both sides', [user('a', [held('e3', ['found', 'spo'])])], [['e3', 'leave', ['spo', 'found']]], []],
    ['plan ids not in the product are dropped', [user('a')], [['e3', 'assign', ['nope', 'exo']]],
      [{ userId: 'a', assign: [{ skuId: 'e3', disabledPlans: ['exo'] }], remove: [] }]],
    ['revoke removes from holders only', [user('a', ['e3']), user('b')], [['e3', 'revoke']],
      [{ userId: 'a', assign: [], remove: ['e3'] }]],
    ['revoke ignores a plan choice', [user('a', [held('e3', ['exo'])])], [['e3', 'revoke', ['spo']]],
      [{ userId: 'a', assign: [], remove: ['e3'] }]],
    ['mixed left with no plan change is untouched', [user('a', ['e3']), user('b')], [['e3', 'leave']], []],
    ['one operation per user with all changes, in product order', [user('a', ['visio']), user('b', ['e5'])],
      [['visio', 'revoke'], ['e5', 'revoke'], ['e3', 'assign']],
      [
        { userId: 'a', assign: [{ skuId: 'e3', disabledPlans: [] }], remove: ['visio'] },
        { userId: 'b', assign: [{ skuId: 'e3', disabledPlans: [] }], remove: ['e5'] },
      ]],
    ['swap one product for another', [user('a', ['e3'])], [['e3', 'revoke'], ['e5', 'assign']],
      [{ userId: 'a', assign: [{ skuId: 'e5', disabledPlans: [] }], remove: ['e3'] }]],
  ];
  for (const [name, users, entries, expected] of cases) {
    it(name, () => { expect(diffPlan(users, planOf(entries), products)).to.deep.equal(expected); });
  }

  it('a selection of one gets one operation', () => {
    expect(diffPlan([user('a')], planOf([['visio', 'assign']]), products)).to.have.length(1);
  });

  it('throws a typed error for a product the tenant does not offer', () => {
    expect(() => diffPlan([user('a')], planOf([['gone', 'assign']]), products)).to.throw(UnknownProductError);
  });

  it('agrees with a per-user, per-product rule check on random data (seeded)', () => {
    const random = seeded(11);
    const intents: ProductIntent[] = ['leave', 'assign', 'revoke'];
    for (let round = 0; round < 20; round++) {
      const users = Array.from({ length: 30 }, (_, i) =>
        user(`u${i}`, products.filter(() => random() < 0.5).map((p) => held(p.skuId, random() < 0.3 ? ['exo'] : []))));
      const entries: [string, ProductIntent, string[]?][] = products.map((p) => [p.skuId, intents[Math.floor(random() * 3)]!, random() < 0.5 ? ['exo'] : undefined]);
      const ops = diffPlan(users, planOf(entries), products);
      const byUser = new Map(ops.map((o) => [o.userId, o]));
      for (const u of users) {
        const op = byUser.get(u.id);
        for (const [sku, intent, off] of entries) {
          const h = u.licenses.find((l) => l.skuId === sku);
          const inProduct = (id: string) => products.find((p) => p.skuId === sku)!.servicePlans.some((s) => s.id === id && s.appliesTo === 'User');
          const chosen = off?.filter(inProduct);
          const heldOff = h?.disabledPlans.filter(inProduct);
          const expectRemove = intent === 'revoke' && h !== undefined;
          const expectAssign = intent !== 'revoke' && (h === undefined ? intent === 'assign' : chosen !== undefined && chosen.join() !== heldOff!.join());
          expect(op?.remove.includes(sku) ?? false, `${u.id} ${sku} remove`).to.equal(expectRemove);
          expect(op?.assign.some((a) => a.skuId === sku) ?? false, `${u.id} ${sku} assign`).to.equal(expectAssign);
        }
        if (op) expect(op.assign.length + op.remove.length).to.be.greaterThan(0);
      }
    }
  });
});
