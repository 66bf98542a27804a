import { describe, it } from 'node:test';
import { expect } from 'chai';
import { displayedState, nextIntent } from '../../src/core/tri-state.js';
import type { CheckState, ProductIntent } from '../../src/core/types.js';

describe('tri-state click cycle', () => {
  const cycles: [CheckState, ProductIntent[]][] = [
    ['mixed', ['leave', 'assign', 'revoke', 'leave', 'assign']],
    ['checked', ['leave', 'revoke', 'leave', 'revoke']],
    ['unchecked', ['leave', 'assign', 'leave', 'assign']],
  ];
  for (const [original, steps] of cycles) {
    it(`${original}: ${steps.join(' -> ')}`, () => {
      for (let i = 0; i + 1 < steps.length; i++) expect(nextIntent(original, steps[i]!)).to.equal(steps[i + 1]);
    });
  }

  const shown: [CheckState, ProductIntent[], CheckState[]][] = [
    ['mixed', ['leave', 'assign', 'revoke'], ['mixed', 'checked', 'unchecked']],
    ['checked', ['leave', 'revoke'], ['checked', 'unchecked']],
    ['unchecked', ['leave', 'assign'], ['unchecked', 'checked']],
  ];
  for (const [original, intents, states] of shown) {
    it(`${original} shows ${states.join(', ')}`, () => {
      expect(intents.map((i) => displayedState(original, i))).to.deep.equal(states);
    });
  }

  it('each click changes what the checkbox shows', () => {
    for (const original of ['mixed', 'checked', 'unchecked'] as const) {
      let intent: ProductIntent = 'leave';
      for (let i = 0; i < 6; i++) {
        const next = nextIntent(original, intent);
        expect(displayedState(original, next)).to.not.equal(displayedState(original, intent));
        intent = next;
      }
    }
  });

  it('recovers from an intent that shows the same as the original', () => {
    expect(nextIntent('checked', 'assign')).to.equal('revoke');
    expect(nextIntent('unchecked', 'revoke')).to.equal('assign');
  });
});
