import { css } from 'lit';
import { pagerStyles } from './results-pager.js';
import { whenNarrow, whenWide } from '../styles/narrow.styles.js';

export const resultsPanelStyles = [
  pagerStyles,
  css`
  progress {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin: var(--_lm-space-2) 0;
    accent-color: var(--_lm-color-accent);
  }
  /* The counts and the summary: lists that read as a line (or a few) above the table. */
  .counts,
  .summary {
    display: flex;
    flex-wrap: wrap;
    margin: 0 0 var(--_lm-space-3);
    padding: 0;
    list-style: none;
  }
  .counts {
    gap: var(--_lm-space-1) var(--_lm-space-3);
    font-variant-numeric: tabular-nums;
  }
  .summary {
    gap: var(--_lm-space-2) var(--_lm-space-4);
    font-weight: 600;
  }
  .actions {
    margin-bottom: var(--_lm-space-3);
  }
  .outcome-failed {
    color: var(--_lm-color-danger);
    font-weight: 600;
  }
  .outcome-succeeded {
    color: var(--_lm-color-success);
  }
  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  details summary {
    cursor: pointer;
    color: var(--_lm-color-accent);
  }
  details p {
    margin: var(--_lm-space-1) 0 0;
  }
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: auto;
    }
  }
`,
  /* Fixed layout: appending a chunk of rows does not re-measure the thousands above it. */
  whenWide(css`
  table.results {
    table-layout: fixed;
  }
  table.results th:nth-child(3) {
    width: 7rem;
  }
`),
  /* One block per user: the name and the outcome, the principal name (one line, whole on hover and focus),
     what changed and the reason. */
  whenNarrow(css`
  table.results > tbody > tr > th {
    flex: 1 1 0;
    font-weight: 600;
  }
  table.results > tbody > tr > td.outcome {
    flex: 0 0 auto;
  }
  .principal-name {
    color: var(--_lm-color-muted);
  }
`),
];
