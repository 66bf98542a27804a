import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPaging, withKeptPage } from '../../../src/core/paging.js';
import { selectionOf } from '../../../src/core/selection.js';
import type { UserId } from '../../../src/core/types.js';
import { initialModel, type SessionModel } from '../../../src/session/session-model.js';
import { mergeUsers, pruneUsers, withLicensesOf, withUsageLocationOf } from '../../../src/session/users-map.js';
import { user } from '../../core/core-fixtures.js';

const empty = initialModel('customer', 2, null);

describe('session/users-map: each user once', () => {
  it('newer data replaces older; an unchanged record keeps its identity, and nothing changed is the same model', () => {
    const a = user('a', ['sku1']);
    const model = mergeUsers(empty, [a, user('b')], 'service');
    assert.equal(model.users.get('a'), a);
    assert.equal(mergeUsers(model, [user('a', ['sku1'])], 'service'), model, 'an equal record read again changes nothing');
    const renamed = mergeUsers(model, [user('a', ['sku1'], { displayName: 'Ann' })], 'service');
    assert.equal(renamed.users.get('a')?.displayName, 'Ann');
    assert.equal(renamed.users.get('b'), model.users.get('b'));
  });

  it('a list without licenses keeps the licenses known; the cache fills in only users not held', () => {
    const model = mergeUsers(empty, [user('a', ['sku1'])], 'service');
    const listed = mergeUsers(model, [user('a', [], { usageLocation: 'NO' }), user('c')], 'service-without-licenses');
    assert.deepEqual(listed.users.get('a')?.licenses, [{ skuId: 'sku1', disabledPlans: [] }]);
    assert.equal(listed.users.get('a')?.usageLocation, 'NO');
    assert.equal(listed.users.get('c')?.id, 'c');
    const cached = mergeUsers(listed, [user('a', ['sku2'], { displayName: 'Old' }), user('d')], 'cache');
    assert.equal(cached.users.get('a'), listed.users.get('a'));
    assert.equal(cached.users.get('d')?.id, 'd');
  });

  it('licenses and usage locations go into the records of users held, and nowhere else', () => {
    const model = mergeUsers(empty, [user('a'), user('b')], 'service');
    const licensed = withLicensesOf(model, new Map([['a', [{ skuId: 'sku9', disabledPlans: [] }]], ['stranger', []]]));
    assert.deepEqual(licensed.users.get('a')?.licenses.map((l) => l.skuId), ['sku9']);
    assert.equal(licensed.users.has('stranger'), false);
    const located = withUsageLocationOf(licensed, ['b', 'stranger'], 'FI');
    assert.equal(located.users.get('b')?.usageLocation, 'FI');
    assert.equal(located.users.get('a'), licensed.users.get('a'));
  });
});

describe('session/users-map: the map stays bounded', () => {
  const many = Array.from({ length: 3_000 }, (_, i) => user(`u${i}`));
  const withMany = (change: Partial<SessionModel>): SessionModel => ({
    ...mergeUsers(empty, many, 'service'),
    licensesReadAt: new Map(many.map((u) => [u.id, 1])),
    ...change,
  });

  it('users of a page no longer kept or shown leave at once, with what is known of their licenses; selected ones stay', () => {
    const before = { ...mergeUsers(empty, [user('a'), user('b'), user('c'), user('d')], 'service'), licensesReadAt: new Map([['a', 1], ['b', 1]]) };
    const shown = { ...before, selection: selectionOf(['b']), paging: withKeptPage(createPaging<UserId>(2), 0, ['a', 'b']) };
    const moved = { ...shown, paging: withKeptPage(createPaging<UserId>(2), 1, ['c', 'd']) };
    const next = pruneUsers(shown, moved);
    assert.deepEqual([...next.users.keys()].sort(), ['b', 'c', 'd'], 'a was on the dropped page only; b is selected');
    assert.deepEqual([...next.licensesReadAt.keys()], ['b']);
    assert.equal(pruneUsers(moved, moved), moved, 'nothing moved: the same model');
  });

  it('drops users nothing refers to once they outnumber twice the referenced plus the slack; the selected and the kept pages stay', () => {
    const paging = withKeptPage(createPaging<UserId>(2), 0, ['u0', 'u1']);
    const model = withMany({ selection: selectionOf(['u2999', 'u5']), paging });
    const pruned = pruneUsers(model, model);
    assert.deepEqual([...pruned.users.keys()].sort(), ['u0', 'u1', 'u2999', 'u5']);
    assert.deepEqual([...pruned.licensesReadAt.keys()].sort(), ['u0', 'u1', 'u2999', 'u5'], 'a user leaving the map is read again when back');
  });

  it('keeps the map (the same model) while it is within the margin', () => {
    const model = withMany({ selection: selectionOf(many.slice(0, 1_000).map((u) => u.id)) });
    assert.equal(pruneUsers(model, model), model);
  });
});
