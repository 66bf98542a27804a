import { css } from 'lit';

export const productGridStyles = css`
  .product-choice {
    display: flex;
    gap: var(--_lm-space-2);
    align-items: flex-start;
  }
  .product-choice input {
    margin-top: 0.15rem;
    flex: none;
  }
  .product-choice label {
    font-weight: 600;
    cursor: pointer;
  }
  .product-cell {
    min-width: 12rem;
  }
  .description {
    margin: var(--_lm-space-1) 0 0;
    font-size: var(--_lm-font-size-small);
  }
  tr.changed {
    background: var(--_lm-color-surface-alt);
  }
  .row-findings ul {
    margin: var(--_lm-space-1) 0 0;
    padding-inline-start: 1.1rem;
    font-size: var(--_lm-font-size-small);
  }
  .row-findings li.blocking {
    color: var(--_lm-color-danger);
  }
  .row-findings li.per-user {
    color: var(--_lm-color-warning);
  }
  .none-left {
    color: var(--_lm-color-danger);
    font-weight: 600;
  }
  .buy-more {
    display: block;
    white-space: nowrap;
  }
  .findings ul {
    margin: var(--_lm-space-1) 0 0;
    padding-inline-start: 1.1rem;
  }
  .findings p {
    margin: 0;
  }
  .finding-product {
    font-weight: 600;
  }
  .finding-users {
    display: block;
    color: var(--_lm-color-muted);
  }
  .holders-popover {
    max-width: min(22rem, calc(100vw - 2rem));
    max-height: min(24rem, calc(100vh - 2rem));
    overflow: auto;
    padding: var(--_lm-space-3);
    border: 1px solid var(--_lm-color-border);
    border-radius: var(--_lm-radius);
    background: var(--_lm-color-surface);
    color: var(--_lm-color-text);
    font-family: var(--_lm-font);
    font-size: var(--_lm-font-size);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .holders-list {
    margin: 0 0 var(--_lm-space-2);
    padding-inline-start: 1.1rem;
  }
  /* Next to its button where anchor positioning exists; centred (the popover default) elsewhere. */
  @supports (position-area: block-end) {
    .holders-popover {
      margin: var(--_lm-space-1) 0;
      inset: auto;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-block, flip-inline;
    }
  }
  .plans-changed {
    display: block;
    font-size: var(--_lm-font-size-small);
  }
  .read-only {
    margin-bottom: var(--_lm-space-3);
  }
`;
