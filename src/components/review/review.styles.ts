import { css } from 'lit';
import { pagerStyles } from '../results-panel/results-pager.js';
import { whenNarrow } from '../styles/narrow.styles.js';

export const reviewStyles = [
  pagerStyles,
  css`
  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  td.count {
    font-variant-numeric: tabular-nums;
  }
  .held-back {
    margin: var(--_lm-space-3) 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
    align-items: center;
    margin: var(--_lm-space-3) 0 var(--_lm-space-2);
  }
  .tools label {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
    align-items: center;
  }
  input[type='search'] {
    font: inherit;
    min-height: var(--_lm-target-size);
    max-width: 100%;
    padding: var(--_lm-space-1) var(--_lm-space-2);
    border: 1px solid var(--_lm-color-border);
    border-radius: var(--_lm-radius);
  }
  .reason {
    color: var(--_lm-color-warning);
    font-weight: 600;
  }
`,
  /* One block per product and per user: the name in bold, then the figures or the change. */
  whenNarrow(css`
  table.stack > tbody > tr > th {
    font-weight: 600;
  }
  .principal-name {
    color: var(--_lm-color-muted);
  }
`),
];
