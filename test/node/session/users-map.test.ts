import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPaging, withKeptPage } from '../../../src/core/paging.js';
import { selectionOf } from '../../../src/core/selection.js';
import type { UserId } from '../../../src/core/types.js';
import { initialModel, type SessionModel } from '../../../src/session/session-model.js';
import { mergeUsers, pruneUsers, withLicensesOf } from '../../../src/session/users-map.js';
import { user } from '../../core/core-fixtures.js';

const empty = initialModel('customer', 2, null);

describe('session/users-map: each user once', () => {
  it('newer data replaces older; an unchanged record keeps its identity, and nothing changed is the same model', () => {
    const a = user('a', ['sku1']);
    const model = mergeUsers(empty, [a, user('b')]);
    assert.equal(model.users.get('a'), a);
    assert.equal(mergeUsers(model, [user('a', ['sku1'])]), model, 'an equal record read again changes nothing');
    const renamed = mergeUsers(model, [user('a', ['sku1'], { displayName: 'Ann' })]);
    assert.equal(renamed.users.get('a')?.displayName, 'Ann');
    assert.equal(renamed.users.get('b'), model.users.get('b'));
  });

  it('a list without licenses keeps the licenses known', () => {
    const model = mergeUsers(empty, [user('a', ['sku1'])]);
    const listed = mergeUsers(model, [user('a', [], { usageLocation: 'NO' }), user('c')], true);
    assert.deepEqual(listed.users.get('a')?.licenses, [{ skuId: 'sku1', disabledPlans: [] }]);
    assert.equal(listed.users.get('a')?.usageLocation, 'NO');
    assert.equal(listed.users.get('c')?.id, 'c');
  });

  it('licenses go into the records of users held, and nowhere else', () => {
    const model = mergeUsers(empty, [user('a'), user('b')]);
    const licensed = withLicensesOf(model, new Map([['a', [{ skuId: 'sku9', disabledPlans: [] }]], ['stranger', []]]));
    assert.deepEqual(licensed.users.get('a')?.licenses.map((l) => l.skuId), ['sku9']);
    assert.equal(licensed.users.has('stranger'), false);
    assert.equal(licensed.users.get('b'), model.users.get('b'));
  });
});

describe('session/users-map: the map stays bounded', () => {
  const many = Array.from({ length: 3_000 }, (_, i) => user(`u${i}`));
  const withMany = (change: Partial<SessionModel>): SessionModel => ({
    ...mergeUsers(empty, many),
    licensesReadAt: new Map(many.map((u) => [u.id, 1])),
    ...change,
  });

  it('users of a page no longer kept or shown leave at once, with what is known of their licenses; selected ones stay', () => {
    const before = { ...mergeUsers(empty, [user('a'), user('b'), user('c'), user('d')]), licensesReadAt: new Map([['a', 1], ['b', 1]]) };
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
