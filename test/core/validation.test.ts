import { describe, it } from 'node:test';
import { expect } from 'chai';
import { diffPlan } from '../../src/core/diff.js';
import { EMPTY_PLAN, setIntent } from '../../src/core/plan.js';
import { deriveKnownRules } from '../../src/core/rules.js';
import type { Finding, LicensingRules, Product, TenantUser, UserOperation } from '../../src/core/types.js';
import {
  UnknownUserError, findingsForProduct, hasBlocking, operationsToSave, usersWithFindings, validatePlan,
} from '../../src/core/validation.js';
import { catalogProduct, product, user } from './core-fixtures.js';

const e3 = product('e3', { available: 2 });
const e5 = product('e5', { available: 5 });
const cop = product('cop', { available: 5 });
const kiosk = product('kiosk');
const e1 = product('e1');
const zero = product('zero', { total: 0, available: 0 });
const products: Product[] = [e3, e5, cop, kiosk, e1, zero];

const rules: LicensingRules = {
  requires: new Map([['cop', ['e3', 'e5']]]),
  excludes: new Map([['kiosk', ['e1']], ['e1', ['kiosk']]]),
  unavailableIn: new Map([['e5', ['CN', 'RU']]]),
};

const assign = (userId: string, skus: string[], remove: string[] = []): UserOperation => ({
  userId, assign: skus.map((skuId) => ({ skuId, disabledPlans: [] })), remove,
});
const brief = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.skuId, [...f.otherSkuIds], [...f.userIds]]);

describe('validatePlan', () => {
  it('no operations, no findings (empty tenant too)', () => {
    expect(validatePlan([], [], [], rules)).to.deep.equal([]);
  });

  describe('not enough licenses', () => {
    it('blocks when new holders exceed available units, with needed and available', () => {
      const users = [user('a'), user('b'), user('c'), user('d', ['e3'])];
      const findings = validatePlan(users, users.map((u) => assign(u.id, ['e3'])), products, rules);
      expect(findings).to.deep.equal([
        { kind: 'not-enough-licenses', severity: 'blocking', skuId: 'e3', otherSkuIds: [], userIds: ['a', 'b', 'c'], needed: 3, available: 2 },
      ]);
      expect(hasBlocking(findings)).to.equal(true);
    });

    it('exactly the available units is fine', () => {
      expect(validatePlan([user('a'), user('b')], [assign('a', ['e3']), assign('b', ['e3'])], products, rules)).to.deep.equal([]);
    });

    it('plan changes for holders do not consume units', () => {
      const users = [user('a', ['e3']), user('b', ['e3']), user('c', ['e3'])];
      expect(validatePlan(users, users.map((u) => assign(u.id, ['e3'])), products, rules)).to.deep.equal([]);
    });

    it('a product with zero total units blocks any new holder', () => {
      const [finding] = validatePlan([user('a')], [assign('a', ['zero'])], products, rules);
      expect(finding).to.include({ kind: 'not-enough-licenses', needed: 1, available: 0 });
    });

    it('negative available units count as none', () => {
      const over = { ...product('over'), availableUnits: -3 };
      const [finding] = validatePlan([user('a')], [assign('a', ['over'])], [over], rules);
      expect(finding).to.include({ needed: 1, available: 0 });
    });
  });

  describe('usage location', () => {
    it('flags any assignment to a user without a usage location', () => {
      const users = [user('a', [], { usageLocation: null }), user('b', ['e1'], { usageLocation: '' }), user('c')];
      const findings = validatePlan(users, [assign('a', ['e1']), assign('b', ['e1']), assign('c', ['e1'])], products, rules);
      expect(brief(findings)).to.deep.equal([['usage-location-missing', 'e1', [], ['a', 'b']]]);
      expect(findings[0]!.severity).to.equal('per-user');
      expect(hasBlocking(findings)).to.equal(false);
    });

    it('removing only needs no usage location', () => {
      expect(validatePlan([user('a', ['e1'], { usageLocation: null })], [assign('a', [], ['e1'])], products, rules)).to.deep.equal([]);
    });

    it('lists the locations where a product is unavailable (case-insensitive)', () => {
      const users = [user('a', [], { usageLocation: 'cn' }), user('b', [], { usageLocation: 'RU' }), user('c', [], { usageLocation: 'SE' })];
      const findings = validatePlan(users, users.map((u) => assign(u.id, ['e5'])), products, rules);
      expect(brief(findings)).to.deep.equal([['unavailable-in-location', 'e5', [], ['a', 'b']]]);
      expect(findings[0]!.locations).to.deep.equal(['CN', 'RU']);
    });
  });

  describe('requirements', () => {
    const cases: [string, TenantUser, UserOperation, unknown[]][] = [
      ['assigned without any base', user('a'), assign('a', ['cop']), [['missing-requirement', 'cop', ['e3', 'e5'], ['a']]]],
      ['base held', user('a', ['e5']), assign('a', ['cop']), []],
      ['base assigned in the same operation', user('a'), assign('a', ['e3', 'cop']), []],
      ['base held but removed in the same operation', user('a', ['e3']), assign('a', ['cop'], ['e3']), [['missing-requirement', 'cop', ['e3', 'e5'], ['a']]]],
      ['one base removed, the other kept', user('a', ['e3', 'e5']), assign('a', ['cop'], ['e3']), []],
      ['removing the only base of a kept add-on', user('a', ['e3', 'cop']), assign('a', [], ['e3']), [['breaks-requirement', 'e3', ['cop'], ['a']]]],
      ['removing a base while another base stays', user('a', ['e3', 'e5', 'cop']), assign('a', [], ['e3']), []],
      ['removing a base and a new base assigned', user('a', ['e3', 'cop']), assign('a', ['e5'], ['e3']), []],
      ['removing the base and the add-on together', user('a', ['e3', 'cop']), assign('a', [], ['e3', 'cop']), []],
    ];
    for (const [name, u, op, expected] of cases) {
      it(name, () => { expect(brief(validatePlan([u], [op], products, rules))).to.deep.equal(expected); });
    }

    it('a product both required and revoked: revoking the base while assigning the add-on to others', () => {
      const users = [user('holder', ['e3', 'cop']), user('new', ['e3']), user('plain', ['e3', 'e5'])];
      const ops = diffPlan(users, setIntent(setIntent(EMPTY_PLAN, 'e3', 'revoke'), 'cop', 'assign'), products);
      expect(brief(validatePlan(users, ops, products, rules))).to.deep.equal([
        ['missing-requirement', 'cop', ['e3', 'e5'], ['new']],
        ['breaks-requirement', 'e3', ['cop'], ['holder']],
      ]);
    });
  });

  describe('mutually exclusive', () => {
    const cases: [string, TenantUser, UserOperation, unknown[]][] = [
      ['assigned while holding the other', user('a', ['e1']), assign('a', ['kiosk']), [['mutually-exclusive', 'kiosk', ['e1'], ['a']]]],
      ['assigned together, reported once', user('a'), assign('a', ['kiosk', 'e1']), [['mutually-exclusive', 'kiosk', ['e1'], ['a']]]],
      ['swapped: the other removed in the same operation', user('a', ['e1']), assign('a', ['kiosk'], ['e1']), []],
      ['already holding both, plan touches one (plan change)', user('a', ['e1', 'kiosk']), assign('a', ['e1']), [['mutually-exclusive', 'e1', ['kiosk'], ['a']]]],
      ['already holding both, plan removes one', user('a', ['e1', 'kiosk']), assign('a', [], ['e1']), []],
      ['already holding both, plan touches neither', user('a', ['e1', 'kiosk']), assign('a', ['e5']), []],
    ];
    for (const [name, u, op, expected] of cases) {
      it(name, () => { expect(brief(validatePlan([u], [op], products, rules))).to.deep.equal(expected); });
    }

    it('with real catalog rules: Exchange Online Kiosk vs Office 365 E1', () => {
      const realKiosk = catalogProduct('EXCHANGEDESKLESS');
      const realE1 = catalogProduct('STANDARDPACK');
      const users = [user('a', [realE1.skuId]), user('b')];
      const ops = diffPlan(users, setIntent(EMPTY_PLAN, realKiosk.skuId, 'assign'), [realKiosk, realE1]);
      expect(brief(validatePlan(users, ops, [realKiosk, realE1], deriveKnownRules([realKiosk, realE1])))).to.deep.equal([
        ['mutually-exclusive', realKiosk.skuId, [realE1.skuId], ['a']],
      ]);
    });
  });

  it('groups users per kind and product, blocking findings first', () => {
    const users = [user('a', ['e1']), user('b', ['e1'], { usageLocation: null }), user('c'), user('d')];
    const ops = [assign('a', ['kiosk', 'e3']), assign('b', ['kiosk', 'e3']), assign('c', ['e3'])];
    expect(brief(validatePlan(users, ops, products, rules))).to.deep.equal([
      ['not-enough-licenses', 'e3', [], ['a', 'b', 'c']],
      ['usage-location-missing', 'e3', [], ['b']],
      ['usage-location-missing', 'kiosk', [], ['b']],
      ['mutually-exclusive', 'kiosk', ['e1'], ['a', 'b']],
    ]);
  });

  it('throws a typed error for an operation on a user not selected', () => {
    expect(() => validatePlan([user('a')], [assign('x', ['e1'])], products, rules)).to.throw(UnknownUserError);
  });
});

describe('saving after findings', () => {
  const findings: Finding[] = [
    { kind: 'not-enough-licenses', severity: 'blocking', skuId: 'e3', otherSkuIds: [], userIds: ['a', 'b'], needed: 2, available: 1 },
    { kind: 'missing-requirement', severity: 'per-user', skuId: 'cop', otherSkuIds: ['e3'], userIds: ['b', 'c'] },
  ];
  const ops = ['a', 'b', 'c', 'd'].map((id) => assign(id, ['e1']));

  it('holds back users named in per-user findings and sends the rest', () => {
    expect(operationsToSave(ops, findings).map((o) => o.userId)).to.deep.equal(['a', 'd']);
  });

  it('a blocking finding alone holds nobody back (it stops the whole save instead)', () => {
    expect(operationsToSave(ops, findings.slice(0, 1)).map((o) => o.userId)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('hasBlocking', () => {
    expect(hasBlocking(findings)).to.equal(true);
    expect(hasBlocking(findings.slice(1))).to.equal(false);
    expect(hasBlocking([])).to.equal(false);
  });

  it('usersWithFindings lists per-user findings only', () => {
    expect([...usersWithFindings(findings)]).to.deep.equal(['b', 'c']);
  });

  it('findingsForProduct matches the product or the other product', () => {
    expect(findingsForProduct(findings, 'e3')).to.have.length(2);
    expect(findingsForProduct(findings, 'cop')).to.have.length(1);
    expect(findingsForProduct(findings, 'x')).to.have.length(0);
  });
});
