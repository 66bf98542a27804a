import { css } from 'lit';
import { whenNarrow, whenWide } from '../styles/narrow.styles.js';

export const jobHistoryStyles = [
  css`
  td.when {
    white-space: nowrap;
  }
  .undo-of {
    display: block;
    font-weight: normal;
    font-size: var(--_lm-font-size-small);
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
  }
`,
  whenWide(css`
  .products {
    min-width: 10rem;
  }
`),
  /* One block per job: when (in bold), who, the products, how it went, then "Export CSV". */
  whenNarrow(css`
  table.history > tbody > tr > th {
    font-weight: 600;
  }
`),
];
