import { describe, it } from 'node:test';
import { expect } from 'chai';
import { NO_RULES, deriveKnownRules, excludesEachOther, mergeRules } from '../../src/core/rules.js';
import type { LicensingRules } from '../../src/core/types.js';
import { catalogProduct, plan, product } from './core-fixtures.js';

const kiosk = catalogProduct('EXCHANGEDESKLESS');
const e1 = catalogProduct('STANDARDPACK');
const exchange1 = catalogProduct('EXCHANGESTANDARD');
const e3 = catalogProduct('SPE_E3');
const copilot = catalogProduct('Microsoft_365_Copilot');
const powerBi = catalogProduct('POWER_BI_PRO');

function rules(partial: Partial<Record<keyof LicensingRules, [string, string[]][]>>): LicensingRules {
  return {
    requires: new Map(partial.requires ?? []),
    excludes: new Map(partial.excludes ?? []),
    unavailableIn: new Map(partial.unavailableIn ?? []),
  };
}

describe('deriveKnownRules', () => {
  it('Exchange Online Kiosk excludes Office 365 E1 (EXCHANGE_S_DESKLESS vs EXCHANGE_S_STANDARD), both ways', () => {
    const r = deriveKnownRules([kiosk, e1, powerBi]);
    expect(excludesEachOther(r, kiosk.skuId, e1.skuId)).to.equal(true);
    expect(excludesEachOther(r, e1.skuId, kiosk.skuId)).to.equal(true);
  });

  it('the same plan on two products is no conflict (E1 and Exchange Online Plan 1 share EXCHANGE_S_STANDARD)', () => {
    const r = deriveKnownRules([e1, exchange1]);
    expect(excludesEachOther(r, e1.skuId, exchange1.skuId)).to.equal(false);
  });

  it('a product with no grouped plans excludes nothing', () => {
    const r = deriveKnownRules([kiosk, e1, powerBi]);
    expect(r.excludes.has(powerBi.skuId)).to.equal(false);
  });

  it('Copilot requires any of its base products present in the tenant', () => {
    const r = deriveKnownRules([copilot, e3, e1, powerBi]);
    expect(r.requires.get(copilot.skuId)).to.have.members([e3.skuId, e1.skuId]);
    expect(r.requires.has(e3.skuId)).to.equal(false);
  });

  it('no rule for Copilot when the tenant has none of the known bases', () => {
    expect(deriveKnownRules([copilot, powerBi]).requires.size).to.equal(0);
  });

  it('an empty tenant has no rules', () => {
    const r = deriveKnownRules([]);
    expect([r.requires.size, r.excludes.size, r.unavailableIn.size]).to.deep.equal([0, 0, 0]);
  });

  it('uses plan names, not ids', () => {
    const a = product('a', { plans: [plan('x1', 'MCOSTANDARD')] });
    const b = product('b', { plans: [plan('x2', 'MCOLITE')] });
    const c = product('c', { plans: [plan('x3', 'MCOSTANDARD')] });
    const r = deriveKnownRules([a, b, c]);
    expect(r.excludes.get('a')).to.deep.equal(['b']);
    expect(r.excludes.get('b')).to.have.members(['a', 'c']);
  });
});

describe('mergeRules', () => {
  it('unites lists, makes exclusions symmetric and upper-cases locations', () => {
    const merged = mergeRules(
      rules({ requires: [['cop', ['e3']]], excludes: [['a', ['b']]] }),
      rules({ requires: [['cop', ['e5', 'e3']]], unavailableIn: [['e3', ['cn', 'RU']]] }),
      rules({ unavailableIn: [['e3', ['CN']]] }),
    );
    expect(merged.requires.get('cop')).to.deep.equal(['e3', 'e5']);
    expect(merged.excludes.get('b')).to.deep.equal(['a']);
    expect(merged.unavailableIn.get('e3')).to.deep.equal(['CN', 'RU']);
  });

  it('ignores a product excluding itself', () => {
    expect(mergeRules(rules({ excludes: [['a', ['a']]] })).excludes.size).to.equal(0);
  });

  it('with nothing to merge is empty', () => {
    const merged = mergeRules();
    expect(merged.requires.size + merged.excludes.size + merged.unavailableIn.size).to.equal(0);
    expect(mergeRules(NO_RULES).excludes.size).to.equal(0);
  });

  it('adds host rules to the known ones', () => {
    const merged = mergeRules(deriveKnownRules([kiosk, e1]), rules({ unavailableIn: [[kiosk.skuId, ['KP']]] }));
    expect(excludesEachOther(merged, kiosk.skuId, e1.skuId)).to.equal(true);
    expect(merged.unavailableIn.get(kiosk.skuId)).to.deep.equal(['KP']);
  });
});
