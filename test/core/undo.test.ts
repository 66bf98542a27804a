import { describe, it } from 'node:test';
import { expect } from 'chai';
import { licensesAfter } from '../../src/core/licenses-after.js';
import { reverseOperation, sameLicenses, undoPlan, type RecordedChange } from '../../src/core/undo.js';
import type { HeldLicense, UserOperation } from '../../src/core/types.js';

const held = (skuId: string, disabledPlans: string[] = []): HeldLicense => ({ skuId, disabledPlans });
const op = (userId: string, assign: HeldLicense[], remove: string[] = []): UserOperation => ({ userId, assign, remove });

describe('reverseOperation', () => {
  const cases: [string, RecordedChange, UserOperation | null][] = [
    ['a new product is removed again', { operation: op('a', [held('kiosk')]), before: [held('e3')] }, op('a', [], ['kiosk'])],
    ['a removed product comes back with the plans it had off', { operation: op('a', [], ['bi']), before: [held('bi', ['p2', 'p1'])] },
      op('a', [held('bi', ['p2', 'p1'])])],
    ['changed plans go back to what they were', { operation: op('a', [held('e3', ['sway'])]), before: [held('e3', ['teams'])] },
      op('a', [held('e3', ['teams'])])],
    ['all of one user\'s changes in one operation',
      { operation: op('a', [held('kiosk'), held('e3', ['sway'])], ['bi']), before: [held('e3'), held('bi', ['x'])] },
      op('a', [held('e3'), held('bi', ['x'])], ['kiosk'])],
    ['a removal of something not held before changes nothing', { operation: op('a', [], ['bi']), before: [] }, null],
  ];
  for (const [name, change, expected] of cases) it(name, () => {
    expect(reverseOperation(change)).to.deep.equal(expected);
  });
});

describe('sameLicenses', () => {
  it('ignores the order of products and of plans', () => {
    expect(sameLicenses([held('a', ['x', 'y']), held('b')], [held('b'), held('a', ['y', 'x'])])).to.equal(true);
  });
  it('tells other plans, a missing and an extra product apart', () => {
    expect(sameLicenses([held('a', ['x'])], [held('a', ['y'])])).to.equal(false);
    expect(sameLicenses([held('a')], [held('a'), held('b')])).to.equal(false);
    expect(sameLicenses([held('a'), held('b')], [held('a')])).to.equal(false);
  });
});

describe('undoPlan', () => {
  const changes: RecordedChange[] = [
    { operation: op('a', [held('kiosk')]), before: [held('e3', ['sway'])] },
    { operation: op('b', [held('kiosk')], ['bi']), before: [held('bi', ['p1'])] },
    { operation: op('c', [held('kiosk')]), before: [] },
    { operation: op('d', [held('kiosk')]), before: [] },
  ];

  it('reverses users who hold what the job left, and skips the ones changed since or not read', () => {
    const now = new Map<string, readonly HeldLicense[]>([
      ['a', [held('kiosk'), held('e3', ['sway'])]],
      ['b', [held('kiosk')]],
      // c got another product since the job: skipped, never overwritten.
      ['c', [held('kiosk'), held('visio')]],
      // d was not read.
    ]);
    expect(undoPlan(changes, now)).to.deep.equal({
      operations: [op('a', [], ['kiosk']), op('b', [held('bi', ['p1'])], ['kiosk'])],
      skipped: ['c', 'd'],
    });
  });

  it('skips a user whose service plans were changed since', () => {
    const now = new Map<string, readonly HeldLicense[]>([['a', [held('kiosk', ['exo']), held('e3', ['sway'])]]]);
    expect(undoPlan(changes.slice(0, 1), now)).to.deep.equal({ operations: [], skipped: ['a'] });
  });

  it('undoing the undo gives the first job back', () => {
    const first: RecordedChange = { operation: op('a', [held('e3', ['sway']), held('kiosk')], ['bi']), before: [held('e3'), held('bi', ['p'])] };
    const afterFirst = licensesAfter(first.before, first.operation);
    const undo = undoPlan([first], new Map([['a', afterFirst]])).operations[0]!;
    const afterUndo = licensesAfter(afterFirst, undo);
    expect(sameLicenses(afterUndo, first.before)).to.equal(true);
    const redo = undoPlan([{ operation: undo, before: afterFirst }], new Map([['a', afterUndo]])).operations[0]!;
    expect(sameLicenses(licensesAfter(afterUndo, redo), afterFirst)).to.equal(true);
  });
});
