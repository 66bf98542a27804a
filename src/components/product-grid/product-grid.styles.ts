import { css } from 'lit';
import { whenNarrow, whenWide } from '../styles/narrow.styles.js';

export const productGridStyles = [
  css`
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
    width: fit-content;
    min-height: var(--_lm-target-size);
    margin-inline-start: auto;
    line-height: var(--_lm-target-size);
    white-space: nowrap;
  }
  .units-sentence {
    display: none;
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

`,
  whenWide(css`
  .product-cell {
    min-width: 12rem;
  }
`),
  /* Each product a block: checkbox and name, what the selection holds, "N of M available", then "Assigned",
     "Service plans" and "Buy more" as one wrapping line, the findings under it. The product and units cells
     only give up their boxes (display: contents) so their parts can take these places; they stay cells. */
  whenNarrow(css`
  table.products > tbody > tr > td:is(.product-cell, .units) {
    display: contents;
  }
  .product-choice,
  .description,
  .units-sentence,
  .row-findings {
    flex: 1 1 100%;
    min-width: 0;
  }
  .product-choice {
    order: 1;
  }
  .description {
    order: 2;
    margin: 0;
  }
  .units-count {
    display: none;
  }
  .units-sentence {
    display: block;
    order: 3;
    text-align: start;
  }
  table.products > tbody > tr > td.holders {
    order: 4;
    flex: 0 1 auto;
  }
  table.products > tbody > tr > td.plans {
    order: 5;
    flex: 0 1 auto;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_lm-space-2);
  }
  .buy-more {
    order: 6;
    margin: 0;
  }
  .row-findings {
    order: 7;
  }
  .row-findings ul {
    margin: 0;
  }
`),
];
