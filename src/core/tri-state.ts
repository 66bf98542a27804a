/**
 * The product checkbox's click cycle over a selection (WAI-ARIA mixed checkbox, Lion's mixed-state):
 * a product some users hold cycles all -> none -> as it was; one all or none hold toggles between two states.
 */
import type { CheckState, ProductIntent } from './types.js';

export function nextIntent(original: CheckState, current: ProductIntent): ProductIntent {
  switch (original) {
    case 'mixed':
      return current === 'leave' ? 'assign' : current === 'assign' ? 'revoke' : 'leave';
    case 'checked':
      // 'assign' shows as checked too (nothing to give), so the next click revokes.
      return current === 'revoke' ? 'leave' : 'revoke';
    case 'unchecked':
      return current === 'assign' ? 'leave' : 'assign';
  }
}

/** What the checkbox shows for the admin's intent: 'leave' restores what the selection holds. */
export function displayedState(original: CheckState, intent: ProductIntent): CheckState {
  switch (intent) {
    case 'assign':
      return 'checked';
    case 'revoke':
      return 'unchecked';
    case 'leave':
      return original;
  }
}
