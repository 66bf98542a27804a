/** Group-based licensing in the core: who holds a product, what a revoke does, and the findings before saving. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { diffPlan } from '../../src/core/diff.js';
import { isHeld, onlyInherited } from '../../src/core/licenses.js';
import { EMPTY_PLAN, setIntent } from '../../src/core/plan.js';
import { productStates } from '../../src/core/product-state.js';
import type { HeldLicense, LicenseGroup, LicensingRules, Product } from '../../src/core/types.js';
import { operationsToSave, usersWithFindings, validatePlan } from '../../src/core/validation.js';
import { product, user } from './core-fixtures.js';

const sales: LicenseGroup = { id: 'g-sales', displayName: 'Sales' };
const design: LicenseGroup = { id: 'g-design', displayName: 'Design' };
const noRules: LicensingRules = { requires: new Map([['addon', ['bi']]]), excludes: new Map(), unavailableIn: new Map() };

const inherited = (skuId: string, ...groups: LicenseGroup[]): HeldLicense => ({ skuId, disabledPlans: [], source: { direct: false, groups, problems: [] } });
const both = (skuId: string, ...groups: LicenseGroup[]): HeldLicense => ({ skuId, disabledPlans: [], source: { direct: true, groups, problems: [] } });
const failed = (skuId: string, group: LicenseGroup): HeldLicense => ({
  skuId, disabledPlans: [], source: { direct: false, groups: [], problems: [{ state: 'error', error: 'CountViolation', group }] },
});

const bi = product('bi');
const visio = product('visio', { available: 0 });
const addon = product('addon');
const products: Product[] = [bi, visio, addon];

describe('group-based licenses', () => {
  it('a license held directly, through a group or both is held; one whose group assignment failed is not', () => {
    expect(isHeld({ skuId: 'bi', disabledPlans: [] })).to.equal(true);
    expect(isHeld(inherited('bi', sales))).to.equal(true);
    expect(isHeld(both('bi', sales))).to.equal(true);
    expect(isHeld(failed('visio', design))).to.equal(false);
    expect(onlyInherited(inherited('bi', sales))).to.equal(true);
    expect(onlyInherited(both('bi', sales))).to.equal(false);
    expect(onlyInherited({ skuId: 'bi', disabledPlans: [] })).to.equal(false);
  });

  it('holders count inherited holders and leave out failed assignments', () => {
    const users = [user('a', [inherited('bi', sales)]), user('b', [failed('visio', design)]), user('c', ['visio'])];
    const states = productStates(users, products);
    expect(states.get('bi')).to.deep.equal({ state: 'mixed', holders: ['a'] });
    expect(states.get('visio')).to.deep.equal({ state: 'mixed', holders: ['c'] });
  });

  it('assigning a product whose group assignment failed is a new assignment that needs a unit', () => {
    const users = [user('b', [failed('visio', design)])];
    const operations = diffPlan(users, setIntent(EMPTY_PLAN, 'visio', 'assign'), products);
    expect(operations).to.deep.equal([{ userId: 'b', assign: [{ skuId: 'visio', disabledPlans: [] }], remove: [] }]);
    expect(validatePlan(users, operations, products, noRules).map((f) => [f.kind, f.severity])).to.deep.equal([['not-enough-licenses', 'blocking']]);
  });

  it('clearing a product held only through a group holds that user back, naming the group; the others are saved', () => {
    const users = [user('a', [inherited('bi', sales)]), user('b', ['bi']), user('c', [both('bi', sales, design)])];
    const operations = diffPlan(users, setIntent(EMPTY_PLAN, 'bi', 'revoke'), products);
    const findings = validatePlan(users, operations, products, noRules);
    expect(findings).to.deep.equal([
      { kind: 'inherited-from-group', severity: 'per-user', skuId: 'bi', otherSkuIds: [], userIds: ['a'], groupNames: ['Sales'] },
      { kind: 'kept-through-group', severity: 'note', skuId: 'bi', otherSkuIds: [], userIds: ['c'], groupNames: ['Sales', 'Design'] },
    ]);
    expect([...usersWithFindings(findings)]).to.deep.equal(['a']);
    expect(operationsToSave(operations, findings).map((op) => op.userId)).to.deep.equal(['b', 'c']);
  });

  it('removing the direct assignment of a product still held through a group breaks nothing that needs it', () => {
    const users = [user('c', [both('bi', sales), 'addon'])];
    const operations = diffPlan(users, setIntent(EMPTY_PLAN, 'bi', 'revoke'), products);
    expect(validatePlan(users, operations, products, noRules).map((f) => f.kind)).to.deep.equal(['kept-through-group']);
  });
});

describe('subscriptions that cannot be assigned', () => {
  it('assigning a product of a suspended subscription is blocked, saying why', () => {
    const suspended: Product = { ...product('exo', { available: 0, total: 0 }), capabilityStatus: 'Suspended' };
    const users = [user('a'), user('b', ['exo'])];
    const operations = diffPlan(users, setIntent(EMPTY_PLAN, 'exo', 'assign'), [suspended]);
    expect(validatePlan(users, operations, [suspended], noRules)).to.deep.equal([
      { kind: 'subscription-suspended', severity: 'blocking', skuId: 'exo', otherSkuIds: [], userIds: ['a'], capabilityStatus: 'Suspended' },
    ]);
  });

  it('removing a product of a suspended subscription is fine', () => {
    const suspended: Product = { ...product('exo'), capabilityStatus: 'LockedOut' };
    const users = [user('b', ['exo'])];
    const operations = diffPlan(users, setIntent(EMPTY_PLAN, 'exo', 'revoke'), [suspended]);
    expect(validatePlan(users, operations, [suspended], noRules)).to.deep.equal([]);
  });
});
