/**
 * Each component lays itself out from its own width (its :host is an inline-size container), not the page's:
 * the side panel (320–500 px) and a narrow column of an admin page get the narrow layout, a wide page the table.
 * A rem breakpoint also moves a page with large text to the narrow layout.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { visuallyHidden } from './shared.styles.js';

/** Container query condition of the narrow layout (side panel, narrow column, large text). */
const NARROW = '(width < 45rem)';
/** The desktop layout: the complement of NARROW. */
const WIDE = '(width >= 45rem)';

/** Rules for the narrow layout only. (Wrapped as text: the HTML minifier takes no expression in an @container prelude.) */
export function whenNarrow(...rules: readonly CSSResult[]): CSSResult {
  return unsafeCSS(`@container ${NARROW}{${rules.map((rule) => rule.cssText).join('')}}`);
}

/** Rules for the desktop layout only. */
export function whenWide(...rules: readonly CSSResult[]): CSSResult {
  return unsafeCSS(`@container ${WIDE}{${rules.map((rule) => rule.cssText).join('')}}`);
}

/**
 * `table.stack` in the narrow layout: one block per row, cells stacked and wrapping, column headers kept for
 * screen readers only (except cells marked `shown-narrow`, such as a select-all checkbox), and cells marked
 * `hidden-narrow` too (their fact is repeated in words in another cell); cells marked `one-line` keep one line
 * with an ellipsis. Only the display
 * changes: the table, row and cell roles stay, so the tables are found and read the same at every width.
 */
export const stackedTables = whenNarrow(
  css`
    table.stack,
    table.stack > thead,
    table.stack > tbody {
      display: block;
    }
    table.stack > thead > tr {
      display: flex;
      align-items: center;
      gap: var(--_lm-space-2);
      background: var(--_lm-color-surface-alt);
    }
    table.stack > thead th {
      padding: var(--_lm-space-2);
      border: none;
      background: none;
    }
    table.stack > thead th.shown-narrow + th.shown-narrow {
      padding-inline-start: 0;
    }
    table.stack > tbody > tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_lm-space-1) var(--_lm-space-3);
      padding: var(--_lm-space-2);
      border-top: 1px solid var(--_lm-color-divider);
    }
    table.stack > tbody:first-of-type > tr:first-child {
      border-top: none;
    }
    table.stack > thead:has(.shown-narrow) + tbody > tr:first-child {
      border-top: 1px solid var(--_lm-color-divider);
    }
    table.stack > tbody > tr > :is(th, td) {
      display: block;
      flex: 1 1 100%;
      min-width: 0;
      padding: 0;
      border: none;
    }
    /* A long principal name stays one line with an ellipsis; the whole of it shows on hover and keyboard focus
       in its row (and in the cell's title). */
    table.stack .one-line {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      font-size: var(--_lm-font-size-small);
    }
    table.stack tr:is(:hover, :focus-within) .one-line {
      white-space: normal;
    }
  `,
  visuallyHidden('table.stack > thead th:not(.shown-narrow), table.stack .hidden-narrow'),
);
