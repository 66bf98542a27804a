import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markRead, needsRead } from '../../../src/session/license-knowledge.js';
import { initialModel } from '../../../src/session/session-model.js';
import { mergeUsers } from '../../../src/session/users-map.js';
import { user } from '../../core/core-fixtures.js';

describe('session/license-knowledge: when each user\'s licenses were read', () => {
  const model = { ...mergeUsers(initialModel('customer', 2, null), ['a', 'b', 'c'].map((id) => user(id))), licensesReadAt: new Map([['a', 1]]) };

  it('marks only users the session holds a record of: the time says how fresh that record is', () => {
    const next = markRead(model, ['b', 'stranger'], 5);
    assert.deepEqual([...next.licensesReadAt], [['a', 1], ['b', 5]]);
    assert.equal(markRead(next, ['b', 'stranger'], 5), next, 'nothing new: the same model');
  });

  it('reads again users never read or read too long ago', () => {
    assert.deepEqual(needsRead(model, ['a', 'b'], 2), ['b']);
    assert.deepEqual(needsRead(model, ['a'], 10 * 60_000 + 2), ['a']);
  });
});
