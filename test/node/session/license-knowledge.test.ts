import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPaging, withKeptPage } from '../../../src/core/paging.js';
import { selectionOf } from '../../../src/core/selection.js';
import type { TenantUser } from '../../../src/core/types.js';
import { keptPagesRead } from '../../../src/session/license-knowledge.js';
import { initialModel } from '../../../src/session/session-model.js';
import { user } from '../../core/core-fixtures.js';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => user(id)) as [TenantUser, TenantUser, TenantUser, TenantUser];

describe('session/license-knowledge: what a read of pages leaves known', () => {
  const before = withKeptPage(createPaging<TenantUser>(2), 0, [a, b]);
  const after = withKeptPage(createPaging<TenantUser>(2), 1, [c, d]);
  const model = { ...initialModel('customer', 2, null), selection: selectionOf([a]), licensesReadAt: new Map([['a', 1], ['b', 1]]) };

  it('marks the users of the pages the read kept, and forgets the unselected users of the pages it dropped', () => {
    const next = keptPagesRead({ ...model, listsLicenses: true, paging: after }, before, 5);
    assert.deepEqual([...next.licensesReadAt].sort(), [['a', 1], ['c', 5], ['d', 5]], 'a is selected: kept; b is gone with its page');
  });

  it('marks nobody when the list leaves licenses out, and keeps a page kept across the read as it was', () => {
    const kept = withKeptPage(after, 0, before.kept[0]!.items);
    const next = keptPagesRead({ ...model, listsLicenses: false, paging: kept }, before, 5);
    assert.equal(next.licensesReadAt, model.licensesReadAt, 'nothing to mark, nothing dropped: the same map');
  });
});
