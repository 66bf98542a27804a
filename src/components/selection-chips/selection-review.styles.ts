import { css } from 'lit';
import { pagerStyles } from '../results-panel/results-pager.js';

export const selectionReviewStyles = [
  pagerStyles,
  css`
  :host {
    display: block;
    margin: 0 0 var(--_lm-space-3);
  }
  /* A chip like the selection's others, that opens the review. */
  .summary {
    min-height: var(--_lm-target-size);
    margin-bottom: var(--_lm-space-2);
    padding: 0 var(--_lm-space-3);
    border-radius: 999px;
    background: var(--_lm-color-surface-alt);
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_lm-space-1);
    max-width: 24rem;
    margin-bottom: var(--_lm-space-2);
  }
  .search input {
    min-height: var(--_lm-target-size);
  }
  .selected-users {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_lm-color-divider);
  }
  /* One line a user: the name and the principal name shortened with an ellipsis (whole on hover), the button last. */
  .selected-user {
    display: flex;
    align-items: center;
    gap: var(--_lm-space-2);
    min-height: var(--_lm-target-size);
    border-bottom: 1px solid var(--_lm-color-divider);
  }
  .name,
  .principal-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }
  .name {
    flex: 0 1 auto;
  }
  .principal-name {
    flex: 1 1 0;
  }
  .selected-user button {
    flex: none;
    margin-left: auto;
    border: none;
    border-radius: 999px;
    background: transparent;
    padding: 0;
    line-height: 1;
  }
  .selected-user button:hover {
    background: var(--_lm-color-divider);
  }
  @media (forced-colors: active) {
    .selected-user button {
      border: 1px solid ButtonText;
    }
  }
`,
];
