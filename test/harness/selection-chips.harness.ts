/** The selection chips in the admin's verbs: who is selected, remove one, show all, clear. */
import type { LmSelectionChips } from '../../src/components/selection-chips/selection-chips.js';
import type { LmSelectionReview } from '../../src/components/selection-chips/selection-review.js';
import { accessibleName, textOf } from './a11y.js';
import { Harness } from './harness.js';

export class SelectionChipsHarness extends Harness<LmSelectionChips> {
  toolbar(): HTMLElement {
    return this.get('toolbar', 'Selected users');
  }

  removeButtons(): HTMLElement[] {
    return this.all('button', /^Remove /);
  }

  /** Display names of the chips shown, in order. */
  names(): string[] {
    return this.removeButtons().map((button) => accessibleName(button).replace(/^Remove /, ''));
  }

  removeButton(displayName: string): HTMLElement {
    return this.get('button', `Remove ${displayName}`);
  }

  count(): string {
    return textOf(this.root.querySelector('.count') ?? this.root).trim();
  }

  /** Buttons that can be reached with Tab (tabindex not -1). */
  tabStops(): HTMLElement[] {
    return this.removeButtons().filter((button) => button.tabIndex >= 0);
  }

  focusedName(): string {
    const focused = this.focused();
    return focused ? accessibleName(focused) : '';
  }

  /** The review a collapsed selection opens ("N users"), driven by its own harness. */
  review(): SelectionReviewHarness {
    const review = this.root.querySelector('lm-selection-review');
    if (!review) throw new Error('No selection review: the chips have not collapsed');
    return new SelectionReviewHarness(review);
  }
}

/** The review of a large selection: find a user, page, remove. */
export class SelectionReviewHarness extends Harness<LmSelectionReview> {
  /** Display names on the page shown, in order. */
  names(): string[] {
    return this.all('button', /^Remove /).map((button) => accessibleName(button).replace(/^Remove /, ''));
  }

  /** All text on screen, whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  async search(text: string): Promise<void> {
    const box = this.get('searchbox', 'Find a selected user') as HTMLInputElement;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settle();
  }

  focusedName(): string {
    const focused = this.focused();
    return focused ? accessibleName(focused) : '';
  }
}
