import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  EMPTY_SELECTION, SelectionPageError, chipOrder, chipOrderAfter, clearPage, clearSelection, deselect, isSelected, pageHeaderState,
  select, selectPage, selectedCount, selectedIds, selectedOnlyPage, selectionOf, setSelected, toggle, usersOf,
} from '../../src/core/selection.js';
import type { TenantUser, UserId } from '../../src/core/types.js';
import { user } from './core-fixtures.js';

const names = (users: readonly TenantUser[]) => users.map((u) => u.displayName);
const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => `u${from + i}`);
const lookup = (users: readonly TenantUser[]) => new Map<UserId, TenantUser>(users.map((u) => [u.id, u]));

describe('selection', () => {
  it('starts empty', () => {
    expect(selectedCount(EMPTY_SELECTION)).to.equal(0);
    expect(selectedIds(EMPTY_SELECTION)).to.deep.equal([]);
  });

  it('selects, deselects and toggles by id', () => {
    const a = 'a';
    let s = select(EMPTY_SELECTION, a);
    expect(isSelected(s, 'a')).to.equal(true);
    s = deselect(s, 'a');
    expect(isSelected(s, 'a')).to.equal(false);
    s = toggle(s, a);
    expect(selectedIds(s)).to.deep.equal(['a']);
    s = toggle(s, a);
    expect(selectedIds(s)).to.deep.equal([]);
  });

  it('never mutates the selection it was given', () => {
    const s1 = selectionOf(['a']);
    const s2 = select(s1, 'b');
    deselect(s2, 'a');
    expect(selectedIds(s1)).to.deep.equal(['a']);
    expect(selectedIds(s2)).to.deep.equal(['a', 'b']);
  });

  it('returns the same object when nothing changes', () => {
    const a = 'a';
    const s = selectionOf([a]);
    expect(select(s, a)).to.equal(s);
    expect(deselect(s, 'zz')).to.equal(s);
    expect(clearPage(s, ['x'])).to.equal(s);
    expect(clearSelection(EMPTY_SELECTION)).to.equal(EMPTY_SELECTION);
    expect(setSelected(s, a, true)).to.equal(s);
  });

  it('setSelected follows the requested state', () => {
    const a = 'a';
    expect(selectedIds(setSelected(EMPTY_SELECTION, a, true))).to.deep.equal(['a']);
    expect(selectedIds(setSelected(selectionOf([a]), a, false))).to.deep.equal([]);
    expect(selectedIds(setSelected(EMPTY_SELECTION, a, false))).to.deep.equal([]);
  });

  it('survives page changes: selecting page 2 keeps page 1', () => {
    let s = selectPage(EMPTY_SELECTION, page(0, 3));
    s = selectPage(s, page(3, 3));
    expect(selectedCount(s)).to.equal(6);
    s = clearPage(s, page(3, 3));
    expect(selectedIds(s)).to.deep.equal(['u0', 'u1', 'u2']);
  });

  it('selects all users across many pages', () => {
    let s = EMPTY_SELECTION;
    for (let p = 0; p < 100; p++) s = selectPage(s, page(p * 100, 100));
    expect(selectedCount(s)).to.equal(10_000);
    expect(pageHeaderState(s, page(9_900, 100))).to.equal('checked');
  });

  const headerCases: [string, readonly string[], number, string][] = [
    ['empty page', [], 0, 'unchecked'],
    ['empty page with a selection elsewhere', ['u99'], 0, 'unchecked'],
    ['none selected', [], 3, 'unchecked'],
    ['some selected', ['u1'], 3, 'mixed'],
    ['all selected', ['u0', 'u1', 'u2'], 3, 'checked'],
    ['selection of one on a page of one', ['u0'], 1, 'checked'],
    ['all of page plus others', ['u0', 'u1', 'u2', 'u7'], 3, 'checked'],
  ];
  for (const [name, selected, size, expected] of headerCases) {
    it(`page header: ${name} -> ${expected}`, () => {
      const s = selectionOf(selected);
      expect(pageHeaderState(s, page(0, size))).to.equal(expected);
    });
  }

  it('keeps the selection order, and finds the selected users in the lookup (those it has)', () => {
    const s = selectionOf(['b', 'a', 'c']);
    const users = lookup([user('a'), user('b')]);
    expect(selectedIds(s)).to.deep.equal(['b', 'a', 'c']);
    expect(usersOf(s.ids, users)).to.deep.equal([users.get('b'), users.get('a')]);
  });
});

describe('chip order', () => {
  const people = [
    user('1', [], { displayName: 'Åsa Lind' }),
    user('2', [], { displayName: 'Zelda Berg' }),
    user('3', [], { displayName: 'Anna Ek' }),
    user('4', [], { displayName: 'Örjan Dahl' }),
    user('5', [], { displayName: 'Ärla Sund' }),
    user('6', [], { displayName: 'Olle Nyman' }),
  ];

  const all = selectionOf(people.map((u) => u.id));
  const byId = lookup(people);

  it('Swedish puts Å, Ä, Ö after Z', () => {
    expect(names(chipOrder(all, byId, new Intl.Collator('sv')))).to.deep.equal([
      'Anna Ek', 'Olle Nyman', 'Zelda Berg', 'Åsa Lind', 'Ärla Sund', 'Örjan Dahl',
    ]);
  });

  it('English sorts Å with A, Ä with A and Ö with O', () => {
    expect(names(chipOrder(all, byId, new Intl.Collator('en')))).to.deep.equal([
      'Anna Ek', 'Ärla Sund', 'Åsa Lind', 'Olle Nyman', 'Örjan Dahl', 'Zelda Berg',
    ]);
  });

  it('breaks display-name ties by principal name, then id', () => {
    const sams = [
      user('x', [], { displayName: 'Sam', upn: 'sam.b@contoso.example' }),
      user('y', [], { displayName: 'Sam', upn: 'sam.a@contoso.example' }),
      user('b', [], { displayName: 'Sam', upn: 'same@contoso.example' }),
      user('a', [], { displayName: 'Sam', upn: 'same@contoso.example' }),
    ];
    expect(chipOrder(selectionOf(sams.map((u) => u.id)), lookup(sams), new Intl.Collator('en')).map((u) => u.id)).to.deep.equal(['y', 'x', 'a', 'b']);
  });

  it('is empty for an empty selection', () => {
    expect(chipOrder(EMPTY_SELECTION, byId, new Intl.Collator('en'))).to.deep.equal([]);
  });
});

describe('chip order after a change (chipOrderAfter)', () => {
  const en = new Intl.Collator('en');
  const many = Array.from({ length: 200 }, (_, i) => user(`u${i}`, [], { displayName: `Person ${(i * 37) % 200}` }));
  const byId = lookup(many);
  const half = selectionOf(many.filter((_, i) => i % 2 === 0).map((u) => u.id));
  const before = chipOrder(half, byId, en);

  it('gives what a whole sort gives after users join and leave', () => {
    const after = deselect(selectPage(half, ['u1', 'u7', 'u199']), 'u0');
    expect(chipOrderAfter(before, after, byId, en)).to.deep.equal(chipOrder(after, byId, en));
  });

  it('moves a renamed user to their new place, and takes every user\'s current record', () => {
    const renamed = user('u2', [], { displayName: 'Aaron First' });
    const licensed = { ...byId.get('u4')!, licenses: [{ skuId: 'sku1', disabledPlans: [] }] };
    const users = new Map(byId).set('u2', renamed).set('u4', licensed);
    const order = chipOrderAfter(before, half, users, en);
    expect(order).to.deep.equal(chipOrder(half, users, en));
    expect(order[0]).to.equal(renamed);
    expect(order).to.include(licensed);
  });

  it('is the same array when nothing it lists changed (a user not selected changed)', () => {
    const users = new Map(byId).set('u1', user('u1', ['sku1']));
    expect(chipOrderAfter(before, half, users, en)).to.equal(before);
  });

  it('sorts from nothing as chipOrder does', () => {
    expect(chipOrderAfter([], half, byId, en)).to.deep.equal(before);
  });
});

describe('selected users view', () => {
  const en = new Intl.Collator('en');
  const users = lookup(['d', 'a', 'c', 'b', 'e'].map((n) => user(n, [], { displayName: n })));
  const s = selectionOf(users.keys());
  const ordered = chipOrder(s, users, en);

  const cases: [number, number, string[], number, number][] = [
    [0, 2, ['a', 'b'], 0, 3],
    [1, 2, ['c', 'd'], 1, 3],
    [2, 2, ['e'], 2, 3],
    [9, 2, ['e'], 2, 3], // clamped to the last page
    [0, 10, ['a', 'b', 'c', 'd', 'e'], 0, 1],
  ];
  for (const [index, size, expected, shownIndex, count] of cases) {
    it(`page ${index} of size ${size}`, () => {
      const result = selectedOnlyPage(s, ordered, index, size);
      expect(names(result.users)).to.deep.equal(expected);
      expect(result.pageIndex).to.equal(shownIndex);
      expect(result.pageCount).to.equal(count);
      expect(result.total).to.equal(5);
    });
  }

  it('drops users of the chip order who are no longer selected', () => {
    const result = selectedOnlyPage(deselect(s, 'b'), ordered, 0, 2);
    expect(names(result.users)).to.deep.equal(['a', 'c']);
    expect(result.total).to.equal(4);
  });

  it('an empty selection has one empty page', () => {
    expect(selectedOnlyPage(EMPTY_SELECTION, [], 0, 25)).to.deep.equal({ users: [], pageIndex: 0, pageCount: 1, total: 0 });
  });

  const bad: [number, number][] = [[0, 0], [0, -1], [0, 1.5], [-1, 10], [Number.NaN, 10]];
  for (const [index, size] of bad) {
    it(`rejects page ${index} size ${size} with a typed error`, () => {
      expect(() => selectedOnlyPage(s, ordered, index, size)).to.throw(SelectionPageError);
    });
  }
});
