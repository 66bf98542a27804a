import { expect } from '@open-wc/testing';
import { LmReview, REVIEW_PAGE_SIZE, tagName } from '../../src/components/review/review.js';
import type { ReviewChange, ReviewView, ViewState } from '../../src/session/view-state.js';
import { itIsAccessible, mount as mountPart } from '../harness/mount.js';
import { Harness } from '../harness/harness.js';
import { textOf } from '../harness/a11y.js';
import { COPILOT, E3, HOSTILE_NAME, viewState } from './fixtures.js';

class ReviewHarness extends Harness<LmReview> {
  rows(): string[] {
    const table = this.get('table', 'Changes by user') as HTMLTableElement;
    return Array.from(table.tBodies[0]?.rows ?? []).map((row) => textOf(row).replace(/\s+/g, ' ').trim());
  }

  async search(text: string): Promise<void> {
    const box = this.get('searchbox', 'Find a user in the changes') as HTMLInputElement;
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await this.settle();
  }
}

const mount = (state: ViewState) => mountPart({ tag: tagName, element: LmReview }, state, (element: LmReview) => ({ review: new ReviewHarness(element) }));

const SWAY = E3.servicePlans.find((plan) => plan.name === 'SWAY')!;

function change(index: number, overrides: Partial<ReviewChange> = {}): ReviewChange {
  const n = String(index).padStart(4, '0');
  return { userId: `u${n}`, displayName: `User ${n}`, userPrincipalName: `user${n}@contoso.example`, assign: [{ skuId: COPILOT.skuId, disabledPlans: [], held: false }], remove: [], heldBack: null, ...overrides };
}

function review(changes: readonly ReviewChange[], overrides: Partial<ReviewView> = {}): ReviewView {
  return {
    kind: 'save',
    undoOf: null,
    products: [{ skuId: COPILOT.skuId, assigned: changes.length, removed: 0, plansChanged: 0, availableAfter: 298 - changes.length }],
    changes,
    heldBackCount: changes.filter((c) => c.heldBack !== null).length,
    planNames: new Map(E3.servicePlans.map((plan) => [plan.id, plan.displayName])),
    productNames: new Map([COPILOT, E3].map((product) => [product.skuId, product.displayName])),
    ...overrides,
  };
}

describe('lm-review', () => {
  const mixed = [
    change(1),
    change(2, { displayName: HOSTILE_NAME, assign: [{ skuId: E3.skuId, disabledPlans: [SWAY.id], held: true }], remove: [COPILOT.skuId] }),
    change(3, { heldBack: { kind: 'usage-location-missing', message: '', notSent: true } }),
  ];

  itIsAccessible(() => mount(viewState({ step: 'review', review: review(mixed) })));

  it('says per product how many users it is assigned to, and what is left; each user\'s exact change; who is held back and why', async () => {
    const { review: harness } = await mount(viewState({ step: 'review', review: review(mixed) }));
    const text = textOf(harness.root).replace(/\s+/g, ' ');
    expect(text).to.contain(`${COPILOT.displayName}: assigned to 3 users; 295 licenses left available`);
    expect(text).to.contain('1 user is held back by the check before saving');
    const rows = harness.rows();
    expect(rows[0]).to.contain(`Assign ${COPILOT.displayName}`);
    expect(rows[1]).to.contain(`Service plans of ${E3.displayName}: ${SWAY.displayName} off`).and.contain(`Remove ${COPILOT.displayName}`);
    expect(rows[1]).to.contain(HOSTILE_NAME);
    expect(rows[2]).to.contain('The user has no usage location');
    await harness.click('button', 'Show only held back');
    expect(harness.rows().map((row) => row.slice(0, 9))).to.deep.equal(['User 0003']);
  });

  it('says one user and one license in the singular, and leaves out a count of zero', async () => {
    const products = [
      { skuId: COPILOT.skuId, assigned: 0, removed: 1, plansChanged: 0, availableAfter: 1 },
      { skuId: E3.skuId, assigned: 1, removed: 0, plansChanged: 0, availableAfter: -1 },
    ];
    const { review: harness } = await mount(viewState({ step: 'review', review: review([change(1)], { products }) }));
    const text = textOf(harness.root).replace(/\s+/g, ' ');
    expect(text).to.contain(`${COPILOT.displayName}: removed from 1 user; 1 license left available`);
    expect(text).to.contain(`${E3.displayName}: assigned to 1 user; 1 more license than available`);
  });

  it(`pages thousands of users ${REVIEW_PAGE_SIZE} at a time and finds one by name or principal name`, async () => {
    const many = Array.from({ length: 2500 }, (_, i) => change(i + 1));
    const { review: harness } = await mount(viewState({ step: 'review', review: review(many) }));
    expect(harness.rows()).to.have.length(REVIEW_PAGE_SIZE);
    await harness.click('button', 'Next page');
    expect(harness.rows()[0]).to.contain('User 0101');
    await harness.search('user2345@');
    expect(harness.rows()).to.have.length(1);
    expect(harness.rows()[0]).to.contain('User 2345');
    await harness.search('nobody');
    expect(harness.rows()).to.deep.equal([]);
    expect(textOf(harness.root)).to.contain('No user matches.');
  });

  it('names the job an undo reverses, and says who is skipped because their licenses changed since', async () => {
    const undo = review([change(1, { assign: [], remove: [COPILOT.skuId] }), change(2, { assign: [], heldBack: { kind: 'changed-since', message: '', notSent: true } })], {
      kind: 'undo',
      undoOf: { jobId: 'job-7', startedAt: Date.UTC(2026, 10, 3, 9, 30) },
    });
    const { review: harness } = await mount(viewState({ step: 'review', review: undo }));
    const text = textOf(harness.root).replace(/\s+/g, ' ');
    expect(text).to.contain('Undo the job of Nov 3, 2026');
    expect(text).to.contain("1 user's licenses changed since that job: skipped, not overwritten.");
    expect(harness.rows()[1]).to.contain('Licenses changed since that job');
  });
});
