/**
 * Base styles every leaf component includes after `tokens`: host typography, focus ring, visually-hidden text,
 * buttons, text fields and links, rows of controls, native checkboxes (all at least 24 × 24 px), table base with a horizontally scrolling wrapper.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * A rule keeping what `selector` matches for screen readers only (a clipped 1 px box). Built as text: the HTML
 * minifier takes no expressions inside a css`` rule.
 */
export function visuallyHidden(selector: string): CSSResult {
  return unsafeCSS(`${selector}{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}`);
}

const sharedRules = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_lm-font);
    font-size: var(--_lm-font-size);
    line-height: 1.45;
    color: var(--_lm-color-text);
    min-width: 0;
    /* Layouts follow the component's own width (styles/narrow.styles.ts), not the page's. */
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_lm-focus-ring);
    outline-offset: var(--_lm-focus-offset);
  }
  /* Focus scrolls a control clear of the sticky Save / Manage licenses bar (WCAG 2.4.11), not under it. */
  :is(a, button, input, select, summary, [tabindex]) {
    scroll-margin-block-end: 4.5rem;
  }


  h2,
  h3 {
    margin: 0 0 var(--_lm-space-2);
    font-size: 1rem;
    line-height: 1.3;
  }

  /* Buttons and text fields (search boxes, the pasted list, the page size) are the same box. */
  button,
  .text-field {
    font: inherit;
    border: 1px solid var(--_lm-color-border);
    border-radius: var(--_lm-radius);
    background: var(--_lm-color-surface);
    color: var(--_lm-color-text);
  }
  button {
    min-height: var(--_lm-target-size);
    min-width: var(--_lm-target-size);
    padding: var(--_lm-space-1) var(--_lm-space-3);
    cursor: pointer;
  }
  .text-field {
    padding: var(--_lm-space-1) var(--_lm-space-2);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    background: var(--_lm-color-accent);
    border-color: var(--_lm-color-accent);
    color: var(--_lm-color-on-accent);
  }
  /* A toggle ("Selected users", "Failed only") reads as on. */
  button[aria-pressed='true'] {
    background: var(--_lm-color-accent);
    border-color: var(--_lm-color-accent);
    color: var(--_lm-color-on-accent);
  }
  button.link {
    border: none;
    background: none;
    padding: 0 var(--_lm-space-1);
    color: var(--_lm-color-accent);
    text-decoration: underline;
  }
  a {
    color: var(--_lm-color-accent);
  }
  summary {
    min-height: var(--_lm-target-size);
  }

  /* At least 24 × 24 px, the smallest target WCAG 2.5.8 allows. */
  input[type='checkbox'],
  input[type='radio'] {
    width: max(1.125rem, var(--_lm-target-size));
    height: max(1.125rem, var(--_lm-target-size));
    margin: 0;
    accent-color: var(--_lm-color-accent);
    cursor: pointer;
  }
  input[type='checkbox']:disabled,
  input[type='radio']:disabled {
    cursor: not-allowed;
  }

  .muted {
    color: var(--_lm-color-muted);
  }
  /* A row of controls that wraps when the panel is narrow: buttons, a pager, a toolbar. */
  .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lm-space-2);
    align-items: center;
  }
  .notice {
    padding: var(--_lm-space-2) var(--_lm-space-3);
    border-radius: var(--_lm-radius);
    border: 1px solid var(--_lm-color-border);
    margin: 0 0 var(--_lm-space-3);
  }
  .notice.error {
    border-color: var(--_lm-color-danger);
    background: var(--_lm-color-danger-surface);
  }
  .notice.warning {
    border-color: var(--_lm-color-warning);
    background: var(--_lm-color-warning-surface);
  }

  /* Tables scroll sideways inside their wrapper instead of pushing the side panel wider. */
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--_lm-color-divider);
    border-radius: var(--_lm-radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_lm-color-surface);
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--_lm-space-2);
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_lm-color-divider);
  }
  thead th {
    font-weight: 600;
    background: var(--_lm-color-surface-alt);
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Long principal names and hostile data wrap instead of widening the layout. */
  .data {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    input[type='checkbox'],
    input[type='radio'] {
      accent-color: auto;
      forced-color-adjust: auto;
    }
    button {
      border-color: ButtonText;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

export const shared = [sharedRules, visuallyHidden('.visually-hidden')];
