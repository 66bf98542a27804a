/** The selection chips in the admin's verbs: who is selected, remove one, show all, clear. */
import type { LmSelectionChips } from '../../src/components/selection-chips/selection-chips.js';
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
}
