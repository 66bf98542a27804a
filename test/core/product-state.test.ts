import { describe, it } from 'node:test';
import { expect } from 'chai';
import { holdersBySku, productStates, stateFromCount } from '../../src/core/product-state.js';
import type { CheckState, TenantUser } from '../../src/core/types.js';
import { product, seeded, user } from './core-fixtures.js';

describe('product state', () => {
  const products = [product('e3'), product('e5'), product('visio')];
  const users = [user('a', ['e3', 'visio']), user('b', ['e3']), user('c', ['e3', 'e5'])];

  it('all, some and none of the selection', () => {
    const states = productStates(users, products);
    expect(states.get('e3')).to.deep.equal({ state: 'checked', holders: ['a', 'b', 'c'] });
    expect(states.get('e5')).to.deep.equal({ state: 'mixed', holders: ['c'] });
    expect(states.get('visio')).to.deep.equal({ state: 'mixed', holders: ['a'] });
  });

  it('an empty selection leaves every product unchecked', () => {
    const states = productStates([], products);
    for (const p of products) expect(states.get(p.skuId)).to.deep.equal({ state: 'unchecked', holders: [] });
  });

  it('an empty tenant has no states', () => {
    expect(productStates([], []).size).to.equal(0);
  });

  it('a selection of one is checked or unchecked, never mixed', () => {
    const states = productStates([users[0]!], products);
    expect([...states.values()].map((s) => s.state)).to.deep.equal(['checked', 'unchecked', 'checked']);
  });

  it('ignores licenses of products not offered', () => {
    const states = productStates([user('a', ['gone'])], products);
    expect(states.has('gone')).to.equal(false);
  });

  it('counts a SKU listed twice on one user once', () => {
    const states = productStates([user('a', ['e3', 'e3']), user('b')], products);
    expect(states.get('e3')).to.deep.equal({ state: 'mixed', holders: ['a'] });
    expect(holdersBySku([user('a', ['e3', 'e3'])]).get('e3')).to.deep.equal(['a']);
  });

  const counts: [number, number, CheckState][] = [[0, 0, 'unchecked'], [0, 5, 'unchecked'], [3, 5, 'mixed'], [5, 5, 'checked'], [1, 1, 'checked']];
  for (const [held, selected, expected] of counts) {
    it(`${held} of ${selected} -> ${expected}`, () => { expect(stateFromCount(held, selected)).to.equal(expected); });
  }

  it('matches a naive count on random data (seeded)', () => {
    for (const seed of [1, 7, 42, 2024, 99991]) {
      const random = seeded(seed);
      const catalog = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => product(`p${i}`));
      const people: TenantUser[] = Array.from({ length: Math.floor(random() * 60) }, (_, i) =>
        user(`u${i}`, catalog.filter(() => random() < 0.4).map((p) => p.skuId).concat(random() < 0.1 ? ['other'] : [])));
      const states = productStates(people, catalog);
      for (const p of catalog) {
        const holders = people.filter((u) => u.licenses.some((l) => l.skuId === p.skuId)).map((u) => u.id);
        const naive: CheckState = people.length === 0 || holders.length === 0 ? 'unchecked' : holders.length === people.length ? 'checked' : 'mixed';
        expect(states.get(p.skuId), `seed ${seed} ${p.skuId}`).to.deep.equal({ state: naive, holders });
      }
    }
  });

  it('handles 10,000 users × 50 products', () => {
    const random = seeded(5);
    const catalog = Array.from({ length: 50 }, (_, i) => product(`p${i}`));
    const people = Array.from({ length: 10_000 }, (_, i) => user(`u${i}`, catalog.filter(() => random() < 0.06).map((p) => p.skuId)));
    const states = productStates(people, catalog);
    expect(states.size).to.equal(50);
    const total = [...states.values()].reduce((n, s) => n + s.holders.length, 0);
    expect(total).to.equal(people.reduce((n, u) => n + u.licenses.length, 0));
  });
});
