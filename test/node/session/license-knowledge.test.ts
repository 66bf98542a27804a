import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPaging, withKeptPage } from '../../../src/core/paging.js';
import type { UserId } from '../../../src/core/types.js';
import { keptPagesRead } from '../../../src/session/license-knowledge.js';
import { initialModel } from '../../../src/session/session-model.js';

describe('session/license-knowledge: what a read of pages leaves known', () => {
  const before = withKeptPage(createPaging<UserId>(2), 0, ['a', 'b']);
  const after = withKeptPage(before, 1, ['c', 'd']);
  const model = { ...initialModel('customer', 2, null), licensesReadAt: new Map([['a', 1], ['b', 1]]) };

  it('marks the users of the pages the read kept, not those of a page kept across it', () => {
    const next = keptPagesRead({ ...model, listsLicenses: true, paging: after }, before, 5);
    assert.deepEqual([...next.licensesReadAt].sort(), [['a', 1], ['b', 1], ['c', 5], ['d', 5]]);
  });

  it('marks nobody when the list leaves licenses out: the same model', () => {
    const unlisted = { ...model, listsLicenses: false, paging: after };
    assert.equal(keptPagesRead(unlisted, before, 5), unlisted);
  });
});
