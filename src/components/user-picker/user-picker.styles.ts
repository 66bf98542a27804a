import { css } from 'lit';
import { whenNarrow } from '../styles/narrow.styles.js';

export const userPickerStyles = [
  css`
  .toolbar {
    align-items: end;
    margin-bottom: var(--_lm-space-3);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_lm-space-1);
    flex: 1 1 12rem;
    min-width: 0;
  }
  .text-field {
    min-height: 2rem;
    max-width: 100%;
  }
  .select-cell {
    width: 2.5rem;
  }
  tr.selected {
    background: var(--_lm-color-surface-alt);
  }
  .pager {
    justify-content: space-between;
    margin-top: var(--_lm-space-3);
  }
  .pager-buttons {
    gap: var(--_lm-space-1);
  }
  .page-indicator {
    padding: 0 var(--_lm-space-2);
    white-space: nowrap;
  }
  .cached {
    margin: 0 0 var(--_lm-space-2);
    font-size: var(--_lm-font-size-small);
  }
  .table-wrap[aria-busy='true'] tbody {
    opacity: 0.6;
  }

`,
  /* One row per user: checkbox first, the name, then the principal name (one line, whole on hover and focus)
     and the usage location under it. */
  whenNarrow(css`
  table.users > tbody > tr {
    display: grid;
    grid-template-columns: var(--_lm-target-size) minmax(0, 1fr);
    align-items: start;
    gap: 0 var(--_lm-space-2);
  }
  table.users .select-cell {
    width: auto;
  }
  table.users > tbody .select-cell {
    grid-row: 1 / span 3;
  }
  table.users > tbody > tr > :not(.select-cell) {
    grid-column: 2;
  }
  table.users > tbody > tr > th {
    font-weight: 600;
  }
  .location {
    font-size: var(--_lm-font-size-small);
    color: var(--_lm-color-muted);
  }
`),
];
